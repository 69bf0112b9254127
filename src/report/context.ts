import type { Finding, Report } from "../model/report.js";

/** What a renderer may know besides the findings: plain data, built once by the CLI. */
export interface ReportContext {
  documents: Readonly<Record<string, { title: string; type: string; date?: string; outlet?: string; file: string }>>;
  rules: Readonly<Record<string, { check: string; description: string; docs: string; rationale: string; severity: Finding["severity"]; help?: string }>>;
  acknowledgements: Readonly<Record<string, { reason: string; by: string; date: string }>>;
  /** Each document's group of documents that reproduce one another's passages (its first member's id). */
  sourceGroup: Readonly<Record<string, string>>;
  /** The registry's words for a fact key, and whether its values are quantities (printed with grouped digits). */
  facts: Readonly<Record<string, { label: string; quantity: boolean }>>;
  /** The registry's title of each instrument, by id. */
  instruments: Readonly<Record<string, { title: string }>>;
  /** Source lines around every location of a finding, by file and 1-based line: only what the reports show. */
  excerpts: Readonly<Record<string, Readonly<Record<number, string>>>>;
  agreement?: Agreement;
  diff?: Diff;
  /** Prefix of links to repository files: relative to the report's folder ("../") unless set. */
  linkBase?: string;
  /** The page of the CI run whose artifact holds the full report, when there is one. */
  runUrl?: string;
  /** The tool that wrote the report; its repository makes the rules' help addresses absolute. */
  tool?: { name: string; version: string; repository: string };
}

/** How a document's statement of a fact relates to the other documents' statements of it. */
export type Relation = "agrees" | "differs" | "vague" | "none";

/** The agreement picture as data: documents in date order against the most-stated facts. */
export interface Agreement {
  facts: readonly { key: string; label: string; mostStated?: string }[];
  rows: readonly { document: string; title?: string; date?: string; cells: readonly { value: string; relation: Relation }[] }[];
  /** Documents in the corpus, of which the rows are those that state one of the facts. */
  documents?: number;
}

export type Status = "new" | "changed" | "unchanged";

export interface Diff {
  base: string;
  status: Readonly<Record<string, Status>>;
  /** The base's version of each changed finding, by id: what a reviewer compares with. */
  previous: Readonly<Record<string, Finding>>;
  resolved: readonly Finding[];
  /** One line on how the base was obtained, when it was not the committed report. */
  note?: string;
}

const same = (a: Finding, b: Finding): boolean => a.message === b.message && JSON.stringify(a.values) === JSON.stringify(b.values) && a.severity === b.severity;

/** Labels each finding new, changed or unchanged against a base report, and lists the resolved ones. */
export function diffReports(base: Report, current: Report, baseName: string): Diff {
  const before = new Map(base.findings.map((f) => [f.id, f]));
  const now = new Set(current.findings.map((f) => f.id));
  const status: Record<string, Status> = {};
  const previous: Record<string, Finding> = {};
  for (const f of current.findings) {
    const b = before.get(f.id);
    status[f.id] = b === undefined ? "new" : same(b, f) ? "unchanged" : "changed";
    if (b !== undefined && status[f.id] === "changed") previous[f.id] = b;
  }
  return { base: baseName, status, previous, resolved: base.findings.filter((f) => !now.has(f.id)) };
}

export function emptyContext(): ReportContext {
  return { documents: {}, rules: {}, acknowledgements: {}, sourceGroup: {}, facts: {}, instruments: {}, excerpts: {} };
}
