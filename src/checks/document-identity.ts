import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Claim } from "../model/claim.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import type { InstrumentEntry } from "../model/registry.js";
import { compareText } from "../text/normalize.js";
import { groupBy, listWords } from "./claims.js";
import { datesAgree } from "./day-range.js";

const options = z.strictObject({
  numberFacts: z.array(z.string()).min(1).describe("Facts by which a document numbers itself (heading, symbol line)."),
  dateFacts: z.array(z.string()).default([]).describe("Facts by which a document dates itself (symbol line, date line)."),
  body: z.string().min(1).optional().describe("Adopting body of the registry instruments the numbers name."),
});
type Options = z.infer<typeof options>;

interface Stated {
  value: string;
  fact: string;
  line: number;
  ref: Ref;
}

function stated(doc: LoadedDocument, facts: readonly string[]): Stated[] {
  return doc.record.claims
    .flatMap((c, i) =>
      facts.includes(c.fact) && hasScalar(c) ? [{ value: String(c.value), fact: c.fact, line: c.line, ref: { document: doc.record.id, claim: i } }] : [],
    )
    .sort((a, b) => a.line - b.line || compareText(a.fact, b.fact) || compareText(a.value, b.value));
}

function hasScalar(c: Claim): c is Extract<Claim, { value: string | number }> {
  return c.kind === "number" || c.kind === "text" || c.kind === "date";
}

function disagreement(doc: LoadedDocument, what: string, unordered: Stated[], agree: (a: string, b: string) => boolean): RawFinding[] {
  // In the order they stand in the source, so the finding does not depend on the record's order.
  const items = [...unordered].sort((a, b) => a.line - b.line || compareText(a.fact, b.fact) || compareText(a.value, b.value));
  const byValue = groupBy(items, (s) => s.value);
  const values = [...byValue.keys()];
  if (values.every((a) => values.every((b) => agree(a, b)))) return [];
  const parts = [...byValue].map(([v, ss]) => `"${v}" (${ss.map((s) => `${s.fact}, line ${s.line}`).join("; ")})`);
  return [
    {
      subject: doc.record.id,
      key: what,
      message: `Document ${doc.record.id} gives its own ${what} as ${listWords(parts)}.`,
      values: [...byValue].map(([value, ss]) => ({ value, refs: ss.map((s) => s.ref) })),
      refs: items.map((s) => s.ref),
    },
  ];
}

function selfCitations(doc: LoadedDocument, numbers: Stated[]): RawFinding[] {
  const own = new Set(numbers.map((n) => n.value));
  const cites = doc.record.claims.flatMap((c, i) =>
    c.kind === "citation" && c.number !== undefined && own.has(c.number)
      ? [{ number: c.number, line: c.line, ref: { document: doc.record.id, claim: i } }]
      : [],
  );
  // By line, so the message does not depend on the order the record lists its claims in.
  cites.sort((a, b) => a.line - b.line);
  return [...groupBy(cites, (c) => c.number)].map(([number, cs]) => {
    const mine = numbers.filter((n) => n.value === number).sort((a, b) => a.line - b.line);
    const refs = [...mine.map((m) => m.ref), ...cs.map((c) => c.ref)];
    return {
      subject: doc.record.id,
      key: `self-citation|${number}`,
      message: `Document ${doc.record.id}, which gives itself the number "${number}" (${mine.map((m) => `line ${m.line}`).join(", ")}), cites "${number}" at ${cs.length === 1 ? "line" : "lines"} ${cs.map((c) => c.line).join(", ")}.`,
      values: [{ value: number, refs }],
      refs,
    };
  });
}

function datesOfNeither(doc: LoadedDocument, numbers: Stated[], dates: Stated[], corpus: Corpus, o: Options): RawFinding[] {
  if (o.body === undefined) return [];
  const named = [...new Set(numbers.map((n) => n.value))].sort(compareText);
  const entries = named.flatMap((n) => [...corpus.instruments.values()].filter((e) => e.body === o.body && e.number === n));
  if (entries.length === 0) return [];
  const registry = (e: InstrumentEntry): string => `${e.number} on ${e.adopted}`;
  return dates
    .filter((d) => !entries.some((e) => datesAgree(e.adopted, d.value)))
    .map((d) => ({
      subject: doc.record.id,
      key: `date-of-neither|${d.value}`,
      message: `Document ${doc.record.id} is dated "${d.value}" (${d.fact}, line ${d.line}); the registry dates the numbers it gives otherwise: ${entries.map(registry).join(", ")}.`,
      values: [{ value: d.value, refs: [d.ref] }, ...numbers.map((n) => ({ value: n.value, refs: [n.ref] }))],
      refs: [d.ref, ...numbers.map((n) => n.ref)],
    }));
}

export const documentIdentity = defineCheck({
  meta: {
    id: "document-identity",
    description: "A document's heading, symbol line and date line agree with each other and with the registry, and it does not cite itself.",
    docs: "docs/rules/document-identity.md",
  },
  options,
  selects: (o) => o.numberFacts,
  check(corpus, o): RawFinding[] {
    return corpus.documents.flatMap((doc) => {
      const numbers = stated(doc, o.numberFacts);
      const dates = stated(doc, o.dateFacts);
      if (numbers.length === 0 && dates.length === 0) return [];
      return [
        ...disagreement(doc, "number", numbers, (a, b) => a === b),
        ...disagreement(doc, "date", dates, datesAgree),
        ...selfCitations(doc, numbers),
        ...datesOfNeither(doc, numbers, dates, corpus, o),
      ];
    });
  },
});
