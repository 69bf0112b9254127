import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Corpus } from "../model/corpus.js";
import { corpusCounts, type CorpusCounts, type Printing, type Use } from "../text/corpus-counts.js";
import { nameWords } from "../text/spelling.js";
import { tagsOf } from "../text/word-tags.js";
import { compareText } from "../text/normalize.js";
import { placesNamed } from "./places.js";

const options = z.strictObject({
  minCapitalised: z.number().int().min(1).default(10).describe("The corpus prints the word (or the pair) capitalised inside a phrase at least this often."),
  minRatio: z.number().min(1).default(10).describe("... and at least this many times as often as in lower case."),
});
type Options = z.infer<typeof options>;

// A proper adjective or noun: the lexicon knows the word as nothing else, or not at all (a name).
// A word that can be a common noun or a verb ("conference", "united") has lower-case uses of its own.
const PROPER = new Set(["JJ", "NNP", "NNPS"]);
const properOnly = (lower: string): boolean => [...tagsOf(lower)].every((t) => PROPER.has(t));

// Capitalised, not printed in capitals: a heading in capitals says nothing of a word's case.
const isUpper = (s: string): boolean => /^\p{Lu}\p{Ll}/u.test(s);
const isLower = (s: string): boolean => /^\p{Ll}+$/u.test(s.replace(/['’]/g, ""));

/** How one word (or one word after one name) is printed: capitalised inside a phrase, and in lower case. */
interface Printings {
  capitalised: number;
  forms: Map<string, number>;
  lower: number;
}

function entry(map: Map<string, Printings>, key: string): Printings {
  const hit = map.get(key);
  if (hit) return hit;
  const made: Printings = { capitalised: 0, forms: new Map(), lower: 0 };
  map.set(key, made);
  return made;
}

function tally(p: Printings, { printed, count }: Printing, inside: boolean): void {
  if (isUpper(printed) && inside) {
    p.capitalised += count;
    p.forms.set(printed, (p.forms.get(printed) ?? 0) + count);
  } else if (isLower(printed)) p.lower += count;
}

/**
 * The words printed after a name (a capitalised word no dictionary knows) often enough to be part of
 * a longer name: "foundation" after "Aliyev" in "Heydar Aliyev Foundation". Keyed "name word".
 */
function pairsAfterNames(corpus: Corpus, counts: CorpusCounts, o: Options): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const name of nameWords(corpus)) {
    if (name.uses.length < o.minCapitalised) continue;
    const after = new Map<string, number>();
    for (const w of counts.neighbours(name.uses).after) after.set(w, (after.get(w) ?? 0) + 1);
    for (const [w, n] of after) if (n >= o.minCapitalised) out.set(w, (out.get(w) ?? new Set()).add(name.lower));
  }
  return out;
}

function finding(subject: string, printed: string, p: Printings, lower: readonly Use[], what: string): RawFinding {
  const refs: Ref[] = lower.map((u) => ({ document: u.document, source: u.line, text: u.printed }));
  const places = placesNamed(
    lower.map((u) => `${u.document} line ${u.line}`),
    ", ",
  );
  return {
    subject,
    message: `"${printed}" is printed in lower case (${places}) where the corpus prints ${what} capitalised inside a sentence ${p.capitalised} times.`,
    values: [{ value: printed, refs }],
    refs,
  };
}

const wordOf = (pair: string): string => pair.split(" ")[1] ?? "";

/** The findings for the words and pairs reported, with their uses in lower case: gathered in one pass for them all. */
function findings(counts: CorpusCounts, words: readonly [string, Printings][], pairs: readonly [string, Printings][]): RawFinding[] {
  const uses = counts.usesOf(new Set([...words.map(([w]) => w), ...pairs.map(([key]) => wordOf(key))]), isLower);
  // Stryker disable next-line ArrayDeclaration: equivalent, never reached: a word reported has lower-case printings, and usesOf finds each
  const lowerUses = (w: string): Use[] => (uses.get(w) ?? []).filter((u) => !u.skipped);
  const out = words.map(([w, p]) => finding(w, w, p, lowerUses(w), `"${formOf(p)}"`));
  for (const [key, p] of pairs) {
    const [name = "", lower = ""] = key.split(" ");
    const after = lowerUses(lower).filter((u) => counts.printedBefore(u) === name);
    out.push(finding(key.toLowerCase(), key, p, after, `"${name} ${formOf(p)}"`));
  }
  return out;
}

/** The capitalised form printed most often (then the first in code-point order). */
// Stryker disable next-line OptionalChaining,StringLiteral: equivalent, a word reported is printed capitalised at least minCapitalised times, so in one form at least
const formOf = (p: Printings): string => [...p.forms].sort(([a, x], [b, y]) => y - x || compareText(a, b))[0]?.[0] ?? "";

const enough = (p: Printings, o: Options): boolean => p.lower > 0 && p.capitalised >= o.minCapitalised && p.capitalised >= o.minRatio * p.lower;

export const capitalisationVariant = defineCheck({
  meta: {
    id: "capitalisation-variant",
    description:
      "A proper adjective or name printed in lower case where the corpus prints it capitalised inside sentences many times and in lower case hardly ever: a word alone (armenian) or a word of a longer name after the name (Aliyev foundation).",
    docs: "docs/rules/capitalisation-variant.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    const counts = corpusCounts(corpus);
    // Decided once per distinct word: only words that can be proper, or follow a name often, are read.
    const alone = new Set<string>();
    for (const [w, n] of counts.vocabulary()) if (n > o.minCapitalised && /^\p{L}/u.test(w) && properOnly(w)) alone.add(w);
    const afterNames = pairsAfterNames(corpus, counts, o);
    const words = new Set([...alone, ...afterNames.keys()]);
    // Counted per printed form and the form before it; a use is an object only where it is reported.
    const byWord = new Map<string, Printings>();
    const byPair = new Map<string, Printings>();
    for (const printing of counts.printings(words)) {
      const { lower, before } = printing;
      if (alone.has(lower)) tally(entry(byWord, lower), printing, before !== undefined);
      if (before === undefined || !isUpper(before) || !afterNames.get(lower)?.has(before.toLowerCase())) continue;
      tally(entry(byPair, `${before} ${lower}`), printing, true);
    }
    const reportedWords = [...byWord].filter(([, p]) => enough(p, o));
    const alreadyReported = new Set(reportedWords.map(([w]) => w));
    // A word already reported alone is not reported again after a name.
    const reportedPairs = [...byPair].filter(([key, p]) => enough(p, o) && !alreadyReported.has(wordOf(key)));
    return findings(counts, reportedWords, reportedPairs).sort((a, b) => compareText(a.subject, b.subject));
  },
});
