import { ChunkedColumn, narrow } from "./typed-arrays.js";
/** What a column keeps of a token besides its text and place. */
export interface TokenFlags {
  address: boolean;
  joinsNext: boolean;
  skipped: boolean;
  /** Letters of the first half of a word broken at a line end (0 when it is not broken). */
  head: number;
  /** Joined to its neighbour by a hyphen without spaces (see `Token`). */
  hyphenBefore?: boolean;
  hyphenAfter?: boolean;
  /** The first token of a sentence: sentence numbers are counted from these, not kept. */
  startsSentence?: boolean;
  /** For the first half of a broken word: where its second half stands (see `TailPlace`). */
  tail?: TailPlace;
}

/** The second half of a word broken at a line end, as it stands in the text: rare, kept aside. */
export interface TailPlace {
  line: number;
  col: number;
  hyphenAfter: boolean;
  address: boolean;
}

/** A column's largest value stands for one kept aside (see `narrow`). */
const WIDE_FORM = 0xffff;
const WIDE_LINE = 0xffff;
const WIDE_COL = 0xffff;

const ADDRESS = 1;
const JOINS_NEXT = 2;
const SKIPPED = 4;
const HYPHEN_BEFORE = 8;
const HYPHEN_AFTER = 16;
const SENTENCE_START = 32;

/**
 * The corpus's tokens as numbered columns (house style 14): a printed form's number, its line and
 * column, flags and the document it belongs to, about 7 bytes a token instead of several objects
 * (a word broken at a line end is one token, its first half's length and its second half kept aside,
 * as few words are broken): a form's number in two bytes (the first 65,535 forms numbered, which
 * the frequent words are), a line in two as a step from its document's first line, a column in two,
 * the rare larger values aside. Printed forms are numbered once each; the columns
 * grow by chunks (see `ChunkedColumn`).
 */
export class TokenColumns {
  readonly printed: string[] = [];
  private ids = new Map<string, number>();
  private readonly form = new ChunkedColumn(Uint16Array);
  private readonly lines = new ChunkedColumn(Uint16Array);
  private readonly cols = new ChunkedColumn(Uint16Array);
  private readonly flags = new ChunkedColumn(Uint8Array);
  /** Forms, lines and columns too large for their column, by token (the column holds its largest value). */
  private readonly wide = { forms: new Map<number, number>(), lines: new Map<number, number>(), cols: new Map<number, number>() };
  /** The first half's length of each broken word, by token. */
  private readonly heads = new Map<number, number>();
  private readonly tails = new Map<number, TailPlace>();
  /** Index of the first token of each document, and one past the last token at the end. */
  private starts: number[] = [0];
  /** The line of each document's first token: its tokens' lines are kept as steps from it. */
  private readonly firstLines: number[] = [];
  length = 0;

  push(printed: string, line: number, col: number, f: TokenFlags): void {
    this.pushId(this.idOf(printed), line, col, f);
  }

  /** The number of a printed form, numbered now if it is new. */
  idOf(printed: string): number {
    let id = this.ids.get(printed);
    if (id === undefined) {
      id = this.printed.length;
      this.ids.set(printed, id);
      this.printed.push(printed);
    }
    return id;
  }

  /** `push` for a form already numbered (see `idOf`). */
  pushId(id: number, line: number, col: number, f: TokenFlags): void {
    const i = this.length++;
    if (i === this.starts[this.starts.length - 1]) this.firstLines.push(line);
    const first = this.firstLines[this.firstLines.length - 1] ?? 0;
    this.form.push(narrow(id, WIDE_FORM, i, id, this.wide.forms));
    this.lines.push(narrow(line - first, WIDE_LINE, i, line, this.wide.lines));
    this.cols.push(narrow(col, WIDE_COL, i, col, this.wide.cols));
    this.flags.push(
      (f.address ? ADDRESS : 0) |
        (f.joinsNext ? JOINS_NEXT : 0) |
        (f.skipped ? SKIPPED : 0) |
        (f.hyphenBefore ? HYPHEN_BEFORE : 0) |
        (f.hyphenAfter ? HYPHEN_AFTER : 0) |
        (f.startsSentence ? SENTENCE_START : 0),
    );
    if (f.head !== 0) this.heads.set(i, f.head);
    if (f.tail) this.tails.set(i, f.tail);
  }

  endDocument(): void {
    // A document without tokens has no first line: its place is kept so that documents and lines stay in step.
    if (this.length === this.starts[this.starts.length - 1]) this.firstLines.push(0);
    this.starts.push(this.length);
  }

  /** No more tokens come: the map that numbered the printed forms is dropped. */
  finish(): void {
    this.ids = new Map();
  }

  printedId = (i: number): number => {
    const id = this.form.at(i);
    return id === WIDE_FORM ? (this.wide.forms.get(i) ?? 0) : id;
  };
  /** The line of token `i`; `d`, its document's number (see `documentOf`), when the caller has it already. */
  line = (i: number, d?: number): number => {
    const step = this.lines.at(i);
    return step === WIDE_LINE ? (this.wide.lines.get(i) ?? 0) : (this.firstLines[d ?? this.documentOf(i)] ?? 0) + step;
  };
  col = (i: number): number => {
    const col = this.cols.at(i);
    return col === WIDE_COL ? (this.wide.cols.get(i) ?? 0) : col;
  };
  head = (i: number): number => this.heads.get(i) ?? 0;
  address = (i: number): boolean => (this.flags.at(i) & ADDRESS) !== 0;
  joinsNext = (i: number): boolean => (this.flags.at(i) & JOINS_NEXT) !== 0;
  skipped = (i: number): boolean => (this.flags.at(i) & SKIPPED) !== 0;
  hyphenBefore = (i: number): boolean => (this.flags.at(i) & HYPHEN_BEFORE) !== 0;
  hyphenAfter = (i: number): boolean => (this.flags.at(i) & HYPHEN_AFTER) !== 0;
  startsSentence = (i: number): boolean => (this.flags.at(i) & SENTENCE_START) !== 0;
  /** Where the second half of the broken word at `i` stands; undefined for a word not broken. */
  tailOf = (i: number): TailPlace | undefined => this.tails.get(i);

  /** The tokens of the document numbered `d` (in the order documents were ended): the first and one past the last. */
  documentRange(d: number): [number, number] {
    return [this.starts[d] ?? 0, this.starts[d + 1] ?? this.length];
  }

  /** The index of the document token `i` belongs to (binary search over document starts; a document not yet ended included). */
  documentOf(i: number): number {
    let [lo, hi] = [0, this.starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
