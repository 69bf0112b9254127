import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { findDates } from "../text/dates.js";
import { compareText } from "../text/normalize.js";
import { allClaims, factName, groupBy, listWords, type ClaimAt } from "./claims.js";
import { allCompatible, datesCompatible, dayRange, type DayRange } from "./day-range.js";

const options = z.strictObject({
  facts: z.array(z.string()).default([]).describe("Date facts about one event each, compared across documents."),
  slackDays: z.number().int().min(0).default(0).describe("Dates this many days apart still agree (an overnight event)."),
  selfFacts: z.array(z.string()).default([]).describe("Facts by which a document dates itself, compared with its date and the dates in its title."),
});

interface Dated {
  label: string;
  range: DayRange;
  ref: Ref;
  where: string;
}

const label = (iso: string, until?: string): string => (until ? `${iso}/${until}` : iso);

function conflicts(items: Dated[], slack: number): boolean {
  return !allCompatible(
    items.map((i) => i.range),
    slack,
  );
}

function acrossDocuments(corpus: Corpus, fact: string, items: ClaimAt[], slack: number): RawFinding[] {
  const dated = items
    .flatMap(({ doc, claim, ref }) =>
      claim.kind === "date" ? [{ label: label(claim.value, claim.until), range: dayRange(claim.value, claim.until), ref, where: doc.record.id }] : [],
    )
    .sort((a, b) => compareText(a.where, b.where));
  if (!conflicts(dated, slack)) return [];
  const byValue = [...groupBy(dated, (d) => d.label)].sort(([a], [b]) => compareText(a, b));
  const parts = byValue.map(([v, ds]) => `"${v}" (${[...new Set(ds.map((d) => d.where))].join(", ")})`);
  return [
    {
      subject: fact,
      message: `Documents date ${factName(corpus, fact)} differently: ${listWords(parts)}.`,
      values: byValue.map(([value, ds]) => ({ value, refs: ds.map((d) => d.ref) })),
      refs: dated.map((d) => d.ref),
    },
  ];
}

function selfDates(doc: LoadedDocument, facts: readonly string[]): RawFinding[] {
  const r = doc.record;
  if (!r.date) return [];
  const own: Dated = { label: r.date.iso, range: dayRange(r.date.iso), ref: { document: r.id }, where: "date" };
  // In source order, not record order: reordering a record's claims changes no message.
  const fromClaims: Dated[] = r.claims
    .flatMap((c, i) =>
      c.kind === "date" && facts.includes(c.fact)
        ? [
            {
              line: c.line,
              label: label(c.value, c.until),
              range: dayRange(c.value, c.until),
              ref: { document: r.id, claim: i },
              where: `${c.fact}, line ${c.line}`,
            },
          ]
        : [],
    )
    .sort((a, b) => a.line - b.line || compareText(a.label, b.label) || compareText(a.where, b.where));
  const fromTitle: Dated[] = findDates(r.title).map((d) => ({
    label: label(d.iso, d.until),
    range: dayRange(d.iso, d.until),
    ref: { document: r.id },
    where: "title",
  }));
  const others = [...fromClaims, ...fromTitle].filter((d) => !datesCompatible(own.range, d.range));
  if (others.length === 0) return [];
  return [
    {
      subject: r.id,
      key: "self",
      message: `${r.id} is dated "${own.label}" but also ${listWords(others.map((o) => `"${o.label}" (${o.where})`))}.`,
      values: [own, ...others].map((d) => ({ value: d.label, refs: [d.ref] })),
      refs: [own.ref, ...others.map((o) => o.ref)],
    },
  ];
}

export const dateConflict = defineCheck({
  meta: {
    id: "date-conflict",
    description: "The same event dated differently across documents, and a document's own date against the dates in its title and date lines.",
    docs: "docs/rules/date-conflict.md",
  },
  options,
  selects: (o) => o.facts,
  check(corpus, o): RawFinding[] {
    const claims = allClaims(corpus).filter((c) => o.facts.includes(c.claim.fact));
    const byFact = [...groupBy(claims, (c) => c.claim.fact)].sort(([a], [b]) => compareText(a, b));
    return [
      ...byFact.flatMap(([fact, items]) => acrossDocuments(corpus, fact, items, o.slackDays)),
      ...corpus.documents.flatMap((d) => selfDates(d, o.selfFacts)),
    ];
  },
});
