import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changesAfter, changesAround } from "../../src/text/passage-diff.js";

const w = (s: string): string[] => s.split(" ");
const o = { maxChange: 2, resync: 3 };

describe("changesAfter", () => {
  it("finds a word replaced, left out or added, each where the copies run together again", () => {
    expect(changesAfter(w("a b x c d e"), w("a b y c d e"), 2, 2, o)).toEqual([{ a: [2, 3], b: [2, 3] }]);
    expect(changesAfter(w("a b x c d e"), w("a b c d e"), 2, 2, o)).toEqual([{ a: [2, 3], b: [2, 2] }]);
    expect(changesAfter(w("a b c d e"), w("a b y c d e"), 2, 2, o)).toEqual([{ a: [2, 2], b: [2, 3] }]);
    // Several changes in a row of agreement, the equal words between them skipped.
    expect(changesAfter(w("a x c d e f y h i j"), w("a z c d e f h i j"), 1, 1, o)).toEqual([
      { a: [1, 2], b: [1, 2] },
      { a: [6, 7], b: [6, 6] },
    ]);
  });

  it("prefers the smallest change, then the fewest words of the first copy", () => {
    // "x" could be replaced by "y" (two words in all) or left out with "y" added (also two): a replacement.
    expect(changesAfter(w("x c d e"), w("y c d e"), 0, 0, o)).toEqual([{ a: [0, 1], b: [0, 1] }]);
    // One word left out is smaller than a replacement of two.
    expect(changesAfter(w("x c d e"), w("c d e"), 0, 0, o)).toEqual([{ a: [0, 1], b: [0, 0] }]);
  });

  it("spans at most maxChange words in either copy", () => {
    expect(changesAfter(w("x y c d e"), w("z c d e"), 0, 0, o)).toEqual([{ a: [0, 2], b: [0, 1] }]);
    expect(changesAfter(w("x y q c d e"), w("z c d e"), 0, 0, o)).toEqual([]);
    expect(changesAfter(w("x y q c d e"), w("z c d e"), 0, 0, { ...o, maxChange: 3 })).toEqual([{ a: [0, 3], b: [0, 1] }]);
  });

  it("needs resync equal words after a change, and stops where either copy ends", () => {
    expect(changesAfter(w("x c d"), w("y c d"), 0, 0, o)).toEqual([]);
    expect(changesAfter(w("x c d"), w("y c d"), 0, 0, { ...o, resync: 2 })).toEqual([{ a: [0, 1], b: [0, 1] }]);
    expect(changesAfter(w("a b"), w("a b c d"), 0, 0, o)).toEqual([]);
    expect(changesAfter(w("a b c d"), w("a b"), 0, 0, o)).toEqual([]);
    expect(changesAfter([], w("a"), 0, 0, o)).toEqual([]);
  });
});

describe("changesAround", () => {
  it("walks out of each shared run both ways and reports each change once, in the first copy's order", () => {
    const a = w("p q r x a b c d y s t u");
    const b = w("p q r a b c d z s t u");
    const run = { a: 4, b: 3, words: 4 };
    expect(changesAround(a, b, [run], o)).toEqual([
      { a: [3, 4], b: [3, 3] },
      { a: [8, 9], b: [7, 8] },
    ]);
    // A second run reaching the same changes adds none.
    expect(changesAround(a, b, [run, { a: 9, b: 8, words: 3 }], o)).toEqual(changesAround(a, b, [run], o));
    expect(changesAround(a, b, [], o)).toEqual([]);
  });

  it("finds nothing between equal copies, and every change it reports is a real one within bounds (property)", () => {
    const words = fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 14 });
    fc.assert(
      fc.property(words, words, fc.nat(14), (x, y, at) => {
        const start = Math.min(at, x.length);
        expect(changesAround(x, x, [{ a: start, b: start, words: 0 }], o)).toEqual([]);
        for (const c of changesAround(x, y, [{ a: 0, b: 0, words: 0 }], o)) {
          const [from, to] = [x.slice(...c.a), y.slice(...c.b)];
          expect(from.join(" ")).not.toBe(to.join(" "));
          expect(from.length).toBeLessThanOrEqual(o.maxChange);
          expect(to.length).toBeLessThanOrEqual(o.maxChange);
          expect(c.a[1]).toBeLessThanOrEqual(x.length);
          expect(c.b[1]).toBeLessThanOrEqual(y.length);
        }
      }),
    );
  });
});
