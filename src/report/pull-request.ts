import type { Finding, Report } from "../model/report.js";
import { formatNumber } from "../text/format.js";
import type { ReportContext } from "./context.js";
import { cell } from "./escape.js";
import { findingBlock, namedAndCounted, valuesLine } from "./markdown-blocks.js";
import { subjectMd } from "./words.js";

/** GitHub refuses a comment body longer than this. */
export const COMMENT_LIMIT = 65_536;

/** The first line of the comment: how the workflow finds its own comment to update it. */
export const COMMENT_MARKER = "<!-- corpus-check: pull-request report -->";

const RANK: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };
const bySeverity = (a: Finding, b: Finding): number => RANK[a.severity] - RANK[b.severity];
const plural = (n: number, noun: string): string => `${formatNumber(n)} ${noun}${n === 1 ? "" : "s"}`;

function changedBlock(f: Finding, ctx: ReportContext): string {
  const before = ctx.diff?.previous[f.id];
  const was = before ? [`  Before: ${cell(before.message)}`, ""] : [];
  return [...findingBlock(f, ctx), ...valuesLine(f, ctx), ...was].join("\n");
}

function resolvedBlock(f: Finding, ctx: ReportContext): string {
  const where = f.locations.map((l) => `${cell(l.document || l.file)} line ${l.source?.line ?? l.line}`);
  return [
    `- **${f.severity}** resolved \`${f.id}\` ${cell(f.rule)} ${subjectMd(f, ctx)}: ${cell(f.message)}`,
    "",
    ...valuesLine(f, ctx),
    ...(where.length > 0 ? [`  Was at: ${namedAndCounted(where)}`, ""] : []),
  ].join("\n");
}

interface Section {
  title: string;
  blocks: string[];
}

function sections(r: Report, ctx: ReportContext): Section[] {
  const diff = ctx.diff;
  if (!diff) return [];
  const of = (status: string): Finding[] => r.findings.filter((f) => diff.status[f.id] === status).sort(bySeverity);
  return [
    { title: "New", blocks: of("new").map((f) => changedBlock(f, ctx)) },
    { title: "Changed", blocks: of("changed").map((f) => changedBlock(f, ctx)) },
    { title: "Resolved", blocks: [...diff.resolved].sort(bySeverity).map((f) => resolvedBlock(f, ctx)) },
  ];
}

function head(r: Report, ctx: ReportContext, gated: number, failOn: string): string[] {
  const diff = ctx.diff;
  const count = (status: string): number => r.findings.filter((f) => diff?.status[f.id] === status).length;
  const s = r.summary;
  const verdict =
    failOn === "none"
      ? "Nothing gates this check."
      : gated === 0
        ? `No new or changed finding at ${failOn} or above: the check passes.`
        : `${plural(gated, "finding")} at ${failOn} or above ${gated === 1 ? "is" : "are"} new or changed: the check fails.`;
  return [
    COMMENT_MARKER,
    "## Consistency check",
    "",
    `**Against ${cell(diff?.base ?? "")}: ${formatNumber(count("new"))} new, ${formatNumber(count("changed"))} changed, ${formatNumber(diff?.resolved.length ?? 0)} resolved.** ${verdict}`,
    "",
    `The corpus now has ${plural(r.findings.length, "finding")} in ${plural(r.corpus.documents, "document")}: ${s.error} error, ${s.warning} warning, ${s.info} info, ${s.acknowledged} acknowledged.`,
    "",
    ...(diff?.note ? [cell(diff.note), ""] : []),
  ];
}

function footer(left: number, ctx: ReportContext): string {
  const where = ctx.runUrl ? `the \`reports\` artifact of [this run](${ctx.runUrl})` : "the full report (`consistency-report.md`)";
  return `_${plural(left, "more finding")} ${left === 1 ? "is" : "are"} not shown here (a comment holds at most ${formatNumber(COMMENT_LIMIT)} characters): see ${where}._\n`;
}

/**
 * The pull request's comment: the counts, then every new, changed and resolved finding in full, as
 * many as fit in one comment; what does not fit is counted and pointed to in the full report.
 */
export function renderPullRequest(r: Report, ctx: ReportContext, gated: number, failOn: string, limit = COMMENT_LIMIT): string {
  const top = head(r, ctx, gated, failOn).join("\n") + "\n";
  const all = sections(r, ctx);
  const total = all.reduce((n, s) => n + s.blocks.length, 0);
  if (total === 0) return `${top}No finding is new, changed or resolved.\n`;
  // Room is kept for the longest footer, so adding it never crosses the limit.
  const budget = limit - footer(total, ctx).length - 1;
  let text = top;
  let shown = 0;
  let full = false;
  for (const s of all) {
    if (s.blocks.length === 0) continue;
    const heading = `\n### ${s.title} (${formatNumber(s.blocks.length)})\n\n`;
    if (full || text.length + heading.length > budget) {
      full = true;
      continue;
    }
    text += heading;
    for (const b of s.blocks) {
      if (text.length + b.length + 1 > budget) {
        full = true;
        break;
      }
      text += `${b}\n`;
      shown++;
    }
  }
  return shown < total ? `${text}\n${footer(total - shown, ctx)}` : text;
}
