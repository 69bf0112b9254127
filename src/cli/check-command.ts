import { join } from "node:path";
import { styleText } from "node:util";
import type { Report } from "../model/report.js";
import type { Severity } from "../model/rules.js";
import { summaryOf } from "../report/build.js";
import { formatNumber } from "../text/format.js";
import { diffReports, type ReportContext } from "../report/context.js";
import { renderPullRequest } from "../report/pull-request.js";
import { baseReport } from "./base-report.js";
import { checkCorpus } from "./check-corpus.js";
import { timed, type PhaseTimer } from "../engine/run.js";
import { linkBase, runUrl, type LinkStyle } from "./links.js";
import { githubOutputs, render, writeReports, type Format } from "./outputs.js";
import { writeAtomic } from "./write.js";
import { boundHeapGrowth } from "./heap.js";

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
  /** Links to repository files: relative to the report, or at the commit on a code host (the default on Actions). */
  links?: LinkStyle;
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

function filtered(report: Report, args: CheckArgs): Report {
  if (!args.rule && !args.document) return report;
  const findings = report.findings.filter(
    (f) => (!args.rule || f.rule === args.rule) && (!args.document || f.locations.some((l) => l.document === args.document)),
  );
  return { ...report, findings, summary: summaryOf(findings) };
}

/** Loads, checks, writes the reports; returns the exit code (0 clean, 1 gated findings, 2 bad input). */
export function runCheck(args: CheckArgs, io: Io): number {
  boundHeapGrowth();
  // CORPUS_CHECK_TIMINGS=1: each phase's time on stderr, one tab-separated line each (the bench reads them).
  const time: PhaseTimer =
    process.env["CORPUS_CHECK_TIMINGS"] === "1"
      ? (phase, ms) => {
          io.err(`timing\t${Math.round(ms)}\t${phase}`);
        }
      : () => undefined;
  const result = checkCorpus(args.root, args.today, terminalProgress(), time);
  terminalProgress()("");
  if (!result.ok) {
    for (const e of result.errors) io.err(e);
    io.err(`${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} in the input; nothing was checked.`);
    return 2;
  }
  const run = runUrl(process.env);
  let ctx: ReportContext = { ...result.context, linkBase: linkBase(args.root, args.out, args.links, process.env), ...(run ? { runUrl: run } : {}) };
  if (args.base) {
    const base = baseReport(args.root, args.base, args.today ?? new Date().toISOString().slice(0, 10));
    if (!base.ok) {
      io.err(base.error);
      return 2;
    }
    if (base.note) io.err(base.note);
    ctx = { ...ctx, diff: { ...diffReports(base.report, result.report, args.base), ...(base.note ? { note: base.note } : {}) } };
  }
  const report = filtered(result.report, args);
  // A filtered run is a view, not the report: it never overwrites the committed files.
  const write = args.write && !args.rule && !args.document;
  const gated = gatedFindings(report, args.failOn, ctx);
  if (write)
    timed(time, "write reports", () => {
      writeReports(args.out, report, ctx);
    });
  if (write && ctx.diff) writeAtomic(join(args.out, "pull-request.md"), renderPullRequest(report, ctx, gated.length, args.failOn));
  if (args.format) io.out(render(args.format, report, ctx).trimEnd());
  else summarize(report, ctx, gated, io);
  if (write && !args.format) io.out(`Reports written to ${args.out}/.`);
  githubOutputs(report, ctx, gated, io.out);
  return gated.length > 0 ? 1 : 0;
}

function summarize(report: Report, ctx: ReportContext, gated: Report["findings"], io: Io): void {
  const s = report.summary;
  const n = (count: number, noun: string): string => `${formatNumber(count)} ${noun}${count === 1 ? "" : "s"}`;
  io.out(
    `${n(report.corpus.documents, "document")}, ${n(report.corpus.claims, "claim")}: ${n(s.error, "error")}, ${n(s.warning, "warning")}, ${formatNumber(s.info)} info, ${formatNumber(s.acknowledged)} acknowledged.`,
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
