import type { Finding, Report } from "../model/report.js";
import { formatNumber } from "../text/format.js";
import { compareText } from "../text/normalize.js";
import type { ReportContext } from "./context.js";
import { escapeHtml as h } from "./escape.js";
import { findingHtml, omittedHtml } from "./html-finding.js";
import { documentText, documentsOf, plural, subjectHtml } from "./html-parts.js";
import { SCRIPT } from "./html-script.js";
import { startHere } from "./html-start.js";
import { STYLE } from "./html-style.js";
import { agreementHtml, variantFindings, variantsHtml } from "./html-variants.js";
import { shownOf } from "./limits.js";
import { againstLine } from "./markdown.js";
import { valueText } from "./variants.js";
import { displayValue } from "./words.js";

/** A filter's options, each with how many findings it shows, counted as the summary counts them. */
function options(values: readonly string[], label: string, count: (v: string) => number, text: (v: string) => string = (v) => v): string {
  return [`<option value="">all ${h(label)}</option>`, ...values.map((v) => `<option value="${h(v)}">${h(text(v))} (${formatNumber(count(v))})</option>`)].join(
    "",
  );
}

/** Source lines as JSON inside the page, files in order; `<` is escaped so no line can end the script element. */
function excerptsJson(ctx: ReportContext): string {
  return JSON.stringify(Object.entries(ctx.excerpts)).replace(/</g, "\\u003c");
}

/** The base comparison, first: the counts of new, changed and resolved findings, and how the base was obtained. */
function againstHtml(r: Report, ctx: ReportContext): string {
  const line = againstLine(r, ctx);
  if (!line) return "";
  return `<p><strong>${h(line)}</strong></p>${ctx.diff?.note ? `<p>${h(ctx.diff.note)}</p>` : ""}\n`;
}

/** Findings of the base that are gone, each with its last message and values. */
function resolvedHtml(ctx: ReportContext): string {
  const diff = ctx.diff;
  if (!diff || diff.resolved.length === 0) return "";
  const items = diff.resolved.map((f) => {
    const values = f.values.map(
      (v) => `<code>${h(displayValue(f.subject, valueText(v.value), ctx))}</code>${v.documents.length > 0 ? ` (${h(v.documents.join(", "))})` : ""}`,
    );
    return `<li><strong>${f.severity}</strong> <code>${h(f.rule)}</code> <code>${h(f.id)}</code> ${subjectHtml(f, ctx)}: ${h(f.message)}${values.length > 0 ? `<br>Last values: ${values.join("; ")}` : ""}</li>`;
  });
  return `<h2 id="resolved">Resolved against ${h(diff.base)}</h2>\n<ul>${items.join("\n")}</ul>\n`;
}

/** The filter bar: rule, severity (acknowledged findings apart, as the summary counts them), document, status; counts on every option. */
function filters(shown: readonly Finding[], ctx: ReportContext): string {
  const rules = [...new Set(shown.map((f) => f.rule))].sort(compareText);
  const documents = [...new Set(shown.flatMap(documentsOf))].sort(compareText);
  const severity = (f: Finding): string => (f.acknowledged ? "acknowledged" : f.severity);
  const count = (test: (f: Finding) => boolean): number => shown.filter(test).length;
  const status = ctx.diff
    ? `<label>Status <select id="f-status">${options(["new", "changed", "unchanged"], "statuses", (s) => count((f) => ctx.diff?.status[f.id] === s))}</select></label>`
    : "";
  return `<div class="filters"><label>Rule <select id="f-rule">${options(rules, "rules", (v) => count((f) => f.rule === v))}</select></label><label>Severity <select id="f-severity">${options(["error", "warning", "info", "acknowledged"], "severities", (v) => count((f) => severity(f) === v))}</select></label><label>Document <select id="f-document">${options(
    documents,
    "documents",
    (d) => count((f) => documentsOf(f).includes(d)),
    (d) => documentText(d, ctx),
  )}</select></label>${status}<label class="ackbox"><input type="checkbox" id="f-ack"> hide acknowledged</label> <span class="count"><span id="shown"></span> shown</span> <span class="keys help"><kbd>j</kbd>/<kbd>k</kbd> next/previous finding; a source line button opens the text around it; the address keeps filters and the open finding.</span></div>`;
}

/** One self-contained HTML file: where to start, agreement picture, variant tables with charts, findings with filters and source. No external requests. */
export function renderHtml(r: Report, ctx: ReportContext): string {
  const s = r.summary;
  const view = shownOf(r);
  const shown = view.findings;
  const n = formatNumber;
  const hasAgreement = ctx.agreement !== undefined && ctx.agreement.facts.length > 0;
  const capped = shown.length < r.findings.length ? ` This page shows ${n(shown.length)} of them.` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Consistency report</title><style>${STYLE}</style></head><body>
<header><h1>Consistency report</h1>
${againstHtml(r, ctx)}<p><strong>${plural(r.findings.length, "finding")}</strong> in ${plural(r.corpus.documents, "document")} with ${plural(r.corpus.claims, "claim")}: ${plural(s.error, "error")}, ${plural(s.warning, "warning")}, ${n(s.info)} info, ${n(s.acknowledged)} acknowledged.${capped}</p></header>
<nav aria-label="Contents"><a href="#start">Start here</a> · ${hasAgreement ? `<a href="#agreement">Agreement</a> · ` : ""}${variantFindings(shown).length > 0 ? `<a href="#disagreed">Most disagreed facts</a> · ` : ""}<a href="#findings">Findings</a>${ctx.diff && ctx.diff.resolved.length > 0 ? ` · <a href="#resolved">Resolved</a>` : ""}</nav>
<main>
${startHere(r, shown, ctx)}
${agreementHtml(shown, ctx)}
${variantFindings(shown).length > 0 ? `<h2 id="disagreed">Most disagreed facts</h2>\n${variantsHtml(shown, ctx)}` : ""}
<h2 id="findings">Findings</h2>
${filters(shown, ctx)}
<p id="none" hidden>No finding matches these filters.</p>
${shown.map((f) => findingHtml(f, ctx, view.omittedLocations[f.id] ?? 0)).join("\n")}
${omittedHtml(view.omitted)}
${resolvedHtml(ctx)}</main>
<script type="application/json" id="excerpts">${excerptsJson(ctx)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
