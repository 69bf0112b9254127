import type { Use } from "./corpus-counts.js";

/** A word's uses in some order: a list of `Use`s, or numbers read as uses when asked (see `UseList`). */
export interface Uses extends Iterable<Use> {
  readonly length: number;
  map<T>(f: (u: Use) => T): T[];
  every(f: (u: Use) => boolean): boolean;
}

/**
 * A word's uses kept as token numbers of the corpus's columns (a slice of one column shared by every
 * word), each read as a `Use` only when asked: a name printed 100,000 times costs 4 bytes a use,
 * not an object.
 */
export class UseList implements Uses {
  constructor(
    private readonly numbers: Int32Array,
    private readonly from: number,
    readonly length: number,
    private readonly useAt: (at: number) => Use,
  ) {}

  *[Symbol.iterator](): Iterator<Use> {
    for (let i = this.from; i < this.from + this.length; i++) yield this.useAt(this.numbers[i] ?? 0);
  }

  map<T>(f: (u: Use) => T): T[] {
    return Array.from(this, (u) => f(u));
  }

  every(f: (u: Use) => boolean): boolean {
    for (const u of this) if (!f(u)) return false;
    return true;
  }
}
