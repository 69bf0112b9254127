import { widened } from "./typed-arrays.js";
/** What a column keeps of a token besides its text and place. */
export interface TokenFlags {
  address: boolean;
  joinsNext: boolean;
  skipped: boolean;
  /** Letters of the first half of a word broken at a line end (0 when it is not broken). */
  head: number;
}

const ADDRESS = 1;
const JOINS_NEXT = 2;
const SKIPPED = 4;

/**
 * The corpus's tokens as numbered columns (house style 14): a printed form's number, its line and
 * column, flags and the document it belongs to, about 16 bytes a token instead of several objects.
 * Printed forms are numbered once each; the arrays double when full.
 */
export class TokenColumns {
  readonly printed: string[] = [];
  private ids = new Map<string, number>();
  private form = new Int32Array(1024);
  private lines = new Int32Array(1024);
  private cols = new Int32Array(1024);
  private flags = new Uint8Array(1024);
  private heads = new Uint16Array(1024);
  /** Index of the first token of each document, and one past the last token at the end. */
  private starts: number[] = [0];
  length = 0;

  push(printed: string, line: number, col: number, f: TokenFlags): void {
    if (this.length === this.form.length) this.grow();
    let id = this.ids.get(printed);
    if (id === undefined) {
      id = this.printed.length;
      this.ids.set(printed, id);
      this.printed.push(printed);
    }
    const i = this.length++;
    this.form[i] = id;
    this.lines[i] = line;
    this.cols[i] = col;
    this.flags[i] = (f.address ? ADDRESS : 0) | (f.joinsNext ? JOINS_NEXT : 0) | (f.skipped ? SKIPPED : 0);
    this.heads[i] = Math.min(f.head, 0xffff);
  }

  endDocument(): void {
    this.starts.push(this.length);
  }

  /** No more tokens come: the arrays shrink to their length (they doubled as they filled). */
  finish(): void {
    this.ids = new Map();
    this.form = this.form.slice(0, this.length);
    this.lines = this.lines.slice(0, this.length);
    this.cols = this.cols.slice(0, this.length);
    this.flags = this.flags.slice(0, this.length);
    this.heads = this.heads.slice(0, this.length);
  }

  printedId = (i: number): number => this.form[i] ?? 0;
  line = (i: number): number => this.lines[i] ?? 0;
  col = (i: number): number => this.cols[i] ?? 0;
  head = (i: number): number => this.heads[i] ?? 0;
  address = (i: number): boolean => ((this.flags[i] ?? 0) & ADDRESS) !== 0;
  joinsNext = (i: number): boolean => ((this.flags[i] ?? 0) & JOINS_NEXT) !== 0;
  skipped = (i: number): boolean => ((this.flags[i] ?? 0) & SKIPPED) !== 0;

  /** The index of the document token `i` belongs to (binary search over document starts). */
  documentOf(i: number): number {
    let [lo, hi] = [0, this.starts.length - 2];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private grow(): void {
    const size = Math.max(1024, this.form.length * 2);
    this.form = widened(this.form, size);
    this.lines = widened(this.lines, size);
    this.cols = widened(this.cols, size);
    this.flags = widened(this.flags, size);
    this.heads = widened(this.heads, size);
  }
}
