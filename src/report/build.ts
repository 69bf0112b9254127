import type { Corpus } from "../model/corpus.js";
import type { Finding, Report } from "../model/report.js";

/** Counts by severity of the findings not acknowledged, and of those acknowledged. */
export function summaryOf(findings: readonly Finding[]): Report["summary"] {
  const count = (s: Finding["severity"]): number => findings.filter((f) => f.severity === s && !f.acknowledged).length;
  return { error: count("error"), warning: count("warning"), info: count("info"), acknowledged: findings.filter((f) => f.acknowledged).length };
}

/** The JSON report contract (schemas/report.schema.json); no timestamps, findings already sorted. */
export function buildReport(corpus: Corpus, findings: readonly Finding[]): Report {
  return {
    version: 1,
    corpus: { documents: corpus.documents.length, claims: corpus.documents.reduce((n, d) => n + d.record.claims.length, 0) },
    summary: summaryOf(findings),
    findings: [...findings],
  };
}
