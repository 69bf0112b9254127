import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import { allClaims, factName } from "./claims.js";

const options = z.strictObject({
  facts: z.array(z.string()).optional().describe("List facts to check; default every list with a stated count."),
});

export const statedCountMismatch = defineCheck({
  meta: {
    id: "stated-count-mismatch",
    description: "A count a document states for a list ('twenty one States of the USA, namely ...') equals the number of members it names.",
    docs: "docs/rules/stated-count-mismatch.md",
  },
  options,
  selects: (o) => o.facts ?? [],
  check(corpus, o): RawFinding[] {
    return allClaims(corpus).flatMap(({ doc, claim, ref }) => {
      if (claim.kind !== "list" || claim.count === undefined || claim.count === claim.items.length) return [];
      if (o.facts && !o.facts.includes(claim.fact)) return [];
      const said = claim.countQuote ?? String(claim.count);
      return [
        {
          subject: doc.record.id,
          key: `${claim.fact}|${claim.line}`,
          message: `${doc.record.id} states ${claim.count} ("${said}") for ${factName(corpus, claim.fact)} at line ${claim.line} and names ${claim.items.length}.`,
          values: [
            { value: claim.count, refs: [ref] },
            { value: claim.items, refs: [ref] },
          ],
          refs: [ref],
        },
      ];
    });
  },
});
