import type { Claim, Qualifier } from "../../src/model/claim.js";
import type { ConfusionsFile } from "../../src/model/confusions.js";
import type { Corpus, LoadedDocument } from "../../src/model/corpus.js";
import { lexiconOf } from "../../src/load/lexicon.js";
import type { EntityEntry, InstrumentEntry, OrganisationEntry, WordEntry } from "../../src/model/registry.js";

export const SOURCE = "data/sources/test.txt";

/** A document for check tests: claims get YAML lines 10, 20, 30 ... so locations are predictable. */
export function doc(id: string, claims: Claim[], span: [number, number] = [1, 100]): LoadedDocument {
  return {
    record: { id, title: id.toUpperCase(), type: "news-report", issuer: "Test", source: { file: SOURCE, first: span[0], last: span[1] }, claims },
    file: `data/documents/${id}.yaml`,
    claimLines: claims.map((_, i) => 10 * (i + 1)),
    fieldLines: { id: 2 },
  };
}

/** A few English words for fixtures; tests that need more pass `english`. */
export const BASIC_ENGLISH = [
  "the",
  "of",
  "and",
  "a",
  "in",
  "to",
  "was",
  "were",
  "people",
  "killed",
  "town",
  "on",
  "night",
  "suffering",
  "suffer",
  "war",
  "time",
];

export function corpus(
  documents: LoadedDocument[],
  opts: {
    source?: string[];
    instruments?: InstrumentEntry[];
    entities?: EntityEntry[];
    organisations?: OrganisationEntry[];
    words?: WordEntry[];
    english?: string[];
    confusions?: ConfusionsFile;
  } = {},
): Corpus {
  return {
    documents,
    facts: new Map(),
    instruments: new Map((opts.instruments ?? []).map((i) => [i.id, i])),
    entities: new Map((opts.entities ?? []).map((e) => [e.id, e])),
    organisations: new Map((opts.organisations ?? []).map((o) => [o.id, o])),
    words: new Map((opts.words ?? []).map((w) => [w.word.toLowerCase(), w])),
    lexicon: lexiconOf(opts.english ?? BASIC_ENGLISH),
    confusions: opts.confusions ?? { sets: [], characters: [] },
    sources: new Map([[SOURCE, opts.source ?? []]]),
    rules: [],
    acknowledgements: [],
  };
}

export function instrument(id: string, number: string, adopted: string): InstrumentEntry {
  return {
    id,
    body: "UN Security Council",
    number,
    title: `Resolution ${number}`,
    adopted,
    provenance: [{ reference: `S/RES/${number}`, fields: ["number", "adopted"] }],
  };
}

export function cite(instrumentId: string, number: string, date: string | undefined, line: number): Claim {
  return { kind: "citation", fact: "cites", instrument: instrumentId, number, ...(date ? { date } : {}), quote: `${number} of ${date ?? ""}`, line };
}

/** A number claim of a fact at line 1, its quote the digits, with an optional qualifier. */
export function figure(fact: string, value: number, qualifier?: Qualifier): Claim {
  return figureAt(fact, value, 1, qualifier);
}

/** A number claim of a fact at a source line, its quote the digits, with an optional qualifier. */
export function figureAt(fact: string, value: number, line = 1, qualifier?: Qualifier): Claim {
  return { kind: "number", fact, value, quote: String(value), line, ...(qualifier ? { qualifier } : {}) };
}
