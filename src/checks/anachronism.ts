import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import type { DocumentText } from "../text/document-text.js";
import { compareText } from "../text/normalize.js";
import { findPhrase, phraseWords } from "../text/phrases.js";

const options = z.strictObject({
  exclude: z
    .array(z.string())
    .default(["document."])
    .describe("Date facts, or prefixes ending in '.', never read as past events (the document's own date, plans)."),
  futureWords: z
    .array(z.string())
    .default(["will", "shall", "planned", "scheduled", "by", "until", "till"])
    .describe("Words that put a date in the sentence ahead of the document: a date near them is not reported as past."),
});

type Options = z.infer<typeof options>;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The first and last day a partial ISO date can mean ("1993-08" is 1993-08-01 to 1993-08-31); undefined for a day without a year. */
export function span(iso: string): { first: string; last: string } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d) return { first: iso, last: iso };
  if (mo) return { first: `${y ?? ""}-${mo}-01`, last: `${y ?? ""}-${mo}-${String(DAYS[Number(mo) - 1] ?? 31)}` };
  return { first: `${y ?? ""}-01-01`, last: `${y ?? ""}-12-31` };
}

/** Whether `a` falls after `b` however both are read: its first day is after b's last. */
export function after(a: string, b: string): boolean {
  const x = span(a);
  const y = span(b);
  return x !== undefined && y !== undefined && x.first > y.last;
}

const excluded = (fact: string, exclude: readonly string[]): boolean => exclude.some((e) => fact === e || (e.endsWith(".") && fact.startsWith(e)));

const dateRef = (doc: LoadedDocument): Ref[] => (doc.record.date?.line ? [{ document: doc.record.id, source: doc.record.date.line }] : []);

function laterInstruments(corpus: Corpus, doc: LoadedDocument, date: string): RawFinding[] {
  return doc.record.claims.flatMap((c, i) => {
    if (c.kind !== "citation") return [];
    const inst = corpus.instruments.get(c.instrument);
    if (!inst || !after(inst.adopted, date)) return [];
    const refs = [{ document: doc.record.id, claim: i }, ...dateRef(doc)];
    return [
      {
        subject: doc.record.id,
        key: `instrument|${inst.id}|${String(c.line)}`,
        message: `${doc.record.id}, dated ${date}, cites ${inst.title} (line ${String(c.line)}), adopted on ${inst.adopted}, after the document's date.`,
        values: [
          { value: date, refs: dateRef(doc) },
          { value: inst.adopted, refs: [{ document: doc.record.id, claim: i }] },
        ],
        refs,
      },
    ];
  });
}

function laterNames(corpus: Corpus, doc: LoadedDocument, text: DocumentText, date: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const org of [...corpus.organisations.values()].sort((a, b) => compareText(a.id, b.id))) {
    for (const n of org.names) {
      if (!n.from || !after(n.from, date)) continue;
      const hits = [n.name, ...(n.spellings ?? [])].flatMap((s) => findPhrase(text, s));
      if (hits.length === 0) continue;
      const lines = [...new Set(hits.map((h) => h.line))].sort((a, b) => a - b);
      const printed = [...new Set(hits.map((h) => h.text))].sort(compareText);
      const refs = [...lines.map((l) => ({ document: doc.record.id, source: l })), ...dateRef(doc)];
      out.push({
        subject: doc.record.id,
        key: `name|${org.id}|${n.name}`,
        message: `${doc.record.id}, dated ${date}, names the organisation "${printed.join('", "')}" (line ${lines.join(", ")}), the name "${n.name}" it took on ${n.from}, after the document's date.`,
        values: [
          { value: date, refs: dateRef(doc) },
          { value: `${n.name} from ${n.from}`, refs: lines.map((l) => ({ document: doc.record.id, source: l })) },
        ],
        refs,
      });
    }
  }
  return out;
}

/** The lower-case words of the sentence a quote starts in, and of the quote itself. */
function wordsAround(text: DocumentText, line: number, quote: string): Set<string> {
  const words = phraseWords(quote).map((w) => w.toLowerCase());
  const head = text.tokens.find((t) => t.line === line && t.lower === words[0]);
  const sentence = head ? text.sentences[head.sentence] : undefined;
  const inSentence = sentence ? text.tokens.slice(sentence.start, sentence.end).map((t) => t.lower) : [];
  return new Set([...words, ...inSentence]);
}

function laterEvents(doc: LoadedDocument, text: DocumentText, date: string, o: Options): RawFinding[] {
  const future = new Set(o.futureWords.map((w) => w.toLowerCase()));
  return doc.record.claims.flatMap((c, i) => {
    if (c.kind !== "date" || excluded(c.fact, o.exclude) || !after(c.value, date)) return [];
    // A plan or a deadline ("will be held on 24 February", "by 8 January") looks ahead: not an anachronism.
    if ([...wordsAround(text, c.line, c.quote)].some((w) => future.has(w))) return [];
    const refs = [{ document: doc.record.id, claim: i }, ...dateRef(doc)];
    return [
      {
        subject: doc.record.id,
        key: `date|${c.fact}|${String(c.line)}`,
        message: `${doc.record.id}, dated ${date}, reports "${c.quote}" (line ${String(c.line)}) as past with the date ${c.value}${c.derived ? " (read from the words, not printed as such)" : ""}, after the document's date.`,
        values: [
          { value: date, refs: dateRef(doc) },
          { value: c.value, refs: [{ document: doc.record.id, claim: i }] },
        ],
        refs,
      },
    ];
  });
}

export const anachronism = defineCheck({
  meta: {
    id: "anachronism",
    description:
      "A document that cites an instrument adopted after its own date, calls an organisation by a name it took only later, or reports as past an event dated after itself.",
    docs: "docs/rules/anachronism.md",
  },
  options,
  document(doc, text, corpus, o): RawFinding[] {
    const date = doc.record.date?.iso;
    // An undated document cannot be ahead of its time.
    if (!date || !span(date)) return [];
    return [...laterInstruments(corpus, doc, date), ...laterNames(corpus, doc, text, date), ...laterEvents(doc, text, date, o)];
  },
});
