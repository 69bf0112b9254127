import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readings } from "../../src/text/corpus-counts.js";
import { cutShortCopies } from "../../src/text/cut-short.js";
import { documentText } from "../../src/text/document-text.js";
import { corpus, doc } from "../helpers/build-corpus.js";

/** The readings of one document printing `lines`. */
function read(lines: string[]): ReturnType<typeof readings> {
  const c = corpus([doc("d", [], [1, lines.length])], { source: lines });
  const d = c.documents[0];
  if (!d) throw new Error("no document");
  return readings(documentText(c, d));
}

const count = (n: number, from = 1): string => Array.from({ length: n }, (_, i) => `w${i + from}`).join(" ");

describe("cutShortCopies", () => {
  it("reports a passage broken off and printed again at once in full, with its three lines and its words as printed", () => {
    const rs = read(["alpha beta gamma", "delta epsilon", "alpha beta gamma delta epsilon zeta."]);
    expect(cutShortCopies(rs, 3)).toEqual([{ firstLine: 1, stopLine: 2, againLine: 3, words: ["alpha", "beta", "gamma", "delta", "epsilon"] }]);
  });

  it("prints a word broken at a line end whole", () => {
    const rs = read(["alpha beta gam-", "ma delta", "alpha beta gamma delta epsilon."]);
    expect(cutShortCopies(rs, 3)).toEqual([{ firstLine: 1, stopLine: 2, againLine: 3, words: ["alpha", "beta", "gamma", "delta"] }]);
  });

  it("needs a first copy of minWords words: one word shorter is no passage", () => {
    const rs = read([`${count(4)} ${count(4)} tail.`]);
    expect(cutShortCopies(rs, 4)).toEqual([{ firstLine: 1, stopLine: 1, againLine: 1, words: count(4).split(" ") }]);
    expect(cutShortCopies(rs, 5)).toEqual([]);
  });

  it("reads a first copy of at most maxWords words", () => {
    const rs = read([`${count(6)} ${count(6)} tail.`]);
    expect(cutShortCopies(rs, 3, 6)).toHaveLength(1);
    expect(cutShortCopies(rs, 3, 5)).toEqual([]);
  });

  it("needs a word after the second copy in the same sentence: a copy that ends the text or its sentence is whole", () => {
    expect(cutShortCopies(read([`${count(4)} ${count(4)} tail`]), 4)).toHaveLength(1);
    expect(cutShortCopies(read([`${count(4)} ${count(4)}`]), 4)).toEqual([]);
    expect(cutShortCopies(read([`${count(4)} ${count(4)}. Tail`]), 4)).toEqual([]);
  });

  it("needs the second copy to start where the first stops and to repeat every word of it", () => {
    expect(cutShortCopies(read([`${count(4)} gap ${count(4)} tail.`]), 4)).toEqual([]);
    expect(cutShortCopies(read([`${count(5)} w1 w2 w3 w4 other tail.`]), 4)).toEqual([]);
  });

  it("reports a passage once, not again for the copy inside it, and goes on after it", () => {
    const twice = `${count(4)} ${count(4)} tail ${count(4, 11)} ${count(4, 11)} end.`;
    expect(cutShortCopies(read([twice]), 4).map((c) => c.words.join(" "))).toEqual([count(4), count(4, 11)]);
    const thrice = `${count(4)} ${count(4)} ${count(4)} tail.`;
    expect(cutShortCopies(read([thrice]), 4)).toEqual([{ firstLine: 1, stopLine: 1, againLine: 1, words: count(4).split(" ") }]);
  });

  it("finds, for each start in turn, the nearest earlier copy that is cut short (property, against the definition)", () => {
    // The definition, word by word: for j ascending past the last report, the first i whose copy
    // i..j is repeated from j and runs on in its sentence.
    const reference = (rs: ReturnType<typeof readings>, minWords: number, maxWords: number): number[][] => {
      const out: number[][] = [];
      let covered = -1;
      for (let j = 0; j + minWords <= rs.length; j++) {
        if (j <= covered) continue;
        for (let i = 0; i < j; i++) {
          const n = j - i;
          if (n < minWords || n > maxWords || j + n >= rs.length) continue;
          if (!rs.slice(i, j).every((r, k) => r.word === rs[j + k]?.word)) continue;
          if (rs[j + n - 1]?.token.sentence !== rs[j + n]?.token.sentence) continue;
          out.push([i, j]);
          covered = j + n;
          break;
        }
      }
      return out;
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "c", "a.", "b,"), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 30 }),
        (words, minWords, maxWords) => {
          const rs = read([words.join(" ")]);
          const found = cutShortCopies(rs, minWords, maxWords);
          const expected = reference(rs, minWords, maxWords);
          expect(found.map((f) => f.words.length)).toEqual(expected.map(([i = 0, j = 0]) => j - i));
          expect(found.map((f) => f.words.join(" "))).toEqual(
            expected.map(([i = 0, j = 0]) =>
              rs
                .slice(i, j)
                .map((r) => r.token.text)
                .join(" "),
            ),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
