import { appendFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../model/report.js";
import { AGREEMENT_FILE, agreementSvg } from "../report/agreement.js";
import { chartFile, chartSvg } from "../report/chart.js";
import type { ReportContext } from "../report/context.js";
import { annotations } from "../report/github.js";
import { renderHtml } from "../report/html.js";
import { jsonReportParts, renderJson } from "../report/json.js";
import { firstScreen, renderMarkdown } from "../report/markdown.js";
import { renderSarif, sarifParts } from "../report/sarif.js";
import { isVariantFinding } from "../report/variants.js";
import { writeAtomic } from "./write.js";

/** Every report format, by name; `--format` prints one of them. */
export const FORMATS = ["json", "markdown", "html", "sarif"] as const;
export type Format = (typeof FORMATS)[number];

export function render(format: Format, report: Report, ctx: ReportContext): string {
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report, ctx);
    case "html":
      return renderHtml(report, ctx);
    case "sarif":
      return renderSarif(report, ctx);
  }
}

/** Writes every report and the charts; stale charts are removed so the folder is exactly this run's. */
export function writeReports(out: string, report: Report, ctx: ReportContext): void {
  // The JSON and SARIF reports are written in parts: at 50,000 documents the JSON report is 48 MB.
  writeAtomic(join(out, "consistency-report.json"), jsonReportParts(report));
  writeAtomic(join(out, "consistency-report.md"), renderMarkdown(report, ctx));
  writeAtomic(join(out, "consistency-report.html"), renderHtml(report, ctx));
  writeAtomic(join(out, "consistency.sarif"), sarifParts(report, ctx));
  const figures = join(out, "figures");
  mkdirSync(figures, { recursive: true });
  const charts = new Map(
    report.findings.filter(isVariantFinding).flatMap((f) => {
      const svg = chartSvg(f, ctx);
      return svg ? [[chartFile(f), svg] as const] : [];
    }),
  );
  if (ctx.agreement && ctx.agreement.facts.length > 0) charts.set(AGREEMENT_FILE, agreementSvg(ctx.agreement));
  for (const name of readdirSync(figures)) if (name.endsWith(".svg") && !charts.has(name)) rmSync(join(figures, name));
  for (const [name, svg] of charts) writeAtomic(join(figures, name), svg);
}

/** In GitHub Actions: annotations for the gated findings, and the markdown summary for the job page. */
export function githubOutputs(report: Report, ctx: ReportContext, gated: Report["findings"], print: (line: string) => void): void {
  if (process.env["GITHUB_ACTIONS"] !== "true") return;
  for (const line of annotations(gated)) print(line);
  const summary = process.env["GITHUB_STEP_SUMMARY"];
  if (summary) appendFileSync(summary, firstScreen(report, ctx, true));
}
