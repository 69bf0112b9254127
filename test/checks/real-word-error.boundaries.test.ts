import { describe, expect, it } from "vitest";
import { characterVariants, inflection, neighbour } from "../../src/checks/real-word-error.js";
import { signTail } from "../../src/checks/sign-test-evidence.js";
import type { Reading } from "../../src/text/corpus-counts.js";
import type { Token } from "../../src/text/document-text.js";

const rules = [
  { printed: "rn", read: "m", reason: "r and n touch" },
  { printed: "1", read: "l", reason: "one and ell" },
];

describe("real-word-error's parts", () => {
  it("reads an OCR character rule both ways, at every place it applies", () => {
    expect(characterVariants("modern", rules)).toEqual(["modem", "rnodern"]);
    expect(characterVariants("rnarm", rules)).toEqual(["marm", "rnarrn"]);
    expect(characterVariants("mum", rules)).toEqual(["rnum", "murn"]);
    expect(characterVariants("a1l", rules)).toEqual(["all", "a11"]);
    expect(characterVariants("word", rules)).toEqual([]);
    expect(characterVariants("modern", [])).toEqual([]);
  });

  it("gives the chance of at most k heads in n fair tosses", () => {
    expect(signTail(0, 1)).toBe(0.5);
    expect(signTail(0, 3)).toBe(1 / 8);
    expect(signTail(1, 3)).toBe(4 / 8);
    expect(signTail(2, 3)).toBe(7 / 8);
    expect(signTail(3, 3)).toBe(1);
    expect(signTail(2, 5)).toBe(16 / 32);
  });

  it("takes another form of a word for the word itself: endings and apostrophes, either way round", () => {
    expect(inflection("victim", "victims")).toBe(true);
    expect(inflection("victims", "victim")).toBe(true);
    expect(inflection("state", "stated")).toBe(true);
    expect(inflection("pass", "passes")).toBe(true);
    expect(inflection("passes", "pass")).toBe(true);
    expect(inflection("walk", "walked")).toBe(true);
    expect(inflection("guard's", "guards")).toBe(true);
    expect(inflection("it's", "its")).toBe(true);
    expect(inflection("form", "from")).toBe(false);
    expect(inflection("war", "was")).toBe(false);
    expect(inflection("cat", "cats s")).toBe(false);
    expect(inflection("abc", "abcx")).toBe(false);
    expect(inflection("sing", "singer")).toBe(false);
    expect(inflection("prose", "prosed")).toBe(true);
  });

  it("finds a neighbour only within one phrase, up to two readings each way", () => {
    // a b c d | e f | : each reading joins the next up to d and up to f.
    const rs: Reading[] = ["a", "b", "c", "d", "e", "f"].map((word) => ({ word, token: {} as Token, joinsNext: word !== "d" && word !== "f" }));
    const at = (i: number, k: number): string | undefined => neighbour(rs, i, k)?.word;
    expect([at(2, -2), at(2, -1), at(2, 1), at(2, 2)]).toEqual(["a", "b", "d", undefined]);
    expect([at(3, -2), at(3, -1), at(3, 1)]).toEqual(["b", "c", undefined]);
    expect([at(4, -1), at(4, -2), at(4, 1), at(4, 2)]).toEqual([undefined, undefined, "f", undefined]);
    expect([at(0, -1), at(1, -2), at(0, 2), at(1, 2), at(5, 1)]).toEqual([undefined, undefined, "c", "d", undefined]);
  });
});
