import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanTokens, scanWords, wordStarts } from "../../src/text/token-scan.js";

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

const spans = (text: string): [number, number][] => {
  const out: [number, number][] = [];
  scanTokens(text, (s, e) => out.push([s, e]));
  return out;
};
const regexSpans = (text: string, re = TOKEN): [number, number][] => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string): [number, number][] => {
  const out: [number, number][] = [];
  scanWords(text, (s, e) => out.push([s, e]));
  return out;
};

// Characters the token pattern treats differently: letters of several scripts, marks, digits of
// several systems, both apostrophes, astral letters and digits, lone surrogates, spaces, punctuation.
const CHARS = ["a", "Z", "5", "'", "’", " ", "-", ".", "é", "\u0301", "Ж", "λ", "٣", "Ⅻ", "²", "𝐀", "𝟙", "\ud800", "\udc00", "‘", "_", "\n"];

describe("scanTokens", () => {
  it("finds words, numbers, apostrophes joining letters and not digits", () => {
    expect(spans("Azerbaijan's 613 de'f5 x'' 'y ’s")).toEqual([
      [0, 12],
      [13, 16],
      [17, 21],
      [21, 22],
      [23, 24],
      [28, 29],
      [31, 32],
    ]);
    expect(spans("")).toEqual([]);
    expect(spans("naïve cafe\u0301 𝐀𝐁 Ελλάδα")).toEqual(regexSpans("naïve cafe\u0301 𝐀𝐁 Ελλάδα"));
  });

  it("gives exactly the matches of the token pattern on any text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(spans(text)).toEqual(regexSpans(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (text) => {
        expect(spans(text)).toEqual(regexSpans(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("scanWords", () => {
  it("finds runs of letters and digits; marks and apostrophes end a run", () => {
    expect(words("Azerbaijan's 613 cafe\u0301s 𝐀𝐁")).toEqual([
      [0, 10],
      [11, 12],
      [13, 16],
      [17, 21],
      [22, 23],
      [24, 28],
    ]);
    expect(wordStarts(" ab 5")).toEqual([1, 4]);
    expect(words("")).toEqual([]);
  });

  it("gives exactly the matches of /[\\p{L}\\p{N}]+/gu on any text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(words(text)).toEqual(regexSpans(text, WORD));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (text) => {
        expect(words(text)).toEqual(regexSpans(text, WORD));
      }),
      { numRuns: 2000 },
    );
  });
});
