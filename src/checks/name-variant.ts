import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import { nameClusters, transliterated, type NameCluster } from "../text/name-clusters.js";
import type { NameWord } from "../text/spelling.js";
import { keyConfusions } from "../text/name-distance.js";
import type { OcrConfusion } from "../text/edits.js";
import { mixedInDocument } from "./spelling-tables.js";
import { corpusCounts, type Use } from "../text/corpus-counts.js";
import { onlyTags, tagsOf } from "../text/word-tags.js";

const options = z.strictObject({
  nearMissEdits: z.number().int().min(1).max(3).default(2).describe("Near misses of an alias within this many edits are left to the probable-typo rule."),
  nearMissLength: z.number().int().min(3).default(5).describe("... when at least this long (the probable-typo rule's minLength)."),
});

function refsOf(w: NameWord): Ref[] {
  return [...new Map(w.uses.map((u) => [`${u.document}:${u.line}`, { document: u.document, source: u.line, text: u.printed }])).values()];
}

function summary(w: NameWord): string {
  const docs = new Set(w.uses.map((u) => u.document)).size;
  const n = w.uses.length;
  return `"${w.printed}" ${n} time${n === 1 ? "" : "s"} in ${docs} document${docs === 1 ? "" : "s"}`;
}

const subjectOf = (spellings: readonly NameWord[]): string => spellings.map((w) => w.printed).join(" / ");
const keyOf = (spellings: readonly NameWord[]): string =>
  spellings
    .map((w) => w.lower)
    .sort()
    .join("/");

/** A group whose spellings are no transliterations of each other (one edit apart only): the spellings side by side. */
function groupFinding(c: NameCluster): RawFinding {
  const n = c.spellings.length;
  return {
    subject: subjectOf(c.spellings),
    key: keyOf(c.spellings),
    message: `A name is spelt ${n === 2 ? "two" : n} ways: ${c.spellings.map(summary).join("; ")}.`,
    values: c.spellings.map((w) => ({ value: w.printed, refs: refsOf(w) })),
    refs: c.spellings.flatMap(refsOf),
  };
}

/** A spelling one edit from a name's transliterations that is none of them: a form of its own, perhaps a slip. */
function oddFinding(odd: NameWord, table: readonly NameWord[]): RawFinding {
  const refs = refsOf(odd);
  const where = refs.map((r) => `${r.document} line ${r.source ?? 0}`).join(", ");
  const others = table.map((w) => `"${w.printed}"`).join(", ");
  return {
    subject: subjectOf(table),
    key: `form:${odd.lower}`,
    message: `"${odd.printed}" (${where}) is one edit from the name spelt ${others} but is no transliteration of it.`,
    values: [{ value: odd.printed, refs }],
    refs,
  };
}

/**
 * Spellings that transliterate one another are one name written by different conventions. Across
 * documents that is a curator's choice, not a defect (`corpus-check suggest` shows the group to
 * accept into the registry); a document that mixes them is a finding. A spelling that transliterates
 * none of the others, joined by a full edit, is no known form of the name and a finding of its own.
 */
function findingsFor(c: NameCluster, ocr: readonly OcrConfusion[], person: (u: Use) => string | undefined): RawFinding[] {
  const table = transliterated(c.spellings, ocr);
  if (table.length < 2) return [groupFinding(c)];
  const at = table.flatMap((w) =>
    w.uses.map((u) => {
      const given = person(u);
      return { spelling: w.printed, document: u.document, line: u.line, text: u.printed, ...(given ? { person: given } : {}) };
    }),
  );
  const name = `the name ${table.map((w) => `"${w.printed}"`).join(" / ")}`;
  const odd = c.spellings.filter((w) => !table.includes(w));
  return [...mixedInDocument(name, subjectOf(table), at), ...odd.map((w) => oddFinding(w, table))];
}

/**
 * A given name directly before a surname: a capitalised word the part-of-speech lexicon knows as
 * nothing but a proper noun, or not at all (Samir, Kamran). The English dictionary cannot tell: it
 * lists common given names too. A title (President, Minister) can be a common noun and is no given name.
 */
export function givenName(before: string | undefined): string | undefined {
  if (!before || !/^\p{Lu}\p{Ll}+$/u.test(before)) return undefined;
  const lower = before.toLowerCase();
  return tagsOf(lower).size === 0 || onlyTags(lower, ["NNP", "NNPS"]) ? before : undefined;
}

export const nameVariant = defineCheck({
  meta: {
    id: "name-variant",
    description:
      "Capitalised words no English dictionary knows, grouped by a transliteration-aware key and an edit distance weighted by transliteration and OCR confusions: a document that prints one such name two ways, or a spelling that is no transliteration of the others. Groups the alias registry already covers are left to spelling-variant; groups across documents go to the curator (suggest).",
    docs: "docs/rules/name-variant.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    const ocr = keyConfusions(corpus.confusions.characters);
    const counts = corpusCounts(corpus);
    return nameClusters(corpus, o.nearMissEdits, o.nearMissLength)
      .filter((c) => !c.registered)
      .flatMap((c) => findingsFor(c, ocr, (u) => givenName(counts.printedBefore(u))));
  },
});
