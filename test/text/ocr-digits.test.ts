import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readsAsDigits } from "../../src/text/ocr-digits.js";

describe("readsAsDigits", () => {
  it("reads a letter printed for a digit of its shape", () => {
    expect(readsAsDigits("S22", "822")).toBe(true);
    expect(readsAsDigits("S22", "522")).toBe(true);
    expect(readsAsDigits("1O", "10")).toBe(true);
    expect(readsAsDigits("8l4", "814")).toBe(true);
    expect(readsAsDigits("Z5", "25")).toBe(true);
    expect(readsAsDigits("G6B", "668")).toBe(true);
  });

  it("refuses a letter that is not that digit's shape, another digit, or another length", () => {
    expect(readsAsDigits("S22", "722")).toBe(false);
    expect(readsAsDigits("S23", "822")).toBe(false);
    expect(readsAsDigits("S22", "8220")).toBe(false);
    expect(readsAsDigits("X22", "822")).toBe(false);
  });

  it("needs digits on one side and a letter on the other: two numbers that differ are not damage", () => {
    expect(readsAsDigits("874", "844")).toBe(false);
    expect(readsAsDigits("844", "844")).toBe(false);
    expect(readsAsDigits("S22", "S22")).toBe(false);
    expect(readsAsDigits("S22", "8a2")).toBe(false);
  });

  it("never reads one digit string as another", () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,6}$/), fc.stringMatching(/^\d{1,6}$/), (a, b) => !readsAsDigits(a, b)));
  });
});
