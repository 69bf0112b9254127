import type { z } from "zod";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { documentText, type DocumentText } from "../text/document-text.js";
import type { FindingValue } from "../model/report.js";

/** A claim of a document, or the document itself (at a source line, if given) when `claim` is absent. */
export interface Ref {
  document: string;
  claim?: number;
  source?: number;
  /** With `source`: the words at that line the finding is about, shown as the location's quote. */
  text?: string;
}

/** What a check reports; the engine adds rule, severity, fingerprint and locations. */
export interface RawFinding {
  subject: string;
  /** Distinguishes findings of one rule about one subject; part of the fingerprint. */
  key?: string;
  message: string;
  values: { value: FindingValue; refs: Ref[] }[];
  /** Every claim or document involved; each becomes a location. */
  refs: Ref[];
  /** Show the values as a table of each value and the documents that print it (a name's spellings). */
  table?: boolean;
}

export interface CheckMeta {
  id: string;
  description: string;
  /** Path of the doc page, relative to the project root. */
  docs: string;
}

export interface Check<O> {
  meta: CheckMeta;
  options: z.ZodType<O>;
  /** Findings about the corpus as a whole. */
  check?(corpus: Corpus, options: O): RawFinding[];
  /**
   * Findings about one document that read its text: the engine calls it in its one pass over the
   * documents, while the document's text is at hand, so no check keeps or rebuilds every text.
   */
  document?(doc: LoadedDocument, text: DocumentText, corpus: Corpus, options: O): RawFinding[];
  /** The facts a rule's options select, so the engine can report a selector that matches nothing. */
  selects?: (options: O) => readonly string[];
}

/** A check with its options type erased, so a catalogue can hold checks of any options. */
export interface AnyCheck {
  meta: CheckMeta;
  /** The options schema, for generated documentation and the tests of its bounds. */
  options: z.ZodType;
  parseOptions(raw: unknown): ({ ok: true } & Bound) | { ok: false; issues: { path: (string | number)[]; message: string }[] };
}

/** A check bound to its options. */
export interface Bound {
  /** Every finding, both parts. */
  run: (corpus: Corpus) => RawFinding[];
  /** The corpus part alone, for the engine. */
  runCorpus: (corpus: Corpus) => RawFinding[];
  /** The per-document part alone, when the check has one. */
  runDocument?: (doc: LoadedDocument, text: DocumentText, corpus: Corpus) => RawFinding[];
  selects: readonly string[];
}

export function defineCheck<O>(c: Check<O>): AnyCheck {
  return {
    meta: c.meta,
    options: c.options,
    parseOptions(raw) {
      const parsed = c.options.safeParse(raw ?? {});
      if (!parsed.success) {
        return {
          ok: false,
          issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })),
        };
      }
      const options = parsed.data;
      const runCorpus = (corpus: Corpus): RawFinding[] => c.check?.(corpus, options) ?? [];
      const perDocument = c.document?.bind(c);
      if (!perDocument) return { ok: true, run: runCorpus, runCorpus, selects: c.selects?.(options) ?? [] };
      const runDocument = (doc: LoadedDocument, text: DocumentText, corpus: Corpus): RawFinding[] => perDocument(doc, text, corpus, options);
      return {
        ok: true,
        run: (corpus) => [...runCorpus(corpus), ...corpus.documents.flatMap((d) => runDocument(d, documentText(corpus, d), corpus))],
        runCorpus,
        runDocument,
        selects: c.selects?.(options) ?? [],
      };
    },
  };
}
