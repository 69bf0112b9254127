import type { Ref } from "../engine/check.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import type { InstrumentEntry, InstrumentSubject } from "../model/registry.js";
import { compareText } from "../text/normalize.js";
import { dayRange, datesCompatible } from "./day-range.js";

/** A date a document gives itself (date line, symbol line), with the claim that states it. */
export interface OwnDate {
  value: string;
  line: number;
  ref: Ref;
}

/** A registry instrument the document cites, at the first line it cites it. */
export interface Cited {
  entry: InstrumentEntry;
  line: number;
  ref: Ref;
}

/** What a document's content says about one registry instrument being the document. */
export interface Candidate {
  entry: InstrumentEntry;
  /** The document cites this very instrument: a text does not cite itself. */
  itself?: Cited;
  /** It cites instruments adopted or numbered after this one: a text cannot cite what came after it. */
  later: Cited[];
  /** The instrument's registry subjects the document names, as the document prints them. */
  names: { text: string; line: number }[];
  /** The document's own dates that fall on the adoption day, within the slack. */
  dates: OwnDate[];
}

const DIGITS = /^\d+$/;

/** Whether `x` came after `e`: adopted on a later day, or (same body) numbered higher. */
function after(x: InstrumentEntry, e: InstrumentEntry): boolean {
  if (dayRange(x.adopted).from > dayRange(e.adopted).to) return true;
  return x.body === e.body && DIGITS.test(x.number) && DIGITS.test(e.number) && Number(x.number) > Number(e.number);
}

function cited(doc: LoadedDocument, corpus: Corpus): Cited[] {
  const first = new Map<string, Cited>();
  doc.record.claims.forEach((c, i) => {
    if (c.kind !== "citation") return;
    const entry = corpus.instruments.get(c.instrument);
    const seen = first.get(c.instrument);
    if (entry && (!seen || c.line < seen.line)) first.set(c.instrument, { entry, line: c.line, ref: { document: doc.record.id, claim: i } });
  });
  return [...first.values()].sort((a, b) => a.line - b.line || compareText(a.entry.id, b.entry.id));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where the document names a subject: an entity by its claims (any alias), a term in the text. */
function named(doc: LoadedDocument, corpus: Corpus, s: InstrumentSubject): Candidate["names"][number] | undefined {
  if ("entity" in s) {
    const hits = doc.record.claims.flatMap((c) => (c.kind === "entity" && c.entity === s.entity ? [{ text: c.spelling, line: c.line }] : []));
    return hits.sort((a, b) => a.line - b.line)[0];
  }
  const lines = corpus.sources.get(doc.record.source.file) ?? [];
  const words = s.term.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "iu");
  for (let n = doc.record.source.first; n <= doc.record.source.last; n++) {
    // A term may run onto the next line, so each line is read with the one after it.
    const m = re.exec(`${lines[n - 1] ?? ""}\n${lines[n] ?? ""}`);
    if (m && m.index <= (lines[n - 1] ?? "").length) return { text: m[0].replace(/\s+/g, " "), line: n };
  }
  return undefined;
}

/** Every registry instrument of `body`, weighed against what the document cites, names and is dated. */
export function weigh(doc: LoadedDocument, corpus: Corpus, body: string, ownDates: readonly OwnDate[], slackDays: number): Candidate[] {
  const cites = cited(doc, corpus);
  return [...corpus.instruments.values()]
    .filter((e) => e.body === body)
    .sort((a, b) => compareText(a.adopted, b.adopted) || compareText(a.id, b.id))
    .map((entry) => {
      const itself = cites.find((c) => c.entry.id === entry.id);
      return {
        entry,
        ...(itself ? { itself } : {}),
        later: cites.filter((c) => c.entry.id !== entry.id && after(c.entry, entry)),
        names: (entry.subjects ?? []).flatMap((s) => named(doc, corpus, s) ?? []),
        dates: ownDates.filter((d) => datesCompatible(dayRange(d.value), dayRange(entry.adopted), slackDays)),
      };
    });
}

/** How much the content speaks for a candidate: each subject it names, and its own date near the adoption. */
export function support(c: Candidate): number {
  return c.names.length + (c.dates.length > 0 ? 1 : 0);
}

export function ruledOut(c: Candidate): boolean {
  return c.itself !== undefined || c.later.length > 0;
}

/**
 * The instrument the content matches: among those it does not rule out and that its content speaks
 * for (or that the document names itself by), the one it speaks for most; undefined on a tie.
 */
export function bestMatch(candidates: readonly Candidate[], ownNumbers: ReadonlySet<string>): Candidate | undefined {
  const open = candidates.filter((c) => !ruledOut(c) && (support(c) > 0 || ownNumbers.has(c.entry.number)));
  const top = Math.max(-1, ...open.map(support));
  const best = open.filter((c) => support(c) === top);
  return best.length === 1 ? best[0] : undefined;
}
