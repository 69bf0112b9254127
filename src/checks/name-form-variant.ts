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
  minUsual: z.number().int().min(2).default(3).describe("A name's usual preposition is printed at least this many times, in two documents or more ..."),
  minRatio: z.number().min(1).default(3).describe("... and at least this many times as often as the other."),
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
    // Stryker disable next-line ConditionalExpression: equivalent, the pattern below takes one letter at least
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
function endingVariants(pairs: ReadonlyMap<string, number[]>, common: (word: string) => boolean, o: Options): [Form, Form][] {
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
    // Beside a given name the two forms may be two people of one family (Ali Aliyev, Ali Aliyeva); beside
    // a common noun (Republic, Forces) they are one name printed two ways.
    for (const [shared, ws] of buckets) {
      if (!common(shared)) continue;
      for (const x of ws) for (const y of ws) if (withEnding(x, y, o)) out.push([form(join(shared, x), pairs), form(join(shared, y), pairs)]);
    }
  };
  compare(byFirst, (a, b) => `${a} ${b}`);
  compare(bySecond, (b, a) => `${a} ${b}`);
  return out;
}

const form = (printed: string, at: ReadonlyMap<string, number[]>): Form => ({ printed, lines: at.get(printed) ?? [] });

/** A word the lexicon knows as something other than a proper noun: no given name or surname. */
function commonWord(word: string): boolean {
  const tags = tagsOf(word.toLowerCase());
  for (const t of tags) if (t !== "NNP" && t !== "NNPS") return true;
  return false;
}

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
      // Stryker disable next-line ArithmeticOperator: equivalent, a window cut short by the run's end has fewer initials than the name
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

/** One place two words of a name are printed with a preposition between them. */
interface PrepositionUse {
  document: string;
  line: number;
  printed: string;
}

// The prepositions a name's words are joined by; "the" is left out (printed or dropped, it changes no name).
const PREPOSITIONS = new Set(["of", "for", "on"]);

/** Two words of a name and the preposition between them, for every run: "Commissioner|Human" to "for" or "on". */
function tallyPrepositions(document: string, runs: readonly NameRun[], into: Map<string, Map<string, PrepositionUse[]>>): void {
  for (const r of runs)
    for (let i = 0; i + 1 < r.words.length; i++) {
      const preposition = (r.joiners[i] ?? "").split(" ").find((w) => PREPOSITIONS.has(w));
      if (preposition === undefined) continue;
      const key = `${r.words[i]?.text ?? ""}|${r.words[i + 1]?.text ?? ""}`;
      const byPreposition = into.get(key) ?? new Map<string, PrepositionUse[]>();
      into.set(key, byPreposition);
      addTo(byPreposition, preposition, { document, line: r.words[i]?.line ?? 0, printed: printedName(r, i, i + 2) });
    }
}

/** The form most uses print (then the first in code-point order): the same whatever the documents' order. */
function mostPrinted(uses: readonly PrepositionUse[]): string {
  const n = new Map<string, number>();
  for (const u of uses) n.set(u.printed, (n.get(u.printed) ?? 0) + 1);
  return [...n].sort(([a, x], [b, y]) => y - x || compareText(a, b))[0]?.[0] ?? "";
}

/**
 * Two words of a name the corpus joins by one preposition at least `minUsual` times in two documents
 * or more, and `minRatio` times as often as by another: the other is a word of the name changed
 * ("Commissioner on Human Rights" beside "Commissioner for Human Rights"). Located at its uses.
 */
function prepositionFindings(tally: ReadonlyMap<string, Map<string, PrepositionUse[]>>, o: Options): RawFinding[] {
  const out: RawFinding[] = [];
  for (const byPreposition of tally.values()) {
    if (byPreposition.size < 2) continue;
    const ranked = [...byPreposition].sort(([a, x], [b, y]) => y.length - x.length || compareText(a, b));
    const [[, uses] = ["", []], ...rest] = ranked;
    const docs = new Set(uses.map((u) => u.document)).size;
    for (const [preposition, others] of rest) {
      if (uses.length < o.minUsual || docs < 2 || uses.length < o.minRatio * others.length) continue;
      const refs: Ref[] = [...new Map(others.map((u) => [`${u.document}:${u.line}`, { document: u.document, source: u.line, text: u.printed }])).values()];
      const [printed, reference] = [mostPrinted(others), mostPrinted(uses)];
      out.push({
        subject: reference,
        key: `preposition:${reference.toLowerCase()}:${preposition}`,
        message: `"${printed}" (${placesNamed(refs.map((r) => `${r.document} line ${r.source ?? 0}`))}) joins the words of a name by "${preposition}" where the corpus prints "${reference}" ${times(uses.length)} in ${docs} documents.`,
        values: [
          { value: printed, refs },
          { value: reference, refs: [] },
        ],
        refs,
      });
    }
  }
  return out;
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
      "A multi-word name printed two ways: inside one document a word of it with and without an ending (Azerbaijan Republic, Azerbaijani Republic) or the name it glosses with an acronym beside a name of the same initials one common noun apart (Organization of Islamic Conference (OIC), Organization of Islamic Cooperation); anywhere, two of its words joined by another preposition than the corpus's usual one (Commissioner on Human Rights beside Commissioner for Human Rights).",
    docs: "docs/rules/name-form-variant.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    const out: RawFinding[] = [];
    const prepositions = new Map<string, Map<string, PrepositionUse[]>>();
    // Whether a word is common is decided once per distinct word, not in every document that prints it.
    const known = new Map<string, boolean>();
    const common = (word: string): boolean => {
      const hit = known.get(word);
      if (hit !== undefined) return hit;
      const decided = commonWord(word);
      known.set(word, decided);
      return decided;
    };
    for (const doc of corpus.documents) {
      const runs = nameRuns(textLines(corpus, doc));
      const id = doc.record.id;
      tallyPrepositions(id, runs, prepositions);
      for (const pair of endingVariants(pairsOf(runs), common, o)) out.push(finding(id, pair, "a name"));
      for (const { acronym, forms } of acronymVariants(runs)) out.push(finding(id, forms, `the name it glosses "(${acronym})"`));
    }
    out.push(...prepositionFindings(prepositions, o));
    return out.sort((a, b) => compareText(a.refs[0]?.document ?? "", b.refs[0]?.document ?? "") || compareText(a.subject, b.subject));
  },
});
