import { describe, expect, it } from "vitest";
import { documentText, textLines } from "../../src/text/document-text.js";
import { corpus, doc } from "../helpers/build-corpus.js";

function textOf(lines: string[]) {
  const d = doc("d", [], [1, lines.length]);
  return documentText(corpus([d], { source: lines }), d);
}
const tokens = (lines: string[]) => textOf(lines).tokens;

describe("token shape and script", () => {
  it("reads ASCII letters at both ends of each case, digits at both ends, and both", () => {
    expect(tokens(["A Z a z 0 9 a0 Z9 AZaz09"]).map((t) => [t.text, t.shape, t.script])).toEqual([
      ["A", "word", "latin"],
      ["Z", "word", "latin"],
      ["a", "word", "latin"],
      ["z", "word", "latin"],
      ["0", "number", "none"],
      ["9", "number", "none"],
      ["a0", "mixed", "latin"],
      ["Z9", "mixed", "latin"],
      ["AZaz09", "mixed", "latin"],
    ]);
  });

  it("reads letters beyond ASCII: Latin with marks, Cyrillic, Greek, mixed, other scripts, digits of other scripts", () => {
    expect(tokens(["café Ходжалы ΤΗΕ Khojalу 日本 ٣ é٣"]).map((t) => [t.text, t.shape, t.script])).toEqual([
      ["café", "word", "latin"],
      ["Ходжалы", "word", "cyrillic"],
      ["ΤΗΕ", "word", "greek"],
      ["Khojalу", "word", "mixed"],
      ["日本", "word", "other"],
      ["٣", "number", "none"],
      ["é٣", "mixed", "latin"],
    ]);
  });
});

describe("hyphens", () => {
  it("joins words by a hyphen with a letter or digit on both sides, and not at a line's start", () => {
    expect(tokens(["Nagorno-Karabakh 1992-93 a- b -c", "-x"]).map((t) => [t.text, t.hyphenBefore, t.hyphenAfter])).toEqual([
      ["Nagorno", false, true],
      ["Karabakh", true, false],
      ["1992", false, true],
      ["93", true, false],
      ["a", false, false],
      ["b", false, false],
      ["c", false, false],
      ["x", false, false],
    ]);
  });
});

describe("words broken at a line end", () => {
  it("joins a lower-case word at the next line's start to the word and hyphen ending a line", () => {
    const ts = tokens(["the suf-", "fering of", "the Suf-", "Fering and suf- ", "  fering"]);
    expect(ts.map((t) => [t.text, t.split?.joined ?? "", t.tail])).toEqual([
      ["the", "", false],
      ["suf", "suffering", false],
      ["fering", "", true],
      ["of", "", false],
      ["the", "", false],
      ["Suf", "", false],
      ["Fering", "", false],
      ["and", "", false],
      ["suf", "suffering", false],
      ["fering", "", true],
    ]);
  });

  it("not across a hyphen with more after it, nor a number, nor a word that does not start its line", () => {
    const ts = tokens(["the suf-x", "fering", "the 19-", "fering", "the suf-", ", fering"]);
    expect(ts.filter((t) => t.split || t.tail).map((t) => t.text)).toEqual([]);
  });
});

describe("sentences", () => {
  it("ends a sentence at a full stop, question or exclamation mark before a capital, a digit, a quote or a line end", () => {
    const t = textOf(['One. Two? 3 items! "Four." (Five) six. seven.', "eight"]);
    expect(
      t.sentences.map((s) =>
        t.tokens
          .slice(s.start, s.end)
          .map((x) => x.text)
          .join(" "),
      ),
    ).toEqual(["One", "Two", "3 items", "Four", "Five six seven", "eight"]);
  });

  it("not after an abbreviation, and each sentence starts at its first token's line", () => {
    const t = textOf(["Mr. Smith and Dr. Jones met.", "They left."]);
    expect(t.sentences.map((s) => [s.start, s.end, s.line])).toEqual([
      [0, 6, 1],
      [6, 8, 2],
    ]);
  });
});

describe("textLines", () => {
  it("the document's non-blank lines as printed", () => {
    const d = doc("d", [], [1, 3]);
    expect(textLines(corpus([d], { source: ["  One ", "", "Two"] }), d)).toEqual([
      { line: 1, text: "  One " },
      { line: 3, text: "Two" },
    ]);
  });
});
