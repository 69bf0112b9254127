import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allCompatible, compatible, intervalOf, roundingUnit, type Compared } from "../../src/checks/interval.js";
import type { Qualifier } from "../../src/model/claim.js";

const QUALIFIERS: Qualifier[] = ["over", "more-than", "at-least", "up-to", "less-than", "about", "nearly", "almost"];
const SHARE = 0.05;

function stated(value: number, qualifier?: Qualifier): Compared {
  const interval = intervalOf({ kind: "number", fact: "f", value, quote: String(value), line: 1, ...(qualifier ? { qualifier } : {}) });
  if (!interval) throw new Error("no interval");
  return qualifier ? { interval } : { interval, bare: value };
}

const value = fc.integer({ min: 1, max: 2_000_000 });
const figure = fc.record({ value, qualifier: fc.constantFrom<Qualifier | undefined>(undefined, ...QUALIFIERS) }).map((f) => stated(f.value, f.qualifier));

describe("interval compatibility", () => {
  it("gives the rounding unit of a bare figure", () => {
    expect([7000, 613, 150, 4, 0, 1_200_000, 2.5].map(roundingUnit)).toEqual([1000, 1, 10, 1, 1, 100_000, 0.1]);
  });

  it("property: compatibility is symmetric", () => {
    fc.assert(fc.property(figure, figure, (a, b) => compatible(a, b, SHARE) === compatible(b, a, SHARE)));
  });

  it("property: a bare figure and the same figure behind any qualifier are compatible", () => {
    fc.assert(fc.property(value, fc.constantFrom(...QUALIFIERS), (v, q) => compatible(stated(v), stated(v, q), SHARE)));
  });

  it("property: a bare value inside another figure's interval is never a conflict", () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...QUALIFIERS), fc.double({ min: 0, max: 1, noNaN: true }), (v, q, t) => {
        const other = stated(v, q);
        const hi = Number.isFinite(other.interval.hi) ? other.interval.hi : other.interval.lo * 3 + 10;
        const inside = Math.round(other.interval.lo + t * (hi - other.interval.lo));
        fc.pre(inside >= other.interval.lo && inside <= hi);
        expect(compatible(stated(inside), other, SHARE)).toBe(true);
      }),
    );
  });

  it("property: all-compatible in linear time is every pair compatible", () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 6 }), (xs) => {
        expect(allCompatible(xs, SHARE)).toBe(xs.every((a) => xs.every((b) => compatible(a, b, SHARE))));
      }),
    );
  });

  it("keeps two different bare figures incompatible however close", () => {
    expect(compatible(stated(150), stated(155), SHARE)).toBe(false);
    expect(compatible(stated(150), stated(150), SHARE)).toBe(true);
  });
});
