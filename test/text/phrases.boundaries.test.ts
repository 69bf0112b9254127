import { describe, expect, it } from "vitest";
import { documentText } from "../../src/text/document-text.js";
import { findPhrase, phraseWords } from "../../src/text/phrases.js";
import { corpus, doc } from "../helpers/build-corpus.js";

const textOf = (source: string[]) => {
  const c = corpus([doc("a", [], [1, source.length])], { source });
  return documentText(c, c.documents[0] ?? doc("x", []));
};

describe("phrases at their boundaries", () => {
  it("splits a phrase into words as the text model does", () => {
    expect(phraseWords("Co-operation in Europe")).toEqual(["Co", "operation", "in", "Europe"]);
    expect(phraseWords("Azerbaijan's people’s")).toEqual(["Azerbaijan's", "people’s"]);
    expect(phraseWords("G20 summit")).toEqual(["G20", "summit"]);
    expect(phraseWords(" - ")).toEqual([]);
  });

  it("an empty phrase is found nowhere; a phrase running past the last word is not found", () => {
    const text = textOf(["The OSCE and the G20 met.", "Osce"]);
    expect(findPhrase(text, "")).toEqual([]);
    expect(findPhrase(text, "Osce and more")).toEqual([]);
  });

  it("a single capitalised word or one with digits is an acronym; a mixed-case word matches in any case", () => {
    const text = textOf(["The OSCE and the G20 met.", "Osce and g20"]);
    expect(findPhrase(text, "OSCE")).toEqual([{ line: 1, col: 4, text: "OSCE" }]);
    expect(findPhrase(text, "G20")).toEqual([{ line: 1, col: 17, text: "G20" }]);
    expect(findPhrase(text, "Osce").map((m) => [m.line, m.text])).toEqual([
      [1, "OSCE"],
      [2, "Osce"],
    ]);
    expect(findPhrase(text, "OSCE and").map((m) => [m.line, m.text])).toEqual([
      [1, "OSCE and"],
      [2, "Osce and"],
    ]);
  });
});

describe("acronyms, one step further", () => {
  it("an acronym is capitals and digits from its first letter to its last", () => {
    const text = textOf(["The OSCE and the G20 met.", "Osce and g20"]);
    expect(findPhrase(text, "OSce").map((m) => m.text)).toEqual(["OSCE", "Osce"]);
    expect(findPhrase(text, "oSCE").map((m) => m.text)).toEqual(["OSCE", "Osce"]);
  });
});
