import { join } from "node:path";
import type { AnyCheck, RawFinding } from "../../src/engine/check.js";
import { loadCorpus } from "../../src/load/corpus.js";
import type { Corpus, LoadedDocument } from "../../src/model/corpus.js";
import type { DocumentRecord } from "../../src/model/document.js";
import { runCheck } from "./run-check.js";

const ROOT = join(import.meta.dirname, "..", "..");
let loaded: Corpus | undefined;

/** The real corpus, loaded once per test file; never mutated (planted faults work on copies). */
export function realCorpus(): Corpus {
  if (loaded) return loaded;
  const r = loadCorpus(ROOT);
  if (!r.ok) throw new Error(`the real corpus does not load: ${r.errors.map((e) => e.message).join("; ")}`);
  loaded = r.corpus;
  return loaded;
}

/** The options a rule of rules/core.yaml gives its check. */
export function ruleOptions(corpus: Corpus, ruleId: string): unknown {
  const rule = corpus.rules.find((r) => r.entry.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.entry.options ?? {};
}

/**
 * A copy of the corpus with one document's record edited. Documents are new objects, so the
 * per-document text cache (keyed by document) never serves the unedited text.
 */
export function withRecord(corpus: Corpus, id: string, edit: (r: DocumentRecord) => DocumentRecord): Corpus {
  if (!corpus.documents.some((d) => d.record.id === id)) throw new Error(`no document ${id}`);
  const documents: LoadedDocument[] = corpus.documents.map((d) => (d.record.id === id ? { ...d, record: edit(structuredClone(d.record)) } : { ...d }));
  return { ...corpus, documents };
}

/** A copy of the corpus where one document's number claims of a fact state another value (a planted slip). */
export function withNumber(corpus: Corpus, id: string, fact: string, value: number): Corpus {
  return withRecord(corpus, id, (r) => ({ ...r, claims: r.claims.map((c) => (c.fact === fact && c.kind === "number" ? { ...c, value } : c)) }));
}

/** A copy of the corpus with one source line replaced (1-based), every document a new object. */
export function withSourceLine(corpus: Corpus, file: string, line: number, text: string): Corpus {
  const lines = [...(corpus.sources.get(file) ?? [])];
  lines[line - 1] = text;
  const sources = new Map(corpus.sources);
  sources.set(file, lines);
  return { ...corpus, sources, documents: corpus.documents.map((d) => ({ ...d })) };
}

/** The findings of a rule on `planted` that it does not report on `base`, compared by subject and message. */
export function newFindings(check: AnyCheck, ruleId: string, base: Corpus, planted: Corpus): RawFinding[] {
  const options = ruleOptions(base, ruleId);
  const before = new Set(runCheck(check, base, options).map((f) => `${f.subject}\n${f.message}`));
  return runCheck(check, planted, options).filter((f) => !before.has(`${f.subject}\n${f.message}`));
}

export const SOURCE_FILE = "data/sources/khojaly-compilation.txt";

/** Loading the real corpus takes seconds on a shared machine; tests that do get this much time. */
export const REAL_CORPUS_TIMEOUT = 60_000;

export { ROOT };

/**
 * A copy of the corpus with one source line replaced (`from` must occur in it), for planted-fault
 * tests. Documents are copied too, so text models cached for the original are not reused.
 */
export function withLine(corpus: Corpus, line: number, from: string, to: string): Corpus {
  const old = corpus.sources.get(SOURCE_FILE)?.[line - 1] ?? "";
  if (!old.includes(from)) throw new Error(`line ${line} has no "${from}": ${old}`);
  return withSourceLine(corpus, SOURCE_FILE, line, old.replace(from, to));
}
