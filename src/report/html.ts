import type { Finding, Report } from "../model/report.js";
import { formatNumber } from "../text/format.js";
import { compareText } from "../text/normalize.js";
import { agreementSvg } from "./agreement.js";
import { chartSvg } from "./chart.js";
import type { ReportContext } from "./context.js";
import { escapeHtml as h } from "./escape.js";
import { SCRIPT } from "./html-script.js";
import { isVariantFinding, variantRows } from "./variants.js";
import { displayValue, subjectLabel, type Subjected } from "./words.js";

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
.finding{border-left:4px solid #999;padding:.25rem .75rem;margin:.75rem 0;scroll-margin-top:4rem}.error{border-color:#c00}.warning{border-color:#e69f00}.info{border-color:#0072b2}
.finding.current{outline:2px solid #0072b2;outline-offset:2px}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd;z-index:1}.filters label{margin-right:1rem}
.quote{font-family:Georgia,serif}.ack{color:#555}code{background:#f4f4f4;padding:0 .2rem}.keys{color:#555}
button.src{font:inherit;cursor:pointer;background:#f4f4f4;border:1px solid #bbb;border-radius:3px}
pre.source{margin:0;white-space:pre-wrap;font:12px/1.4 ui-monospace,monospace;max-width:1100px}pre.source .n{display:inline-block;width:3.5em;color:#777;user-select:none}
pre.source mark{background:#fde9b8;outline:1px solid #c98a00}figure{margin:1rem 0;overflow-x:auto}`;

function options(values: string[], label: string): string {
  return [`<option value="">all ${h(label)}</option>`, ...values.map((v) => `<option value="${h(v)}">${h(v)}</option>`)].join("");
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
  const record = `<a href="../${h(l.file)}#L${l.line}">${h(l.file)}:${l.line}</a>`;
  return `<tr><td>${h(l.document)}</td><td>${h(ctx.documents[l.document]?.date ?? "")}</td><td>${source}</td><td>${record}</td><td class="quote">${h(l.quote ?? "")}</td></tr>`;
}

function findingHtml(f: Finding, ctx: ReportContext): string {
  const docs = [...new Set(f.locations.map((l) => l.document).filter((d) => d !== ""))];
  const rows = f.locations.map((l, i) => locationRow(l, i, ctx)).join("");
  const ack = ctx.acknowledgements[f.id];
  const status = ctx.diff?.status[f.id];
  return `<div class="finding ${f.severity}" id="f-${h(f.id)}" tabindex="-1" data-id="${h(f.id)}" data-rule="${h(f.rule)}" data-severity="${f.severity}" data-documents="${h(docs.join(" "))}">
<p><strong>${f.severity}</strong>${f.acknowledged ? " (acknowledged)" : ""}${status && status !== "unchanged" ? ` <em>${status}</em>` : ""} <code>${h(f.rule)}</code> <a href="#finding=${h(f.id)}"><code>${h(f.id)}</code></a> ${subjectHtml(f, ctx)}</p>
<p>${h(f.message)}</p>${ack ? `<p class="ack">Acknowledged by ${h(ack.by)} on ${h(ack.date)}: ${h(ack.reason)}</p>` : ""}
<table><thead><tr><th>document</th><th>date</th><th>source</th><th>record</th><th>quote</th></tr></thead><tbody>${rows}</tbody></table></div>`;
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
      return `<section><h3>${subjectHtml(f, ctx)}</h3><p>${h(f.message)}</p><table><thead><tr><th>value</th><th>documents</th><th>independent</th><th>which</th><th>dates</th></tr></thead><tbody>${rows}</tbody></table>${chartSvg(f, ctx) ?? ""}</section>`;
    })
    .join("\n");
}

function agreementHtml(ctx: ReportContext): string {
  if (!ctx.agreement || ctx.agreement.facts.length === 0) return "";
  return `<h2>Agreement between documents</h2>
<figure>${agreementSvg(ctx.agreement)}<figcaption>Rows are documents in date order, columns the facts most documents state; a cell is the value the document states.</figcaption></figure>`;
}

/** Source lines as JSON inside the page, files in order; `<` is escaped so no line can end the script element. */
function excerptsJson(ctx: ReportContext): string {
  return JSON.stringify(Object.entries(ctx.excerpts)).replace(/</g, "\\u003c");
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
<h1>Consistency report</h1>
<p><strong>${n(r.findings.length)} findings</strong> in ${n(r.corpus.documents)} documents with ${n(r.corpus.claims)} claims: ${n(s.error)} error, ${n(s.warning)} warning, ${n(s.info)} info, ${n(s.acknowledged)} acknowledged.</p>
${agreementHtml(ctx)}
<h2>Most disagreed facts</h2>
${variantsHtml(r, ctx)}
<h2>Findings</h2>
<div class="filters"><label>Rule <select id="f-rule">${options(rules, "rules")}</select></label><label>Severity <select id="f-severity">${options(["error", "warning", "info"], "severities")}</select></label><label>Document <select id="f-document">${options(documents, "documents")}</select></label> <span><span id="shown"></span> shown</span> <span class="keys"><kbd>j</kbd>/<kbd>k</kbd> next/previous finding; a source line button opens the text around it; the address keeps filters and the open finding.</span></div>
${r.findings.map((f) => findingHtml(f, ctx)).join("\n")}
<script type="application/json" id="excerpts">${excerptsJson(ctx)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
