type NumberArray = Int32Array | Uint8Array | Uint16Array;

/** A typed array of `size` elements holding `a`'s at the start: how a vocabulary-sized column grows when full. */
export function widened<T extends NumberArray>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/**
 * What a narrow column holds for `small`: itself when it fits below `limit` (and is not negative);
 * else `limit`, with `value` kept in `aside` under token `i`.
 */
export function narrow(small: number, limit: number, i: number, value: number, aside: Map<number, number>): number {
  if (small >= 0 && small < limit) return small;
  aside.set(i, value);
  return limit;
}

/** Entries per chunk of a `ChunkedColumn`: a power of two, so an index splits with a shift and a mask. */
export const CHUNK_BITS = 16;
const CHUNK = 2 ** CHUNK_BITS;
const MASK = CHUNK - 1;

/**
 * A column of numbers, one per token, that grows a chunk at a time. A doubling array holds up to
 * twice its length, and three times while it copies itself; at 10,000 documents the token columns
 * then weighed about 300 MB instead of 150. Chunks are never copied and at most one is part-filled.
 */
export class ChunkedColumn<T extends NumberArray> {
  private readonly chunks: T[] = [];
  length = 0;

  constructor(private readonly make: new (n: number) => T) {}

  push(value: number): void {
    const k = this.length >>> CHUNK_BITS;
    if (k === this.chunks.length) this.chunks.push(new this.make(CHUNK));
    (this.chunks[k] as T)[this.length & MASK] = value;
    this.length++;
  }

  /** The value at `i` (0 past the end). */
  at(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]?.[i & MASK] ?? 0;
  }
}
