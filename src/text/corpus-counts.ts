import type { Corpus } from "../model/corpus.js";
import { documentText, readAs, type DocumentText, type Token } from "./document-text.js";

/** One use of a word: where it stands and how it is printed. */
export interface Use {
  document: string;
  line: number;
  printed: string;
  token: Token;
}

/** A word as read in running text: the token (the head of a split word stands for both halves) and its reading. */
export interface Reading {
  /** Lower case, curly apostrophe straightened, a word broken at a line end read whole. */
  word: string;
  token: Token;
  /** The next reading follows in the same sentence with only white space (a line break included) between: one phrase. */
  joinsNext: boolean;
}

/**
 * The corpus as its own language model: how often each word and each pair of words printed as
 * one phrase (same sentence, nothing but white space between) occurs, over every document.
 * Built once per corpus.
 */
export interface CorpusCounts {
  /** Every use of each word as read (a word broken at a line end read whole), by lower-cased word. */
  uses: ReadonlyMap<string, readonly Use[]>;
  count(lower: string): number;
  /** How often a reading (see `readings`: addresses left out, apostrophes straightened) occurs. */
  word(w: string): number;
  /** How often `a` is printed directly before `b` as one phrase. */
  pair(a: string, b: string): number;
  /** Words of the corpus one edit (a letter inserted, dropped, changed, or two adjacent swapped) from `w`. */
  oneEditAway(w: string): readonly string[];
}

const readingCache = new WeakMap<DocumentText, Reading[]>();

/** What stands between the end of one token and the start of a later one, across lines if need be. */
function gapBetween(end: Token, next: Token, lineText: ReadonlyMap<number, string>): string {
  const from = end.col + end.text.length;
  if (end.line === next.line) return (lineText.get(end.line) ?? "").slice(from, next.col);
  return `${(lineText.get(end.line) ?? "").slice(from)}\n${(lineText.get(next.line) ?? "").slice(0, next.col)}`;
}

/** A document's words in reading order: addresses left out, the tail of a split word folded into its head. */
export function readings(text: DocumentText): readonly Reading[] {
  const hit = readingCache.get(text);
  if (hit) return hit;
  const lineText = new Map(text.lines.map((l) => [l.line, l.text]));
  const out: Reading[] = [];
  let last: { reading: Reading; end: Token } | undefined;
  text.tokens.forEach((t, i) => {
    if (t.tail) return;
    if (t.address) {
      last = undefined;
      return;
    }
    const reading = { word: readAs(t).toLowerCase().replace(/’/g, "'"), token: t, joinsNext: false };
    if (last && last.reading.token.sentence === t.sentence) last.reading.joinsNext = /^\s*$/.test(gapBetween(last.end, t, lineText));
    out.push(reading);
    last = { reading, end: (t.split ? text.tokens[i + 1] : undefined) ?? t };
  });
  readingCache.set(text, out);
  return out;
}

const cache = new WeakMap<Corpus, CorpusCounts>();

/** Word and adjacent-pair counts of the whole corpus, computed on first use and shared. */
export function corpusCounts(corpus: Corpus): CorpusCounts {
  const hit = cache.get(corpus);
  if (hit) return hit;
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  const uses = new Map<string, Use[]>();
  for (const doc of corpus.documents) {
    const text = documentText(corpus, doc);
    for (const t of text.tokens) {
      if (t.tail) continue;
      const printed = readAs(t);
      const lower = printed.toLowerCase();
      const use = { document: doc.record.id, line: t.line, printed, token: t };
      const list = uses.get(lower);
      if (list) list.push(use);
      else uses.set(lower, [use]);
    }
    const rs = readings(text);
    rs.forEach((r, i) => {
      words.set(r.word, (words.get(r.word) ?? 0) + 1);
      const next = rs[i + 1];
      if (next && r.joinsNext) {
        const k = `${r.word} ${next.word}`;
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
      }
    });
  }
  let index: Map<string, string[]> | undefined;

  const counts: CorpusCounts = {
    uses,
    count: (lower) => uses.get(lower)?.length ?? 0,
    word: (w) => words.get(w) ?? 0,
    pair: (a, b) => pairs.get(`${a} ${b}`) ?? 0,
    oneEditAway(w) {
      index ??= deletionIndex(words.keys());
      const near = new Set<string>();
      for (const key of [w, ...deletions(w)]) for (const v of index.get(key) ?? []) if (v !== w && oneEdit(w, v)) near.add(v);
      return [...near].sort();
    },
  };
  cache.set(corpus, counts);
  return counts;
}

/** The word with each one letter dropped in turn. */
function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * Words by themselves and by each single deletion: two words one edit apart always share a key
 * (symmetric deletion), so a look-up costs the word's length, not the vocabulary's size.
 */
function deletionIndex(vocabulary: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const v of vocabulary) {
    for (const key of new Set([v, ...deletions(v)])) {
      const list = index.get(key);
      if (list) list.push(v);
      else index.set(key, [v]);
    }
  }
  return index;
}

/** Exactly one insertion, deletion, substitution or swap of adjacent letters apart. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
