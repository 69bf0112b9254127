import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { corpusCounts } from "./corpus-counts.js";
import { prosePassage } from "./document-text.js";
import { compareText } from "./normalize.js";
import { changesAround, type DiffOptions, type SharedRun, type WordChange } from "./passage-diff.js";
import { sharedPassageGroups, type DocumentPair, type SharedPassage, type SharedPassageOptions } from "./shared-passages.js";

/**
 * A document's words as compared: the prose words' numbers (see `ProseWords`, the words the
 * shared-passage search reads) and their source lines, views of the corpus's columns. The text as
 * printed is read only for the words a finding quotes.
 */
export interface Printed {
  ids: Int32Array;
  lines: Int32Array;
  /** Word `i` lower-cased. */
  word(i: number): string;
  /** Words `from` to `to` (exclusive) as printed, with what stands between them (a comma, a hyphen where a line broke a word). */
  between(from: number, to: number): string;
}

/** Where each word of a document's prose stands in its text (the same words, in the same order, as its prose words). */
function printedSpans(corpus: Corpus, doc: LoadedDocument | undefined): { text: string; starts: number[]; ends: number[] } {
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, never reached: a document of a pair has prose words, so a prose passage
  const text = (doc ? prosePassage(corpus, doc)?.text : undefined) ?? "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { text, starts, ends };
}

function printedWords(corpus: Corpus, id: string, doc: LoadedDocument | undefined): Printed {
  const prose = corpusCounts(corpus).prose;
  const { ids, lines } = prose.of(id);
  let spans: ReturnType<typeof printedSpans> | undefined;
  return {
    ids,
    lines,
    word: (i) => prose.word(ids[i] ?? -1),
    between(from, to) {
      spans ??= printedSpans(corpus, doc);
      return spans.text.slice(spans.starts[from], spans.ends[to - 1]);
    },
  };
}

/** Where a passage starts among a document's words: the first place on its line where all its words follow. */
function startOf(d: Printed, line: number, words: readonly string[]): number | undefined {
  for (let i = d.lines.indexOf(line); i >= 0 && d.lines[i] === line; i++) if (words.every((w, k) => d.word(i + k) === w)) return i;
  return undefined;
}

function runsOf(a: Printed, b: Printed, passages: readonly SharedPassage[]): SharedRun[] {
  return passages.flatMap((s) => {
    const words = [...s.text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase());
    const [ia, ib] = [startOf(a, s.lineA, words), startOf(b, s.lineB, words)];
    return ia === undefined || ib === undefined ? [] : [{ a: ia, b: ib, words: words.length }];
  });
}

/** Two documents that print one passage, their words, and the places where the copies differ. */
export interface PairChanges {
  pair: DocumentPair;
  a: Printed;
  b: Printed;
  changes: WordChange[];
}

const cache = new WeakMap<Corpus, Map<string, PairChanges[]>>();

/**
 * Every pair of documents that share passages (the shared-passage search with `search`) whose copies
 * differ somewhere, with each difference word by word (`changesAround` with `diff`), pairs sorted by
 * their ids. Computed once per corpus and options and shared: altered-quotation shows the
 * differences and copy-slip reads the same ones.
 */
export function passageChanges(corpus: Corpus, search: SharedPassageOptions, diff: DiffOptions): readonly PairChanges[] {
  const key = JSON.stringify([search, diff.maxChange, diff.resync]);
  const hit = cache.get(corpus)?.get(key);
  if (hit) return hit;
  const words = new Map<string, Printed>();
  // By id in one map: a search of the documents for each one made this quadratic (13 s at 50,000).
  const byId = new Map(corpus.documents.map((d) => [d.record.id, d]));
  const of = (id: string): Printed => words.get(id) ?? (words.set(id, printedWords(corpus, id, byId.get(id))).get(id) as Printed);
  const pairs = sharedPassageGroups(corpus, search).flatMap((g) => g.pairs);
  const out = pairs
    .sort((x, y) => compareText(x.a, y.a) || compareText(x.b, y.b))
    .flatMap((pair) => {
      const [a, b] = [of(pair.a), of(pair.b)];
      const changes = changesAround(a.ids, b.ids, runsOf(a, b, [...pair.passages, ...pair.quotations]), diff);
      return changes.length === 0 ? [] : [{ pair, a, b, changes }];
    });
  cache.set(corpus, (cache.get(corpus) ?? new Map<string, PairChanges[]>()).set(key, out));
  return out;
}
