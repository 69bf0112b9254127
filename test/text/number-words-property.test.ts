import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/text/numbers.js";

const UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(" ");

/** Below a hundred, British style: "ninety-eight". */
function small(n: number): string {
  if (n < 20) return UNITS[n] ?? "";
  const unit = n % 10;
  return `${TENS[Math.floor(n / 10)] ?? ""}${unit === 0 ? "" : `-${UNITS[unit] ?? ""}`}`;
}

/** Below a thousand, with "and" after "hundred" as British English writes it. */
function belowThousand(n: number, and: boolean): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return small(rest);
  return `${small(h)} hundred${rest === 0 ? "" : `${and ? " and" : ""} ${small(rest)}`}`;
}

/** A number below a million written out in words. */
function inWords(n: number, and: boolean): string {
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  if (th === 0) return belowThousand(rest, and);
  return `${belowThousand(th, and)} thousand${rest === 0 ? "" : `${and && rest < 100 ? " and" : ""} ${belowThousand(rest, and)}`}`;
}

describe("number words read back what a formatter wrote", () => {
  it("reads every number below a million written out, with and without 'and', as that number and nothing else", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.boolean(), (n, and) => {
        const text = `In all ${inWords(n, and)} were counted.`;
        expect(findNumbers(text).map((f) => f.value)).toEqual([n]);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a decimal printed with trailing zeros as the same number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 99 }), (whole, frac) => {
        const printed = `${whole}.${String(frac).padStart(2, "0")}`;
        expect(findNumbers(`or ${printed}0 per cent.`).map((f) => f.value)).toEqual([Number(printed)]);
      }),
    );
  });
});
