import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Corpus } from "../model/corpus.js";
import { formatFigure } from "../text/format.js";
import { compareText } from "../text/normalize.js";
import { allClaims, compareClaimAt, factName, groupBy, listWords, voiceName, voiceOf, type ClaimAt } from "./claims.js";
import { allOverlap, DEFAULT_TOLERANCE, intervalOf, labelOf, type Interval } from "./interval.js";

const options = z.strictObject({
  facts: z.array(z.string()).optional().describe("Facts to compare; default every fact with figures."),
  exclude: z.array(z.string()).default([]).describe("Facts or prefixes ending in '.' never compared (catch-alls, per-document counts)."),
  about: z.number().min(0).max(1).default(DEFAULT_TOLERANCE.about).describe("How far 'about' reaches, as a share."),
  nearly: z.number().min(0).max(1).default(DEFAULT_TOLERANCE.nearly).describe("How far 'nearly'/'almost' reach below the value."),
});

interface Figure {
  at: ClaimAt;
  label: string;
  interval: Interval;
}

const excluded = (fact: string, exclude: readonly string[]): boolean => exclude.some((e) => fact === e || (e.endsWith(".") && fact.startsWith(e)));

function describeValue(label: string, figs: Figure[]): string {
  // Figures attributed to one source count once, however many documents report them.
  const voices = new Set(figs.map((f) => voiceOf(f.at)));
  const names = [...new Set(figs.map((f) => voiceName(f.at)))];
  const who = voices.size > 1 ? `${voices.size} documents` : names.length === 1 ? (names[0] ?? "") : [...voices].join("");
  return `"${formatFigure(label)}" (${who})`;
}

function conflict(corpus: Corpus, fact: string, figs: Figure[]): RawFinding[] {
  if (allOverlap(figs.map((f) => f.interval))) return [];
  // Ordered by document so the finding does not depend on the order documents were loaded in.
  const ordered = [...figs].sort((a, b) => compareClaimAt(a.at, b.at));
  const byLabel = [...groupBy(ordered, (f) => f.label)].sort(([a], [b]) => compareText(a, b));
  return [
    {
      subject: fact,
      message: `Documents give incompatible figures for ${factName(corpus, fact)}: ${listWords(byLabel.map(([label, fs]) => describeValue(label, fs)))}.`,
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
      if (excluded(at.claim.fact, o.exclude)) return [];
      const interval = intervalOf(at.claim, t);
      return interval ? [{ at, label: labelOf(at.claim), interval }] : [];
    });
    return [...groupBy(figs, (f) => f.at.claim.fact)].sort(([a], [b]) => compareText(a, b)).flatMap(([fact, fs]) => conflict(corpus, fact, fs));
  },
});
