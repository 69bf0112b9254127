import { ChunkedColumn, widened } from "./typed-arrays.js";
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
 * column, flags and the document it belongs to, about 15 bytes a token instead of several objects.
 * Printed forms are numbered once each; the columns grow by chunks (see `ChunkedColumn`).
 */
export class TokenColumns {
  readonly printed: string[] = [];
  private ids = new Map<string, number>();
  /** This column's number of each token-store form, plus one (0: not seen yet). */
  private byForm = new Int32Array(1024);
  private readonly form = new ChunkedColumn(Int32Array);
  private readonly lines = new ChunkedColumn(Int32Array);
  private readonly cols = new ChunkedColumn(Int32Array);
  private readonly flags = new ChunkedColumn(Uint8Array);
  private readonly heads = new ChunkedColumn(Uint16Array);
  /** Index of the first token of each document, and one past the last token at the end. */
  private starts: number[] = [0];
  length = 0;

  push(printed: string, line: number, col: number, f: TokenFlags): void {
    this.pushId(this.idOf(printed), line, col, f);
  }

  /**
   * `push` for a token printed as form number `form` of the token store (see `TokenStore.formAt`):
   * its number here is looked up by that number, not by its text, once the form has been seen.
   */
  pushForm(form: number, printed: string, line: number, col: number, f: TokenFlags): void {
    if (form >= this.byForm.length) this.byForm = widened(this.byForm, Math.max(form + 1, this.byForm.length * 2));
    let id = (this.byForm[form] ?? 0) - 1;
    if (id < 0) {
      id = this.idOf(printed);
      this.byForm[form] = id + 1;
    }
    this.pushId(id, line, col, f);
  }

  private idOf(printed: string): number {
    let id = this.ids.get(printed);
    if (id === undefined) {
      id = this.printed.length;
      this.ids.set(printed, id);
      this.printed.push(printed);
    }
    return id;
  }

  private pushId(id: number, line: number, col: number, f: TokenFlags): void {
    this.length++;
    this.form.push(id);
    this.lines.push(line);
    this.cols.push(col);
    this.flags.push((f.address ? ADDRESS : 0) | (f.joinsNext ? JOINS_NEXT : 0) | (f.skipped ? SKIPPED : 0));
    this.heads.push(Math.min(f.head, 0xffff));
  }

  endDocument(): void {
    this.starts.push(this.length);
  }

  /** No more tokens come: the map that numbered the printed forms is dropped. */
  finish(): void {
    this.ids = new Map();
    this.byForm = new Int32Array(0);
  }

  printedId = (i: number): number => this.form.at(i);
  line = (i: number): number => this.lines.at(i);
  col = (i: number): number => this.cols.at(i);
  head = (i: number): number => this.heads.at(i);
  address = (i: number): boolean => (this.flags.at(i) & ADDRESS) !== 0;
  joinsNext = (i: number): boolean => (this.flags.at(i) & JOINS_NEXT) !== 0;
  skipped = (i: number): boolean => (this.flags.at(i) & SKIPPED) !== 0;

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
}
