import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runsOf, spansOf, type WordClass } from "../../src/text/passage-spans.js";
import { POS } from "../../src/text/shingle-index.js";

const pack = (a: number, b: number): number => a * POS + b;

describe("spansOf", () => {
  it("merges windows that follow one another on one diagonal into one span of words", () => {
    expect(spansOf([pack(10, 3), pack(11, 4), pack(12, 5)], 12)).toEqual([{ a: 10, b: 3, words: 14 }]);
    expect(spansOf([pack(10, 3), pack(12, 5)], 12)).toEqual([
      { a: 10, b: 3, words: 12 },
      { a: 12, b: 5, words: 12 },
    ]);
    expect(spansOf([pack(10, 3), pack(11, 9)], 12)).toHaveLength(2);
  });

  it("is symmetric: the spans of (b, a) are the spans of (a, b) with the places swapped", () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(fc.uniqueArray(point, { selector: ([a, b]) => `${a},${b}`, maxLength: 30 }), fc.integer({ min: 2, max: 6 }), (pts, n) => {
        const ab = spansOf(
          pts.map(([a, b]) => pack(a, b)),
          n,
        );
        const ba = spansOf(
          pts.map(([a, b]) => pack(b, a)),
          n,
        );
        const key = (s: { a: number; b: number; words: number }): string => `${s.a},${s.b},${s.words}`;
        expect(ba.map((s) => key({ a: s.b, b: s.a, words: s.words })).sort()).toEqual(ab.map(key).sort());
      }),
    );
  });
});

describe("runsOf", () => {
  const classes =
    (c: WordClass[]) =>
    (a: number): WordClass =>
      c[a] ?? 1;

  it("splits a span into evidence and quotation runs of at least n words; stock words belong to neither", () => {
    const span = { a: 0, b: 0, words: 10 };
    expect(runsOf(span, classes([1, 1, 1, 1, 0, 2, 2, 2, 1, 1]), 3)).toEqual({
      evidence: [{ a: 0, b: 0, words: 4 }],
      quoted: [{ a: 5, b: 5, words: 3 }],
    });
    expect(runsOf(span, classes([1, 1, 0, 0, 0, 0, 0, 0, 1, 1]), 3)).toEqual({ evidence: [], quoted: [] });
  });
});
