import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CHUNK_BITS, ChunkedColumn, widened } from "../../src/text/typed-arrays.js";

const CHUNK = 2 ** CHUNK_BITS;

describe("chunked column", () => {
  it("reads back every value pushed, across chunk boundaries, and 0 past the end", () => {
    const c = new ChunkedColumn(Int32Array);
    for (let i = 0; i < CHUNK * 2 + 3; i++) c.push(i * 3 - 7);
    expect(c.length).toBe(CHUNK * 2 + 3);
    expect([0, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 2].map((i) => c.at(i))).toEqual([
      -7,
      (CHUNK - 1) * 3 - 7,
      CHUNK * 3 - 7,
      (CHUNK + 1) * 3 - 7,
      (2 * CHUNK + 2) * 3 - 7,
    ]);
    expect(c.at(3 * CHUNK)).toBe(0);
  });

  it("reads every value pushed, at any length (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * CHUNK }), fc.integer({ min: 0, max: 3 * CHUNK }), (size, a) => {
        const c = new ChunkedColumn(Int32Array);
        for (let i = 0; i < size; i++) c.push(i);
        expect([c.length, c.at(Math.min(a, size - 1)), c.at(size)]).toEqual([size, Math.max(Math.min(a, size - 1), 0), 0]);
      }),
      { numRuns: 40 },
    );
  });
});

describe("widened", () => {
  it("copies an array into a longer one of the same type", () => {
    const w = widened(Uint8Array.of(1, 2, 3), 5);
    expect(w).toBeInstanceOf(Uint8Array);
    expect([...w]).toEqual([1, 2, 3, 0, 0]);
  });
});
