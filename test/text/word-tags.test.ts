import { describe, expect, it } from "vitest";
import { canBe, onlyTags, tagsOf } from "../../src/text/word-tags.js";
import { phraseWords } from "../../src/text/phrase-words.js";
import { isCardinal } from "../../src/text/closed-classes.js";
import { documentText } from "../../src/text/document-text.js";
import { corpus, doc } from "../helpers/build-corpus.js";

describe("word tags", () => {
  it("gives every tag the lexicon knows for a word, and none for a word it does not know", () => {
    expect([...tagsOf("crimes")]).toEqual(["NNS"]);
    expect([...tagsOf("commemorate")].sort()).toEqual(["VB", "VBP"]);
    expect(tagsOf("khojaly").size).toBe(0);
  });

  it("onlyTags needs a known word whose every tag is allowed; canBe needs one", () => {
    expect(onlyTags("crimes", ["NNS"])).toBe(true);
    expect(onlyTags("form", ["NN"])).toBe(false);
    expect(onlyTags("khojaly", ["NN"])).toBe(false);
    expect(canBe("form", ["VB"])).toBe(true);
    expect(canBe("crimes", ["VB"])).toBe(false);
  });

  it("answers a word asked twice the same", () => {
    expect(tagsOf("driven")).toBe(tagsOf("driven"));
  });
});

describe("phrase words", () => {
  const words = (lines: string[]) => phraseWords(documentText(corpus([doc("d", [], [1, lines.length])], { source: lines }), doc("d", [], [1, lines.length])));

  it("joins words with only white space between, a line break included, and reads a broken word whole", () => {
    const c = corpus([doc("d", [], [1, 2])], { source: ["They were driven com-", "pletely, from it"] });
    const d = c.documents[0];
    if (!d) throw new Error("no document");
    const ws = phraseWords(documentText(c, d)).map((w) => [w.word, w.joinsNext]);
    expect(ws).toEqual([
      ["they", true],
      ["were", true],
      ["driven", true],
      ["completely", false],
      ["from", true],
      ["it", false],
    ]);
  });

  it("leaves addresses out and ends a phrase at a sentence's end", () => {
    expect(words(["See www.example.com now. Then go."]).map((w) => [w.word, w.joinsNext])).toEqual([
      ["see", false],
      ["now", false],
      ["then", true],
      ["go", false],
    ]);
  });
});

describe("closed classes", () => {
  it("a cardinal is digits or a number word above one", () => {
    expect(["150", "1,275", "ten", "million"].map(isCardinal)).toEqual([true, true, true, true]);
    expect(["one", "tens", "thousands", "a"].map(isCardinal)).toEqual([false, false, false, false]);
  });
});
