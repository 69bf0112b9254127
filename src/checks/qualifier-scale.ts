import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Qualifier } from "../model/claim.js";
import { compareText } from "../text/normalize.js";
import { formatFigure } from "../text/format.js";
import { allClaims, compareClaimAt, factName, groupBy, listWords, type ClaimAt } from "./claims.js";
import { intervalOf, labelOf, type Interval } from "./interval.js";

const options = z.strictObject({
  ratio: z.number().min(2).default(10).describe("How many times the open bound another figure must be to be reported: ten is one digit."),
  facts: z.array(z.string()).optional().describe("Facts to compare; default every fact with figures."),
  exclude: z.array(z.string()).default([]).describe("Facts or prefixes ending in '.' never compared (catch-alls, per-document counts)."),
});

// "More than 60" is open upwards and "nearly 6000" downwards: each is compatible with any figure
// on its open side, so a figure-conflict check never sees 613 against "more than 60". A gap of a
// whole order of magnitude on the open side is what a dropped or added digit looks like.
const OPEN_UP: ReadonlySet<Qualifier> = new Set(["over", "more-than", "at-least"]);
const OPEN_DOWN: ReadonlySet<Qualifier> = new Set(["up-to", "less-than", "nearly", "almost"]);

interface Figure {
  at: ClaimAt;
  value: number;
  label: string;
  interval: Interval;
}

const excluded = (fact: string, exclude: readonly string[]): boolean => exclude.some((e) => fact === e || (e.endsWith(".") && fact.startsWith(e)));

function docsOf(figs: readonly Figure[]): string[] {
  return [...new Set([...figs].sort((a, b) => compareClaimAt(a.at, b.at)).map((f) => f.at.doc.record.id))];
}

const say = (docs: string[], one: string, many: string): string =>
  `${docs.length === 1 ? "document" : "documents"} ${listWords(docs)} ${docs.length === 1 ? one : many}`;

/** Every figure of `fact` that lies an order of magnitude away on the open side of the open figures labelled `label`. */
function far(open: Figure[], all: readonly Figure[], ratio: number): { figs: Figure[]; ratio: number } {
  const first = open[0];
  if (!first) return { figs: [], ratio: 0 };
  const up = first.at.claim.kind === "number" && OPEN_UP.has(first.at.claim.qualifier ?? "about");
  const x = first.value;
  // The whole interval of the other figure must be that far: "over 613" is far from "more than 60", "up to 613" is not.
  // Only other documents: a disagreement between documents, as the severity says.
  const mine = new Set(open.map((f) => f.at.doc.record.id));
  const figs = all.filter((f) => !mine.has(f.at.doc.record.id) && (up ? f.interval.lo >= ratio * x : f.interval.hi * ratio <= x));
  const closest = up ? Math.min(...figs.map((f) => f.value / x)) : Math.min(...figs.map((f) => x / f.value));
  return { figs, ratio: closest };
}

function findingsFor(fact: string, name: string, figs: readonly Figure[], ratio: number): RawFinding[] {
  const open = figs.filter(
    (f) => f.at.claim.kind === "number" && f.value > 0 && (OPEN_UP.has(f.at.claim.qualifier ?? "about") || OPEN_DOWN.has(f.at.claim.qualifier ?? "about")),
  );
  return [...groupBy(open, (f) => f.label)]
    .sort(([a], [b]) => compareText(a, b))
    .flatMap(([label, unordered]) => {
      // Documents in claim order, not corpus order, so the order of documents never shows.
      const os = [...unordered].sort((a, b) => compareClaimAt(a.at, b.at));
      const { figs: away, ratio: r } = far(os, figs, ratio);
      if (away.length === 0) return [];
      const byLabel = [
        ...groupBy(
          [...away].sort((a, b) => compareClaimAt(a.at, b.at)),
          (f) => f.label,
        ),
      ].sort(([a], [b]) => compareText(a, b));
      const given = byLabel.map(([l, fs]) => `${say(docsOf(fs), "gives", "give")} "${formatFigure(l)}"`);
      const involved = [...os, ...away].sort((a, b) => compareClaimAt(a.at, b.at));
      return [
        {
          subject: fact,
          key: label,
          message: `For ${name} ${say(docsOf(os), "says", "say")} "${formatFigure(label)}"; ${listWords(given)}: ratio ${r.toFixed(1)}, compatible with "${formatFigure(label)}" but the size of a digit dropped or added.`,
          values: [{ value: label, refs: os.map((f) => f.at.ref) }, ...byLabel.map(([l, fs]) => ({ value: l, refs: fs.map((f) => f.at.ref) }))],
          refs: involved.map((f) => f.at.ref),
        },
      ];
    });
}

export const qualifierScale = defineCheck({
  meta: {
    id: "qualifier-scale",
    description:
      'An open figure ("more than 60", "nearly 6000") that another document\'s figure for the same fact exceeds, or falls below, by an order of magnitude: compatible, but what a dropped or added digit looks like.',
    docs: "docs/rules/qualifier-scale.md",
  },
  options,
  selects: (o) => o.facts ?? [],
  check(corpus, o): RawFinding[] {
    const figs = allClaims(corpus).flatMap((at): Figure[] => {
      const c = at.claim;
      if (c.kind !== "number" || (o.facts && !o.facts.includes(c.fact)) || excluded(c.fact, o.exclude)) return [];
      if (corpus.facts.get(c.fact)?.rhetorical === true) return [];
      const interval = intervalOf(c);
      return interval ? [{ at, value: c.value, label: labelOf(c), interval }] : [];
    });
    return [...groupBy(figs, (f) => f.at.claim.fact)]
      .sort(([a], [b]) => compareText(a, b))
      .flatMap(([fact, fs]) => findingsFor(fact, factName(corpus, fact), fs, o.ratio));
  },
});
