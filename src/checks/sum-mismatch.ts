import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import { formatNumber } from "../text/format.js";
import { compareText } from "../text/normalize.js";
import { factName } from "./claims.js";
import { componentsFor, describeComponent, statedByFact, sumOf, valueOf, whereStated, type Component, type Stated } from "./aggregate.js";

const options = z.strictObject({
  total: z.string().describe("The fact that states the total."),
  parts: z.array(z.string()).min(2).describe("Facts whose values must add up to the total."),
  scope: z
    .enum(["document", "corpus", "inferred"])
    .default("document")
    .describe(
      "Add only the parts the document states (document); fill the parts it does not state from the range the corpus gives for them (corpus); or report only totals checked with a borrowed part, an inference (inferred).",
    ),
});

const rangeText = (lo: number, hi: number): string =>
  lo === hi
    ? formatNumber(lo)
    : hi === Number.POSITIVE_INFINITY
      ? `at least ${formatNumber(Math.ceil(lo))}`
      : `${formatNumber(Math.ceil(lo))} to ${formatNumber(Math.floor(hi))}`;

const borrowedWords = (cs: readonly Component[]): string => {
  const n = cs.filter((c) => c.from === "corpus").length;
  return n === 1 ? "the part it does not state is" : "the parts it does not state are";
};

function mismatch(id: string, totals: Stated[], components: Component[], totalFact: string, totalName: string, inferred: boolean): RawFinding[] {
  const range = sumOf(components);
  const off = totals.filter((t) => t.interval.hi < range.lo || t.interval.lo > range.hi);
  const filled = components.some((c) => c.from === "corpus");
  // An inference (a part borrowed from other documents) and a document's own arithmetic are two rules' findings.
  if (off.length === 0 || filled !== inferred) return [];
  const involved = [...off, ...components.flatMap((c) => c.stated)];
  return [
    {
      subject: `${totalFact} in ${id}`,
      key: ` in ${id}`,
      message: `${totalName} is stated as ${off.map(whereStated).join("; ")}, but its parts add up to ${rangeText(range.lo, range.hi)}${filled ? ` if ${borrowedWords(components)} borrowed from other documents` : ""}: ${components.map(describeComponent).join("; ")}.`,
      values: involved.map((s) => ({ value: valueOf(s), refs: [s.at.ref] })),
      refs: involved.map((s) => s.at.ref),
    },
  ];
}

export const sumMismatch = defineCheck({
  meta: {
    id: "sum-mismatch",
    description:
      "Parts that must add up to a total do: in one document (130 men + 51 women = 181 bodies), or, for an aggregate, with the parts a document does not state taken from the corpus.",
    docs: "docs/rules/sum-mismatch.md",
  },
  options,
  selects: (o) => [o.total, ...o.parts],
  check(corpus, o): RawFinding[] {
    const stated = statedByFact(corpus, [o.total, ...o.parts]);
    const totals = stated.get(o.total) ?? new Map<string, Stated[]>();
    // Each document's total is compared first with its own parts; a document that states every
    // part is judged on itself alone, whatever the rest of the corpus says.
    return [...totals.keys()].sort(compareText).flatMap((id) => {
      const components = componentsFor(id, o.parts, stated, o.scope !== "document");
      if (!components) return [];
      // "corpus" reports both kinds; "document" and "inferred" split them between two rules.
      const kinds = o.scope === "corpus" ? [false, true] : [o.scope === "inferred"];
      return kinds.flatMap((inferred) => mismatch(id, totals.get(id) ?? [], components, o.total, factName(corpus, o.total), inferred));
    });
  },
});
