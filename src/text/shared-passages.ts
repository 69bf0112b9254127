import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { corpusCounts } from "./corpus-counts.js";
import { proseLines } from "./document-text.js";
import { compareText } from "./normalize.js";
import { runsOf, spansOf, type Run, type WordClass } from "./passage-spans.js";
import { attributedWords } from "./quotation.js";
import { hashPositions, POS, shingleIndex, windowCount } from "./shingle-index.js";
import { scanWords } from "./token-scan.js";
import { addTo } from "../model/multimap.js";

export interface SharedPassageOptions {
  /** Words in a row that make a shared passage. */
  words: number;
  /** Words of evidence (shared passages, stock wording and common quotations left out) a pair needs. */
  minWords: number;
  /** A window printed in more documents than this is boilerplate. */
  maxSharers: number;
  /** Words in a row of stock wording: a phrase this long printed by more than `boilerplateShare` of the documents of one type, */
  boilerplateWords: number;
  boilerplateShare: number;
  /** when at least this many documents of that type print it. */
  boilerplateMinDocuments: number;
  /** Reporting words after which the rest of a sentence is someone else's words. */
  cues: readonly string[];
}

/** A passage two documents print: its text as the first prints it, its words, and the line where it starts in each. */
export interface SharedPassage {
  text: string;
  words: number;
  lineA: number;
  lineB: number;
}

/** Two documents (a before b by id) and the passages they share. */
export interface DocumentPair {
  a: string;
  b: string;
  /** The evidence: shared passages that are neither stock wording nor a quotation both print. */
  passages: SharedPassage[];
  /** Words of `passages`. */
  words: number;
  /** Passages both print as someone else's words (quotation marks, a reporting word). */
  quotations: SharedPassage[];
}

/** Documents linked by shared passages, and the pairs that link them (most words first). */
export interface PassageGroup {
  documents: string[];
  pairs: DocumentPair[];
}

/** What the corpus keeps of a document: numbers in typed arrays, one per word or window. */
interface Columns {
  doc: LoadedDocument;
  id: string;
  type: string;
  /**
   * The hashes of the document's windows of `n` words, computed when asked and not kept (8 bytes a
   * word, all documents at once, weighed 0.3 GB at 50,000 documents): `words` for the shared
   * windows, `boilerplateWords` for the shorter ones stock wording is learnt from.
   */
  windows: (n: number) => Float64Array;
  /** How many words it has. */
  words: number;
  /** The line of each word, computed when asked (see `ProseWords.of`): few documents are asked. */
  lines: () => Int32Array;
}

function columnsOf(corpus: Corpus): Columns[] {
  const docs = [...corpus.documents].sort((x, y) => compareText(x.record.id, y.record.id));
  const prose = corpusCounts(corpus).prose;
  return docs.map((doc) => {
    const id = doc.record.id;
    return {
      doc,
      id,
      type: doc.record.type,
      windows: (n) => prose.windows(prose.idsOf(id), n),
      words: prose.count(id),
      lines: () => prose.of(id).lines,
    };
  });
}

/**
 * Which words a document prints as someone else's (see `attributedWords`): read from its text, and
 * only for the documents of a shared span.
 */
function attributedOf(corpus: Corpus, o: SharedPassageOptions): (c: Columns) => Uint8Array {
  const cache = new Map<Columns, Uint8Array>();
  return (c) => {
    const hit = cache.get(c);
    if (hit) return hit;
    // White space as printed: marks, cues and sentence ends read the same as in the joined passage.
    const flags = attributedWords(proseLines(corpus, c.doc).join("\n"), o.cues, o.words);
    cache.set(c, flags);
    return flags;
  };
}

/** Two documents (indexes into the columns, a before b) and the spans of the windows they share. */
interface PairSpans {
  a: number;
  b: number;
  spans: Run[];
}

/**
 * The pairs of documents whose shared windows cover at least `minWords` words, with their spans, and
 * the windows too common to pair. Evidence is drawn from those spans only, so a pair covering fewer
 * words can never be reported; most pairs share one window by chance. The matched windows are kept
 * as two columns grouped by the pair's first document (a count, then a fill) and read one document
 * at a time: no map entry or array per pair, which at 50,000 documents weighed most of a gigabyte.
 */
function matchWindows(cols: readonly Columns[], o: SharedPassageOptions): { pairs: PairSpans[]; common: Set<number> } {
  const common = new Set<number>();
  const index = shingleIndex(
    cols.length,
    (d) => cols[d]?.windows(o.words) ?? EMPTY,
    o.maxSharers,
    (d) => windowCount(cols[d]?.words ?? 0, o.words),
  );
  // Each pair of places of a window printed by at most maxSharers documents, first document first.
  const eachMatch = (f: (x: number, y: number) => void): void => {
    index.forShared((h, places) => {
      // Pairs grow with the square of the sharers; boilerplate shared by many says nothing about copying.
      if (places.length > o.maxSharers) return;
      for (let i = 0; i < places.length; i++) for (let j = i + 1; j < places.length; j++) f(places[i] ?? 0, places[j] ?? 0);
    });
  };
  index.forShared((h, places) => {
    if (places.length > o.maxSharers) common.add(h);
  });
  const starts = new Int32Array(cols.length + 1);
  eachMatch((x) => {
    const d = Math.floor(x / POS) + 1;
    starts[d] = (starts[d] ?? 0) + 1;
  });
  for (let d = 0; d < cols.length; d++) starts[d + 1] = (starts[d + 1] ?? 0) + (starts[d] ?? 0);
  const filled = starts.slice(0, cols.length);
  const second = new Int32Array(starts[cols.length] ?? 0);
  const packed = new Float64Array(second.length);
  eachMatch((x, y) => {
    const a = Math.floor(x / POS);
    const k = filled[a] ?? 0;
    filled[a] = k + 1;
    second[k] = Math.floor(y / POS);
    packed[k] = (x % POS) * POS + (y % POS);
  });
  const pairs: PairSpans[] = [];
  for (let a = 0; a < cols.length; a++) {
    const byDocument = new Map<number, number[]>();
    for (let k = starts[a] ?? 0; k < (starts[a + 1] ?? 0); k++) addTo(byDocument, second[k] ?? 0, packed[k] ?? 0);
    for (const [b, list] of byDocument) {
      const spans = spansOf(list, o.words);
      // Stryker disable next-line ConditionalExpression: equivalent, a pair left in is dropped by the evidence count (only memory grows)
      if (spans.reduce((n, r) => n + r.words, 0) >= o.minWords) pairs.push({ a, b, spans });
    }
  }
  return { pairs, common };
}

/**
 * Stock wording learnt from the corpus: of the short phrases inside shared spans, those printed by
 * more than `boilerplateShare` of the documents of one type and by at least `boilerplateMinDocuments`.
 * Counted in typed arrays by the candidate's position (no map entry per phrase and type).
 */
function stockPhrases(cols: readonly Columns[], candidates: ReadonlySet<number>, o: SharedPassageOptions): Set<number> {
  const keys = Float64Array.from(candidates);
  const indexOf = hashPositions(keys);
  const typeSize = new Map<string, number>();
  const count = new Map<string, Int32Array>();
  const lastDocument = new Int32Array(keys.length).fill(-1);
  cols.forEach((c, d) => {
    typeSize.set(c.type, (typeSize.get(c.type) ?? 0) + 1);
    const counts = count.get(c.type) ?? new Int32Array(keys.length);
    count.set(c.type, counts);
    for (const h of c.windows(o.boilerplateWords)) {
      const k = indexOf(h);
      if (k === -1 || lastDocument[k] === d) continue;
      lastDocument[k] = d;
      counts[k] = (counts[k] ?? 0) + 1;
    }
  });
  const stock = new Set<number>();
  for (const [type, counts] of count)
    counts.forEach((k, i) => {
      if (k >= o.boilerplateMinDocuments && k > o.boilerplateShare * (typeSize.get(type) ?? 0)) stock.add(keys[i] ?? 0);
    });
  return stock;
}

/** Words covered by a stock phrase or by a window too common to pair. */
function stockMask(c: Columns, stock: ReadonlySet<number>, common: ReadonlySet<number>, o: SharedPassageOptions): Uint8Array {
  const mask = new Uint8Array(c.words);
  c.windows(o.boilerplateWords).forEach((h, i) => {
    if (stock.has(h)) mask.fill(1, i, i + o.boilerplateWords);
  });
  c.windows(o.words).forEach((h, i) => {
    if (common.has(h)) mask.fill(1, i, i + o.words);
  });
  return mask;
}

interface PairRuns {
  a: number;
  b: number;
  evidence: Run[];
  quoted: Run[];
  words: number;
}

interface Flags {
  masks: (c: Columns) => Uint8Array;
  attributed: (c: Columns) => Uint8Array;
}

function pairRuns(a: Columns, b: Columns, spans: readonly Run[], flags: Flags, n: number): Omit<PairRuns, "a" | "b"> {
  const [sa, sb] = [flags.masks(a), flags.masks(b)];
  const [qa, qb] = [flags.attributed(a), flags.attributed(b)];
  const classOf = (i: number, j: number): WordClass => (sa[i] || sb[j] ? 0 : qa[i] && qb[j] ? 2 : 1);
  const evidence: Run[] = [];
  const quoted: Run[] = [];
  for (const span of spans) {
    const r = runsOf(span, classOf, n);
    evidence.push(...r.evidence);
    quoted.push(...r.quoted);
  }
  const byPlace = (x: Run, y: Run): number => x.a - y.a || x.b - y.b;
  return { evidence: evidence.sort(byPlace), quoted: quoted.sort(byPlace), words: evidence.reduce((s, r) => s + r.words, 0) };
}

function reportedPairs(corpus: Corpus, cols: readonly Columns[], o: SharedPassageOptions): PairRuns[] {
  const { pairs: spans, common } = matchWindows(cols, o);
  // Only phrases inside shared spans can matter, so only they are counted across the corpus.
  const candidates = new Set<number>();
  const phrases = new Map<number, Float64Array>();
  const phrasesOf = (d: number): Float64Array => phrases.get(d) ?? (phrases.set(d, cols[d]?.windows(o.boilerplateWords) ?? EMPTY).get(d) as Float64Array);
  for (const p of spans)
    for (const r of p.spans)
      for (let k = 0; k + o.boilerplateWords <= r.words; k++) {
        candidates.add(phrasesOf(p.a)[r.a + k] ?? -1);
        candidates.add(phrasesOf(p.b)[r.b + k] ?? -1);
      }
  phrases.clear();
  const stock = stockPhrases(cols, candidates, o);
  const maskCache = new Map<Columns, Uint8Array>();
  const masks = (c: Columns): Uint8Array => maskCache.get(c) ?? (maskCache.set(c, stockMask(c, stock, common, o)).get(c) as Uint8Array);
  const flags = { masks, attributed: attributedOf(corpus, o) };
  const out: PairRuns[] = [];
  for (const p of spans) {
    const [a, b] = [cols[p.a], cols[p.b]];
    if (!a || !b) continue;
    const runs = pairRuns(a, b, p.spans, flags, o.words);
    if (runs.words >= o.minWords) out.push({ a: p.a, b: p.b, ...runs });
  }
  return out;
}

/** Documents joined by reported pairs (union-find over document indexes), each group's pairs with it. */
function groupsOf(pairs: readonly PairRuns[]): PairRuns[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const p of pairs) {
    const [ra, rb] = [find(p.a), find(p.b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  const groups = new Map<number, PairRuns[]>();
  for (const p of pairs) addTo(groups, find(p.a), p);
  return [...groups].sort(([x], [y]) => x - y).map(([, ps]) => ps);
}

function toPair(p: PairRuns, cols: readonly Columns[], textOf: (d: number, from: number, words: number) => string): DocumentPair {
  const [a, b] = [cols[p.a], cols[p.b]];
  const [linesA, linesB] = [a?.lines(), b?.lines()];
  const place = (r: Run): SharedPassage => ({ text: textOf(p.a, r.a, r.words), words: r.words, lineA: linesA?.[r.a] ?? 0, lineB: linesB?.[r.b] ?? 0 });
  return { a: a?.id ?? "", b: b?.id ?? "", passages: p.evidence.map(place), words: p.words, quotations: p.quoted.map(place) };
}

function compute(corpus: Corpus, o: SharedPassageOptions): PassageGroup[] {
  const cols = columnsOf(corpus);
  const groups = groupsOf(reportedPairs(corpus, cols, o));
  const docs = [...corpus.documents].sort((x, y) => compareText(x.record.id, y.record.id));
  return groups.map((ps) => {
    // A document belongs to one group: its text is read for that group only, then dropped.
    const textOf = printedText(corpus, docs);
    const pairs = ps.sort((x, y) => y.words - x.words || x.a - y.a || x.b - y.b).map((p) => toPair(p, cols, textOf));
    const members = [...new Set(ps.flatMap((p) => [p.a, p.b]))].sort((x, y) => x - y);
    return { documents: members.map((d) => cols[d]?.id ?? ""), pairs };
  });
}

const EMPTY = new Float64Array(0);

/**
 * The words `from` to `from + n` of document `d` as printed, read again from the source; each
 * document's text and the bounds of its words (two numbers a word) kept while this reader is.
 */
function printedText(corpus: Corpus, docs: readonly LoadedDocument[]): (d: number, from: number, n: number) => string {
  const printed = new Map<number, { text: string; bounds: Int32Array }>();
  return (d, from, n) => {
    let p = printed.get(d);
    const doc = docs[d];
    if (!p && doc) {
      const text = proseLines(corpus, doc).join("\n");
      const bounds: number[] = [];
      scanWords(text, (start, end) => bounds.push(start, end));
      p = { text, bounds: Int32Array.from(bounds) };
      printed.set(d, p);
    }
    const [start, end] = [p?.bounds[2 * from] ?? 0, p?.bounds[2 * (from + n - 1) + 1] ?? 0];
    // As a reader sees it: any run of white space, line breaks included, is one space.
    return (p?.text.slice(start, end) ?? "").replace(/\s+/g, " ");
  };
}

const cache = new WeakMap<Corpus, Map<string, PassageGroup[]>>();

/**
 * Groups of documents that share passages of at least `words` words: computed once per corpus and
 * options (the check and the report's independence counts both ask). Deterministic: documents are
 * read in id order, groups come in the order of their first document.
 */
export function sharedPassageGroups(corpus: Corpus, o: SharedPassageOptions): PassageGroup[] {
  const key = JSON.stringify(o);
  const hit = cache.get(corpus)?.get(key);
  if (hit) return hit;
  const groups = compute(corpus, o);
  cache.set(corpus, (cache.get(corpus) ?? new Map<string, PassageGroup[]>()).set(key, groups));
  return groups;
}
