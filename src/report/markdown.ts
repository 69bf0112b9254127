import type { Finding, Report } from "../model/report.js";
import { compareText } from "../text/normalize.js";
import { chartSvg } from "./chart.js";
import { emptyContext, type ReportContext } from "./context.js";
import { cell } from "./escape.js";
import { findingBlock, valuesLine, variantTable } from "./markdown-blocks.js";
import { AGREEMENT_FILE } from "./agreement.js";
import { formatNumber } from "../text/format.js";
import { isVariantFinding } from "./variants.js";
import { subjectMd } from "./words.js";
import { repoHref } from "./links.js";
import { shownOf } from "./limits.js";

/** Entries of a list on the first screen; the rest follow in the detail. */
const FIRST_SCREEN = 10;

const SEVERITIES = ["error", "warning", "info"] as const;

/** "1 warning", "21 warnings", "1,053 claims". */
const countOf = (n: number, noun: string): string => `${formatNumber(n)} ${noun}${n === 1 ? "" : "s"}`;

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
  return [
    `**${countOf(total, "finding")}** in ${countOf(r.corpus.documents, "document")} with ${countOf(r.corpus.claims, "claim")}: ` +
      `${countOf(r.summary.error, "error")}, ${countOf(r.summary.warning, "warning")}, ${formatNumber(r.summary.info)} info, ${formatNumber(r.summary.acknowledged)} acknowledged.`,
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

const moved = (r: Report, ctx: ReportContext): Finding[] => r.findings.filter((f) => ctx.diff?.status[f.id] === "new" || ctx.diff?.status[f.id] === "changed");

/** "Against origin/main: 1 new, 0 changed, 2 resolved.": what a reviewer of a change reads first. */
export function againstLine(r: Report, ctx: ReportContext, escape: (s: string) => string = (s) => s): string | undefined {
  const diff = ctx.diff;
  if (!diff) return undefined;
  const count = (status: string): string => formatNumber(r.findings.filter((f) => diff.status[f.id] === status).length);
  return `Against ${escape(diff.base)}: ${count("new")} new, ${count("changed")} changed, ${formatNumber(diff.resolved.length)} resolved.`;
}

/** First screen: one line per new, changed or resolved finding; the findings in full follow in the detail. */
function changed(r: Report, ctx: ReportContext): string[] {
  if (!ctx.diff) return [];
  const lines = [`## What changed against ${cell(ctx.diff.base)}`, ""];
  const items = [
    ...moved(r, ctx).map((f) => `- ${ctx.diff?.status[f.id] ?? ""} ${f.severity} \`${f.id}\` ${cell(f.rule)}: ${subjectMd(f, ctx)}`),
    ...ctx.diff.resolved.map((f) => `- resolved \`${f.id}\` ${cell(f.rule)}: ${subjectMd(f, ctx)}`),
  ];
  if (items.length === 0) return [...lines, "Nothing: the same findings as the base.", ""];
  const more = items.length - FIRST_SCREEN;
  return [...lines, ...items.slice(0, FIRST_SCREEN), ...(more > 0 ? [`- and ${more} more, listed in full below`] : []), ""];
}

/** The new, changed and resolved findings in full, after the first screen. */
function changedDetail(r: Report, ctx: ReportContext): string[] {
  if (!ctx.diff || (moved(r, ctx).length === 0 && ctx.diff.resolved.length === 0)) return [];
  const lines = ["## Changed findings in full", ""];
  for (const f of moved(r, ctx)) lines.push(...findingBlock(f, ctx));
  for (const f of ctx.diff.resolved)
    lines.push(`- **resolved** \`${f.id}\` ${cell(f.rule)} ${subjectMd(f, ctx)}: ${cell(f.message)}`, "", ...valuesLine(f, ctx));
  return [...lines, ""];
}

/** Where the job summary sends a reader for what it cannot show: the run's artifact. */
const artifact = (ctx: ReportContext): string => (ctx.runUrl ? `the \`reports\` artifact of [this run](${ctx.runUrl})` : "the full report");

function agreement(ctx: ReportContext, jobSummary: boolean): string[] {
  if (!ctx.agreement || ctx.agreement.facts.length === 0) return [];
  // A job summary loads no image by a relative path, and GitHub drops data URIs there: it links instead.
  if (jobSummary) return ["## Agreement between documents", "", `The agreement picture (\`figures/agreement.svg\`) is in ${artifact(ctx)}.`, ""];
  return [
    "## Agreement between documents",
    "",
    `![Agreement between documents: each document's value for the ${ctx.agreement.facts.length} most-stated facts, documents by date](figures/${AGREEMENT_FILE})`,
    "",
    "Rows are documents in date order, columns the facts most documents state; a cell is the value the document states, marked as agreeing with the value most documents state, differing from it (hatched), only an order of magnitude (dotted) or not stated.",
    "",
  ];
}

const variantsOf = (r: Report): Finding[] =>
  shownOf(r)
    .findings.filter((f) => f.severity !== "info" && isVariantFinding(f))
    .sort((a, b) => b.values.length - a.values.length || compareText(a.rule, b.rule) || compareText(a.subject, b.subject));

/** First screen: the facts and instruments with the most values, one table row each. */
function mostDisagreed(r: Report, ctx: ReportContext, jobSummary: boolean): string[] {
  const variants = variantsOf(r);
  if (variants.length === 0) return [];
  const docs = (f: Finding): number => new Set(f.values.flatMap((v) => v.documents)).size;
  const more = variants.length - FIRST_SCREEN;
  return [
    "## Most disagreed facts",
    "",
    "| fact or instrument | values | documents | rule |",
    "| --- | ---: | ---: | --- |",
    ...variants.slice(0, FIRST_SCREEN).map((f) => `| ${subjectMd(f, ctx)} | ${f.values.length} | ${docs(f)} | ${cell(f.rule)} |`),
    ...(more > 0 ? ["", jobSummary ? `And ${more} more; every variant table is in ${artifact(ctx)}.` : `And ${more} more; every variant table follows.`] : []),
    "",
  ];
}

/** The detail: every value of each disagreed fact, who states it, when and where. */
function variantTables(r: Report, ctx: ReportContext): string[] {
  const variants = variantsOf(r);
  if (variants.length === 0) return [];
  const lines = [
    "## Variant tables",
    "",
    "Each table lists every value stated, how many documents state it, how many of those are independent (documents that reproduce each other's passages count once), which, when, and where.",
    "",
  ];
  // One heading per subject, so every heading (and its anchor) is unique even when two findings share a subject.
  const subjects = [...new Set(variants.map((f) => f.subject))].map((subject) => {
    const of = variants.filter((f) => f.subject === subject);
    const first = of[0] ?? { subject, rule: "" };
    return { subject, of, first, label: `${subjectMd(first, ctx)} (${of.map((f) => f.values.length).join(" + ")} values)` };
  });
  subjects.forEach(({ of, first, label }, i) => {
    const body = [`### ${subjectMd(first, ctx)}`, "", ...of.flatMap((f) => variantTable(f, ctx, chartSvg(f, ctx) !== undefined))];
    if (i < 5) lines.push(...body);
    else lines.push(`<details><summary>${label}</summary>`, "", ...body, "</details>", "");
  });
  return lines;
}

/** Every rule's findings, the first `SHOWN_PER_RULE` in full and the rest counted: the JSON report lists them all. */
function byRule(r: Report, ctx: ReportContext): string[] {
  const lines = ["## Findings by rule", ""];
  const view = shownOf(r);
  for (const rule of [...new Set(r.findings.map((f) => f.rule))].sort(compareText)) {
    const of = view.findings.filter((f) => f.rule === rule);
    const left = view.omitted[rule] ?? 0;
    const meta = ctx.rules[rule];
    lines.push(
      `### ${rule} (${formatNumber(of.length + left)})`,
      "",
      ...(meta ? [`${cell(meta.rationale)}${meta.docs ? ` [About this check](${repoHref(ctx, meta.docs)}).` : ""}`, ""] : []),
    );
    const blocks = SEVERITIES.flatMap((s) => of.filter((f) => f.severity === s)).flatMap((f) => findingBlock(f, ctx, view.omittedLocations[f.id] ?? 0));
    // Appended one by one: spreading a list of 100,000 lines into push() overflows the stack.
    if (of.length > 10) lines.push(`<details><summary>${countOf(of.length, "finding")}</summary>`, "");
    for (const b of blocks) lines.push(b);
    if (of.length > 10) lines.push("</details>", "");
    if (left > 0) lines.push(`And ${countOf(left, "more finding")} of this rule, listed in the JSON report (\`consistency-report.json\`).`, "");
  }
  return lines;
}

const tidy = (lines: string[]): string =>
  lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/\n+$/, "\n");

/**
 * The counts, what changed, the agreement picture and the most disagreed facts: the report's first
 * screen, and (with `jobSummary`) the GitHub job summary, which links to the artifact for the rest.
 */
export function firstScreen(r: Report, ctx: ReportContext = emptyContext(), jobSummary = false): string {
  const against = againstLine(r, ctx, cell);
  return tidy([
    "# Consistency report",
    "",
    ...(against ? [`**${against}**`, "", ...(ctx.diff?.note ? [cell(ctx.diff.note), ""] : [])] : []),
    ...summary(r, ctx),
    "",
    ...changed(r, ctx),
    ...agreement(ctx, jobSummary),
    ...mostDisagreed(r, ctx, jobSummary),
  ]);
}

/**
 * The reviewer's report. The first screen: counts, what changed, the agreement picture, the most
 * disagreed facts; then the detail: changed findings, variant tables, every finding by rule.
 */
export function renderMarkdown(r: Report, ctx: ReportContext = emptyContext()): string {
  const lines = [firstScreen(r, ctx), ...changedDetail(r, ctx), ...variantTables(r, ctx), ...byRule(r, ctx)];
  if (r.findings.length === 0) lines.push("No findings.", "");
  return tidy(lines);
}
