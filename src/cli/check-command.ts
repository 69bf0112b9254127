import { join } from "node:path";
import { catalogue } from "../checks/catalogue.js";
import { loadCorpus } from "../load/corpus.js";
import { formatLoadError } from "../load/load-error.js";
import { applyAcknowledgements } from "../engine/acknowledge.js";
import { compareFindings, prepareRules, runRules } from "../engine/run.js";
import type { Report } from "../model/report.js";
import { buildReport } from "../report/build.js";
import { renderJson } from "../report/json.js";
import { renderMarkdown } from "../report/markdown.js";
import type { Severity } from "../model/rules.js";
import { writeAtomic } from "./write.js";

export type FailOn = Severity | "none";

export interface CheckArgs {
  root: string;
  out: string;
  failOn: FailOn;
  write: boolean;
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Loads, checks, writes the reports; returns the exit code (0 clean, 1 gated findings, 2 bad input). */
export function runCheck(args: CheckArgs, io: Io): number {
  const result = checkCorpus(args.root);
  if (!result.ok) {
    for (const e of result.errors) io.err(e);
    io.err(`${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} in the input; nothing was checked.`);
    return 2;
  }
  const report = result.report;
  if (args.write) {
    writeAtomic(join(args.out, "consistency-report.json"), renderJson(report));
    writeAtomic(join(args.out, "consistency-report.md"), renderMarkdown(report));
  }
  const s = report.summary;
  io.out(
    `${report.corpus.documents} documents, ${report.corpus.claims} claims: ${s.error} error, ${s.warning} warning, ${s.info} info, ${s.acknowledged} acknowledged.`,
  );
  const gated = gatedFindings(report, args.failOn);
  for (const f of gated) io.out(`${f.severity} ${f.rule} ${f.subject}: ${f.message}`);
  if (args.write) io.out(`Reports written to ${args.out}/.`);
  return gated.length > 0 ? 1 : 0;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function gatedFindings(report: Report, failOn: FailOn): Report["findings"] {
  if (failOn === "none") return [];
  return report.findings.filter((f) => !f.acknowledged && RANK[f.severity] <= RANK[failOn]);
}

/** The whole pipeline without I/O beyond reading the corpus: what tests and the CLI share. */
export function checkCorpus(root: string, today = new Date().toISOString().slice(0, 10)): { ok: true; report: Report } | { ok: false; errors: string[] } {
  const loaded = loadCorpus(root);
  if (!loaded.ok) return { ok: false, errors: loaded.errors.map(formatLoadError) };
  const { rules, errors } = prepareRules(loaded.corpus, catalogue);
  if (errors.length > 0) return { ok: false, errors: errors.map(formatLoadError) };
  const findings = applyAcknowledgements(runRules(loaded.corpus, rules), loaded.corpus.acknowledgements, today);
  return { ok: true, report: buildReport(loaded.corpus, [...findings].sort(compareFindings)) };
}
