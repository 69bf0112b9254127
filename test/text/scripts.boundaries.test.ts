import { describe, expect, it } from "vitest";
import { isNumeral, latinReading } from "../../src/text/lookalikes.js";
import { foldLookalikes, isEnglishLine, scriptHit, scriptOf } from "../../src/text/scripts.js";

const isWord = (w: string): boolean => ["the", "on", "come", "be", "an"].includes(w);

describe("latinReading and isNumeral", () => {
  it.each([
    ["ТНЕ", "THE", "THE", false],
    ["оп", "on", "on", false],
    ["соте", "come", "come", false],
    ["тиди", "mugu", "mugu", false],
    ["З", "3", "3", true],
    ["ХХ", "XX", "XX", true],
    ["Х", "X", "X", true],
    ["О", "O", "0", true],
    ["Оl", "Ol", "0l", false],
    ["А1", "A1", "A1", false],
    ["abc", "abc", "abc", false],
  ])("%s reads %s (letters) and %s (digits); numeral: %s", (word, letters, digits, numeral) => {
    const r = latinReading(word);
    expect(r).toEqual({ letters, digits });
    expect(r && isNumeral(r)).toBe(numeral);
  });

  it("a word with a letter like no Latin one has no reading", () => {
    expect(latinReading("Мемориал")).toBeUndefined();
    expect(latinReading("Щ")).toBeUndefined();
  });

  it("Roman numerals only in capitals", () => {
    expect(isNumeral({ letters: "xx", digits: "xx" })).toBe(false);
    expect(isNumeral({ letters: "XIV", digits: "XIV" })).toBe(true);
    expect(isNumeral({ letters: "XA", digits: "XA" })).toBe(false);
    expect(isNumeral({ letters: "O", digits: "01" })).toBe(true);
    expect(isNumeral({ letters: "O", digits: "0a" })).toBe(false);
  });
});

describe("scriptHit", () => {
  it("a word mixing Latin with Cyrillic letters, each foreign letter named once", () => {
    expect(scriptHit("АN", isWord)).toEqual({ word: "АN", foreign: ["А U+0410 Cyrillic"] });
    expect(scriptHit("bее", isWord)).toEqual({ word: "bее", foreign: ["е U+0435 Cyrillic"] });
  });

  it("a whole foreign word that reads as an English word, a numeral or a single letter", () => {
    expect(scriptHit("ТНЕ", isWord)).toEqual({ word: "ТНЕ", foreign: ["Т U+0422 Cyrillic", "Н U+041D Cyrillic", "Е U+0415 Cyrillic"], reads: "THE" });
    expect(scriptHit("оп", isWord)?.reads).toBe("on");
    expect(scriptHit("ХХ", isWord)).toEqual({ word: "ХХ", foreign: ["Х U+0425 Cyrillic"], reads: "XX" });
    expect(scriptHit("З", isWord)?.reads).toBe("3");
    expect(scriptHit("ОО", isWord)?.reads).toBe("00");
    expect(scriptHit("Е", isWord)?.reads).toBe("E");
    expect(scriptHit("ΤΗΕ", isWord)).toEqual({ word: "ΤΗΕ", foreign: ["Τ U+03A4 Greek", "Η U+0397 Greek", "Ε U+0395 Greek"], reads: "THE" });
  });

  it("a foreign word that looks like no English word is a quotation", () => {
    expect(scriptHit("Мемориал", isWord)).toBeUndefined();
    expect(scriptHit("ТАСС", isWord)).toBeUndefined();
    expect(scriptHit("ео", isWord)).toBeUndefined();
    expect(scriptHit("Khojaly", isWord)).toBeUndefined();
    expect(scriptHit("1992", isWord)).toBeUndefined();
  });
});

describe("isEnglishLine", () => {
  it.each([
    [["The", "town"], true],
    [["the", "Х", "не"], true],
    [["ТНЕ", "town", "не", "было", "да"], true],
    [["не", "было"], false],
    [["Х", "Х", "Х"], false],
    [["The", "не", "было"], false],
    [["The", "town", "не", "было"], false],
    [["ТНЕ", "не"], false],
    [[], false],
    [["123", "--"], false],
  ])("%j is English: %s", (words, english) => {
    expect(isEnglishLine(words)).toBe(english);
  });
});

describe("scriptOf and foldLookalikes", () => {
  it("names the script of a letter", () => {
    expect(["a", "ə", "а", "α", "1", "-"].map(scriptOf)).toEqual(["latin", "latin", "cyrillic", "greek", "other", "other"]);
  });

  it("folds Cyrillic look-alikes to Latin and leaves every other letter", () => {
    expect(foldLookalikes("Кhоjаly")).toBe("Khojaly");
    expect(foldLookalikes("АВЕКМНОРСТХУаеорсухіјѕ")).toBe("ABEKMHOPCTXYaeopcyxijs");
    expect(foldLookalikes("Щит")).toBe("Щит");
    expect(foldLookalikes("abc")).toBe("abc");
  });
});
