import { describe, expect, it } from "vitest";
import { isCardinal } from "../../src/text/closed-classes.js";
import { documentText } from "../../src/text/document-text.js";
import { phraseWords } from "../../src/text/phrase-words.js";
import { canBe, clearTagCache, onlyTags, tagsOf } from "../../src/text/word-tags.js";
import { corpus, doc } from "../helpers/build-corpus.js";

describe("tagsOf", () => {
  it("answers the same after its cache is cleared, and from the cache the same object", () => {
    const first = tagsOf("form");
    expect(tagsOf("form")).toBe(first);
    clearTagCache();
    const again = tagsOf("form");
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("splits the lexicon's entry into its tags", () => {
    expect([...tagsOf("form")].sort()).toEqual(["JJ", "NN", "VB", "VBP"]);
    expect([...tagsOf("driven")].sort()).toEqual(["JJ", "VBN"]);
  });

  it("knows no word for an object's own property names", () => {
    for (const w of ["constructor", "tostring", "toString", "valueOf", "hasOwnProperty", "__proto__"]) expect(tagsOf(w).size).toBe(0);
  });
});

describe("onlyTags and canBe", () => {
  it("onlyTags: every tag allowed, in any order, and one tag missing is enough to refuse", () => {
    expect(onlyTags("driven", ["JJ", "VBN"])).toBe(true);
    expect(onlyTags("driven", ["VBN", "JJ", "NN"])).toBe(true);
    expect(onlyTags("driven", ["VBN"])).toBe(false);
    expect(onlyTags("driven", [])).toBe(false);
  });

  it("canBe: one wanted tag among several is enough, none is not", () => {
    expect(canBe("driven", ["NN", "VBN"])).toBe(true);
    expect(canBe("driven", ["VBN", "NN"])).toBe(true);
    expect(canBe("driven", ["NN", "VB"])).toBe(false);
    expect(canBe("driven", [])).toBe(false);
    expect(canBe("khojaly", ["NN"])).toBe(false);
  });
});

describe("isCardinal", () => {
  it("digits from the first character to the last, with separators after the first digit", () => {
    expect(["1", "150", "1,275", "1.5", "20,000,000"].map(isCardinal)).toEqual([true, true, true, true, true]);
    expect(["x150", "150x", ",150", "", "15a0"].map(isCardinal)).toEqual([false, false, false, false, false]);
  });
});

describe("phraseWords", () => {
  const words = (lines: string[]) => {
    const d = doc("d", [], [1, lines.length]);
    return phraseWords(documentText(corpus([d], { source: lines }), d)).map((w) => [w.word, w.joinsNext]);
  };

  it("straightens a curly apostrophe and lower-cases", () => {
    expect(words(["The Victim’s Memory"])).toEqual([
      ["the", true],
      ["victim's", true],
      ["memory", false],
    ]);
  });

  it("joins words with any run of white space between", () => {
    expect(words(["one  two"])).toEqual([
      ["one", true],
      ["two", false],
    ]);
  });

  it("does not join words with anything but white space between, on one line or across a line end", () => {
    expect(words(["one, two", "three"])).toEqual([
      ["one", false],
      ["two", true],
      ["three", false],
    ]);
    expect(words(["one two —", "three"])).toEqual([
      ["one", true],
      ["two", false],
      ["three", false],
    ]);
    expect(words(["one two", "(three"])).toEqual([
      ["one", true],
      ["two", false],
      ["three", false],
    ]);
  });

  it("reads a word broken at a line end whole and joins it by what follows its second half", () => {
    expect(words(["the com-", "plete, list"])).toEqual([
      ["the", true],
      ["complete", false],
      ["list", false],
    ]);
    expect(words(["the com-", "plete list"])).toEqual([
      ["the", true],
      ["complete", true],
      ["list", false],
    ]);
  });

  it("starts afresh after an address: the word before it joins nothing", () => {
    expect(words(["see www.example.com now"])).toEqual([
      ["see", false],
      ["now", false],
    ]);
  });
});
