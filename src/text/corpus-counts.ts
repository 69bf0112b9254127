import type { Corpus } from "../model/corpus.js";
import { readAs, textLines, type DocumentText, type Token } from "./document-text.js";
import { blank, CorpusPass } from "./corpus-pass.js";
import { oneEditIndex } from "./edit-index.js";
import { ProseWords } from "./prose-words.js";
import { TokenColumns } from "./token-columns.js";
import { keepTokens } from "./kept-tokens.js";
import { ColumnTokens, keptJoins } from "./column-tokens.js";
import { addTo } from "../model/multimap.js";

/** One use of a word: where it stands and how it is printed. */
export interface Use {
  document: string;
  line: number;
  col: number;
  printed: string;
  /** A token no spelling check reads (see `skipped`): an address, a number, an abbreviation. */
  skipped: boolean;
  /** For a word broken at a line end and read whole, the first half as printed. */
  head?: string;
  /** Its place in the corpus's token columns, for `neighbours`. */
  at: number;
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
 * How often one printed form of a word stands after one printed form of another in one phrase (or at a
 * phrase's start), over the uses no spelling check skips: "Armenian" after "the", 40 times.
 */
export interface Printing {
  /** The word lower-cased, as `usesOf` keys it. */
  lower: string;
  printed: string;
  /** The word printed directly before it in one phrase, as printed (see `printedBefore`); undefined at a phrase's start. */
  before: string | undefined;
  count: number;
}

/** The words of the corpus printed directly before and after uses of a word (one phrase, white space between). */
export interface Neighbours {
  before: string[];
  after: string[];
}

/**
 * The corpus as its own language model: how often each word and each pair of words printed as
 * one phrase (same sentence, nothing but white space between) occurs, over every document. Built
 * in one pass over the documents into numbered columns (see `TokenColumns`); no token object
 * outlives its document.
 */
export interface CorpusCounts {
  /** How often a lower-cased word (as read: a word broken at a line end read whole) is printed, addresses included. */
  count(lower: string): number;
  /** Every lower-cased word with its count. */
  vocabulary(): IterableIterator<[string, number]>;
  /**
   * Every use of each of `words` (lower-cased), in corpus order; one pass over the columns. With
   * `printed`, only the uses printed in a form it accepts (asked once per distinct form).
   */
  usesOf(words: ReadonlySet<string>, printed?: (form: string) => boolean): Map<string, Use[]>;
  /**
   * `usesOf` as token numbers (a use's `at`), the uses a spelling check skips left out: numbers
   * instead of objects, read back with `useAt`.
   */
  useNumbersOf(words: ReadonlySet<string>): Map<string, number[]>;
  /** The use at token number `at` (a use's `at`). */
  useAt(at: number): Use;
  /** The id of the document token number `at` stands in. */
  documentAt(at: number): string;
  /** The readings printed directly before and after these uses as one phrase. */
  neighbours(uses: Iterable<Use>): Neighbours;
  /** The word printed directly before a use in one phrase with it, as printed; undefined at a phrase's start. */
  printedBefore(use: Use): string | undefined;
  /**
   * How each of `words` (lower-cased) is printed and after what, counted on the columns without an
   * object per use: one entry per printed form and form before it, in the corpus order of their first use.
   */
  printings(words: ReadonlySet<string>): Printing[];
  /** How often a reading (see `readings`: addresses left out, apostrophes straightened) occurs. */
  word(w: string): number;
  /** How often `a` is printed directly before `b` as one phrase. */
  pair(a: string, b: string): number;
  /** How often `a`, `b`, `c` are printed in this order as one phrase (each joins the next). */
  trigram(a: string, b: string, c: string): number;
  /** A reading's number (see `word`), -1 for one the corpus never prints: looked up once per distinct word, then counted by number. */
  readingId(w: string): number;
  /** `pair` by reading numbers; -1 stands for an unknown word. */
  pairOf(x: number, y: number): number;
  /** `trigram` by reading numbers; -1 stands for an unknown word. */
  trigramOf(x: number, y: number, z: number): number;
  /** How often `a` and `c` are printed with one word between them, the three one phrase (a _ c). */
  skipPair(a: string, c: string): number;
  /** Words of the corpus one edit (a letter inserted, dropped, changed, or two adjacent swapped) from `w`. */
  oneEditAway(w: string): readonly string[];
  /** Every document's prose words as numbers, for the passage searches. */
  prose: ProseWords;
}

const readingCache = new WeakMap<DocumentText, Reading[]>();

/**
 * Nothing but white space between the end of one token and the start of a later one, across lines
 * if need be; read in place, since this runs for every pair of neighbours in the corpus.
 */
function spaceBetween(end: Token, next: Token, lineText: ReadonlyMap<number, string>): boolean {
  const from = end.col + end.text.length;
  const first = lineText.get(end.line) ?? "";
  if (end.line === next.line) return blank(first, from, next.col);
  return blank(first, from, first.length) && blank(lineText.get(next.line) ?? "", 0, next.col);
}

/**
 * For each token of a document, whether its reading joins the next one as one phrase (see
 * `Reading.joinsNext`); tails and addresses never do. Numbers, not objects: the corpus pass reads
 * this for every token.
 */
function joinFlags(text: DocumentText): Uint8Array {
  const lineText = new Map(text.lines.map((l) => [l.line, l.text]));
  const tokens = text.tokens;
  const out = new Uint8Array(tokens.length);
  let last = -1;
  let end: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.tail) continue;
    if (t.address) {
      last = -1;
      continue;
    }
    const prev = tokens[last];
    if (prev && end && prev.sentence === t.sentence && spaceBetween(end, t, lineText)) out[last] = 1;
    last = i;
    end = (t.split ? tokens[i + 1] : undefined) ?? t;
  }
  return out;
}

/** A document's words in reading order: addresses left out, the tail of a split word folded into its head. */
export function readings(text: DocumentText): readonly Reading[] {
  const hit = readingCache.get(text);
  if (hit) return hit;
  // Tokens rebuilt from the columns come with the columns' join flags: no need to read the lines again.
  const joins = keptJoins(text.tokens) ?? joinFlags(text);
  const out: Reading[] = [];
  text.tokens.forEach((t, i) => {
    if (t.tail || t.address) return;
    out.push({ word: t.split ? readingOf(readAs(t)) : wordOf(t.lower), token: t, joinsNext: joins[i] === 1 });
  });
  readingCache.set(text, out);
  return out;
}

const readingOf = (printed: string): string => wordOf(printed.toLowerCase());
// Most words have no curly apostrophe: no new string for them.
const wordOf = (lower: string): string => (lower.includes("’") ? lower.replace(/’/g, "'") : lower);

const cache = new WeakMap<Corpus, CorpusCounts>();

/** Word and adjacent-pair counts of the whole corpus, computed on first use and shared. */
export function corpusCounts(corpus: Corpus): CorpusCounts {
  const hit = cache.get(corpus);
  if (hit) return hit;
  const built = countsOf(corpus);
  cache.set(corpus, built);
  return built;
}

/**
 * The corpus pass: every document's lines into the columns and the prose words (see `CorpusPass`),
 * in corpus order; the documents' ids, in that order. The per-document pass then rebuilds each
 * document's tokens from the columns (see `ColumnTokens`) instead of tokenising its text again.
 */
function fillColumns(corpus: Corpus, cols: TokenColumns, prose: ProseWords): string[] {
  const documents: string[] = [];
  const kept = new ColumnTokens(cols);
  keepTokens(corpus, kept);
  const pass = new CorpusPass(cols, prose);
  for (const doc of corpus.documents) {
    documents.push(doc.record.id);
    kept.added(doc, pass.addDocument(doc.record.id, textLines(corpus, doc)));
  }
  return documents;
}

function countsOf(corpus: Corpus): CorpusCounts {
  const cols = new TokenColumns();
  const prose = new ProseWords();
  const documents = fillColumns(corpus, cols, prose);
  cols.finish();
  prose.finish();
  // Per printed form, decided once per distinct form: its lower-cased word's number and its reading's.
  const lowerIds = new Map<string, number>();
  const readingIds = new Map<string, number>();
  const numberOf = (ids: Map<string, number>, key: string): number => {
    const id = ids.get(key);
    if (id !== undefined) return id;
    ids.set(key, ids.size);
    return ids.size - 1;
  };
  const lowerOfPrinted = Int32Array.from(cols.printed, (p) => numberOf(lowerIds, p.toLowerCase()));
  const readingOfPrinted = Int32Array.from(cols.printed, (p) => numberOf(readingIds, readingOf(p)));
  const lowers = [...lowerIds.keys()];
  const readingsById = [...readingIds.keys()];
  const lowerCounts = new Int32Array(lowers.length);
  const readingCounts = new Int32Array(readingsById.length);
  const n = cols.length;
  // Adjacent pairs as one sorted column of keys, then counted: no map entry per distinct pair.
  const pairKeys = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const form = cols.printedId(i);
    const l = lowerOfPrinted[form] ?? 0;
    lowerCounts[l] = (lowerCounts[l] ?? 0) + 1;
    if (cols.address(i)) continue;
    const r = readingOfPrinted[form] ?? 0;
    readingCounts[r] = (readingCounts[r] ?? 0) + 1;
    // The last token joins nothing (see `joinFlags`): a token that joins has one after it.
    if (cols.joinsNext(i)) pairKeys[m++] = r * PAIR + (readingOfPrinted[cols.printedId(i + 1)] ?? 0);
  }
  const pairs = countedColumn(pairKeys.subarray(0, m).sort());
  const readingCount = (w: string): number => {
    const id = readingIds.get(w);
    return id === undefined ? 0 : (readingCounts[id] ?? 0);
  };
  // Trigrams and skip pairs are counted on first use only, each on its own: most runs never ask.
  const readingNumber = (i: number): number => readingOfPrinted[cols.printedId(i)] ?? 0;
  const vocabulary = readingsById.length;
  let trigrams: Counted | undefined;
  let skips: Counted | undefined;
  const trigramsOf = (): Counted => (trigrams ??= tripleColumn(n, readingNumber, cols.joinsNext, (a, b, c) => tripleKey(a, b, c, vocabulary)));
  const skipsOf = (): Counted => (skips ??= tripleColumn(n, readingNumber, cols.joinsNext, (a, _b, c) => a * PAIR + c));
  let nearOf: ((w: string) => string[]) | undefined;
  const readingId = (w: string): number => readingIds.get(w) ?? -1;
  const pairOf = (x: number, y: number): number => (x < 0 || y < 0 ? 0 : pairs.count(x * PAIR + y));
  const trigramOf = (x: number, y: number, z: number): number => (x < 0 || y < 0 || z < 0 ? 0 : trigramsOf().count(tripleKey(x, y, z, vocabulary)));
  const readingAt = (i: number): string => readingsById[readingOfPrinted[cols.printedId(i)] ?? 0] ?? "";
  // Whether a printed form is a use of one of `words` is decided once per distinct form, not per token.
  const formsOf = (words: ReadonlySet<string>, printed: (form: string) => boolean = () => true): Uint8Array => {
    const out = new Uint8Array(cols.printed.length);
    for (let form = 0; form < out.length; form++) if (words.has(lowers[lowerOfPrinted[form] ?? 0] ?? "") && printed(cols.printed[form] ?? "")) out[form] = 1;
    return out;
  };
  // The form printed directly before token i in one phrase with it, or -1. A token joins the next only
  // within its document and never as or before an address (see `joinFlags`), so nothing else is asked.
  const formBefore = (i: number): number => (cols.joinsNext(i - 1) ? cols.printedId(i - 1) : -1);
  const lowerAt = (i: number): string => lowers[lowerOfPrinted[cols.printedId(i)] ?? 0] ?? "";
  const useAt = (i: number): Use => {
    const printed = cols.printed[cols.printedId(i)] ?? "";
    const head = cols.head(i);
    // One search for the document, read by the line too: spelling reads a use of every unknown word this way.
    const d = cols.documentOf(i);
    const use: Use = { document: documents[d] ?? "", line: cols.line(i, d), col: cols.col(i), printed, skipped: cols.skipped(i), at: i };
    if (head > 0) use.head = printed.slice(0, head);
    return use;
  };
  return {
    prose,
    count: (lower) => {
      const id = lowerIds.get(lower);
      return id === undefined ? 0 : (lowerCounts[id] ?? 0);
    },
    *vocabulary() {
      for (let id = 0; id < lowers.length; id++) yield [lowers[id] ?? "", lowerCounts[id] ?? 0];
    },
    usesOf(words, printed) {
      const wanted = formsOf(words, printed);
      const out = new Map<string, Use[]>();
      for (let i = 0; i < n; i++) if (wanted[cols.printedId(i)] === 1) addTo(out, lowerAt(i), useAt(i));
      return out;
    },
    useNumbersOf(words) {
      const wanted = formsOf(words);
      const out = new Map<string, number[]>();
      for (let i = 0; i < n; i++) if (wanted[cols.printedId(i)] === 1 && !cols.skipped(i)) addTo(out, lowerAt(i), i);
      return out;
    },
    useAt,
    documentAt: (at) => documents[cols.documentOf(at)] ?? "",
    neighbours(uses) {
      const out: Neighbours = { before: [], after: [] };
      for (const u of uses) {
        const i = u.at;
        if (cols.address(i)) continue;
        // No binary search for the document: a token joins the next only within its document (see `formBefore`).
        if (cols.joinsNext(i - 1)) out.before.push(readingAt(i - 1));
        if (cols.joinsNext(i)) out.after.push(readingAt(i + 1));
      }
      return out;
    },
    printedBefore(u) {
      const before = formBefore(u.at);
      return before < 0 ? undefined : cols.printed[before];
    },
    printings(words) {
      const wanted = formsOf(words);
      // Keyed by the two form numbers in one number (-1, no word before, as 0): no string per use.
      const at = new Map<number, number>();
      const out: Printing[] = [];
      for (let i = 0; i < n; i++) {
        const form = cols.printedId(i);
        if (wanted[form] !== 1 || cols.skipped(i)) continue;
        const before = formBefore(i);
        const key = (before + 1) * PAIR + form;
        const k = at.get(key);
        if (k !== undefined) {
          (out[k] as Printing).count++;
          continue;
        }
        at.set(key, out.length);
        const lower = lowers[lowerOfPrinted[form] ?? 0] ?? "";
        out.push({ lower, printed: cols.printed[form] ?? "", before: before < 0 ? undefined : cols.printed[before], count: 1 });
      }
      return out;
    },
    word: readingCount,
    pair: (a, b) => pairOf(readingId(a), readingId(b)),
    trigram: (a, b, c) => trigramOf(readingId(a), readingId(b), readingId(c)),
    readingId,
    pairOf,
    trigramOf,
    skipPair: (a, c) => {
      const [x, z] = [readingIds.get(a), readingIds.get(c)];
      return x === undefined || z === undefined ? 0 : skipsOf().count(x * PAIR + z);
    },
    oneEditAway(w) {
      nearOf ??= oneEditIndex(readingsById.filter((r) => readingCount(r) > 0));
      return nearOf(w);
    },
  };
}

/** Pairs are keyed by two reading numbers in one number: up to 2^26 distinct readings. */
const PAIR = 2 ** 26;

/**
 * Three reading numbers as one key. Exact while the vocabulary's cube fits a double's 53 bits (up to
 * 208,063 distinct readings: the real corpus has a tenth of that); beyond, a 53-bit mix of the three,
 * where two triples share a key with a chance of about n²/2^54 over n distinct triples (one in a
 * thousand at 4 million). A shared key only adds one triple's count to another's; the rule that reads
 * it needs a rare printed triple against a frequent one, so a collision can at worst hide a finding or
 * suggest a word that the pair evidence must still support.
 */
export function tripleKey(a: number, b: number, c: number, vocabulary: number): number {
  if (vocabulary ** 3 <= 2 ** 53) return (a * vocabulary + b) * vocabulary + c;
  const hi = Math.imul(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77), 0xc2b2ae3d) >>> 0;
  const lo = Math.imul(c ^ Math.imul(a, 0x27d4eb2f) ^ Math.imul(b, 0x165667b1), 0x9e3779b1) >>> 0;
  return (hi & 0x1fffff) * 2 ** 32 + lo;
}

/**
 * A key for every three readings of one phrase (each joins the next), as one sorted column, counted:
 * 8 bytes a token while sorting, no map entry per n-gram. No phrase includes an address (see `joinFlags`).
 */
function tripleColumn(n: number, reading: (i: number) => number, joins: (i: number) => boolean, key: (a: number, b: number, c: number) => number): Counted {
  const keys = new Float64Array(n);
  let m = 0;
  for (let i = 0; i + 2 < n; i++) {
    if (!joins(i) || !joins(i + 1)) continue;
    const [a, b, c] = [reading(i), reading(i + 1), reading(i + 2)];
    keys[m++] = key(a, b, c);
  }
  return countedColumn(keys.subarray(0, m).sort());
}

interface Counted {
  count: (key: number) => number;
}

/** Distinct keys of a sorted column with how often each occurs; a look-up is a binary search. */
function countedColumn(sorted: Float64Array): Counted {
  // Distinct keys counted first, so the columns are as long as there are distinct keys.
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const keys = new Float64Array(distinct);
  const counts = new Int32Array(distinct);
  let k = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (k < 0 || sorted[i] !== keys[k]) keys[++k] = sorted[i] ?? 0;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  const size = k + 1;
  return {
    count(key) {
      let [lo, hi] = [0, size - 1];
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = keys[mid] ?? 0;
        if (at === key) return counts[mid] ?? 0;
        if (at < key) lo = mid + 1;
        else hi = mid - 1;
      }
      return 0;
    },
  };
}
