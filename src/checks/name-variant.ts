import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import { nameClusters, type NameCluster } from "../text/name-clusters.js";
import type { NameWord } from "../text/spelling.js";

const options = z.strictObject({
  nearMissEdits: z.number().int().min(1).max(3).default(2).describe("Near misses of an alias within this many edits are left to the probable-typo rule."),
  nearMissLength: z.number().int().min(3).default(5).describe("... when at least this long (the probable-typo rule's minLength)."),
});

function refsOf(w: NameWord): Ref[] {
  return [...new Map(w.uses.map((u) => [`${u.document}:${u.line}`, { document: u.document, source: u.line, text: u.printed }])).values()];
}

function summary(w: NameWord): string {
  const docs = new Set(w.uses.map((u) => u.document)).size;
  const n = w.uses.length;
  return `"${w.printed}" ${n} time${n === 1 ? "" : "s"} in ${docs} document${docs === 1 ? "" : "s"}`;
}

function findingFor(c: NameCluster): RawFinding {
  const n = c.spellings.length;
  const spellings = c.spellings.map((w) => w.printed);
  return {
    subject: spellings.join(" / "),
    key: c.spellings
      .map((w) => w.lower)
      .sort()
      .join("/"),
    message: `A name is spelt ${n === 2 ? "two" : n} ways: ${c.spellings.map(summary).join("; ")}.`,
    values: c.spellings.map((w) => ({ value: w.printed, refs: refsOf(w) })),
    refs: c.spellings.flatMap(refsOf),
  };
}

export const nameVariant = defineCheck({
  meta: {
    id: "name-variant",
    description:
      "Capitalised words no English dictionary knows, grouped by a transliteration-aware key and edit distance: a name printed in several spellings, with counts and lines per spelling. Groups the alias registry already covers are left to spelling-variant.",
    docs: "docs/rules/name-variant.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    return nameClusters(corpus, o.nearMissEdits, o.nearMissLength)
      .filter((c) => !c.registered)
      .map(findingFor);
  },
});
