import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Corpus } from "../model/corpus.js";
import { formatFigure } from "../text/format.js";
import { compareText } from "../text/normalize.js";
import { allClaims, compareClaimAt, factName, groupBy, listWords, voiceName, voiceOf, type ClaimAt } from "./claims.js";
import { allCompatible, DEFAULT_ROUNDING, DEFAULT_TOLERANCE, intervalOf, labelOf, type Interval } from "./interval.js";

const options = z.strictObject({
  facts: z.array(z.string()).optional().describe("Facts to compare; default every fact with figures."),
  exclude: z.array(z.string()).default([]).describe("Facts or prefixes ending in '.' never compared (catch-alls, per-document counts)."),
  about: z.number().min(0).max(1).default(DEFAULT_TOLERANCE.about).describe("How far 'about' reaches, as a share."),
  nearly: z.number().min(0).max(1).default(DEFAULT_TOLERANCE.nearly).describe("How far 'nearly'/'almost' reach below the value."),
  rounding: z
    .number()
    .min(0)
    .max(1)
    .default(DEFAULT_ROUNDING)
    .describe("Against a qualified figure, a bare figure reaches half its rounding unit, at most this share of it ('4' and 'over 4')."),
});

interface Figure {
  at: ClaimAt;
  label: string;
  interval: Interval;
  bare?: number;
}

const excluded = (fact: string, exclude: readonly string[]): boolean => exclude.some((e) => fact === e || (e.endsWith(".") && fact.startsWith(e)));

function describeValue(label: string, figs: Figure[]): string {
  // Figures attributed to one source count once, however many documents report them.
  const voices = new Set(figs.map((f) => voiceOf(f.at)));
  const names = [...new Set(figs.map((f) => voiceName(f.at)))];
  const who = voices.size > 1 ? `${voices.size} documents` : names.length === 1 ? (names[0] ?? "") : [...voices].join("");
  return `"${formatFigure(label)}" (${who})`;
}

/**
 * The entries of the message: a bare figure with the qualified forms of the same figure, which are
 * compatible with it ("7,000" and "almost 7,000"); every other label alone. Lowest first.
 */
function entries(figs: readonly Figure[]): Figure[][] {
  const bare = new Set(figs.flatMap((f) => (f.bare === undefined ? [] : [f.bare])));
  const key = (f: Figure): string => (f.at.claim.kind === "number" && bare.has(f.at.claim.value) ? `=${f.at.claim.value}` : f.label);
  const low = (fs: Figure[]): number => fs.find((f) => f.bare !== undefined)?.bare ?? Math.min(...fs.map((f) => f.interval.lo));
  return [...groupBy(figs, key)].sort(([a, x], [b, y]) => low(x) - low(y) || compareText(a, b)).map(([, fs]) => fs);
}

/** "7,000" (2 documents), also as "almost 7,000" (a). */
function describeEntry(fs: Figure[]): string {
  const rank = (label: string): number => (fs.some((f) => f.label === label && f.bare !== undefined) ? 0 : 1);
  const byLabel = [...groupBy(fs, (f) => f.label)].sort(([a], [b]) => rank(a) - rank(b) || compareText(a, b));
  const [first, ...rest] = byLabel.map(([label, of]) => describeValue(label, of));
  return rest.length === 0 ? (first ?? "") : `${first ?? ""}, also as ${listWords(rest)}`;
}

function conflict(corpus: Corpus, fact: string, figs: Figure[], share: number): RawFinding[] {
  if (allCompatible(figs, share)) return [];
  // Ordered by document so the finding does not depend on the order documents were loaded in.
  const ordered = [...figs].sort((a, b) => compareClaimAt(a.at, b.at));
  const byLabel = [...groupBy(ordered, (f) => f.label)].sort(([a], [b]) => compareText(a, b));
  return [
    {
      subject: fact,
      message: `Documents give incompatible figures for ${factName(corpus, fact)}: ${entries(ordered).map(describeEntry).join("; ")}.`,
      values: byLabel.map(([label, fs]) => ({ value: label, refs: fs.map((f) => f.at.ref) })),
      refs: ordered.map((f) => f.at.ref),
    },
  ];
}

export const figureConflict = defineCheck({
  meta: {
    id: "figure-conflict",
    description: "The same fact stated with figures whose intervals (with their qualifiers) cannot overlap, across documents or within one.",
    docs: "docs/rules/figure-conflict.md",
  },
  options,
  selects: (o) => o.facts ?? [],
  check(corpus, o): RawFinding[] {
    const t = { about: o.about, nearly: o.nearly };
    const figs = allClaims(corpus).flatMap((at) => {
      if (o.facts && !o.facts.includes(at.claim.fact)) return [];
      if (excluded(at.claim.fact, o.exclude) || corpus.facts.get(at.claim.fact)?.rhetorical === true) return [];
      const interval = intervalOf(at.claim, t);
      const c = at.claim;
      const bare = c.kind === "number" && c.qualifier === undefined ? { bare: c.value } : {};
      return interval ? [{ at, label: labelOf(c), interval, ...bare }] : [];
    });
    return [...groupBy(figs, (f) => f.at.claim.fact)].sort(([a], [b]) => compareText(a, b)).flatMap(([fact, fs]) => conflict(corpus, fact, fs, o.rounding));
  },
});
