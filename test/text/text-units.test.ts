import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneEditAway, splits } from "../../src/text/edits.js";
import { formatFigure, formatNumber } from "../../src/text/format.js";
import { nearMiss } from "../../src/text/near-miss.js";
import { compareText, normalizeSpace } from "../../src/text/normalize.js";
import { passageAt, quoteOffsets } from "../../src/text/passage.js";
import { wordsOf } from "../../src/text/shingles.js";
import { transliterationKey } from "../../src/text/transliteration.js";
import { isFunctionWord, wordClasses } from "../../src/text/word-classes.js";

describe("nearMiss", () => {
  const known = ["khojaly", "baku", "agdam"];

  it("finds a known spelling within the edits, case and look-alike letters folded", () => {
    expect(nearMiss("Khojali", known, 2, 5)).toBe("khojaly");
    expect(nearMiss("KHOJALI", known, 2, 5)).toBe("khojaly");
    expect(nearMiss("Кhojali", known, 2, 5)).toBe("khojaly"); // Cyrillic К
    expect(nearMiss("Agdamm", known, 2, 5)).toBe("agdam");
  });

  it("needs the same first letter", () => {
    expect(nearMiss("Chojaly", known, 2, 5)).toBeUndefined();
  });

  it("never reads a word with a digit, or one shorter than minLength", () => {
    expect(nearMiss("Khoja1y", known, 2, 5)).toBeUndefined();
    expect(nearMiss("Agdan", known, 2, 5)).toBe("agdam");
    expect(nearMiss("Agdan", known, 2, 6)).toBeUndefined();
    expect(nearMiss("Bakk", known, 2, 4)).toBe("baku");
    expect(nearMiss("Bakk", known, 2, 5)).toBeUndefined();
  });

  it("allows maxDistance edits, and no more than a third of the known word's length", () => {
    expect(nearMiss("Khojalyaa", known, 2, 5)).toBe("khojaly"); // two letters more: length differs by maxDistance
    expect(nearMiss("Khojalyaa", known, 1, 5)).toBeUndefined();
    expect(nearMiss("Khojalyaaa", known, 3, 5)).toBeUndefined(); // 3 edits, but a third of 7 is 2
    expect(nearMiss("Khajalu", known, 2, 5)).toBe("khojaly");
    expect(nearMiss("Khajalu", known, 1, 5)).toBeUndefined();
    expect(nearMiss("Bakxx", known, 2, 4)).toBeUndefined(); // a third of 4 is 1
    expect(nearMiss("Bakx", known, 2, 4)).toBe("baku");
  });

  it("returns the first known spelling that fits", () => {
    expect(nearMiss("Bakuu", ["bakus", "bakuu1", "baku"], 1, 4)).toBe("bakus");
  });
});

describe("oneEditAway and splits", () => {
  it("every delete, swap, replace and insert, without the word itself", () => {
    const e = oneEditAway("ab");
    expect(e.size).toBe(129);
    for (const w of ["a", "b", "ba", "xb", "ax", "xab", "axb", "abx"]) expect(e.has(w), w).toBe(true);
    for (const w of ["ab", "", "abab", "bab" + "x"]) expect(e.has(w), w).toBe(false);
    expect(oneEditAway("abc").has("acb")).toBe(true);
    expect(oneEditAway("abc").has("cba")).toBe(false);
    expect(oneEditAway("").size).toBe(26);
  });

  it("two-word readings, the most even first, each part at least minPart long", () => {
    expect(splits("abcdef")).toEqual([
      ["abc", "def"],
      ["ab", "cdef"],
      ["abcd", "ef"],
    ]);
    expect(splits("ofthe")).toEqual([
      ["of", "the"],
      ["oft", "he"],
    ]);
    expect(splits("abcdef", 3)).toEqual([["abc", "def"]]);
    expect(splits("abcd")).toEqual([["ab", "cd"]]);
    expect(splits("abc")).toEqual([]);
    expect(splits("abc", 1)).toEqual([
      ["a", "bc"],
      ["ab", "c"],
    ]);
  });
});

describe("normalizeSpace, compareText", () => {
  it("collapses every run of whitespace and trims", () => {
    expect(normalizeSpace("  a \n\t b\u00a0 c  ")).toBe("a b c");
    expect(normalizeSpace("")).toBe("");
  });

  it("orders by code point", () => {
    expect(compareText("a", "b")).toBe(-1);
    expect(compareText("b", "a")).toBe(1);
    expect(compareText("a", "a")).toBe(0);
    expect(compareText("Z", "a")).toBe(-1);
    expect(["b", "a", "C"].sort(compareText)).toEqual(["C", "a", "b"]);
  });
});

describe("formatNumber, formatFigure", () => {
  it("groups the digits of the whole part in threes", () => {
    expect([0, 7, 999, 1000, 1275, 12345, 123456, 1200000, 12.5, 1234.56, -1275, -12].map(formatNumber)).toEqual([
      "0",
      "7",
      "999",
      "1,000",
      "1,275",
      "12,345",
      "123,456",
      "1,200,000",
      "12.5",
      "1,234.56",
      "-1,275",
      "-12",
    ]);
  });

  it("groups the figure of a quantity label, and leaves any other label as it is", () => {
    expect(formatFigure("over 1000000")).toBe("over 1,000,000");
    expect(formatFigure("1275")).toBe("1,275");
    expect(formatFigure("more than 12.5")).toBe("more than 12.5");
    expect(formatFigure("at least 2000")).toBe("at least 2,000");
    expect(formatFigure("1992-02-26")).toBe("1992-02-26");
    expect(formatFigure("S/RES/822")).toBe("S/RES/822");
    expect(formatFigure("Over 1000")).toBe("Over 1000");
    expect(formatFigure("1000 people")).toBe("1000 people");
    expect(formatFigure("over1000")).toBe("over1000");
  });
});

describe("passageAt and quoteOffsets", () => {
  const lines = ["  a  b ", "c\t d", "", "e"];

  it("joins the line and the next non-blank ones, whitespace collapsed, remembering lines and columns", () => {
    const p = passageAt(lines, 1, 8);
    expect(p.text).toBe("a b c d e");
    expect([...p.lineOf]).toEqual([1, 1, 1, 2, 2, 2, 2, 4, 4]);
    expect([...p.colOf]).toEqual([2, 3, 5, 0, 0, 1, 3, 0, 0]);
    expect(p.firstLength).toBe(3);
  });

  it("takes at most maxLines lines, and nothing from a blank first line", () => {
    expect(passageAt(lines, 1, 1).text).toBe("a b");
    expect(passageAt(lines, 1, 2).text).toBe("a b c d");
    expect(passageAt(lines, 3, 5).text).toBe("");
    expect(passageAt(lines, 4, 5).text).toBe("e");
    expect(passageAt(lines, 4, 5).firstLength).toBe(1);
    expect(passageAt(lines, 5, 5).text).toBe("");
  });

  it("is the lines joined with every whitespace run made one space, each character mapped back to where it stands", () => {
    const line = fc.string({ unit: fc.constantFrom("a", "b", "é", " ", "\t", "\u00a0", "-", "."), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.integer({ min: 1, max: 7 }), (ls, max) => {
        const p = passageAt(ls, 1, max);
        const picked = ls.filter((l) => l.trim() !== "").slice(0, max);
        const expected = (ls[0] ?? "").trim() === "" ? "" : picked.map((l) => l.trim().replace(/\s+/g, " ")).join(" ");
        expect(p.text).toBe(expected);
        for (let i = 0; i < p.text.length; i++) if (p.text[i] !== " ") expect(ls[(p.lineOf[i] ?? 0) - 1]?.[p.colOf[i] ?? -1]).toBe(p.text[i]);
      }),
    );
  });

  it("stops adding lines once the text runs `enough` characters past the first line", () => {
    const ls = ["ab", "cd", "", "ef"];
    expect(passageAt(ls, 1, 8, 0).text).toBe("ab");
    expect(passageAt(ls, 1, 8, 3).text).toBe("ab cd");
    expect(passageAt(ls, 1, 8, 4).text).toBe("ab cd ef");
    expect(passageAt(ls, 1, 8, 4).firstLength).toBe(2);
  });

  it("finds a quote in a passage cut at the quote's length exactly where it finds it in the whole passage", () => {
    const unit = fc.constantFrom("a", "b", " ");
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 6 }), { maxLength: 5 }), fc.string({ unit: fc.constantFrom("a", "b"), maxLength: 9 }), (ls, q) => {
        expect(quoteOffsets(passageAt(ls, 1, 8, q.length), q)).toEqual(quoteOffsets(passageAt(ls, 1, 8), q));
      }),
    );
  });

  it("every whitespace character counts as a space", () => {
    const spaces = ["\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u000b", "\u000c", "\r"];
    for (const s of spaces) expect(passageAt([`a${s}b`], 1, 1).text, JSON.stringify(s)).toBe("a b");
    for (const s of ["\u200b", "\u2010", "\u0008", "\u000e", "\u1fff", "\u205e", "\u3001", "\u00a1"]) {
      expect(passageAt([`a${s}b`], 1, 1).text, JSON.stringify(s)).toBe(`a${s}b`);
    }
  });

  it("finds a quote only where it starts on the first line", () => {
    const p = passageAt(["one two", "one two three"], 1, 2);
    expect(quoteOffsets(p, "one two")).toEqual([0]);
    expect(quoteOffsets(p, "two")).toEqual([4]);
    expect(quoteOffsets(p, "two one")).toEqual([4]);
    expect(quoteOffsets(p, "three")).toEqual([]);
    expect(quoteOffsets(p, "")).toEqual([]);
    expect(quoteOffsets(passageAt(["o o o"], 1, 1), "o")).toEqual([0, 2, 4]);
  });
});

describe("wordsOf and shingle", () => {
  it("words are lower-cased runs of letters and digits, each with its line", () => {
    expect(wordsOf(passageAt(["The 613 Azərbaycan,", "people-killed"], 1, 2))).toEqual([
      { word: "the", line: 1 },
      { word: "613", line: 1 },
      { word: "azərbaycan", line: 1 },
      { word: "people", line: 2 },
      { word: "killed", line: 2 },
    ]);
  });
});

describe("transliterationKey", () => {
  const same = (...words: string[]): void => {
    expect(new Set(words.map(transliterationKey)).size, words.join(", ")).toBe(1);
  };

  it("folds the alternations of Azerbaijani, Russian and English spellings", () => {
    same("Khatyn", "Hatyn", "Khatin");
    same("Xocalı", "Khojaly", "Khodjaly");
    same("Şuşa", "Shusha");
    same("Ağdam", "Aghdam");
    same("Qazax", "Gazakh");
    same("Dzhabrayil", "Jabrayil", "Cebrayil");
    same("Ceyhun", "Jeyhun");
    same("Məmmədov", "Mammadov", "Memmedov");
    same("Rasizadeh", "Rasizade");
    same("Rüstəm", "Rustam");
    same("O'Neil", "O’Neil", "ONeil");
    expect(transliterationKey("Çalı")).toBe("chali");
    expect(transliterationKey("Chichek")).toBe("chichak");
    expect(transliterationKey("Zhanna")).toBe("jana");
    expect(transliterationKey("Göyçay")).toBe("goichai");
    expect(transliterationKey("Shah")).toBe("sha");
    expect(transliterationKey("Khojaly")).toBe("hojali");
  });

  it("keeps apart what differs", () => {
    expect(transliterationKey("Baku")).not.toBe(transliterationKey("Bako"));
    expect(transliterationKey("Shusha")).not.toBe(transliterationKey("Susa"));
    expect(transliterationKey("Lachin")).not.toBe(transliterationKey("Lacin"));
    expect(transliterationKey("Ahmad")).toBe("ahmad");
  });
});

describe("isFunctionWord and wordClasses", () => {
  it("knows the closed classes and nothing inherited", () => {
    expect(isFunctionWord("the")).toBe(true);
    expect(isFunctionWord("khojaly")).toBe(false);
    expect(isFunctionWord("constructor")).toBe(false);
    expect(wordClasses("the")).toEqual(["Determiner"]);
    expect(wordClasses("khojaly")).toEqual([]);
    expect(wordClasses("constructor")).toEqual([]);
  });
});

describe("text helpers, one step further", () => {
  it("splits of a longer word: the most even first, then the shorter first part", () => {
    expect(splits("abcdefgh")).toEqual([
      ["abcd", "efgh"],
      ["abc", "defgh"],
      ["abcde", "fgh"],
      ["ab", "cdefgh"],
      ["abcdef", "gh"],
    ]);
  });

  it("a figure with decimals is grouped too", () => {
    expect(formatFigure("1234.56")).toBe("1,234.56");
    expect(formatFigure("about 1234.5")).toBe("about 1,234.5");
  });

  it("a line of spaces is blank", () => {
    expect(passageAt(["a", "   ", "b"], 1, 3).text).toBe("a b");
    expect(passageAt(["a", "   ", "b"], 1, 2).text).toBe("a b");
  });

  it("runs of three or more of a letter are one letter too", () => {
    expect(transliterationKey("Mammmadov")).toBe("mamadov");
  });
});
