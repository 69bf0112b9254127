import { describe, expect, it } from "vitest";
import type { Token } from "../../src/text/document-text.js";
import { apostrophes, DIGITS_THEN_LETTERS, skipped } from "../../src/text/skipped.js";

/** A token as the text layer gives it: a plain Latin word on its own, unless told otherwise. */
function token(text: string, over: Partial<Token> = {}): Token {
  const shape = /^\d+$/.test(text) ? "number" : /\d/.test(text) ? "mixed" : "word";
  return {
    text,
    lower: text.toLowerCase(),
    line: 1,
    col: 0,
    shape,
    script: "latin",
    sentence: 0,
    hyphenBefore: false,
    hyphenAfter: false,
    address: false,
    tail: false,
    ...over,
  };
}

describe("apostrophes", () => {
  it("turns a curly apostrophe and a backtick into a straight one, and leaves the rest", () => {
    expect(apostrophes("Azerbaijan’s")).toBe("Azerbaijan's");
    expect(apostrophes("don`t")).toBe("don't");
    expect(apostrophes("it's ‘quoted’")).toBe("it's ‘quoted'");
  });
});

describe("skipped: tokens no spelling check reads", () => {
  it("reads a plain word", () => {
    expect(skipped(token("Khojaly"))).toBe(false);
  });

  it("skips the second half of a word broken at a line end, an address, another script, a number", () => {
    expect(skipped(token("fering", { tail: true }))).toBe(true);
    expect(skipped(token("khojaly", { address: true }))).toBe(true);
    expect(skipped(token("Ходжалы", { script: "cyrillic" }))).toBe(true);
    expect(skipped(token("Khojalу", { script: "mixed" }))).toBe(true);
    // The shape alone decides for a number, whatever script it is tagged with.
    expect(skipped(token("1234567", { shape: "number", script: "latin" }))).toBe(true);
  });

  it("reads a number run into a word, but not an ordinal, a decade or a time", () => {
    expect(skipped(token("1992year"))).toBe(false);
    expect(skipped(token("366thday"))).toBe(false);
    expect(skipped(token("366th"))).toBe(true);
    expect(skipped(token("1990s"))).toBe(true);
    expect(skipped(token("5pm"))).toBe(true);
    expect(skipped(token("ca1culated"))).toBe(true);
    expect(DIGITS_THEN_LETTERS.exec("366thday")?.slice(1)).toEqual(["366th", "day"]);
  });

  it("skips a single letter and reads two", () => {
    expect(skipped(token("a"))).toBe(true);
    expect(skipped(token("ab"))).toBe(false);
  });

  it("skips a Roman ordinal and an abbreviation's plural, with either apostrophe", () => {
    expect(skipped(token("XIVth"))).toBe(true);
    expect(skipped(token("xivth"))).toBe(false);
    expect(skipped(token("NGOs"))).toBe(true);
    expect(skipped(token("NGO's"))).toBe(true);
    expect(skipped(token("UN’s"))).toBe(true);
    expect(skipped(token("Ns"))).toBe(false);
  });

  it("skips an all-capital word of up to five letters (an abbreviation) and reads a longer one (a heading)", () => {
    expect(skipped(token("OSCE"))).toBe(true);
    expect(skipped(token("NATOS"))).toBe(true);
    expect(skipped(token("KHOJALY"))).toBe(false);
    expect(skipped(token("ABCDEF"))).toBe(false);
    expect(skipped(token("Nato"))).toBe(false);
  });
});
