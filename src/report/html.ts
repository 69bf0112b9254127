import type { Finding, Report } from "../model/report.js";
import { formatNumber } from "../text/format.js";
import { compareText } from "../text/normalize.js";
import { agreementSvg } from "./agreement.js";
import { chartSvg } from "./chart.js";
import type { ReportContext } from "./context.js";
import { escapeHtml as h } from "./escape.js";
import { repoHref } from "./links.js";
import { SCRIPT } from "./html-script.js";
import { againstLine } from "./markdown.js";
import { isVariantFinding, valueText, variantRows } from "./variants.js";
import { displayValue, subjectLabel, type Subjected } from "./words.js";

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
.finding{border-left:4px solid #999;padding:.25rem .75rem;margin:.75rem 0;scroll-margin-top:4rem}.error{border-color:#c00}.warning{border-color:#e69f00}.info{border-color:#0072b2}
.finding.current{outline:2px solid #0072b2;outline-offset:2px}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd;z-index:1}.filters label{margin-right:1rem}.filters select{max-width:22rem}
.quote{font-family:Georgia,serif}.ack{color:#555}code{background:#f4f4f4;padding:0 .2rem}.keys{color:#555}
button.src{font:inherit;cursor:pointer;background:#f4f4f4;border:1px solid #bbb;border-radius:3px}
pre.source{margin:0;white-space:pre-wrap;font:12px/1.4 ui-monospace,monospace;max-width:1100px}pre.source .n{display:inline-block;width:3.5em;color:#595959;user-select:none}
h3.fh{font-size:1em;font-weight:normal;margin:.4rem 0}ol.start{padding-left:1.5rem}nav{margin:.5rem 0}
pre.source mark{background:#fde9b8;outline:1px solid #c98a00}figure{margin:1rem 0}
.scroll{overflow-x:auto;max-width:100%}.scroll:focus-visible{outline:2px solid #0072b2}td{overflow-wrap:anywhere}
@media (max-width:600px){body{margin:.5rem}.filters{display:flex;flex-wrap:wrap;gap:.25rem;padding:.25rem 0}.filters label{margin:0;font-size:0}.filters select{font-size:13px;max-width:46vw}.filters .keys{display:none}}`;

/** A wide table or picture scrolls inside its own box, which a keyboard can reach, so a phone's page never scrolls sideways. */
const scroll = (label: string, inner: string): string => `<div class="scroll" tabindex="0" role="region" aria-label="${h(label)}">${inner}</div>`;

function options(values: string[], label: string, text: (v: string) => string = (v) => v): string {
  return [`<option value="">all ${h(label)}</option>`, ...values.map((v) => `<option value="${h(v)}">${h(text(v))}</option>`)].join("");
}

/** A document as a reader knows it: its title, with the date and outlet; the id on hover. */
function documentName(id: string, ctx: ReportContext): string {
  const d = ctx.documents[id];
  if (!d) return h(id);
  const bits = [d.date, d.outlet].filter((b): b is string => b !== undefined);
  return `<span title="${h(id)}">${h(d.title)}</span>${bits.length > 0 ? ` <span class="keys">(${h(bits.join(", "))})</span>` : ""}`;
}

/** The title and date of a document as plain text, for a filter's option. */
function documentText(id: string, ctx: ReportContext): string {
  const d = ctx.documents[id];
  return d ? `${d.title}${d.date ? ` (${d.date})` : ""}` : id;
}

/** "Killed, all ages <code>killed.total</code>": the registry's words with the key beside them. */
function subjectHtml(f: Subjected, ctx: ReportContext): string {
  const label = subjectLabel(f, ctx);
  return label ? `${h(label)} <code>${h(f.subject)}</code>` : h(f.subject);
}

function locationRow(l: Finding["locations"][number], i: number, ctx: ReportContext): string {
  // The file is an index into the embedded excerpts and the quote is read from its cell: each written once.
  const file = Object.keys(ctx.excerpts).indexOf(l.source?.file ?? "");
  const source = l.source
    ? `<button type="button" class="src" data-index="${i}" data-file="${file}" data-line="${l.source.line}">L${l.source.line}</button>`
    : "";
  const record = `<a href="${h(repoHref(ctx, l.file, l.line))}">${h(l.file)}:${l.line}</a>`;
  return `<tr><td>${l.document ? documentName(l.document, ctx) : ""}</td><td>${h(ctx.documents[l.document]?.date ?? "")}</td><td>${source}</td><td>${record}</td><td class="quote">${h(l.quote ?? "")}</td></tr>`;
}

/** Other rules' views of the same words, merged into this finding (one defect, one finding). */
function relatedHtml(f: Finding): string {
  const items = (f.related ?? []).map((r) => `<li><code>${h(r.rule)}</code> <code>${h(r.id)}</code> ${h(r.message)}</li>`);
  return items.length > 0 ? `<p>The same words, as other rules see them:</p><ul class="related">${items.join("")}</ul>` : "";
}

/** A finding that asks for it shows its values as a table: each value (a name's spelling) and the documents printing it. */
function valueTableHtml(f: Finding): string {
  if (!f.table) return "";
  const rows = f.values.map((v) => `<tr><td><code>${h(String(v.value))}</code></td><td>${h(v.documents.join(", "))}</td></tr>`).join("");
  return scroll(
    `Spellings of finding ${f.id} and the documents printing each`,
    `<table class="spellings"><thead><tr><th>spelling</th><th>documents</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

function findingHtml(f: Finding, ctx: ReportContext): string {
  const docs = [...new Set(f.locations.map((l) => l.document).filter((d) => d !== ""))];
  const rows = f.locations.map((l, i) => locationRow(l, i, ctx)).join("");
  const ack = ctx.acknowledgements[f.id];
  const status = ctx.diff?.status[f.id];
  return `<div class="finding ${f.severity}" id="f-${h(f.id)}" tabindex="-1" data-id="${h(f.id)}" data-rule="${h(f.rule)}" data-severity="${f.severity}"${status ? ` data-status="${status}"` : ""} data-documents="${h(docs.join(" "))}">
<h3 class="fh"><strong>${f.severity}</strong>${f.acknowledged ? " (acknowledged)" : ""}${status && status !== "unchanged" ? ` <em>${status}</em>` : ""} <code>${h(f.rule)}</code> <a href="#finding=${h(f.id)}"><code>${h(f.id)}</code></a> ${subjectHtml(f, ctx)}</h3>
<p>${h(f.message)}</p>${relatedHtml(f)}${valueTableHtml(f)}${ack ? `<p class="ack">Acknowledged by ${h(ack.by)} on ${h(ack.date)}: ${h(ack.reason)}</p>` : ""}
${scroll(`Where finding ${f.id} stands`, `<table><thead><tr><th>document</th><th>date</th><th>source</th><th>record</th><th>quote</th></tr></thead><tbody>${rows}</tbody></table>`)}</div>`;
}

function variantsHtml(r: Report, ctx: ReportContext): string {
  const vs = r.findings
    .filter((f) => f.severity !== "info" && isVariantFinding(f))
    .sort((a, b) => b.values.length - a.values.length || compareText(a.subject, b.subject));
  return vs
    .map((f) => {
      const rows = variantRows(f, ctx)
        .map(
          (row) =>
            `<tr><td><code>${h(displayValue(f.subject, row.value, ctx))}</code></td><td>${row.documents.length}</td><td>${row.independent}</td><td>${h(row.documents.join(", "))}</td><td>${h(row.first ?? "undated")}${row.last && row.last !== row.first ? ` – ${h(row.last)}` : ""}</td></tr>`,
        )
        .join("");
      return `<section><h3>${subjectHtml(f, ctx)}</h3><p>${h(f.message)}</p>${scroll(`Values of ${subjectLabel(f, ctx) ?? f.subject} (finding ${f.id})`, `<table><thead><tr><th>value</th><th>documents</th><th>independent</th><th>which</th><th>dates</th></tr></thead><tbody>${rows}</tbody></table>`)}${scrollChart(f, ctx)}</section>`;
    })
    .join("\n");
}

function scrollChart(f: Finding, ctx: ReportContext): string {
  const svg = chartSvg(f, ctx);
  return svg ? scroll(`Chart of ${subjectLabel(f, ctx) ?? f.subject} (finding ${f.id})`, svg) : "";
}

function agreementHtml(ctx: ReportContext): string {
  if (!ctx.agreement || ctx.agreement.facts.length === 0) return "";
  return `<h2 id="agreement">Agreement between documents</h2>
<figure>${scroll("Agreement picture", agreementSvg(ctx.agreement))}<figcaption>Rows are documents in date order, columns the facts most documents state; a cell is the value the document states.</figcaption></figure>`;
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

const statusFilter = (ctx: ReportContext): string =>
  ctx.diff ? `<label>Status <select id="f-status">${options(["new", "changed", "unchanged"], "statuses")}</select></label>` : "";

const RANK: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };
const plural = (n: number, noun: string): string => `${formatNumber(n)} ${noun}${n === 1 ? "" : "s"}`;

/** "63 · 83": the values in conflict, as a reader writes them, a handful at most. */
function valuesInBrief(f: Finding, ctx: ReportContext): string {
  const values = f.values.map((v) => displayValue(f.subject, valueText(v.value), ctx));
  const shown = values.slice(0, 4).map((v) => `<code>${h(v)}</code>`);
  return values.length > 4 ? `${shown.join(" · ")} and ${values.length - 4} more` : shown.join(" · ");
}

/** Where a reviewer starts: every error and warning in one line each, linked to its finding, then the counts per rule. */
function startHere(r: Report, ctx: ReportContext): string {
  const first = r.findings
    .filter((f) => f.severity !== "info" && !f.acknowledged)
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || compareText(a.rule, b.rule));
  const items = first.map((f) => {
    const docs = new Set(f.locations.map((l) => l.document).filter((d) => d !== "")).size;
    const label = subjectLabel(f, ctx) ?? ctx.documents[f.subject]?.title ?? f.subject;
    return `<li><strong>${f.severity}</strong> <a href="#finding=${h(f.id)}">${h(label)}</a>: ${valuesInBrief(f, ctx)} <span class="keys">(${plural(docs, "document")}; ${h(f.rule)})</span></li>`;
  });
  const list = items.length > 0 ? `<ol class="start">${items.join("\n")}</ol>` : "<p>No error or warning: the findings below are notes (info).</p>";
  const rules = [...new Set(r.findings.map((f) => f.rule))].sort(compareText);
  const row = (name: string, of: Finding[], head: string): string => {
    const n = (sev: string): number => of.filter((f) => f.severity === sev && !f.acknowledged).length;
    return `<tr><th scope="row">${head}</th><td>${n("error")}</td><td>${n("warning")}</td><td>${n("info")}</td><td>${of.filter((f) => f.acknowledged).length}</td></tr>`;
  };
  const ruleRows = rules.map((rule) => {
    const meta = ctx.rules[rule];
    const head = meta ? `<a href="${h(repoHref(ctx, meta.docs))}" title="${h(meta.description)}">${h(rule)}</a>` : h(rule);
    return row(
      rule,
      r.findings.filter((f) => f.rule === rule),
      head,
    );
  });
  return `<section id="start" aria-labelledby="start-h"><h2 id="start-h">Start here: ${plural(first.filter((f) => f.severity === "error").length, "error")} and ${plural(first.filter((f) => f.severity === "warning").length, "warning")}</h2>
${list}
${scroll("Findings by rule and severity", `<table><caption>Findings by rule and severity</caption><thead><tr><th scope="col">rule</th><th scope="col">error</th><th scope="col">warning</th><th scope="col">info</th><th scope="col">acknowledged</th></tr></thead><tbody>${ruleRows.join("")}${row("all", r.findings, "all")}</tbody></table>`)}</section>`;
}

/** One self-contained HTML file: summary, agreement picture, variant tables with charts, findings with filters and source. No external requests. */
export function renderHtml(r: Report, ctx: ReportContext): string {
  const rules = [...new Set(r.findings.map((f) => f.rule))].sort(compareText);
  const documents = [...new Set(r.findings.flatMap((f) => f.locations.map((l) => l.document)).filter((d) => d !== ""))].sort(compareText);
  const s = r.summary;
  const n = formatNumber;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Consistency report</title><style>${STYLE}</style></head><body>
<header><h1>Consistency report</h1>
${againstHtml(r, ctx)}<p><strong>${plural(r.findings.length, "finding")}</strong> in ${plural(r.corpus.documents, "document")} with ${plural(r.corpus.claims, "claim")}: ${plural(s.error, "error")}, ${plural(s.warning, "warning")}, ${n(s.info)} info, ${n(s.acknowledged)} acknowledged.</p></header>
<nav aria-label="Contents"><a href="#start">Start here</a> · ${ctx.agreement && ctx.agreement.facts.length > 0 ? `<a href="#agreement">Agreement</a> · ` : ""}<a href="#disagreed">Most disagreed facts</a> · <a href="#findings">Findings</a>${ctx.diff && ctx.diff.resolved.length > 0 ? ` · <a href="#resolved">Resolved</a>` : ""}</nav>
<main>
${startHere(r, ctx)}
${agreementHtml(ctx)}
<h2 id="disagreed">Most disagreed facts</h2>
${variantsHtml(r, ctx)}
<h2 id="findings">Findings</h2>
<div class="filters"><label>Rule <select id="f-rule">${options(rules, "rules")}</select></label><label>Severity <select id="f-severity">${options(["error", "warning", "info"], "severities")}</select></label><label>Document <select id="f-document">${options(documents, "documents", (d) => documentText(d, ctx))}</select></label>${statusFilter(ctx)} <span><span id="shown"></span> shown</span> <span class="keys"><kbd>j</kbd>/<kbd>k</kbd> next/previous finding; a source line button opens the text around it; the address keeps filters and the open finding.</span></div>
${r.findings.map((f) => findingHtml(f, ctx)).join("\n")}
${resolvedHtml(ctx)}</main>
<script type="application/json" id="excerpts">${excerptsJson(ctx)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
