import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import { compareText } from "../text/normalize.js";
import { allClaims, groupBy, type ClaimAt } from "./claims.js";
import { intervalOf, labelOf, type Interval } from "./interval.js";

const options = z.strictObject({
  whole: z.string().describe("The fact that counts the whole (e.g. killed.total)."),
  parts: z.array(z.string()).min(1).describe("Facts that count parts of it (e.g. killed.children)."),
  sumWithinDocument: z.boolean().default(true).describe("Also require the parts a document states to add up to no more than its whole."),
});

interface Stated {
  at: ClaimAt;
  interval: Interval;
}

const byDoc = (a: Stated, b: Stated): number => compareText(a.at.doc.record.id, b.at.doc.record.id) || a.at.claim.line - b.at.claim.line;
const where = (s: Stated): string => `"${labelOf(s.at.claim)}" in ${s.at.doc.record.id} line ${s.at.claim.line}`;

function collect(claims: ClaimAt[], fact: string): Stated[] {
  return claims.flatMap((at) => {
    if (at.claim.fact !== fact) return [];
    const interval = intervalOf(at.claim);
    return interval ? [{ at, interval }] : [];
  });
}

function exceeding(partFact: string, parts: Stated[], wholeFact: string, wholes: Stated[]): RawFinding[] {
  // A part exceeds some whole iff it exceeds the smallest upper end of all wholes: linear, not pairwise.
  const lowestWhole = Math.min(...wholes.map((w) => w.interval.hi));
  const bad = parts.filter((p) => p.interval.lo > lowestWhole).sort(byDoc);
  if (bad.length === 0) return [];
  const smallest = Math.min(...bad.map((p) => p.interval.lo));
  const below = wholes.filter((w) => w.interval.hi < smallest).sort(byDoc);
  return [
    {
      subject: `${partFact} / ${wholeFact}`,
      key: `part|${partFact}`,
      message: `${partFact} as stated (${bad.map(where).join("; ")}) exceeds ${wholeFact} as stated (${below.map(where).join("; ")}).`,
      values: [...bad, ...below].map((s) => ({ value: `${s.at.claim.fact} ${labelOf(s.at.claim)}`, refs: [s.at.ref] })),
      refs: [...bad, ...below].map((s) => s.at.ref),
    },
  ];
}

function sumsInDocuments(partFacts: readonly string[], parts: Stated[], wholeFact: string, wholes: Stated[]): RawFinding[] {
  const partsOf = groupBy(parts, (p) => p.at.doc.record.id);
  const wholesOf = groupBy(wholes, (w) => w.at.doc.record.id);
  return [...wholesOf.keys()].sort(compareText).flatMap((id) => {
    const mine = partsOf.get(id) ?? [];
    // One figure per part fact: a document that repeats a part must not count it twice.
    const firstPerFact = partFacts.flatMap((f) => mine.filter((p) => p.at.claim.fact === f).slice(0, 1));
    const sum = firstPerFact.reduce((n, p) => n + p.interval.lo, 0);
    const whole = (wholesOf.get(id) ?? []).filter((w) => w.interval.hi < sum);
    if (firstPerFact.length < 2 || whole.length === 0) return [];
    const involved = [...firstPerFact, ...whole];
    return [
      {
        subject: `${wholeFact} in ${id}`,
        key: `sum|${id}`,
        message: `In ${id} the parts (${firstPerFact.map(where).join("; ")}) add up to at least ${sum}, more than ${wholeFact} (${whole.map(where).join("; ")}).`,
        values: involved.map((s) => ({ value: `${s.at.claim.fact} ${labelOf(s.at.claim)}`, refs: [s.at.ref] })),
        refs: involved.map((s) => s.at.ref),
      },
    ];
  });
}

export const partExceedsWhole = defineCheck({
  meta: {
    id: "part-exceeds-whole",
    description: "A part (children killed) never exceeds the whole (killed), across documents, and the parts one document states fit in its whole.",
    docs: "docs/rules/part-exceeds-whole.md",
  },
  options,
  selects: (o) => [o.whole, ...o.parts],
  check(corpus, o): RawFinding[] {
    const claims = allClaims(corpus);
    const wholes = collect(claims, o.whole);
    const partsByFact = o.parts.map((f) => [f, collect(claims, f)] as const);
    const all = partsByFact.flatMap(([, ps]) => ps);
    return [
      ...partsByFact.flatMap(([f, ps]) => exceeding(f, ps, o.whole, wholes)),
      ...(o.sumWithinDocument ? sumsInDocuments(o.parts, all, o.whole, wholes) : []),
    ];
  },
});
