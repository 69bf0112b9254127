import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Claim } from "../model/claim.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import type { InstrumentEntry } from "../model/registry.js";
import { formatDay } from "../text/format.js";
import { readsAsDigits } from "../text/ocr-digits.js";
import { compareText } from "../text/normalize.js";
import { groupBy, listWords } from "./claims.js";
import { bestMatch, type Candidate, type OwnDate, ruledOut, weigh } from "./content-identity.js";
import { datesAgree, daysBetween } from "./day-range.js";

const options = z.strictObject({
  numberFacts: z.array(z.string()).min(1).describe("Facts by which a document numbers itself (heading, symbol line)."),
  dateFacts: z.array(z.string()).default([]).describe("Facts by which a document dates itself (symbol line, date line)."),
  body: z.string().min(1).optional().describe("Adopting body of the registry instruments the numbers name."),
  slackDays: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe("Days a document's own date may stand from an instrument's adoption and still speak for it (a text is dated before it is adopted)."),
});
type Options = z.infer<typeof options>;

interface Stated {
  value: string;
  fact: string;
  line: number;
  ref: Ref;
}

/** The values a document states under `facts`, in the order they stand in the source, so no finding depends on the record's order. */
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

/** `items` in source order, as `stated` gives them. */
function disagreement(doc: LoadedDocument, what: string, items: Stated[], agree: (a: string, b: string) => boolean): RawFinding[] {
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
    const mine = numbers.filter((n) => n.value === number);
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

function dayWords(d: { value: string }, e: InstrumentEntry): string {
  // A month or a year is not a day: it speaks for the adoption by containing it.
  if (d.value.length < 10 || e.adopted.length < 10) return `${formatDay(d.value)}, ${datesAgree(d.value, e.adopted) ? "which contains" : "near"} its adoption`;
  const n = daysBetween(d.value, e.adopted);
  const when = n === 0 ? "the day of its adoption" : `${Math.abs(n)} ${Math.abs(n) === 1 ? "day" : "days"} ${n > 0 ? "before" : "after"} its adoption`;
  return `${formatDay(d.value)}, ${when}`;
}

/** The own date that speaks most precisely for the adoption: a day before a month, the nearer day first. */
function closest(dates: readonly OwnDate[], e: InstrumentEntry): OwnDate[] {
  const gap = (d: OwnDate): number => (d.value.length < 10 ? Number.MAX_SAFE_INTEGER : Math.abs(daysBetween(d.value, e.adopted)));
  return [...dates].sort((a, b) => gap(a) - gap(b) || a.line - b.line).slice(0, 1);
}

function matchSentence(m: Candidate): string {
  const e = m.entry;
  const why = [
    ...(m.names.length > 0 ? [`it names ${listWords(m.names.map((n) => `${n.text} (line ${n.line})`))}, which the registry gives as its subjects`] : []),
    ...closest(m.dates, e).map((d) => `it is dated ${dayWords(d, e)}`),
  ];
  const head = `"${e.title}", adopted ${formatDay(e.adopted)}`;
  return why.length > 0 ? ` Its content matches ${head}: ${why.join("; ")}.` : ` Of the numbers it gives, its content fits only ${head}.`;
}

function outPart(c: Candidate): string {
  if (c.itself) return `${c.entry.number}, since it cites ${c.entry.number} itself (line ${c.itself.line})`;
  return `${c.entry.number} (adopted ${formatDay(c.entry.adopted)}), since it cites ${listWords(c.later.map((l) => `${l.entry.number} (${formatDay(l.entry.adopted)}, line ${l.line})`))}, which came after it`;
}

/** What the content says the document is, when the numbers it gives itself disagree. */
function identification(doc: LoadedDocument, numbers: Stated[], dates: Stated[], corpus: Corpus, o: Options): { text: string; refs: Ref[] } {
  if (o.body === undefined) return { text: "", refs: [] };
  const own = new Set(numbers.map((n) => n.value));
  const candidates = weigh(doc, corpus, o.body, dates, o.slackDays);
  const match = bestMatch(candidates, own);
  const outs = candidates.filter((c) => own.has(c.entry.number) && ruledOut(c));
  const found = match ? matchSentence(match) : ` Its content singles out no instrument of the registry's ${o.body}.`;
  const against = outs.length > 0 ? ` It cannot be ${outs.map(outPart).join("; nor ")}.` : "";
  // Locations are the lines that disagree and the citations that contradict them; what speaks for
  // the match (subjects named, a date near the adoption) is evidence in the message, with its lines.
  const refs = outs.flatMap((c) => [...(c.itself ? [c.itself.ref] : []), ...c.later.map((l) => l.ref)]);
  return { text: `${found}${against}`, refs };
}

/** One finding for a document whose numbers disagree: the numbers, its dates, and what its content identifies. */
function identity(doc: LoadedDocument, numbers: Stated[], dates: Stated[], corpus: Corpus, o: Options): RawFinding[] {
  // A number printed with a letter for a digit of its shape ("S22" for 822) is damaged text, which
  // ocr-damage reports, not a second identity.
  const [byNumber] = disagreement(doc, "number", numbers, (a, b) => a === b || readsAsDigits(a, b) || readsAsDigits(b, a));
  if (!byNumber) return [];
  const [byDate] = disagreement(doc, "date", dates, datesAgree);
  const found = identification(doc, numbers, dates, corpus, o);
  const refs = [...new Map([...byNumber.refs, ...(byDate?.refs ?? []), ...found.refs].map((r) => [JSON.stringify(r), r])).values()];
  const dateWords = byDate ? ` It ${byDate.message.replace(/^Document \S+ /, "")}` : "";
  return [
    {
      ...byNumber,
      message: `${byNumber.message}${dateWords}${found.text}`,
      values: [...byNumber.values, ...(byDate?.values ?? [])],
      refs,
    },
  ];
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
      // Numbers that disagree are one defect of identity: the dates, self-citations and registry dates are its evidence.
      const named = identity(doc, numbers, dates, corpus, o);
      if (named.length > 0) return named;
      return [...disagreement(doc, "date", dates, datesAgree), ...selfCitations(doc, numbers), ...datesOfNeither(doc, numbers, dates, corpus, o)];
    });
  },
});
