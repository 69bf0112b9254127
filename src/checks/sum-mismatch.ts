import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import { compareText } from "../text/normalize.js";
import { allClaims, groupBy, type ClaimAt } from "./claims.js";
import { intervalOf, labelOf, type Interval } from "./interval.js";

const options = z.strictObject({
  total: z.string().describe("The fact that states the total."),
  parts: z.array(z.string()).min(2).describe("Facts whose values must add up to the total."),
  scope: z.enum(["document", "corpus"]).default("document").describe("Add parts stated in the same document, or anywhere in the corpus."),
});

interface Stated {
  at: ClaimAt;
  interval: Interval;
}

const where = (s: Stated): string => `"${labelOf(s.at.claim)}" (${s.at.claim.fact}, ${s.at.doc.record.id} line ${s.at.claim.line})`;

function stated(claims: ClaimAt[], fact: string): Stated[] {
  return claims.flatMap((at) => {
    const interval = at.claim.fact === fact ? intervalOf(at.claim) : undefined;
    return interval ? [{ at, interval }] : [];
  });
}

/** The range the parts can add up to: each part anywhere within what its statements allow. */
function sumRange(parts: Stated[][]): Interval {
  return parts.reduce((acc, ps) => ({ lo: acc.lo + Math.min(...ps.map((p) => p.interval.lo)), hi: acc.hi + Math.max(...ps.map((p) => p.interval.hi)) }), {
    lo: 0,
    hi: 0,
  });
}

function mismatch(label: string, totals: Stated[], parts: Stated[][], o: { total: string }): RawFinding[] {
  if (totals.length === 0 || parts.some((ps) => ps.length === 0)) return [];
  const range = sumRange(parts);
  const off = totals.filter((t) => t.interval.hi < range.lo || t.interval.lo > range.hi);
  if (off.length === 0) return [];
  const flat = parts.flat();
  const sum = range.lo === range.hi ? String(range.lo) : `${range.lo} to ${range.hi}`;
  const involved = [...off, ...flat];
  return [
    {
      subject: `${o.total}${label}`,
      key: label,
      message: `${o.total} is stated as ${off.map(where).join("; ")}, but its parts add up to ${sum}: ${flat.map(where).join("; ")}.`,
      values: involved.map((s) => ({ value: `${s.at.claim.fact} ${labelOf(s.at.claim)}`, refs: [s.at.ref] })),
      refs: involved.map((s) => s.at.ref),
    },
  ];
}

export const sumMismatch = defineCheck({
  meta: {
    id: "sum-mismatch",
    description:
      "Parts that must add up to a total do: in one document (130 men + 51 women = 181 bodies) or across the corpus (an aggregate against its components).",
    docs: "docs/rules/sum-mismatch.md",
  },
  options,
  selects: (o) => [o.total, ...o.parts],
  check(corpus, o): RawFinding[] {
    const claims = allClaims(corpus);
    const totals = stated(claims, o.total);
    const parts = o.parts.map((f) => stated(claims, f));
    if (o.scope === "corpus") return mismatch("", totals, parts, o);
    const byDoc = (ss: Stated[]): Map<string, Stated[]> => groupBy(ss, (s) => s.at.doc.record.id);
    const totalsOf = byDoc(totals);
    const partsOf = parts.map(byDoc);
    return [...totalsOf.keys()].sort(compareText).flatMap((id) =>
      mismatch(
        ` in ${id}`,
        totalsOf.get(id) ?? [],
        partsOf.map((m) => m.get(id) ?? []),
        o,
      ),
    );
  },
});
