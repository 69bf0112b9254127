import { execFileSync } from "node:child_process";
import { relative } from "node:path";
import { styleText } from "node:util";
import { catalogue } from "../checks/catalogue.js";
import { applyAcknowledgements } from "../engine/acknowledge.js";
import { compareFindings, prepareRules, runRules } from "../engine/run.js";
import { loadCorpus } from "../load/corpus.js";
import { formatLoadError } from "../load/load-error.js";
import { report as reportSchema, type Report } from "../model/report.js";
import type { Severity } from "../model/rules.js";
import { buildReport, summaryOf } from "../report/build.js";
import { diffReports, type ReportContext } from "../report/context.js";
import { reportContext } from "./context.js";
import { githubOutputs, render, writeReports, type Format } from "./outputs.js";

export type FailOn = Severity | "none";

export interface CheckArgs {
  root: string;
  out: string;
  failOn: FailOn;
  write: boolean;
  base?: string;
  format?: Format;
  rule?: string;
  document?: string;
  today?: string;
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings that fail the run: at or above the level, not acknowledged, and with a base only the new or changed. */
export function gatedFindings(report: Report, failOn: FailOn, ctx?: ReportContext): Report["findings"] {
  if (failOn === "none") return [];
  return report.findings.filter(
    (f) => !f.acknowledged && RANK[f.severity] <= RANK[failOn] && (f.severity === "error" || !ctx?.diff || ctx.diff.status[f.id] !== "unchanged"),
  );
}

/** The whole pipeline without writing: what tests and the CLI share. */
export function checkCorpus(
  root: string,
  today = new Date().toISOString().slice(0, 10),
  progress: (line: string) => void = () => undefined,
): { ok: true; report: Report; context: ReportContext } | { ok: false; errors: string[] } {
  const loaded = loadCorpus(root, (done, total) => {
    if (total >= 2000) progress(`loading ${done}/${total} records`);
  });
  progress("checking");
  if (!loaded.ok) return { ok: false, errors: loaded.errors.map(formatLoadError) };
  const { rules, errors } = prepareRules(loaded.corpus, catalogue);
  if (errors.length > 0) return { ok: false, errors: errors.map(formatLoadError) };
  const findings = applyAcknowledgements(runRules(loaded.corpus, rules), loaded.corpus.acknowledgements, today);
  const sorted = [...findings].sort(compareFindings);
  return { ok: true, report: buildReport(loaded.corpus, sorted), context: reportContext(loaded.corpus, rules, sorted) };
}

/** The committed report at a git ref, for labelling findings new, changed or resolved. */
function baseReport(root: string, out: string, ref: string): Report | string {
  const path = relative(root, `${out}/consistency-report.json`).split("\\").join("/");
  let text: string;
  try {
    text = execFileSync("git", ["show", `${ref}:${path}`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    return `no report at ${ref}:${path} (is ${ref} a commit of this repository, with a committed report?)`;
  }
  const parsed = reportSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : `the report at ${ref}:${path} does not follow schemas/report.schema.json`;
}

function filtered(report: Report, args: CheckArgs): Report {
  if (!args.rule && !args.document) return report;
  const findings = report.findings.filter(
    (f) => (!args.rule || f.rule === args.rule) && (!args.document || f.locations.some((l) => l.document === args.document)),
  );
  return { ...report, findings, summary: summaryOf(findings) };
}

/** Loads, checks, writes the reports; returns the exit code (0 clean, 1 gated findings, 2 bad input). */
export function runCheck(args: CheckArgs, io: Io): number {
  const result = checkCorpus(args.root, args.today, terminalProgress());
  terminalProgress()("");
  if (!result.ok) {
    for (const e of result.errors) io.err(e);
    io.err(`${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} in the input; nothing was checked.`);
    return 2;
  }
  let ctx = result.context;
  if (args.base) {
    const base = baseReport(args.root, args.out, args.base);
    if (typeof base === "string") {
      io.err(base);
      return 2;
    }
    ctx = { ...ctx, diff: diffReports(base, result.report, args.base) };
  }
  const report = filtered(result.report, args);
  // A filtered run is a view, not the report: it never overwrites the committed files.
  const write = args.write && !args.rule && !args.document;
  if (write) writeReports(args.out, report, ctx);
  const gated = gatedFindings(report, args.failOn, ctx);
  if (args.format) io.out(render(args.format, report, ctx).trimEnd());
  else summarize(report, ctx, gated, io);
  if (write && !args.format) io.out(`Reports written to ${args.out}/.`);
  githubOutputs(report, ctx, gated, io.out);
  return gated.length > 0 ? 1 : 0;
}

function summarize(report: Report, ctx: ReportContext, gated: Report["findings"], io: Io): void {
  const s = report.summary;
  io.out(
    `${report.corpus.documents} documents, ${report.corpus.claims} claims: ${s.error} error, ${s.warning} warning, ${s.info} info, ${s.acknowledged} acknowledged.`,
  );
  if (ctx.diff) {
    const count = (st: string): number => report.findings.filter((f) => ctx.diff?.status[f.id] === st).length;
    io.out(`Against ${ctx.diff.base}: ${count("new")} new, ${count("changed")} changed, ${ctx.diff.resolved.length} resolved.`);
  }
  for (const f of gated) io.out(`${paint(f.severity)} ${f.rule} ${f.subject}: ${f.message}`);
}

/** One rewritten status line on a terminal; nothing when stderr is piped. */
function terminalProgress(): (line: string) => void {
  if (!process.stderr.isTTY) return () => undefined;
  return (line) => process.stderr.write(`\r${line}\x1b[K`);
}

const COLOUR = { error: "red", warning: "yellow", info: "cyan" } as const;

/** Colour only for a person at a terminal: never when piped, never with NO_COLOR. */
function paint(severity: Severity): string {
  const tty = process.stdout.isTTY && process.env["NO_COLOR"] === undefined;
  return tty ? styleText(COLOUR[severity], severity) : severity;
}
