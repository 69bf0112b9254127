import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { damageCost } from "../../src/text/edits.js";

const OCR = [
  { printed: "rn", read: "m" },
  { printed: "c", read: "e" },
];

describe("damageCost", () => {
  it("charges a whole edit for an unlikely change and half for a likely slip", () => {
    expect(damageCost("por", "for")).toBe(1); // p and f are far apart on the keyboard
    expect(damageCost("por", "pot")).toBe(0.5); // r beside t
    expect(damageCost("poor", "por")).toBe(0.5); // a doubled letter typed once
    expect(damageCost("pr", "por")).toBe(1); // a letter left out that is not doubled
    expect(damageCost("sattement", "statement")).toBe(0.5); // two neighbours swapped
    expect(damageCost("Genecide", "genocide")).toBe(1); // case is print
    expect(damageCost("ceacefire", "ceasefire")).toBe(1);
  });

  it("reads OCR confusions both ways, letter groups included", () => {
    expect(damageCost("intemational", "international", OCR)).toBe(0.5);
    expect(damageCost("intemational", "international")).toBe(1.5); // m beside n, then an r put in
    expect(damageCost("thc", "the", OCR)).toBe(0.5);
    expect(damageCost("the", "thc", OCR)).toBe(0.5);
    expect(damageCost("thc", "the")).toBe(1);
  });

  it("is zero only for the same word, symmetric, and at most one per letter (property)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "e", "m", "n", "o", "r", "t"), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const cost = damageCost(a, b, OCR);
        expect(cost === 0).toBe(a === b);
        expect(cost).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(damageCost(b, a, OCR)).toBe(cost);
      }),
    );
  });
});
