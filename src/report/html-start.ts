import type { Finding, Report } from "../model/report.js";
import { formatNumber } from "../text/format.js";
import { compareText } from "../text/normalize.js";
import type { ReportContext } from "./context.js";
import { escapeHtml as h } from "./escape.js";
import { documentsOf, plural, scroll, subjectText } from "./html-parts.js";
import { repoHref } from "./links.js";
import { valueText } from "./variants.js";
import { displayValue } from "./words.js";

const RANK: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** "63 · 83": the values in conflict, as a reader writes them, a handful at most. */
function valuesInBrief(f: Finding, ctx: ReportContext): string {
  const values = f.values.map((v) => displayValue(f.subject, valueText(v.value), ctx));
  const shown = values.slice(0, 4).map((v) => `<code>${h(v)}</code>`);
  return values.length > 4 ? `${shown.join(" · ")} and ${formatNumber(values.length - 4)} more` : shown.join(" · ");
}

/** Counts by severity, as the summary counts them: acknowledged findings apart. */
function countRow(of: readonly Finding[], head: string): string {
  const n = (sev: string): string => formatNumber(of.filter((f) => f.severity === sev && !f.acknowledged).length);
  return `<tr><th scope="row">${head}</th><td>${n("error")}</td><td>${n("warning")}</td><td>${n("info")}</td><td>${formatNumber(of.filter((f) => f.acknowledged).length)}</td></tr>`;
}

function ruleTable(r: Report, ctx: ReportContext): string {
  const rules = [...new Set(r.findings.map((f) => f.rule))].sort(compareText);
  const rows = rules.map((rule) => {
    const meta = ctx.rules[rule];
    const head = meta?.docs ? `<a href="${h(repoHref(ctx, meta.docs))}" title="${h(meta.description)}">${h(rule)}</a>` : h(rule);
    return countRow(
      r.findings.filter((f) => f.rule === rule),
      head,
    );
  });
  return scroll(
    "Findings by rule and severity",
    `<table><caption>Findings by rule and severity</caption><thead><tr><th scope="col">rule</th><th scope="col">error</th><th scope="col">warning</th><th scope="col">info</th><th scope="col">acknowledged</th></tr></thead><tbody>${rows.join("")}${countRow(r.findings, "all")}</tbody></table>`,
  );
}

/**
 * Where a reviewer starts: every error and warning the page shows, one line each, linked to its
 * finding, then the counts per rule (of every finding, shown or not).
 */
export function startHere(r: Report, shown: readonly Finding[], ctx: ReportContext): string {
  const first = shown
    .filter((f) => f.severity !== "info" && !f.acknowledged)
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || compareText(a.rule, b.rule));
  const items = first.map((f) => {
    const docs = documentsOf(f).length;
    return `<li><strong>${f.severity}</strong> <a href="#finding=${h(f.id)}">${h(subjectText(f, ctx))}</a>: ${valuesInBrief(f, ctx)} <span class="keys">(${plural(docs, "document")}; ${h(f.rule)})</span></li>`;
  });
  const left = r.summary.error + r.summary.warning - first.length;
  const more = left > 0 ? `<p class="omitted">And ${formatNumber(left)} more (errors and warnings), listed in the JSON report.</p>` : "";
  const list = items.length > 0 ? `<ol class="start">${items.join("\n")}</ol>${more}` : "<p>No error or warning: the findings below are notes (info).</p>";
  return `<section id="start" aria-labelledby="start-h"><h2 id="start-h">Start here: ${plural(r.summary.error, "error")} and ${plural(r.summary.warning, "warning")}</h2>
${list}
${ruleTable(r, ctx)}</section>`;
}
