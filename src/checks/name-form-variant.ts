import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import { textLines } from "../text/document-text.js";
import { initials, nameRuns, printedName, type NameRun } from "../text/name-runs.js";
import { compareText } from "../text/normalize.js";
import { tagsOf } from "../text/word-tags.js";
import { addTo } from "../model/multimap.js";
import { placesNamed } from "./places.js";

const options = z.strictObject({
  minStem: z.number().int().min(2).default(4).describe("The shorter form of a word with and without an ending has at least this many letters."),
  maxEnding: z.number().int().min(1).max(3).default(2).describe("An ending is at most this many letters."),
});
type Options = z.infer<typeof options>;

/** One printed form of a name in one document, with the lines it is printed on. */
interface Form {
  printed: string;
  lines: number[];
}

/**
 * Whether `long` is `short` with an ending that is no plural or possessive: "Azerbaijani" for
 * "Azerbaijan", "Armenian" for "Armenia"; never "States" for "State" (a plural is a number, not a spelling).
 */
export function withEnding(short: string, long: string, o: Options): boolean {
  const ending = long.slice(short.length);
  return (
    short.length >= o.minStem &&
    long.startsWith(short) &&
    ending.length >= 1 &&
    ending.length <= o.maxEnding &&
    /^\p{Ll}+$/u.test(ending) &&
    !ending.endsWith("s")
  );
}

/** Two capitalised words printed side by side, nothing between them: "Azerbaijan Republic", with each line. */
function pairsOf(runs: readonly NameRun[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of runs) for (let i = 0; i + 1 < r.words.length; i++) if (r.joiners[i] === "") addTo(out, printedName(r, i, i + 2), r.words[i]?.line ?? 0);
  return out;
}

/** Pairs of pairs that differ in one word, one form of it the other with an ending: "Azerbaijan Republic", "Azerbaijani Republic". */
function endingVariants(pairs: ReadonlyMap<string, number[]>, o: Options): [Form, Form][] {
  // Bucketed by the word the two pairs share, so only pairs with a word in common are compared.
  const byFirst = new Map<string, string[]>();
  const bySecond = new Map<string, string[]>();
  for (const p of pairs.keys()) {
    const [a = "", b = ""] = p.split(" ");
    addTo(byFirst, a, b);
    addTo(bySecond, b, a);
  }
  const out: [Form, Form][] = [];
  const compare = (buckets: Map<string, string[]>, join: (shared: string, w: string) => string): void => {
    for (const [shared, ws] of buckets)
      for (const x of ws) for (const y of ws) if (withEnding(x, y, o)) out.push([form(join(shared, x), pairs), form(join(shared, y), pairs)]);
  };
  compare(byFirst, (a, b) => `${a} ${b}`);
  compare(bySecond, (b, a) => `${a} ${b}`);
  return out;
}

const form = (printed: string, at: ReadonlyMap<string, number[]>): Form => ({ printed, lines: at.get(printed) ?? [] });

// A body named for another place or person differs in a proper noun ("Republic of Armenia",
// "Republic of Azerbaijan"); one body named two ways differs in a common noun ("Conference", "Cooperation").
const commonNoun = (word: string): boolean => {
  const tags = tagsOf(word.toLowerCase());
  return tags.size > 0 && !tags.has("NNP") && !tags.has("NNPS");
};

/** A name glossed with its acronym and a name of the same initials one common noun apart: "Organization of Islamic Conference (OIC)", "Organization of Islamic Cooperation". */
function acronymVariants(runs: readonly NameRun[]): { acronym: string; forms: [Form, Form] }[] {
  const glossed = new Map<string, number[]>();
  const words = new Map<string, string[]>();
  const acronyms = new Map<string, string>();
  for (const r of runs) {
    const n = r.acronym?.length ?? 0;
    const from = r.words.length - n;
    if (n === 0 || from < 0 || initials(r.words.slice(from)) !== r.acronym) continue;
    const printed = printedName(r, from, r.words.length);
    addTo(glossed, printed, r.words[from]?.line ?? 0);
    words.set(
      printed,
      r.words.slice(from).map((w) => w.text),
    );
    acronyms.set(printed, r.acronym ?? "");
  }
  const others = new Map<string, number[]>();
  for (const [printed, ws] of words)
    for (const r of runs)
      for (let k = 0; k + ws.length <= r.words.length; k++) {
        const window = r.words.slice(k, k + ws.length);
        const differ = window.flatMap((w, i) => (w.text.toLowerCase() === ws[i]?.toLowerCase() ? [] : [[w.text, ws[i] ?? ""]]));
        const [pair] = differ;
        if (differ.length !== 1 || !pair || initials(window) !== initials(ws.map((w) => ({ text: w, line: 0 })))) continue;
        if (pair.every(commonNoun)) addTo(others, `${printed}\u0000${printedName(r, k, k + ws.length)}`, window[0]?.line ?? 0);
      }
  return [...others].map(([key, lines]) => {
    const [glossedName = "", other = ""] = key.split("\u0000");
    return { acronym: acronyms.get(glossedName) ?? "", forms: [form(glossedName, glossed), { printed: other, lines }] };
  });
}

const times = (n: number): string => `${n} time${n === 1 ? "" : "s"}`;
const linesWord = (ls: readonly number[]): string => `line${ls.length === 1 ? "" : "s"} ${placesNamed(ls.map(String), ", ", "line")}`;

function finding(document: string, forms: [Form, Form], what: string): RawFinding {
  const sorted = [...forms].sort((x, y) => y.lines.length - x.lines.length || compareText(x.printed, y.printed));
  const [first, second] = sorted as [Form, Form];
  // The form printed more often is the reference; with no such form, both are places to look.
  const located = first.lines.length > second.lines.length ? [second] : sorted;
  const refsOf = (f: Form): Ref[] => [...new Set(f.lines)].map((line) => ({ document, source: line, text: f.printed }));
  const summary = sorted.map((f) => `"${f.printed}" ${times(f.lines.length)} (${linesWord([...new Set(f.lines)])})`);
  return {
    subject: sorted.map((f) => f.printed).join(" / "),
    key: `in:${document}:${sorted.map((f) => f.printed.toLowerCase()).join("/")}`,
    message: `${document} prints ${what} two ways: ${summary.join("; ")}.`,
    values: sorted.map((f) => ({ value: f.printed, refs: refsOf(f) })),
    refs: located.flatMap(refsOf),
  };
}

export const nameFormVariant = defineCheck({
  meta: {
    id: "name-form-variant",
    description:
      "A document that prints one multi-word name two ways: a word of it with and without an ending (Azerbaijan Republic, Azerbaijani Republic), or the name it glosses with an acronym and a name of the same initials one common noun apart (Organization of Islamic Conference (OIC), Organization of Islamic Cooperation).",
    docs: "docs/rules/name-form-variant.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    const out: RawFinding[] = [];
    for (const doc of corpus.documents) {
      const runs = nameRuns(textLines(corpus, doc));
      const id = doc.record.id;
      for (const pair of endingVariants(pairsOf(runs), o)) out.push(finding(id, pair, "a name"));
      for (const { acronym, forms } of acronymVariants(runs)) out.push(finding(id, forms, `the name it glosses "(${acronym})"`));
    }
    return out.sort((a, b) => compareText(a.refs[0]?.document ?? "", b.refs[0]?.document ?? "") || compareText(a.subject, b.subject));
  },
});
