import { readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { findNumberWords } from "../../src/text/numbers.js";

// Our reader against compromise (the NLP library it replaced, kept as a test oracle) on every line
// of the corpus that holds a number word. Where they differ, compromise is wrong and the case is
// listed here with the reason; any other difference fails.
const SOURCE = readFileSync(join(import.meta.dirname, "../../data/sources/khojaly-compilation.txt"), "utf8").split(/\r?\n/);
const NUMBER_WORD = new RegExp(
  `\\b(?:${[
    ..."one two three four five six seven eight nine ten eleven twelve hundred thousand million billion".split(" "),
    ..."first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth hundredth thousandth millionth billionth".split(" "),
    ..."thir four fif six seven eigh nine".split(" ").flatMap((t) => [`${t}teen`, `${t}teenth`]),
    ..."twen thir for fif six seven eigh nine".split(" ").flatMap((t) => [`${t}ty`, `${t}tieth`]),
  ].join("|")})\\b`,
  "i",
);

type Reading = [text: string, start: number, value: number];

function byCompromise(text: string): Reading[] {
  const found = nlp(text.replace(/(?<=\p{L})-(?=\p{L})/gu, " "))
    .numbers()
    .json({ offset: true }) as { text: string; number?: { num?: number }; offset?: { start: number } }[];
  return found.flatMap((n) => {
    const words = n.text.replace(/[^\p{L}\d\s-]/gu, "").trim();
    const value = n.number?.num;
    if (!NUMBER_WORD.test(words) || n.offset === undefined || value === undefined || !Number.isFinite(value) || value === 0) return [];
    return [[words, n.offset.start, value] as Reading];
  });
}

/** Lines where compromise is wrong: what it reads, what we read, and why ours is right. */
const COMPROMISE_WRONG: Record<number, { compromise: Reading[]; ours: Reading[]; why: string }> = {
  313: {
    compromise: [
      ["thousand", 5, 1000],
      ["thousand", 55, 1000],
    ],
    ours: [
      ["7 thousand", 3, 7000],
      ["3 thousand", 53, 3000],
    ],
    why: "a figure before a scale word belongs to it, as compromise itself reads '5 thousand' elsewhere",
  },
  2305: {
    compromise: [["Fifty six", 43, 56]],
    ours: [
      ["one", 21, 1],
      ["Fifty six", 43, 56],
    ],
    why: "'130 one of their parents': the word is a figure",
  },
  2630: { compromise: [], ours: [["Eight", 7, 8]], why: "'Eight-day' names eight days" },
  2699: {
    compromise: [["Fifty six", 38, 56]],
    ours: [
      ["one", 16, 1],
      ["Fifty six", 38, 56],
    ],
    why: "'130 one of their parents'",
  },
  2914: { compromise: [["12 million", 67, 1200000]], ours: [["1.2 million", 67, 1200000]], why: "the text as printed keeps its decimal point" },
  4407: { compromise: [["three", 58, 3]], ours: [["Twenty three", 51, 23]], why: "'Twenty-three years ago' is 23" },
  4515: { compromise: [], ours: [["first", 16, 1]], why: "'first lessons' after a date is still an ordinal" },
  4605: { compromise: [], ours: [["first", 16, 1]], why: "as line 4515" },
  4911: { compromise: [], ours: [["first", 16, 1]], why: "as line 4515" },
  5162: {
    compromise: [["First", 0, 1]],
    ours: [],
    why: "'First Vice President' is a title, as 'First Lady' and 'First World War', which compromise skips too",
  },
};

describe("number words: our reader against compromise on every line of the corpus", () => {
  const lines = SOURCE.map((text, i) => ({ line: i + 1, text })).filter((l) => NUMBER_WORD.test(l.text));

  it("reads what compromise reads, except where compromise is wrong", () => {
    const differ: string[] = [];
    for (const { line, text } of lines) {
      const ours = findNumberWords(text).map((n): Reading => [n.text.replace(/(?<=\p{L})-(?=\p{L})/gu, " "), n.start, n.value]);
      const theirs = byCompromise(text);
      const known = COMPROMISE_WRONG[line];
      if (known) {
        expect({ line, ours, theirs }).toEqual({ line, ours: known.ours, theirs: known.compromise });
      } else if (JSON.stringify(ours) !== JSON.stringify(theirs)) differ.push(`${line}: ours ${JSON.stringify(ours)} compromise ${JSON.stringify(theirs)}`);
    }
    expect(differ).toEqual([]);
    expect(lines.length).toBeGreaterThan(100);
  });

  it.each([
    ["two hundred and fifty", [["two hundred and fifty", 250]]],
    ["Eight hundred and ninety-eight were lost", [["Eight hundred and ninety-eight", 898]]],
    ["one hundred and twenty-five thousand", [["one hundred and twenty-five thousand", 125000]]],
    ["a thousand and one", [["a thousand and one", 1001]]],
    [
      "two and three",
      [
        ["two", 2],
        ["three", 3],
      ],
    ],
    [
      "twenty and thirty",
      [
        ["twenty", 20],
        ["thirty", 30],
      ],
    ],
    ["one million two hundred thousand", [["one million two hundred thousand", 1200000]]],
    [
      "one two three",
      [
        ["one", 1],
        ["two", 2],
        ["three", 3],
      ],
    ],
    ["the twenty-first anniversary", [["twenty-first", 21]]],
    ["a thousand people", [["a thousand", 1000]]],
    ["nineteen hundred", [["nineteen hundred", 1900]]],
    ["someone alone", []],
  ])("%s", (text, expected) => {
    expect(findNumberWords(text).map((n) => [n.text, n.value])).toEqual(expected);
  });
});
