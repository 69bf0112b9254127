import { createHash } from "node:crypto";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import type { Finding, FindingLocation } from "../model/report.js";
import type { Severity } from "../model/rules.js";
import type { LoadError } from "../load/load-error.js";
import { documentText, endDocumentPass, type DocumentText } from "../text/document-text.js";
import type { AnyCheck, RawFinding, Ref } from "./check.js";
import { draftNote } from "./drafts.js";
import { locate } from "./locate.js";
import { mergeFindings } from "./merge.js";
import { addTo } from "../model/multimap.js";

export interface PreparedRule {
  id: string;
  severity: Severity;
  check: AnyCheck;
  run: (corpus: Corpus) => RawFinding[];
  runCorpus: (corpus: Corpus) => RawFinding[];
  runDocument?: (doc: LoadedDocument, text: DocumentText, corpus: Corpus) => RawFinding[];
  selects: readonly string[];
  file: string;
  line: number;
}

/** Binds each configured rule to its check; unknown checks and bad options are load errors. */
export function prepareRules(corpus: Corpus, catalogue: readonly AnyCheck[]): { rules: PreparedRule[]; errors: LoadError[] } {
  const byId = new Map(catalogue.map((c) => [c.meta.id, c]));
  const rules: PreparedRule[] = [];
  const errors: LoadError[] = [];
  for (const r of corpus.rules) {
    const check = byId.get(r.entry.check);
    if (!check) {
      errors.push({
        file: r.file,
        ...r.checkAt,
        message: `rule "${r.entry.id}" names unknown check "${r.entry.check}"; known: ${[...byId.keys()].sort().join(", ")}`,
      });
      continue;
    }
    const parsed = check.parseOptions(r.entry.options);
    if (!parsed.ok) {
      for (const i of parsed.issues) {
        const where = i.path.length > 0 ? `options.${i.path.join(".")}` : "options";
        errors.push({ file: r.file, ...r.optionsAt, message: `rule "${r.entry.id}": ${where}: ${i.message}` });
      }
      continue;
    }
    const { run, runCorpus, runDocument, selects } = parsed;
    rules.push({
      id: r.entry.id,
      severity: r.entry.severity,
      check,
      run,
      runCorpus,
      ...(runDocument ? { runDocument } : {}),
      selects,
      file: r.file,
      line: r.line,
    });
  }
  return { rules, errors: [...errors, ...mergeErrors(corpus)] };
}

/** A merge group must name configured rules, each in one group only (so one rule's precedence is one list). */
function mergeErrors(corpus: Corpus): LoadError[] {
  const known = new Set(corpus.rules.map((r) => r.entry.id));
  const seen = new Map<string, string>();
  const errors: LoadError[] = [];
  for (const m of corpus.merges ?? []) {
    for (const id of new Set(m.entry.rules)) {
      const where = `${m.file}:${m.line}`;
      if (!known.has(id)) errors.push({ file: m.file, line: m.line, col: 1, message: `merge group names unknown rule "${id}"` });
      const first = seen.get(id);
      if (first) errors.push({ file: m.file, line: m.line, col: 1, message: `rule "${id}" is in two merge groups (first at ${first})` });
      else seen.set(id, where);
    }
  }
  return errors;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Told how long each phase of a run took (milliseconds); the bench and `CORPUS_CHECK_TIMINGS` read it. */
export type PhaseTimer = (phase: string, ms: number) => void;

/** Runs `f`, telling `time` how long it took under `phase`. */
export function timed<T>(time: PhaseTimer, phase: string, f: () => T): T {
  const start = performance.now();
  const result = f();
  time(phase, performance.now() - start);
  return result;
}

/**
 * Runs every rule and returns located, fingerprinted findings in a stable order. A shared text
 * layer (the corpus's counts, its shared passages) is built by the first rule that reads it, and
 * its time counts for that rule.
 */
export function runRules(corpus: Corpus, rules: readonly PreparedRule[], time: PhaseTimer = () => undefined): Finding[] {
  const byId = new Map<string, LoadedDocument>(corpus.documents.map((d) => [d.record.id, d]));
  const stated = new Set(corpus.documents.flatMap((d) => d.record.claims.map((c) => c.fact)));
  const perDocument = streamDocuments(corpus, rules, time);
  const findings = rules.flatMap((rule) => [
    ...[...timed(time, `rule ${rule.id}`, () => rule.runCorpus(corpus)), ...(perDocument.get(rule) ?? [])].map((raw) => toFinding(rule, raw, byId)),
    ...matchedNothing(rule, stated),
  ]);
  const groups = (corpus.merges ?? []).map((m) => m.entry);
  return timed(time, "merge findings", () => uniqueIds(mergeFindings(findings, groups, corpus.sources, compareFindings)));
}

/**
 * One pass over the documents: each document's text is built once and read by every rule with a
 * per-document part, then dropped, so memory holds one document's tokens, not the corpus's.
 */
function streamDocuments(corpus: Corpus, rules: readonly PreparedRule[], time: PhaseTimer): Map<PreparedRule, RawFinding[]> {
  const out = new Map<PreparedRule, RawFinding[]>();
  const streamed = rules.filter((r) => r.runDocument);
  if (streamed.length === 0) return out;
  const spent = new Map<PreparedRule | undefined, number>();
  const spentOn =
    (r: PreparedRule | undefined): PhaseTimer =>
    (_phase, ms) => {
      spent.set(r, (spent.get(r) ?? 0) + ms);
    };
  const textTimer = spentOn(undefined);
  const timers = new Map(streamed.map((r) => [r, spentOn(r)]));
  for (const r of streamed) out.set(r, []);
  for (const doc of corpus.documents) {
    const text = timed(textTimer, "", () => documentText(corpus, doc));
    for (const r of streamed) timed(timers.get(r) ?? textTimer, "", () => out.get(r)?.push(...(r.runDocument?.(doc, text, corpus) ?? [])));
  }
  endDocumentPass();
  time("document text", spent.get(undefined) ?? 0);
  for (const r of streamed) time(`rule ${r.id} (per document)`, spent.get(r) ?? 0);
  return out;
}

function toFinding(rule: PreparedRule, raw: RawFinding, byId: ReadonlyMap<string, LoadedDocument>): Finding {
  const locations = dedupeLocations(raw.refs.map((r) => locate(byId, r)));
  return {
    id: fingerprint(rule.id, raw.subject, raw.key ?? ""),
    rule: rule.id,
    severity: rule.severity,
    acknowledged: false,
    subject: raw.subject,
    message: raw.message + draftNote(raw.refs, byId),
    values: equalValuesByLocation(
      raw.values.map((v) => ({
        value: v.value,
        documents: uniqueSorted(v.refs.map((r: Ref) => r.document)),
        locations: indexesOf(v.refs, locations, byId),
      })),
    ),
    locations,
    ...(raw.table ? { table: true } : {}),
  };
}

/**
 * A check lists values in claim order, which is record order; entries with the same value (two
 * claims stating one date) are put in location order, so reordering claims changes nothing.
 */
function equalValuesByLocation<V extends { value: unknown; locations: number[] }>(values: V[]): V[] {
  const slots = new Map<string, number[]>();
  values.forEach((v, i) => {
    const k = JSON.stringify(v.value);
    addTo(slots, k, i);
  });
  const out = [...values];
  for (const idx of slots.values()) {
    if (idx.length < 2) continue;
    const sorted = idx.map((i) => values[i] as V).sort((a, b) => compareIndexes(a.locations, b.locations));
    idx.forEach((slot, k) => (out[slot] = sorted[k] as V));
  }
  return out;
}

function compareIndexes(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return a.length - b.length;
}

/** A rule whose selector names a fact no claim states checks nothing; that must not pass silently. */
export const RULE_MATCHED_NOTHING = "rule-matched-nothing";

function matchedNothing(rule: PreparedRule, stated: ReadonlySet<string>): Finding[] {
  return rule.selects
    .filter((fact) => !stated.has(fact))
    .map((fact) => ({
      id: fingerprint(RULE_MATCHED_NOTHING, rule.id, fact),
      rule: RULE_MATCHED_NOTHING,
      severity: "error" as const,
      acknowledged: false,
      subject: rule.id,
      message: `Rule ${rule.id} selects fact "${fact}", which no claim states: the rule checks nothing there.`,
      values: [{ value: fact, documents: [] }],
      locations: [{ document: "", file: rule.file, line: rule.line }],
    }));
}

/** Which of a finding's locations state a value, so a variant table can link each value to its own lines. */
function indexesOf(refs: readonly Ref[], locations: readonly FindingLocation[], byId: ReadonlyMap<string, LoadedDocument>): number[] {
  const keys = new Set(
    refs.map((r) => {
      const l = locate(byId, r);
      return locationKey(l);
    }),
  );
  return locations.flatMap((l, i) => (keys.has(locationKey(l)) ? [i] : []));
}

export function fingerprint(rule: string, subject: string, key: string): string {
  return createHash("sha256").update(`${rule}\u0000${subject}\u0000${key}`).digest("hex").slice(0, 16);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    cmp(a.rule, b.rule) ||
    cmp(a.subject, b.subject) ||
    cmp(a.message, b.message) ||
    cmp(a.id, b.id) ||
    // Identical findings about identical claims: the claims' places decide, never the input order.
    cmp(JSON.stringify(a.locations), JSON.stringify(b.locations))
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function uniqueSorted(xs: readonly string[]): string[] {
  return [...new Set(xs)].sort(cmp);
}

/**
 * One location per claim, and per source line and words for references to a document's text: every
 * occurrence a check reports is a location of its own (the report folds long lists).
 */
function locationKey(l: FindingLocation): string {
  return `${l.file}:${l.line}:${l.source?.line ?? 0}:${l.quote ?? ""}`;
}

function dedupeLocations(locs: FindingLocation[]): FindingLocation[] {
  const seen = new Set<string>();
  const out = locs.filter((l) => {
    const k = locationKey(l);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.sort(
    (a, b) => cmp(a.document, b.document) || a.line - b.line || (a.source?.line ?? 0) - (b.source?.line ?? 0) || cmp(a.quote ?? "", b.quote ?? ""),
  );
}

/** Two findings with one fingerprint would be indistinguishable to acknowledgements; number them. */
function uniqueIds(findings: Finding[]): Finding[] {
  const count = new Map<string, number>();
  return findings.map((f) => {
    const n = (count.get(f.id) ?? 0) + 1;
    count.set(f.id, n);
    return n === 1 ? f : { ...f, id: `${f.id}-${n}` };
  });
}
