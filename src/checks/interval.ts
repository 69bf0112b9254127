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

/** How far a bare figure reaches against a qualified one, at most, as a share of it. */
export const DEFAULT_ROUNDING = 0.05;

/** A number or vague claim as compared with others: its interval, and its value when it is bare. */
export function comparedOf(c: Claim, t: Tolerance = DEFAULT_TOLERANCE): Compared | undefined {
  const interval = intervalOf(c, t);
  if (!interval) return undefined;
  return c.kind === "number" && c.qualifier === undefined ? { interval, bare: c.value } : { interval };
}

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

/** A figure as compared with others: its interval, and its value when it is bare (no qualifier, not vague). */
export interface Compared {
  interval: Interval;
  bare?: number;
}

/** The unit a bare figure is given to: 7000 to the thousand, 613 to the unit, 150 to the ten, 2.5 to the tenth. */
export function roundingUnit(v: number): number {
  const [whole = "", fraction] = String(Math.abs(v)).split(".");
  if (fraction !== undefined) return 10 ** -fraction.length;
  const zeros = /0*$/.exec(whole)?.[0].length ?? 0;
  return zeros === whole.length ? 1 : 10 ** zeros;
}

/** A bare figure's reach against a qualified one: half its rounding unit, at most `share` of it. */
export function rounded(v: number, share: number): Interval {
  const r = Math.min(roundingUnit(v) / 2, Math.abs(v) * share);
  return { lo: v - r, hi: v + r };
}

/**
 * Whether two figures can describe one quantity. Two bare figures must be equal (each is a stated
 * count); a bare figure against a qualified or vague one is read with its rounding ("over 4" of four
 * months and a bare 4 can both be true); qualified figures compare by their intervals. Symmetric.
 */
export function compatible(a: Compared, b: Compared, share: number): boolean {
  if (a.bare !== undefined && b.bare !== undefined) return a.bare === b.bare;
  const x = a.bare === undefined ? a.interval : rounded(a.bare, share);
  const y = b.bare === undefined ? b.interval : rounded(b.bare, share);
  return allOverlap([x, y]);
}

/**
 * Whether every pair of figures is compatible, in linear time: at most one bare value, and the
 * intervals (each bare figure by its rounding) share a point, which for intervals on a line is the
 * same as every pair overlapping.
 */
export function allCompatible(xs: readonly Compared[], share: number): boolean {
  const bare = new Set(xs.flatMap((x) => (x.bare === undefined ? [] : [x.bare])));
  return bare.size <= 1 && allOverlap(xs.map((x) => (x.bare === undefined ? x.interval : rounded(x.bare, share))));
}
