import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loneBrackets, loneQuotes } from "../../src/text/paired-marks.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe("loneBrackets", () => {
  it("finds an opening bracket never closed and a closing one never opened, in line order", () => {
    expect(loneBrackets(lines("a (b (c) d", "ends) y) z"))).toEqual([{ kind: "close", line: 2, col: 7, text: "y)" }]);
    expect(loneBrackets(lines("a (b (c) d", "e"))).toEqual([{ kind: "open", line: 1, col: 2, text: "(b" }]);
    expect(loneBrackets(lines("done) two (three"))).toEqual([
      { kind: "close", line: 1, col: 4, text: "done)" },
      { kind: "open", line: 1, col: 10, text: "(three" },
    ]);
  });

  it("takes one to three letters or digits alone before a bracket for a list marker, four for a word", () => {
    expect(loneBrackets(lines("1) a", "  iv) b", "abc) c"))).toEqual([]);
    expect(loneBrackets(lines("abcd) d"))).toEqual([{ kind: "close", line: 1, col: 4, text: "abcd)" }]);
    expect(loneBrackets(lines("see 1) a"))).toEqual([{ kind: "close", line: 1, col: 5, text: "1)" }]);
  });

  it("reads a bracket at the first column, and a closing one before an opening one on its line", () => {
    expect(loneBrackets(lines("a (b", ") c"))).toEqual([]);
    expect(loneBrackets(lines(") (x"))).toEqual([
      { kind: "close", line: 1, col: 0, text: ")" },
      { kind: "open", line: 1, col: 2, text: "(x" },
    ]);
  });

  it("property: balanced brackets leave nothing, and one more opening bracket is found", () => {
    const balanced: fc.Arbitrary<string> = fc.letrec((tie) => ({
      text: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom("w", "x y", ""),
        fc.tuple(tie("text"), tie("text")).map(([a, b]) => `${String(a)} ${String(b)}`),
        tie("text").map((t) => ` (${String(t)}) `),
      ),
    })).text;
    fc.assert(
      fc.property(balanced, (t) => {
        expect(loneBrackets(lines(t))).toEqual([]);
        expect(loneBrackets(lines(`(${t}`)).map((b) => b.kind)).toEqual(["open"]);
      }),
    );
  });
});

describe("loneQuotes", () => {
  it("finds a closing mark with none open and an opening mark still open at the end, straight or curly", () => {
    expect(loneQuotes(lines('the so-called Khodjaly tragedy" on Thursday'))).toEqual([{ kind: "close", line: 1, col: 30, text: 'tragedy"' }]);
    expect(loneQuotes(lines("states that “the Parties", "undertake to act."))).toEqual([{ kind: "open", line: 1, col: 12, text: "“the" }]);
    expect(loneQuotes(lines("he said “it is so,” and", "“more” then"))).toEqual([]);
  });

  it("pairs across lines, and a quotation reopened before it is closed leaves its first mark open", () => {
    expect(loneQuotes(lines('the book "Khojaly', 'genocide" came out'))).toEqual([]);
    expect(loneQuotes(lines("“However, it is so. “The Convention", "applies.”"))).toEqual([{ kind: "open", line: 1, col: 0, text: "“However," }]);
  });

  it("gives a straight mark with white space on both sides the role that pairs it on its line", () => {
    // Opens when the next mark of its line closes, closes one left open otherwise.
    expect(loneQuotes(lines('like " Eight-day life", " He felt it"'))).toEqual([]);
    expect(loneQuotes(lines('a "quote', 'ends " here'))).toEqual([]);
    expect(loneQuotes(lines('ends " here'))).toEqual([{ kind: "open", line: 1, col: 5, text: '"' }]);
  });

  it("takes a curly mark's role from the mark, whatever stands beside it", () => {
    expect(loneQuotes(lines("x“ y"))).toEqual([{ kind: "open", line: 1, col: 1, text: "“" }]);
    expect(loneQuotes(lines("a ”b"))).toEqual([{ kind: "close", line: 1, col: 2, text: "”" }]);
  });

  it("a straight mark before a letter opens even with one left open; one between spaces opens when the next mark closes", () => {
    expect(loneQuotes(lines("“a", 'b "c'))).toEqual([
      { kind: "open", line: 1, col: 0, text: "“a" },
      { kind: "open", line: 2, col: 2, text: '"c' },
    ]);
    // With “x open from line 1, the mark between spaces still opens: the mark after it closes (curly or straight).
    expect(loneQuotes(lines("“x", 'a " b” c'))).toEqual([{ kind: "open", line: 1, col: 0, text: "“x" }]);
    expect(loneQuotes(lines("“x", 'a " b" c'))).toEqual([{ kind: "open", line: 1, col: 0, text: "“x" }]);
  });

  it("lists lone marks in line and column order, closing ones before later opening ones", () => {
    expect(loneQuotes(lines('done" two "three'))).toEqual([
      { kind: "close", line: 1, col: 4, text: 'done"' },
      { kind: "open", line: 1, col: 10, text: '"three' },
    ]);
    expect(loneQuotes(lines('done" x', 'two "three'))).toEqual([
      { kind: "close", line: 1, col: 4, text: 'done"' },
      { kind: "open", line: 2, col: 4, text: '"three' },
    ]);
  });
});
