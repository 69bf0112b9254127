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

  it("gives a range inside one chunk as a view of it, and a range across chunks as a copy", () => {
    const c = new ChunkedColumn(Uint16Array);
    for (let i = 0; i < CHUNK + 10; i++) c.push(i % 1000);
    const inside = c.range(CHUNK - 3, CHUNK);
    expect([...inside]).toEqual([(CHUNK - 3) % 1000, (CHUNK - 2) % 1000, (CHUNK - 1) % 1000]);
    expect(inside.buffer.byteLength).toBe(CHUNK * 2);
    const across = c.range(CHUNK - 2, CHUNK + 2);
    expect([...across]).toEqual([(CHUNK - 2) % 1000, (CHUNK - 1) % 1000, CHUNK % 1000, (CHUNK + 1) % 1000]);
    expect(across.buffer.byteLength).toBe(4 * 2);
    expect([...c.range(CHUNK, CHUNK + 1)]).toEqual([CHUNK % 1000]);
    expect([...c.range(5, 5)]).toEqual([]);
    expect([...new ChunkedColumn(Uint8Array).range(0, 0)]).toEqual([]);
  });

  it("reads any range as the values pushed (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * CHUNK }), fc.integer({ min: 0, max: 3 * CHUNK }), fc.integer({ min: 0, max: 300 }), (size, a, len) => {
        const c = new ChunkedColumn(Int32Array);
        for (let i = 0; i < size; i++) c.push(i);
        const from = Math.min(a, size);
        const to = Math.min(from + len, size);
        expect([...c.range(from, to)]).toEqual(Array.from({ length: to - from }, (_, k) => from + k));
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
