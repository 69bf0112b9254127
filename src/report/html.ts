import type { Finding, Report } from "../model/report.js";
import { compareText } from "../text/normalize.js";
import { chartSvg } from "./chart.js";
import type { ReportContext } from "./context.js";
import { escapeHtml as h } from "./escape.js";
import { isVariantFinding, variantRows } from "./variants.js";

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
.finding{border-left:4px solid #999;padding:.25rem .75rem;margin:.75rem 0}.error{border-color:#c00}.warning{border-color:#e69f00}.info{border-color:#0072b2}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd}.filters label{margin-right:1rem}
.quote{font-family:Georgia,serif}.ack{color:#555}code{background:#f4f4f4;padding:0 .2rem}`;

// Filtering runs in the page; nothing is fetched. Rows carry their rule, severity and documents as data attributes.
const SCRIPT = `(function(){
var sel=function(id){return document.getElementById(id)};
function apply(){var r=sel('f-rule').value,s=sel('f-severity').value,d=sel('f-document').value,shown=0;
document.querySelectorAll('.finding').forEach(function(el){
var ok=(!r||el.dataset.rule===r)&&(!s||el.dataset.severity===s)&&(!d||el.dataset.documents.split(' ').indexOf(d)>=0);
el.hidden=!ok;if(ok)shown++;});sel('shown').textContent=String(shown);}
['f-rule','f-severity','f-document'].forEach(function(id){sel(id).addEventListener('change',apply)});apply();})();`;

function options(values: string[], label: string): string {
  return [`<option value="">all ${h(label)}</option>`, ...values.map((v) => `<option value="${h(v)}">${h(v)}</option>`)].join("");
}

function findingHtml(f: Finding, ctx: ReportContext): string {
  const docs = [...new Set(f.locations.map((l) => l.document).filter((d) => d !== ""))];
  const rows = f.locations
    .map(
      (l) =>
        `<tr><td>${h(l.document)}</td><td>${h(ctx.documents[l.document]?.date ?? "")}</td><td>${l.source ? `${h(l.source.file)}:${l.source.line}` : ""}</td><td>${h(l.file)}:${l.line}</td><td class="quote">${h(l.quote ?? "")}</td></tr>`,
    )
    .join("");
  const ack = ctx.acknowledgements[f.id];
  const status = ctx.diff?.status[f.id];
  return `<div class="finding ${f.severity}" data-rule="${h(f.rule)}" data-severity="${f.severity}" data-documents="${h(docs.join(" "))}">
<p><strong>${f.severity}</strong>${f.acknowledged ? " (acknowledged)" : ""}${status && status !== "unchanged" ? ` <em>${status}</em>` : ""} <code>${h(f.rule)}</code> <code>${h(f.id)}</code> ${h(f.subject)}</p>
<p>${h(f.message)}</p>${ack ? `<p class="ack">Acknowledged by ${h(ack.by)} on ${h(ack.date)}: ${h(ack.reason)}</p>` : ""}
<table><thead><tr><th>document</th><th>date</th><th>source line</th><th>record</th><th>quote</th></tr></thead><tbody>${rows}</tbody></table></div>`;
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
            `<tr><td><code>${h(row.value)}</code></td><td>${row.documents.length}</td><td>${row.independent}</td><td>${h(row.documents.join(", "))}</td><td>${h(row.first ?? "undated")}${row.last && row.last !== row.first ? ` – ${h(row.last)}` : ""}</td></tr>`,
        )
        .join("");
      return `<section><h3>${h(f.subject)}</h3><p>${h(f.message)}</p><table><thead><tr><th>value</th><th>documents</th><th>independent</th><th>which</th><th>dates</th></tr></thead><tbody>${rows}</tbody></table>${chartSvg(f, ctx) ?? ""}</section>`;
    })
    .join("\n");
}

/** One self-contained HTML file: summary, variant tables with charts, findings with filters. No external requests. */
export function renderHtml(r: Report, ctx: ReportContext): string {
  const rules = [...new Set(r.findings.map((f) => f.rule))].sort(compareText);
  const documents = [...new Set(r.findings.flatMap((f) => f.locations.map((l) => l.document)).filter((d) => d !== ""))].sort(compareText);
  const s = r.summary;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Consistency report</title><style>${STYLE}</style></head><body>
<h1>Consistency report</h1>
<p><strong>${r.findings.length} findings</strong> in ${r.corpus.documents} documents with ${r.corpus.claims} claims: ${s.error} error, ${s.warning} warning, ${s.info} info, ${s.acknowledged} acknowledged.</p>
<h2>Most disagreed facts</h2>
${variantsHtml(r, ctx)}
<h2>Findings</h2>
<div class="filters"><label>Rule <select id="f-rule">${options(rules, "rules")}</select></label><label>Severity <select id="f-severity">${options(["error", "warning", "info"], "severities")}</select></label><label>Document <select id="f-document">${options(documents, "documents")}</select></label> <span><span id="shown"></span> shown</span></div>
${r.findings.map((f) => findingHtml(f, ctx)).join("\n")}
<script>${SCRIPT}</script>
</body></html>
`;
}
