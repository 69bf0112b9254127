import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyConfusions, nameCost, sameName, substitutionCost } from "../../src/text/name-distance.js";

const ocr = [
  { printed: "rn", read: "m" },
  { printed: "1", read: "l" },
  { printed: "c", read: "e" },
];

describe("substitutionCost", () => {
  it("is nothing for one letter, half an edit for a vowel for a vowel, g for h or a scanner's look-alike, else one edit", () => {
    expect(substitutionCost("a", "a")).toBe(0);
    expect(substitutionCost("o", "i")).toBe(0.5);
    expect(substitutionCost("u", "e")).toBe(0.5);
    expect(substitutionCost("g", "h")).toBe(0.5);
    expect(substitutionCost("h", "g")).toBe(0.5);
    expect(substitutionCost("1", "l", ocr)).toBe(0.5);
    expect(substitutionCost("l", "1", ocr)).toBe(0.5);
    expect(substitutionCost("e", "c", ocr)).toBe(0.5);
    // Without the scanner's list a look-alike is a full edit; a group (rn for m) is no single letter.
    expect(substitutionCost("1", "l")).toBe(1);
    expect(substitutionCost("r", "m", ocr)).toBe(1);
    expect(substitutionCost("o", "t")).toBe(1);
    expect(substitutionCost("g", "k")).toBe(1);
    expect(substitutionCost("y", "i")).toBe(1);
  });
});

describe("nameCost", () => {
  it("adds the substitutions and counts an insertion or a deletion as one edit", () => {
    expect(nameCost("nagorno", "nagorno")).toBe(0);
    expect(nameCost("nagorno", "nagorni")).toBe(0.5);
    expect(nameCost("fizuli", "fuzula")).toBe(1);
    expect(nameCost("garadagli", "garadgli")).toBe(1);
    expect(nameCost("garadgli", "garadagli")).toBe(1);
    expect(nameCost("barzan", "barzat")).toBe(1);
    expect(nameCost("", "abc")).toBe(3);
    expect(nameCost("abc", "")).toBe(3);
    // A swap is two substitutions, not one edit.
    expect(nameCost("barzan", "bazran")).toBe(2);
    expect(nameCost("mi1ano", "milano", ocr)).toBe(0.5);
  });

  it("is symmetric and zero only between equal keys", () => {
    const key = fc.stringMatching(/^[a-z1]{0,8}$/);
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(nameCost(a, b, ocr)).toBe(nameCost(b, a, ocr));
        expect(nameCost(a, b, ocr) === 0).toBe(a === b);
      }),
    );
  });
});

describe("sameName", () => {
  it("joins equal keys, whatever their length", () => {
    expect(sameName("hatin", "hatin")).toBe(true);
    expect(sameName("ab", "ab")).toBe(true);
  });

  it("joins a likely substitution anywhere in six letters or more, the last letter included", () => {
    expect(sameName("nagorno", "nagorni")).toBe(true);
    expect(sameName("oganian", "ohanian")).toBe(true);
    expect(sameName("barzan", "barzun")).toBe(true);
    expect(sameName("barzan", "barzai")).toBe(false);
    expect(sameName("mi1ano", "milano", ocr)).toBe(true);
    // Five letters: too short to join even a vowel.
    expect(sameName("zubak", "zubok")).toBe(false);
    expect(sameName("zubako", "zuboko")).toBe(true);
    // Both keys need six letters, not only the longer.
    expect(sameName("barzn", "barzan")).toBe(false);
    expect(sameName("barzan", "barzn")).toBe(false);
    expect(sameName("barzxn", "barzan")).toBe(true);
  });

  it("joins one full edit only when the last letter is kept", () => {
    expect(sameName("garadagli", "garadgli")).toBe(true);
    expect(sameName("barzan", "barxan")).toBe(true);
    expect(sameName("barzan", "barzat")).toBe(false);
  });

  it("keeps apart another first letter, an ending added, and two edits", () => {
    expect(sameName("garadagli", "baradagli")).toBe(false);
    expect(sameName("mamadov", "mamadova")).toBe(false);
    expect(sameName("mamadova", "mamadov")).toBe(false);
    expect(sameName("garadagli", "garaxygli")).toBe(false);
    expect(sameName("garadagli", "garadugla")).toBe(false);
  });
});

describe("keyConfusions", () => {
  it("folds each side of a confusion like a name's key", () => {
    expect(keyConfusions(ocr)).toEqual([
      { printed: "rn", read: "m" },
      { printed: "1", read: "l" },
      { printed: "j", read: "a" },
    ]);
  });
});
