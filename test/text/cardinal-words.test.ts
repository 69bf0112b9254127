import { describe, expect, it } from "vitest";
import { isCardinal } from "../../src/text/closed-classes.js";
import { isCardinalWord } from "../../src/text/numbers.js";

describe("cardinal words, read by the number reader's own word list", () => {
  it("takes every cardinal word above one, teens included, and no ordinal", () => {
    for (const w of ["two", "twelve", "thirteen", "nineteen", "ninety", "hundred", "thousand", "billion"]) expect(isCardinalWord(w)).toBe(true);
    for (const w of ["one", "first", "thirteenth", "hundredth", "millionth", "dozen", "Two"]) expect(isCardinalWord(w)).toBe(false);
  });

  it("takes digits or a cardinal word as a cardinal above one", () => {
    expect(isCardinal("1,275")).toBe(true);
    expect(isCardinal("150")).toBe(true);
    expect(isCardinal("fourteen")).toBe(true);
    expect(isCardinal("one")).toBe(false);
    expect(isCardinal("persons")).toBe(false);
  });
});
