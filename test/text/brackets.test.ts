import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loneBrackets } from "../../src/text/brackets.js";

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
