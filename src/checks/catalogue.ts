import type { AnyCheck } from "../engine/check.js";
import { alteredQuotation } from "./altered-quotation.js";
import { anachronism } from "./anachronism.js";
import { anniversaryArithmetic } from "./anniversary-arithmetic.js";
import { capitalisationVariant } from "./capitalisation-variant.js";
import { citationConsistency } from "./citation-consistency.js";
import { claimValue } from "./claim-value.js";
import { confusableWord } from "./confusable-word.js";
import { copySlip } from "./copy-slip.js";
import { dateConflict } from "./date-conflict.js";
import { documentIdentity } from "./document-identity.js";
import { documentStructure } from "./document-structure.js";
import { duplicatedPassage } from "./duplicated-passage.js";
import { figureConflict } from "./figure-conflict.js";
import { grammarPattern } from "./grammar-pattern.js";
import { hyphenationVariant } from "./hyphenation-variant.js";
import { listShrinks } from "./list-shrinks.js";
import { missingWord } from "./missing-word.js";
import { mixedScript } from "./mixed-script.js";
import { lostStop } from "./lost-stop.js";
import { nameFormVariant } from "./name-form-variant.js";
import { nameVariant } from "./name-variant.js";
import { numberedSequence } from "./numbered-sequence.js";
import { oddSpelling } from "./odd-spelling.js";
import { ocrDamage } from "./ocr-damage.js";
import { partExceedsWhole } from "./part-exceeds-whole.js";
import { qualifierScale } from "./qualifier-scale.js";
import { quoteInSource } from "./quote-in-source.js";
import { spelling } from "./spelling.js";
import { realWordError } from "./real-word-error.js";
import { repetition } from "./repetition.js";
import { spellingVariant } from "./spelling-variant.js";
import { statedCountMismatch } from "./stated-count-mismatch.js";
import { strayMark } from "./stray-mark.js";
import { sumMismatch } from "./sum-mismatch.js";
import { textConflict } from "./text-conflict.js";
import { uncoveredFigure } from "./uncovered-figure.js";
import { weekdayMismatch } from "./weekday-mismatch.js";

/** Every check the tool ships; rules in rules/*.yaml pick from these by id. */
export const catalogue: readonly AnyCheck[] = [
  alteredQuotation,
  anachronism,
  anniversaryArithmetic,
  capitalisationVariant,
  citationConsistency,
  claimValue,
  confusableWord,
  copySlip,
  dateConflict,
  documentIdentity,
  documentStructure,
  duplicatedPassage,
  figureConflict,
  grammarPattern,
  hyphenationVariant,
  listShrinks,
  missingWord,
  mixedScript,
  lostStop,
  nameFormVariant,
  nameVariant,
  numberedSequence,
  oddSpelling,
  ocrDamage,
  partExceedsWhole,
  qualifierScale,
  quoteInSource,
  spelling,
  realWordError,
  repetition,
  spellingVariant,
  statedCountMismatch,
  strayMark,
  sumMismatch,
  textConflict,
  uncoveredFigure,
  weekdayMismatch,
];
