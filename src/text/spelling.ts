import { distance } from "fastest-levenshtein";
import type { Corpus } from "../model/corpus.js";
import { corpusCounts, type CorpusCounts, type Neighbours, type Use } from "./corpus-counts.js";
import { UseList, type Uses } from "./use-list.js";
import { apostrophes, DIGITS_THEN_LETTERS } from "./skipped.js";
import { splits } from "./edits.js";
import { explanation, type SuggestContext } from "./suggest.js";
import { addTo } from "../model/multimap.js";
import { compareText } from "./normalize.js";

/** What the spelling layer makes of a word no dictionary and no registry knows. */
export type Verdict =
  | { kind: "run-together"; parts: [string, string] }
  | { kind: "unknown"; suggestion?: string }
  /** Capitalised and unknown, near no frequent word: a candidate name, for the name layer. */
  | { kind: "name" };

export interface UnknownWord {
  /** Lower-cased, as read (a word broken at a line end read whole). */
  lower: string;
  /** The printed form used most often (then the first in code-point order). */
  printed: string;
  verdict: Verdict;
  uses: Uses;
}

export interface SpellingOptions {
  /** A capitalised unknown word is reported when a dictionary word one edit away is this many times more frequent. */
  minRatio: number;
  /** ... and occurs at least this often in the corpus. */
  minCount: number;
  /** ... and the capitalised word has at least this many letters. */
  minLength: number;
}

/** Lower-cased words every registry knows: the word list and every word of every entity alias. */
function registryWords(corpus: Corpus): Set<string> {
  const out = new Set(corpus.words.keys());
  for (const e of corpus.entities.values()) for (const a of e.aliases) for (const w of a.toLowerCase().split(/[\s-]+/)) out.add(apostrophes(w));
  return out;
}

interface Known {
  (lower: string): boolean;
}

function knownWith(corpus: Corpus): { known: Known; english: Known } {
  const registry = registryWords(corpus);
  const english: Known = (w) => corpus.lexicon.has(w);
  const base: Known = (w) => registry.has(w) || english(w);
  // A possessive is its word: "Aliyev's", "parliaments'".
  const known: Known = (w) => base(w) || (/'s?$/.test(w) && base(w.replace(/'s?$/, "")));
  return { known, english };
}

/** The dictionary word one edit away that this corpus uses most (then the first in code-point order). */
function nearestCorpusEnglish(lower: string, english: Known, frequent: readonly [string, number][]): { word: string; count: number } | undefined {
  // `frequent` is sorted by count, then code point: the first word one edit away is the answer.
  for (const [w, count] of frequent)
    if (Math.abs(w.length - lower.length) <= 1 && w !== lower && distance(w, lower) === 1 && english(w)) return { word: w, count };
  return undefined;
}

interface Context extends SuggestContext {
  /** Words a suggestion cannot rely on as neighbours: lower-case words no dictionary or registry knows. */
  damaged: (lower: string) => boolean;
  /** `byCount`'s words printed at least `minCount` times: the words a capitalised slip is measured against. */
  frequent: readonly [string, number][];
}

function verdictOf(lower: string, capitalised: boolean, near: () => Neighbours, ctx: Context, o: SpellingOptions): Verdict {
  const { known, english, counts, frequent: often } = ctx;
  const digits = DIGITS_THEN_LETTERS.exec(lower);
  if (digits) return known(digits[2] ?? "") ? { kind: "run-together", parts: [digits[1] ?? "", digits[2] ?? ""] } : { kind: "unknown" };
  if (capitalised) {
    // One edit changes a short word too much to call it a slip ("Kur", "our").
    const frequent = nearestCorpusEnglish(lower, english, often);
    const slip = frequent && lower.length >= o.minLength && frequent.count >= o.minCount && frequent.count >= o.minRatio * counts.count(lower);
    if (!slip) return { kind: "name" };
    const suggestion = explanation(lower, near(), ctx.damaged, ctx);
    return suggestion ? { kind: "unknown", suggestion } : { kind: "unknown" };
  }
  // Run together only when both halves are words this corpus itself uses ("have" + "been"), so a
  // transliteration that happens to split into dictionary fragments is not read as two words.
  const run = splits(lower).find(([a, b]) => english(a) && english(b) && counts.count(a) > 0 && counts.count(b) > 0);
  if (run) return { kind: "run-together", parts: run };
  // A guess only when one correction explains the damage better than every other.
  const suggestion = explanation(lower, near(), ctx.damaged, ctx);
  return suggestion ? { kind: "unknown", suggestion } : { kind: "unknown" };
}

/** The printed form a word is most often printed in (then the first in code-point order). */
export function usualForm(uses: Iterable<Use>): string {
  const n = new Map<string, number>();
  for (const u of uses) n.set(u.printed, (n.get(u.printed) ?? 0) + 1);
  return [...n].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]?.[0] ?? "";
}

function isCapitalised(uses: Uses): boolean {
  // A word printed capitalised everywhere it stands (sentence starts included) reads as a name.
  return uses.every((u) => /^\p{Lu}/u.test(u.printed));
}

/** A word broken at a line end whose halves are both words is a hyphenated compound ("long-" / "term"). */
function isCompound(uses: Uses, known: Known): boolean {
  return uses.every((u) => {
    if (u.head === undefined) return false;
    return known(u.head.toLowerCase()) && known(u.printed.slice(u.head.length).toLowerCase());
  });
}

interface Analysis {
  unknown: UnknownWord[];
  /** Capitalised words no English dictionary knows, registered or not: the candidate names. */
  names: NameWord[];
}

export interface NameWord {
  lower: string;
  printed: string;
  uses: Uses;
}

function build(corpus: Corpus, o: SpellingOptions): Analysis {
  const counts = corpusCounts(corpus);
  const { known, english } = knownWith(corpus);
  const byCount = [...counts.vocabulary()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  const ocr = corpus.confusions.characters;
  const out: UnknownWord[] = [];
  const names: NameWord[] = [];
  // A possessive is read as its word: "Aliyev's" is a use of "Aliyev".
  const byWord = new Map<string, number[]>();
  // Uses are gathered only for words no dictionary reads as they stand: a small part of the vocabulary.
  const candidates = new Set(byCount.map(([w]) => w).filter((w) => !english(apostrophes(w).replace(/'s?$/, ""))));
  for (const [lower, all] of counts.useNumbersOf(candidates)) {
    const word = apostrophes(lower).replace(/'s?$/, "");
    for (const at of all) addTo(byWord, word, at);
  }
  const column = useColumn(byWord, counts);
  const usesOf = (word: string): Uses => column.get(word) ?? [];
  // Read once per word: a use is read back from the columns each time it is asked for.
  const capitals = new Set([...byWord.keys()].filter((w) => isCapitalised(usesOf(w))));
  const unreadWords = new Set([...byWord.keys()].filter((w) => english(w) || (!capitals.has(w) && known(w)) || isCompound(usesOf(w), known)));
  const damagedWords = new Set([...byWord.keys()].filter((w) => !unreadWords.has(w) && !known(w) && !capitals.has(w)));
  const frequent = byCount.filter(([, n]) => n >= o.minCount);
  const ctx: Context = { known, english, counts, byCount, ocr, frequent, damaged: (w) => damagedWords.has(w) };
  for (const word of byWord.keys()) {
    if (unreadWords.has(word)) continue;
    const uses = usesOf(word);
    const capitalised = capitals.has(word);
    const printed = usualForm(uses);
    const verdict: Verdict = known(word) ? { kind: "name" } : verdictOf(word, capitalised, () => counts.neighbours(uses), ctx, o);
    if (verdict.kind === "name") names.push({ lower: word, printed, uses });
    if (!known(word)) out.push({ lower: word, printed, verdict, uses });
  }
  const order = (a: { lower: string }, b: { lower: string }): number => (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0);
  return { unknown: out.sort(order), names: names.sort(order) };
}

/**
 * Each word's uses as one column of token numbers, a word's in document order (by id; within a
 * document, token order is line and column order); the lists of numbers are dropped.
 */
function useColumn(byWord: Map<string, number[]>, counts: CorpusCounts): Map<string, Uses> {
  let total = 0;
  for (const ats of byWord.values()) total += ats.length;
  const column = new Int32Array(total);
  const out = new Map<string, Uses>();
  let from = 0;
  for (const [word, ats] of byWord) {
    // A word's numbers come a printed word at a time ("Aliyev", then "Aliyev's"): token order is
    // line and column order within a document.
    const docs = ats.map((at) => counts.documentAt(at));
    const order = ats.map((_, i) => i).sort((a, b) => compareText(docs[a] ?? "", docs[b] ?? "") || (ats[a] ?? 0) - (ats[b] ?? 0));
    order.forEach((i, k) => (column[from + k] = ats[i] ?? 0));
    out.set(word, new UseList(column, from, ats.length, (at) => counts.useAt(at)));
    from += ats.length;
  }
  return out;
}

const cache = new WeakMap<Corpus, Map<string, Analysis>>();

/** Every word of the corpus that no dictionary and no registry knows, with what it probably is; cached per corpus. */
export function unknownWords(corpus: Corpus, o: SpellingOptions = DEFAULTS): readonly UnknownWord[] {
  return analysis(corpus, o).unknown;
}

/** Capitalised words that no English dictionary knows (registered or not): the candidate names. */
export function nameWords(corpus: Corpus, o: SpellingOptions = DEFAULTS): readonly NameWord[] {
  return analysis(corpus, o).names;
}

export const DEFAULTS: SpellingOptions = { minRatio: 10, minCount: 10, minLength: 5 };

function analysis(corpus: Corpus, o: SpellingOptions): Analysis {
  const byOptions = cache.get(corpus) ?? new Map<string, Analysis>();
  cache.set(corpus, byOptions);
  const key = `${o.minRatio}/${o.minCount}/${o.minLength}`;
  const hit = byOptions.get(key);
  if (hit) return hit;
  const built = build(corpus, o);
  byOptions.set(key, built);
  return built;
}
