import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import { compareText } from "../text/normalize.js";
import { componentsFor, describeComponent, statedByFact, sumOf, valueOf, type Component, type Stated } from "./aggregate.js";
import { allClaims, type ClaimAt } from "./claims.js";
import { intervalOf, labelOf } from "./interval.js";

const options = z.strictObject({
  whole: z.string().describe("The fact that counts the whole (e.g. killed.total)."),
  parts: z.array(z.string()).min(1).describe("Facts that count parts of it (e.g. killed.children)."),
  sumWithinDocument: z.boolean().default(true).describe("Also require the parts a document states to add up to no more than its whole."),
  fillFromCorpus: z
    .boolean()
    .default(false)
    .describe(
      "In that sum, count a part the document does not state as the least figure the corpus gives for it (only when the document states at least one part).",
    ),
});

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

/** A part the document does not state counts as nothing, or (with `fill`) as the least the corpus gives for it. */
function componentsOf(id: string, partFacts: readonly string[], stated: ReadonlyMap<string, ReadonlyMap<string, Stated[]>>, fill: boolean): Component[] {
  return partFacts.flatMap((f) => componentsFor(id, [f], stated, fill) ?? []);
}

function sumsInDocuments(
  partFacts: readonly string[],
  stated: ReadonlyMap<string, ReadonlyMap<string, Stated[]>>,
  wholeFact: string,
  fill: boolean,
): RawFinding[] {
  const wholesOf = stated.get(wholeFact) ?? new Map<string, Stated[]>();
  return [...wholesOf.keys()].sort(compareText).flatMap((id) => {
    const components = componentsOf(id, partFacts, stated, fill);
    const sum = sumOf(components).lo;
    const whole = (wholesOf.get(id) ?? []).filter((w) => w.interval.hi < sum);
    if (components.length < 2 || !components.some((c) => c.from === "document") || whole.length === 0) return [];
    const involved = [...components.flatMap((c) => c.stated), ...whole];
    const filled = components.some((c) => c.from === "corpus");
    return [
      {
        subject: `${wholeFact} in ${id}`,
        key: `sum|${id}`,
        message: `In ${id} the parts (${components.map(describeComponent).join("; ")}) add up to at least ${String(Math.ceil(sum))}${filled ? " with the parts it does not state taken from the others" : ""}, more than ${wholeFact} (${whole.map(where).join("; ")}).`,
        values: involved.map((s) => ({ value: valueOf(s), refs: [s.at.ref] })),
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
    return [
      ...partsByFact.flatMap(([f, ps]) => exceeding(f, ps, o.whole, wholes)),
      ...(o.sumWithinDocument ? sumsInDocuments(o.parts, statedByFact(corpus, [o.whole, ...o.parts]), o.whole, o.fillFromCorpus) : []),
    ];
  },
});
