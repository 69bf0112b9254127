import { describe, expect, it } from "vitest";
import { findDigitGroups, findNumbers, findNumberWords, findVagueWords } from "../../src/text/numbers.js";

const words = (text: string) => findNumberWords(text).map((f) => [f.text, f.start, f.end, f.value]);

describe("number words at their boundaries", () => {
  it.each([
    ["one million two thousand", [["one million two thousand", 0, 24, 1002000]]],
    ["two hundred thousand five hundred", [["two hundred thousand five hundred", 0, 33, 200500]]],
    ["one hundred twenty three", [["one hundred twenty three", 0, 24, 123]]],
    ["thousand one", [["thousand one", 0, 12, 1001]]],
    ["twelve hundred", [["twelve hundred", 0, 14, 1200]]],
    ["eleven hundred", [["eleven hundred", 0, 14, 1100]]],
    ["twenty nine", [["twenty nine", 0, 11, 29]]],
    ["ONE MILLION", [["ONE MILLION", 0, 11, 1000000]]],
    ["Twenty-three years", [["Twenty-three", 0, 12, 23]]],
  ])("reads %s as one number", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    // a scale word after a larger one, or after itself, starts a new number
    [
      "one thousand million",
      [
        ["one thousand", 0, 12, 1000],
        ["million", 13, 20, 1000000],
      ],
    ],
    [
      "one thousand thousand",
      [
        ["one thousand", 0, 12, 1000],
        ["thousand", 13, 21, 1000],
      ],
    ],
    // a unit follows tens only below ten
    [
      "twenty ten",
      [
        ["twenty", 0, 6, 20],
        ["ten", 7, 10, 10],
      ],
    ],
    // "hundred" follows a unit only
    [
      "twenty hundred",
      [
        ["twenty", 0, 6, 20],
        ["hundred", 7, 14, 100],
      ],
    ],
    [
      "hundred hundred",
      [
        ["hundred", 0, 7, 100],
        ["hundred", 8, 15, 100],
      ],
    ],
    // tens follow "hundred" or a scale word only
    [
      "ten twenty",
      [
        ["ten", 0, 3, 10],
        ["twenty", 4, 10, 20],
      ],
    ],
    [
      "one two",
      [
        ["one", 0, 3, 1],
        ["two", 4, 7, 2],
      ],
    ],
    // an ordinal ends a number
    [
      "first second",
      [
        ["first", 0, 5, 1],
        ["second", 6, 12, 2],
      ],
    ],
  ])("reads %s as two numbers", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it("a figure or 'a' before a scale word belongs to it when smaller than it", () => {
    expect(words("999 thousand")).toEqual([["999 thousand", 0, 12, 999000]]);
    expect(words("1000 thousand")).toEqual([["thousand", 5, 13, 1000]]);
    expect(words("1500 thousand")).toEqual([["thousand", 5, 13, 1000]]);
    expect(words("99 hundred")).toEqual([["99 hundred", 0, 10, 9900]]);
    expect(words("100 hundred")).toEqual([["hundred", 4, 11, 100]]);
    expect(words("the 5 hundred")).toEqual([["5 hundred", 4, 13, 500]]);
    expect(words("1.2 million")).toEqual([["1.2 million", 0, 11, 1200000]]);
    expect(words("a million")).toEqual([["a million", 0, 9, 1000000]]);
    expect(words("A million")).toEqual([["A million", 0, 9, 1000000]]);
    expect(words("a hundred")).toEqual([["a hundred", 0, 9, 100]]);
    expect(words("5 first")).toEqual([["first", 2, 7, 1]]);
    expect(words("an eighth")).toEqual([["eighth", 3, 9, 8]]);
  });

  it.each([
    ["twelfth", 12],
    ["thirteenth", 13],
    ["nineteenth", 19],
    ["twentieth", 20],
    ["ninetieth", 90],
    ["hundredth", 100],
    ["millionth", 1000000],
    ["billion", 1000000000],
  ])("%s is %i", (text, value) => {
    expect(words(text)).toEqual([[text, 0, text.length, value]]);
  });

  it("a capitalised ordinal before a capitalised word is part of a name", () => {
    expect(words("First World War")).toEqual([]);
    expect(words("Second Lady")).toEqual([]);
    expect(words("the first World")).toEqual([["first", 4, 9, 1]]);
    expect(words("First world")).toEqual([["First", 0, 5, 1]]);
    expect(words("Second")).toEqual([["Second", 0, 6, 2]]);
    expect(words("First WWII")).toEqual([["First", 0, 5, 1]]);
  });

  it("no number word, no number", () => {
    expect(words("someone alone, often")).toEqual([]);
  });
});

describe("digit groups, vague words and all figures", () => {
  it("a comma separates thousands only before three digits", () => {
    expect(findDigitGroups("1,275 and 5,45 and 1,2345 and 12,345,678").map((f) => [f.text, f.start, f.end, f.value, f.form])).toEqual([
      ["1,275", 0, 5, 1275, "digits"],
      ["5", 10, 11, 5, "digits"],
      ["45", 12, 14, 45, "digits"],
      ["1", 19, 20, 1, "digits"],
      ["2345", 21, 25, 2345, "digits"],
      ["12,345,678", 30, 40, 12345678, "digits"],
    ]);
  });

  it("vague words, with 'of thousands'", () => {
    expect(findVagueWords("Tens of thousands, hundreds of  thousands, dozens and millions, tens").map((f) => [f.text, f.start, f.end, f.form])).toEqual([
      ["Tens of thousands", 0, 17, "vague"],
      ["hundreds of  thousands", 19, 41, "vague"],
      ["dozens", 43, 49, "vague"],
      ["millions", 54, 62, "vague"],
      ["tens", 64, 68, "vague"],
    ]);
    expect(findVagueWords("dozens")[0]?.value).toBeNaN();
  });

  it("every figure, by start and then by end", () => {
    expect(findNumbers("7 thousand and 20 tens twenty").map((f) => [f.text, f.start, f.form])).toEqual([
      ["7", 0, "digits"],
      ["7 thousand", 0, "words"],
      ["20", 15, "digits"],
      ["tens", 18, "vague"],
      ["twenty", 23, "words"],
    ]);
  });
});

describe("number words, one step further", () => {
  it("tens follow a scale word; nothing follows an ordinal", () => {
    expect(words("thousand twenty")).toEqual([["thousand twenty", 0, 15, 1020]]);
    expect(words("hundredth thousand")).toEqual([
      ["hundredth", 0, 9, 100],
      ["thousand", 10, 18, 1000],
    ]);
    expect(words("twentieth one")).toEqual([
      ["twentieth", 0, 9, 20],
      ["one", 10, 13, 1],
    ]);
  });

  it("an ordinal is part of a name only when it is capitalised itself", () => {
    expect(words("fiRst World")).toEqual([["fiRst", 0, 5, 1]]);
  });
});
