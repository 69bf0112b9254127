import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Corpus } from "../model/corpus.js";
import { compareText } from "../text/normalize.js";
import { allClaims, factName, groupBy, listWords, type ClaimAt } from "./claims.js";

const options = z.strictObject({
  facts: z.array(z.string()).default([]).describe('Text facts to compare, by key or by prefix ending in "." ("person."); empty: every text fact.'),
  exclude: z.array(z.string()).default(["mentioned.", "document."]).describe('Facts left out, by key or by prefix ending in ".".'),
});

const matches = (fact: string, keys: readonly string[]): boolean => keys.some((k) => (k.endsWith(".") ? fact.startsWith(k) : fact === k));

/** What two printings of one text share when they say the same: letters and digits, in any case. */
const folded = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

function acrossDocuments(corpus: Corpus, fact: string, items: readonly ClaimAt[]): RawFinding[] {
  const texts = items.flatMap(({ doc, claim, ref }) => (claim.kind === "text" ? [{ value: claim.value, ref, where: doc.record.id }] : []));
  const byText = [...groupBy(texts, (t) => folded(t.value))].sort(([a], [b]) => compareText(a, b));
  if (byText.length < 2) return [];
  // Each form is shown as its first printing; the documents printing it, once each.
  const forms = byText.map(([, ts]) => ({ value: ts[0]?.value ?? "", ts, documents: [...new Set(ts.map((t) => t.where))].sort(compareText) }));
  const parts = forms.map((f) => `"${f.value}" (${f.documents.join(", ")})`);
  return [
    {
      subject: fact,
      message: `Documents give ${factName(corpus, fact)} differently: ${listWords(parts)}.`,
      values: forms.map((f) => ({ value: f.value, refs: f.ts.map((t) => t.ref) })),
      refs: texts.map((t) => t.ref),
    },
  ];
}

export const textConflict = defineCheck({
  meta: {
    id: "text-conflict",
    description: "The same text fact (a person's name, a title, a cited year) given differently across documents.",
    docs: "docs/rules/text-conflict.md",
  },
  options,
  selects: (o) => o.facts.filter((f) => !f.endsWith(".")),
  check(corpus, o): RawFinding[] {
    const chosen = allClaims(corpus).filter(
      (c) => c.claim.kind === "text" && (o.facts.length === 0 || matches(c.claim.fact, o.facts)) && !matches(c.claim.fact, o.exclude),
    );
    return [...groupBy(chosen, (c) => c.claim.fact)].sort(([a], [b]) => compareText(a, b)).flatMap(([fact, items]) => acrossDocuments(corpus, fact, items));
  },
});
