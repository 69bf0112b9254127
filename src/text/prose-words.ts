import { hash53, laneWindowHashes } from "./shingle-index.js";
import { ChunkedColumn, narrow, widened } from "./typed-arrays.js";

const WORD = /[\p{L}\p{N}]+/gu;
const PLAIN = /^[a-z0-9]+$/;

/** One document's prose words: word numbers and the source line of each. */
export interface DocumentWords {
  ids: Int32Array;
  lines: Int32Array;
}

/** A column's largest value stands for one kept aside (see `narrow`): a word numbered past it, a step as large or a line before the last. */
const WIDE_ID = 0xffff;
const WIDE_STEP = 0xff;

/**
 * The words the passage searches compare (`proseWords`: lower-cased runs of letters and digits of
 * the prose, bare address lines left out), for the whole corpus as numbered columns in chunks
 * (see `ChunkedColumn`), about 3 bytes a word: a word's number in two (the first 65,535 words
 * numbered, which the frequent words are), its line in one, as the step from the line of the word
 * before it (a document's words come in line order, most steps 0 or 1), the rare larger values aside. Filled by the corpus pass (see `CorpusPass`), so no passage check
 * reads a document's text again; a word's hash is computed once per distinct word.
 */
export class ProseWords {
  private readonly vocabulary: string[] = [];
  private readonly idOf = new Map<string, number>();
  private runIds = new Map<string, number[]>();
  private lane1 = new Int32Array(1024);
  private lane2 = new Int32Array(1024);
  private readonly ids = new ChunkedColumn(Uint16Array);
  private readonly steps = new ChunkedColumn(Uint8Array);
  private readonly wideIds = new Map<number, number>();
  private readonly wideLines = new Map<number, number>();
  /** Each document's first and one past its last word, and the line its first step counts from. */
  private readonly ranges = new Map<string, [number, number, number]>();

  private start = 0;
  private firstLine = -1;
  private lastLine = 0;

  /** A document's words come next (see `pushRun`, `endDocument`). */
  beginDocument(): void {
    this.start = this.ids.length;
    this.firstLine = -1;
  }

  /**
   * The words of a run of tokens printed without a gap, at `line`: /[\p{L}\p{N}]+/ reads across them
   * ("de'f5"), so a run is split into words as a whole.
   */
  pushRun(run: string, line: number): void {
    this.pushWords(this.wordsOfRun(run), line);
  }

  /** Words already numbered (see `wordsOfRun`), at `line`. */
  pushWords(ids: readonly number[], line: number): void {
    for (let i = 0; i < ids.length; i++) this.push(ids[i] ?? 0, line);
  }

  /** The words pushed since `beginDocument` are the document's. */
  endDocument(document: string): void {
    this.ranges.set(document, [this.start, this.ids.length, this.firstLine]);
  }

  /** No more documents come: the runs' cache is dropped. */
  finish(): void {
    this.runIds = new Map();
  }

  /** How many words a document has (0 when it was never added), without reading them. */
  count(document: string): number {
    const [from, to] = this.ranges.get(document) ?? [0, 0];
    return to - from;
  }

  /** A document's word numbers without their lines, computed for this call; empty when it has none or was never added. */
  idsOf(document: string): Int32Array {
    const [from, to] = this.ranges.get(document) ?? [0, 0];
    const ids = new Int32Array(to - from);
    for (let i = from; i < to; i++) {
      const id = this.ids.at(i);
      ids[i - from] = id === WIDE_ID ? (this.wideIds.get(i) ?? 0) : id;
    }
    return ids;
  }

  /** A document's words, computed for this call; empty when it has none or was never added. */
  of(document: string): DocumentWords {
    const [from, to, first] = this.ranges.get(document) ?? [0, 0, 0];
    const lines = new Int32Array(to - from);
    let line = first;
    for (let i = from; i < to; i++) {
      const step = this.steps.at(i);
      line = step === WIDE_STEP ? (this.wideLines.get(i) ?? 0) : line + step;
      lines[i - from] = line;
    }
    return { ids: this.idsOf(document), lines };
  }

  /** The word a number stands for. */
  word(id: number): string {
    return this.vocabulary[id] ?? "";
  }

  /** A word's number; undefined for a word no document prints. */
  idOfWord(word: string): number | undefined {
    return this.idOf.get(word);
  }

  /** The hash of each window of `n` words of a text given as word numbers, as `windowHashes` gives it. */
  windows(ids: Int32Array, n: number): Float64Array {
    return laneWindowHashes(this.lane1, this.lane2, n, ids);
  }

  /** The numbers of the words of a run of tokens printed without a gap ("de'f5": de, f5), numbering new words. */
  wordsOfRun(run: string): number[] {
    const hit = this.runIds.get(run);
    if (hit) return hit;
    const lower = run.toLowerCase();
    const words = PLAIN.test(lower) ? [lower] : [...run.matchAll(WORD)].map((m) => m[0].toLowerCase());
    const ids = words.map((w) => this.numbered(w));
    this.runIds.set(run, ids);
    return ids;
  }

  private numbered(word: string): number {
    const known = this.idOf.get(word);
    if (known !== undefined) return known;
    const id = this.vocabulary.length;
    this.vocabulary.push(word);
    this.idOf.set(word, id);
    if (id === this.lane1.length) [this.lane1, this.lane2] = [widened(this.lane1, id * 2), widened(this.lane2, id * 2)];
    const h = hash53(word);
    this.lane1[id] = Math.floor(h / 0x200000) | 0;
    this.lane2[id] = h % 0x200000;
    return id;
  }

  private push(id: number, line: number): void {
    const i = this.ids.length;
    if (this.firstLine === -1) this.firstLine = this.lastLine = line;
    this.ids.push(narrow(id, WIDE_ID, i, id, this.wideIds));
    this.steps.push(narrow(line - this.lastLine, WIDE_STEP, i, line, this.wideLines));
    this.lastLine = line;
  }
}
