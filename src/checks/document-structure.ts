import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { textLines } from "../text/document-text.js";
import { compareText } from "../text/normalize.js";
import { listWords } from "./claims.js";

const validRegex = (s: string): boolean => {
  try {
    new RegExp(s, "u");
    return true;
  } catch {
    return false;
  }
};

const part = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1).describe("How the part is named in a finding: 'symbol line'."),
    facts: z.array(z.string()).min(1).optional().describe("The part is there when the record has a claim of one of these facts."),
    line: z.string().refine(validRegex, "a valid regular expression").optional().describe("The part is there when one of the document's lines matches."),
    outlet: z.literal(true).optional().describe("The part is there when a line names the record's outlet."),
    day: z
      .literal(true)
      .optional()
      .describe(
        "The part is a date printed to the day: where most of the type's documents give every date of its facts to the day, one given to the month or year only is incomplete.",
      ),
  })
  .refine((p) => p.facts !== undefined || p.line !== undefined || p.outlet !== undefined, "a part needs facts, line or outlet to be recognised")
  .refine((p) => p.day === undefined || p.facts !== undefined, "a date part printed to the day needs facts");

const options = z.strictObject({
  types: z.record(z.string(), z.array(part).min(1)).describe("For each document type, the parts its documents carry."),
  share: z
    .number()
    .gt(0)
    .max(1)
    .default(2 / 3)
    .describe("A part is expected when at least this share of the type's documents have it."),
  minHaving: z.number().int().min(1).default(3).describe("... and at least this many."),
});

type Part = z.infer<typeof part>;

/** Where a document shows a part, or undefined when it does not. */
function whereIs(corpus: Corpus, doc: LoadedDocument, p: Part): Ref | undefined {
  const id = doc.record.id;
  // The first such claim in the text (then in the record), so the order of the claims never matters.
  let claim = -1;
  doc.record.claims.forEach((c, i) => {
    if (!p.facts?.includes(c.fact)) return;
    const best = doc.record.claims[claim];
    const earlier = best === undefined || c.line < best.line || (c.line === best.line && (doc.claimLines[i] ?? 0) < (doc.claimLines[claim] ?? 0));
    if (earlier) claim = i;
  });
  if (claim >= 0) return { document: id, claim };
  const lines = p.line !== undefined || p.outlet ? textLines(corpus, doc) : [];
  const re = p.line !== undefined ? new RegExp(p.line, "u") : undefined;
  const outlet = p.outlet ? doc.record.outlet?.toLowerCase() : undefined;
  const hit = lines.find((l) => (re?.test(l.text) ?? false) || (outlet !== undefined && l.text.toLowerCase().includes(outlet)));
  return hit ? { document: id, source: hit.line } : undefined;
}

const TO_THE_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A document's claims of a date part's facts, by their index in the record. */
function datesOf(doc: LoadedDocument, p: Part): { value: string; line: number; claim: number }[] {
  return doc.record.claims.flatMap((c, claim) => (c.kind === "date" && p.facts?.includes(c.fact) ? [{ value: c.value, line: c.line, claim }] : []));
}

/**
 * Date parts printed without their day ("S/RES/822 (1993) April 1993") where at least `share` of
 * the type's documents, and `minHaving`, give every date of the part's facts to the day.
 */
function incomplete(docs: readonly LoadedDocument[], type: string, parts: readonly Part[], o: { share: number; minHaving: number }): RawFinding[] {
  return parts.flatMap((p) => {
    if (!p.day) return [];
    const dated = docs.map((d) => ({ d, dates: datesOf(d, p) })).filter((x) => x.dates.length > 0);
    const whole = dated.filter((x) => x.dates.every((v) => TO_THE_DAY.test(v.value)));
    if (whole.length < Math.max(o.minHaving, o.share * docs.length)) return [];
    return dated.flatMap(({ d, dates }) => {
      const short = dates.filter((v) => !TO_THE_DAY.test(v.value)).sort((a, b) => a.line - b.line);
      if (short.length === 0) return [];
      const id = d.record.id;
      const refs: Ref[] = short.map((v) => ({ document: id, claim: v.claim }));
      const given = short.map((v) => `"${v.value}" (line ${v.line})`);
      return [
        {
          subject: id,
          key: `day:${p.id}`,
          message: `${id} gives its ${p.label} without a day: ${listWords(given)}; ${whole.length} of the ${docs.length} documents of type ${type} give every such date to the day.`,
          values: [
            ...short.map((v) => ({ value: v.value, refs: [{ document: id, claim: v.claim }] })),
            {
              value: `${p.label} to the day: ${whole.length} of ${docs.length}`,
              refs: whole.flatMap((x) => x.dates.map((v) => ({ document: x.d.record.id, claim: v.claim }))),
            },
          ],
          refs,
        },
      ];
    });
  });
}

function ofType(corpus: Corpus, type: string, parts: readonly Part[], o: { share: number; minHaving: number }): RawFinding[] {
  const docs = corpus.documents.filter((d) => d.record.type === type).sort((a, b) => compareText(a.record.id, b.record.id));
  const found = new Map(docs.map((d) => [d.record.id, parts.map((p) => whereIs(corpus, d, p))]));
  // A part is expected of the type when most of its documents show it.
  const having = parts.map((_, i) => docs.filter((d) => found.get(d.record.id)?.[i] !== undefined));
  const expected = parts.map((_, i) => (having[i]?.length ?? 0) >= Math.max(o.minHaving, o.share * docs.length));
  const missingParts = docs.flatMap((d) => {
    const missing = parts.flatMap((p, i) => (expected[i] && found.get(d.record.id)?.[i] === undefined ? [{ p, i }] : []));
    if (missing.length === 0) return [];
    const others = ({ i }: { i: number }): Ref[] => (having[i] ?? []).flatMap((h) => found.get(h.record.id)?.[i] ?? []);
    const says = missing.map(({ p, i }) => `no ${p.label} (${String(having[i]?.length ?? 0)} of the ${String(docs.length)} have one)`);
    return [
      {
        subject: d.record.id,
        key: missing.map(({ p }) => p.id).join("+"),
        message: `${d.record.id} has ${listWords(says)}; most documents of type ${type} show ${missing.length === 1 ? "it" : "them"}.`,
        values: missing.map((m) => ({ value: `${m.p.label}: ${String(having[m.i]?.length ?? 0)} of ${String(docs.length)}`, refs: others(m) })),
        // The document that lacks the part is the place to look; the others' parts are the values' evidence.
        refs: [{ document: d.record.id }],
      },
    ];
  });
  return [...missingParts, ...incomplete(docs, type, parts, o)];
}

export const documentStructure = defineCheck({
  meta: {
    id: "document-structure",
    description:
      "Documents of one type carry the same parts (a resolution's heading, symbol line, date); a document that lacks a part most of its type show is reported with the parts the others show.",
    docs: "docs/rules/document-structure.md",
  },
  options,
  selects: (o) => Object.values(o.types).flatMap((ps) => ps.flatMap((p) => p.facts ?? [])),
  check(corpus, o): RawFinding[] {
    return Object.entries(o.types)
      .sort(([a], [b]) => compareText(a, b))
      .flatMap(([type, parts]) => ofType(corpus, type, parts, o));
  },
});
