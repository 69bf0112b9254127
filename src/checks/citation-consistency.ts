import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Claim } from "../model/claim.js";
import type { InstrumentEntry } from "../model/registry.js";
import { compareText } from "../text/normalize.js";
import { datesAgree } from "./day-range.js";
import { allClaims, compareClaimAt, groupBy, listWords, type ClaimAt } from "./claims.js";

const options = z.strictObject({
  fields: z
    .array(z.enum(["number", "date", "meeting"]))
    .min(1)
    .default(["number", "date", "meeting"])
    .describe("Which parts of a citation to compare."),
});

type Citation = Extract<Claim, { kind: "citation" }>;
type Field = "number" | "date" | "meeting";

function cited(c: Citation, field: Field): string | undefined {
  const v = c[field];
  return v === undefined ? undefined : String(v);
}

function registryValue(e: InstrumentEntry | undefined, field: Field): string | undefined {
  if (!e) return undefined;
  if (field === "date") return e.adopted;
  const v = e[field];
  return v === undefined ? undefined : String(v);
}

// Spacing and punctuation are print, not content: "260(III)" and "260 (III)" are one number.
const bare = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
const agree =
  (field: Field) =>
  (a: string, b: string): boolean =>
    field === "date" ? datesAgree(a, b) : bare(a) === bare(b);

function fieldFinding(instrument: string, entry: InstrumentEntry | undefined, field: Field, items: ClaimAt[]): RawFinding[] {
  // Sorted by document so the finding does not depend on the order documents were loaded in.
  const ordered = [...items].sort(compareClaimAt);
  const withValue = ordered.flatMap((it) => {
    const v = it.claim.kind === "citation" ? cited(it.claim, field) : undefined;
    return v === undefined ? [] : [{ v, it }];
  });
  const byValue = groupBy(withValue, (x) => x.v);
  const values = [...byValue.keys()].sort(compareText);
  const reg = registryValue(entry, field);
  const same = agree(field);
  const internal = values.some((a) => values.some((b) => !same(a, b)));
  const external = reg !== undefined && values.some((v) => !same(v, reg));
  if (!internal && !external) return [];
  const parts = values.map((v) => {
    const docs = [...new Set((byValue.get(v) ?? []).map((x) => `${x.it.doc.record.id} line ${x.it.claim.line}`))];
    return `"${v}" (${docs.join(", ")})`;
  });
  const registry = reg === undefined ? "" : `; the registry (${entry?.provenance[0]?.reference ?? instrument}) gives "${reg}"`;
  return [
    {
      subject: instrument,
      key: field,
      message: `Instrument ${instrument} is cited with the ${field} ${listWords(parts)}${registry}.`,
      values: values.map((v) => ({ value: v, refs: (byValue.get(v) ?? []).map((x) => x.it.ref) })),
      refs: withValue.map((x) => x.it.ref),
    },
  ];
}

export const citationConsistency = defineCheck({
  meta: {
    id: "citation-consistency",
    description: "An instrument is cited with one number, date and meeting across the corpus, and these agree with the registry.",
    docs: "docs/rules/citation-consistency.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    const citations = allClaims(corpus).filter((c) => c.claim.kind === "citation");
    const byInstrument = groupBy(citations, (c) => (c.claim.kind === "citation" ? c.claim.instrument : ""));
    return [...byInstrument].flatMap(([instrument, items]) =>
      o.fields.flatMap((field) => fieldFinding(instrument, corpus.instruments.get(instrument), field, items)),
    );
  },
});
