import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Corpus } from "../model/corpus.js";
import { corpusCounts, type CorpusCounts } from "../text/corpus-counts.js";
import { oneEdit } from "../text/edit-index.js";
import { compareText } from "../text/normalize.js";
import { passageChanges, type Printed } from "../text/passage-changes.js";
import type { WordChange } from "../text/passage-diff.js";
import { sharedPassageOptions } from "./duplicated-passage.js";
import { characterVariants, inflection } from "./real-word-error.js";
import { signTail, signTestOptions, times, wordFinding } from "./sign-test-evidence.js";

const options = z.strictObject({
  ...signTestOptions({
    maxSeen: "The word as printed occurs at most this often in the whole corpus: a word the corpus uses more is its writers' word, not a slip.",
    significance:
      "A sign test on how often the corpus prints each of the two words: were they equally likely, a split at least this lopsided would happen by chance at most this often (1 against 5 is 0.11, 1 against 8 is 0.02).",
  }),
  minEditLength: z
    .number()
    .int()
    .min(2)
    .default(4)
    .describe("Words shorter than this are slips of each other only by an OCR character rule or a curated set: one edit turns a short word into another."),
  maxChange: z.number().int().min(1).max(10).default(3).describe("Words a difference may span in either copy, as altered-quotation reads them."),
  resync: z
    .number()
    .int()
    .min(2)
    .default(4)
    .describe("Equal words in a row after a difference that show the copies agree again, as altered-quotation reads them."),
  passages: z
    .record(z.string(), z.unknown())
    .default({})
    .refine((p) => sharedPassageOptions({ ...p, scope: "across" }) !== undefined, "options of the duplicated-passage check (scope across)")
    .describe("How shared passages are found: the shared-passage rule's options, so all three rules see the same pairs."),
});
type Options = z.infer<typeof options>;

const LETTERS = /^\p{L}+$/u;
const knownWord = (corpus: Corpus, word: string): boolean => corpus.lexicon.has(word) || corpus.words.has(word);

/**
 * One word a typing or OCR slip makes of the other: partners in a curated confusion set, an OCR
 * character rule either way, or one edit for words long enough; never two forms of one word
 * (number and tense are grammar, and a copy may change them on purpose).
 */
export function slipOf(x: string, y: string, corpus: Corpus, minEditLength: number): boolean {
  // A word with a digit is a figure: a text reused a year later changes "16th" to "17th" on purpose,
  // and the figure checks compare figures.
  if (x === y || inflection(x, y) || !LETTERS.test(x) || !LETTERS.test(y)) return false;
  if (corpus.confusions.sets.some((s) => s.words.includes(x) && s.words.includes(y))) return true;
  if (characterVariants(x, corpus.confusions.characters).includes(y)) return true;
  return Math.min(x.length, y.length) >= minEditLength && oneEdit(x, y);
}

/** Word pairs of a difference: the words at the same place from its start, and from its end. */
function pairsOf(c: WordChange): [number, number][] {
  const [la, lb] = [c.a[1] - c.a[0], c.b[1] - c.b[0]];
  // Stryker disable next-line ArrayDeclaration: equivalent, a string read as a pair gives the same missing word on both sides, and slipOf refuses a word with itself
  const out: [number, number][] = [];
  for (let k = 0; k < Math.min(la, lb); k++) {
    out.push([c.a[0] + k, c.b[0] + k]);
    if (la !== lb) out.push([c.a[1] - 1 - k, c.b[1] - 1 - k]);
  }
  return out;
}

interface Slip {
  document: string;
  line: number;
  at: number;
  printed: string;
  intended: string;
  printedCount: number;
  intendedCount: number;
  /** The other copies that print the intended word, with their lines. */
  copies: Map<string, number>;
}

/** The copy whose word is the slip: printed at most maxSeen times in the corpus, and far rarer than the other copy's word by the sign test. */
function slipSide(x: string, y: string, counts: CorpusCounts, o: Options): "a" | "b" | undefined {
  const [cx, cy] = [counts.word(x), counts.word(y)];
  if (cx <= o.maxSeen && signTail(cx, cx + cy) <= o.significance) return "a";
  if (cy <= o.maxSeen && signTail(cy, cx + cy) <= o.significance) return "b";
  return undefined;
}

function addSlip(slips: Map<string, Slip>, [id, d, i]: [string, Printed, number], [otherId, other, j]: [string, Printed, number], counts: CorpusCounts): void {
  const [printed, intended] = [d.word(i), other.word(j)];
  const line = d.lines[i] ?? 0;
  const key = `${id}|${i}|${intended}`;
  const slip = slips.get(key) ?? {
    document: id,
    line,
    at: i,
    printed: d.between(i, i + 1),
    intended,
    printedCount: counts.word(printed),
    intendedCount: counts.word(intended),
    copies: new Map<string, number>(),
  };
  slip.copies.set(otherId, other.lines[j] ?? 0);
  slips.set(key, slip);
}

function findingOf(s: Slip): RawFinding {
  const copies = [...s.copies].sort(([x], [y]) => compareText(x, y)).map(([id, line]) => `${id} (line ${line})`);
  return wordFinding(
    s.document,
    { line: s.line, col: s.at, words: [s.printed.toLowerCase()] },
    s.printed,
    s.printed,
    `${s.document} prints "${s.printed}" at line ${s.line} in a passage that ${copies.join(", ")} ${copies.length === 1 ? "prints" : "print"} with "${s.intended}" in its place: "${s.printed.toLowerCase()}" ${times(s.printedCount)} in the corpus, "${s.intended}" ${times(s.intendedCount)}.`,
  );
}

export const copySlip = defineCheck({
  meta: {
    id: "copy-slip",
    description:
      "A word of a passage two documents print that a typing or OCR slip makes of the word the other copy prints (arc for are), where the corpus hardly uses the printed word and uses the other often.",
    docs: "docs/rules/copy-slip.md",
  },
  options,
  check(corpus: Corpus, o: Options): RawFinding[] {
    const search = sharedPassageOptions({ ...o.passages, scope: "across" });
    // Stryker disable next-line ArrayDeclaration: equivalent, never reached: the options' refine has made sure the shared-passage options parse
    if (!search) return [];
    const counts = corpusCounts(corpus);
    const slips = new Map<string, Slip>();
    for (const { pair: p, a, b, changes } of passageChanges(corpus, search, o)) {
      for (const c of changes) {
        for (const [i, j] of pairsOf(c)) {
          const [x, y] = [a.word(i), b.word(j)];
          if (!slipOf(x, y, corpus, o.minEditLength)) continue;
          const side = slipSide(x, y, counts, o);
          // A word no dictionary or word list knows is a non-word: the spelling checks' finding.
          if (side === "a" && knownWord(corpus, x)) addSlip(slips, [p.a, a, i], [p.b, b, j], counts);
          if (side === "b" && knownWord(corpus, y)) addSlip(slips, [p.b, b, j], [p.a, a, i], counts);
        }
      }
    }
    return [...slips.values()].sort((x, y) => compareText(x.document, y.document) || x.at - y.at).map(findingOf);
  },
});
