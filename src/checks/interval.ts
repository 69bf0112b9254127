import type { Claim, Qualifier } from "../model/claim.js";

/** The values a stated figure allows: "613" is [613, 613], "over 613" is (613, ∞). */
export interface Interval {
  lo: number;
  hi: number;
}

/** How far "about" and "nearly" reach, as a share of the value. */
export interface Tolerance {
  about: number;
  nearly: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { about: 0.1, nearly: 0.1 };

// Orders of magnitude read generously (people say "thousands" of twenty thousand), so a vague
// word conflicts only with what it cannot mean: a figure below its order of magnitude.
const VAGUE: Record<Extract<Claim, { kind: "vague" }>["value"], Interval> = {
  tens: { lo: 10, hi: 9999 },
  dozens: { lo: 24, hi: 9999 },
  hundreds: { lo: 100, hi: 99999 },
  thousands: { lo: 1000, hi: 999999 },
  "tens-of-thousands": { lo: 10000, hi: 9999999 },
  "hundreds-of-thousands": { lo: 100000, hi: Number.POSITIVE_INFINITY },
  millions: { lo: 1000000, hi: Number.POSITIVE_INFINITY },
};

function qualify(base: Interval, q: Qualifier | undefined, t: Tolerance): Interval {
  const v = base.lo;
  switch (q) {
    case undefined:
      return base;
    case "over":
    case "more-than":
      return { lo: base.hi + Number.EPSILON * Math.max(1, base.hi), hi: Number.POSITIVE_INFINITY };
    case "at-least":
      return { lo: base.lo, hi: Number.POSITIVE_INFINITY };
    case "up-to":
      return { lo: 0, hi: base.hi };
    case "less-than":
      return { lo: 0, hi: base.hi - Number.EPSILON * Math.max(1, base.hi) };
    case "about":
      return { lo: Math.floor(v * (1 - t.about)), hi: Math.ceil(base.hi * (1 + t.about)) };
    case "nearly":
    case "almost":
      return { lo: Math.floor(v * (1 - t.nearly)), hi: base.hi };
  }
}

/** The interval of a number or vague claim; undefined for other kinds. */
export function intervalOf(c: Claim, t: Tolerance = DEFAULT_TOLERANCE): Interval | undefined {
  if (c.kind === "number") return qualify({ lo: c.value, hi: c.value }, c.qualifier, t);
  if (c.kind === "vague") return qualify(VAGUE[c.value], c.qualifier, t);
  return undefined;
}

/** Intervals on a line have a common point iff the largest low end is not above the smallest high end. */
export function allOverlap(xs: readonly Interval[]): boolean {
  if (xs.length === 0) return true;
  return Math.max(...xs.map((x) => x.lo)) <= Math.min(...xs.map((x) => x.hi));
}

/** "over 613", "about 1000", "hundreds": a figure as a person reads it. */
export function labelOf(c: Claim): string {
  if (c.kind !== "number" && c.kind !== "vague") return "";
  const q = c.qualifier ? `${c.qualifier.replace("-", " ")} ` : "";
  return `${q}${String(c.value)}`;
}
