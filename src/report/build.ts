import type { Corpus } from "../model/corpus.js";
import type { Finding, Report } from "../model/report.js";

/** The JSON report contract (schemas/report.schema.json); no timestamps, findings already sorted. */
export function buildReport(corpus: Corpus, findings: readonly Finding[]): Report {
  const count = (s: Finding["severity"]): number => findings.filter((f) => f.severity === s && !f.acknowledged).length;
  return {
    version: 1,
    corpus: { documents: corpus.documents.length, claims: corpus.documents.reduce((n, d) => n + d.record.claims.length, 0) },
    summary: { error: count("error"), warning: count("warning"), info: count("info"), acknowledged: findings.filter((f) => f.acknowledged).length },
    findings: [...findings],
  };
}
