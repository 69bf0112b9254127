import type { Finding, Report } from "../model/report.js";
import { compareText } from "../text/normalize.js";
import { chartSvg } from "./chart.js";
import { emptyContext, type ReportContext } from "./context.js";
import { cell } from "./escape.js";
import { findingBlock, variantTable } from "./markdown-blocks.js";
import { isVariantFinding } from "./variants.js";

const SEVERITIES = ["error", "warning", "info"] as const;

function summary(r: Report, ctx: ReportContext): string[] {
  const total = r.findings.length;
  const rules = [...new Set(r.findings.map((f) => f.rule))].sort(compareText);
  const isNew = (f: Finding): boolean => ctx.diff?.status[f.id] === "new";
  const row = (name: string, of: Finding[]): string => {
    const n = (s: string): number => of.filter((f) => f.severity === s && !f.acknowledged).length;
    const diffCols = ctx.diff ? ` ${of.filter(isNew).length} | ${ctx.diff.resolved.filter((f) => name === "**all**" || f.rule === name).length} |` : "";
    return `| ${name} | ${n("error")} | ${n("warning")} | ${n("info")} | ${of.filter((f) => f.acknowledged).length} |${diffCols}`;
  };
  const diffHead = ctx.diff ? " new | resolved |" : "";
  const diffLine = ctx.diff
    ? ` Against ${cell(ctx.diff.base)}: ${r.findings.filter(isNew).length} new, ${r.findings.filter((f) => ctx.diff?.status[f.id] === "changed").length} changed, ${ctx.diff.resolved.length} resolved.`
    : "";
  return [
    `**${total} finding${total === 1 ? "" : "s"}** in ${r.corpus.documents} documents with ${r.corpus.claims} claims: ` +
      `${r.summary.error} error, ${r.summary.warning} warning, ${r.summary.info} info, ${r.summary.acknowledged} acknowledged.${diffLine}`,
    "",
    `| rule | error | warning | info | acknowledged |${diffHead}`,
    `| --- | ---: | ---: | ---: | ---: |${ctx.diff ? " ---: | ---: |" : ""}`,
    ...rules.map((rule) =>
      row(
        rule,
        r.findings.filter((f) => f.rule === rule),
      ),
    ),
    row("**all**", r.findings),
  ];
}

function changed(r: Report, ctx: ReportContext): string[] {
  if (!ctx.diff) return [];
  const moved = r.findings.filter((f) => ctx.diff?.status[f.id] === "new" || ctx.diff?.status[f.id] === "changed");
  const lines = [`## What changed against ${cell(ctx.diff.base)}`, ""];
  if (moved.length === 0 && ctx.diff.resolved.length === 0) return [...lines, "Nothing: the same findings as the base.", ""];
  for (const f of moved) lines.push(...findingBlock(f, ctx));
  for (const f of ctx.diff.resolved) lines.push(`- **resolved** \`${f.id}\` ${cell(f.rule)} ${cell(f.subject)}: ${cell(f.message)}`);
  return [...lines, ""];
}

function mostDisagreed(r: Report, ctx: ReportContext): string[] {
  const variants = r.findings
    .filter((f) => f.severity !== "info" && isVariantFinding(f))
    .sort((a, b) => b.values.length - a.values.length || compareText(a.rule, b.rule) || compareText(a.subject, b.subject));
  if (variants.length === 0) return [];
  // One heading per subject, so every heading (and its anchor) is unique even when two findings share a subject.
  const subjects = [...new Set(variants.map((f) => f.subject))].map((subject) => {
    const of = variants.filter((f) => f.subject === subject);
    return { subject, of, label: `${cell(subject)} (${of.map((f) => f.values.length).join(" + ")} values)` };
  });
  const lines = [
    "## Most disagreed facts",
    "",
    `${subjects.map((s) => s.label).join(", ")}.`,
    "",
    "Each table lists every value stated, how many documents state it, how many of those are independent (documents that reproduce each other's passages count once), which, when, and where.",
    "",
  ];
  subjects.forEach(({ subject, of, label }, i) => {
    const body = [`### ${cell(subject)}`, "", ...of.flatMap((f) => variantTable(f, ctx, chartSvg(f, ctx) !== undefined))];
    if (i < 5) lines.push(...body);
    else lines.push(`<details><summary>${label}</summary>`, "", ...body, "</details>", "");
  });
  return lines;
}

function byRule(r: Report, ctx: ReportContext): string[] {
  const lines = ["## Findings by rule", ""];
  for (const rule of [...new Set(r.findings.map((f) => f.rule))].sort(compareText)) {
    const of = r.findings.filter((f) => f.rule === rule);
    const meta = ctx.rules[rule];
    lines.push(`### ${rule} (${of.length})`, "", ...(meta ? [`${cell(meta.rationale)} [About this check](../${meta.docs}).`, ""] : []));
    const blocks = SEVERITIES.flatMap((s) => of.filter((f) => f.severity === s)).flatMap((f) => findingBlock(f, ctx));
    if (of.length <= 10) lines.push(...blocks);
    else lines.push(`<details><summary>${of.length} findings</summary>`, "", ...blocks, "</details>", "");
  }
  return lines;
}

/** The reviewer's report: counts and what changed first, then the variant tables, then every finding by rule. */
export function renderMarkdown(r: Report, ctx: ReportContext = emptyContext()): string {
  const lines = ["# Consistency report", "", ...summary(r, ctx), "", ...changed(r, ctx), ...mostDisagreed(r, ctx), ...byRule(r, ctx)];
  if (r.findings.length === 0) lines.push("No findings.", "");
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/\n+$/, "\n");
}
