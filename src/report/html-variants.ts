import type { Finding } from "../model/report.js";
import { formatNumber } from "../text/format.js";
import { compareText } from "../text/normalize.js";
import { agreementSvg } from "./agreement.js";
import { chartSvg } from "./chart.js";
import type { ReportContext } from "./context.js";
import { escapeHtml as h } from "./escape.js";
import { documentName, documentText, scroll, subjectHtml, subjectText } from "./html-parts.js";
import { SHOWN_DOCUMENTS } from "./limits.js";
import { isVariantFinding, variantRows, type VariantRow } from "./variants.js";
import { displayValue } from "./words.js";

/** Each source line of a value, linked to its finding with that line's excerpt open. */
function sourceLinks(f: Finding, row: VariantRow, ctx: ReportContext): string {
  const links = row.sources.map((s) => `<a href="#finding=${h(f.id)}&amp;source=${s.index}" title="${h(documentText(s.document, ctx))}">L${s.line}</a>`);
  return links.join(" ");
}

/** The documents stating a value, by name, a hundred at most and the rest counted. */
function which(row: VariantRow, ctx: ReportContext): string {
  const named = row.documents.slice(0, SHOWN_DOCUMENTS).map((d) => documentName(d, ctx));
  const more = row.documents.length - named.length;
  return named.join("; ") + (more > 0 ? `; and ${formatNumber(more)} more` : "");
}

function variantTable(f: Finding, ctx: ReportContext): string {
  const rows = variantRows(f, ctx)
    .map(
      (row) =>
        `<tr><td class="v"><code>${h(displayValue(f.subject, row.value, ctx))}</code></td><td>${formatNumber(row.documents.length)}</td><td>${formatNumber(row.independent)}</td><td>${which(row, ctx)}</td><td>${h(row.first ?? "undated")}${row.last && row.last !== row.first ? ` – ${h(row.last)}` : ""}</td><td>${sourceLinks(f, row, ctx)}</td></tr>`,
    )
    .join("");
  return scroll(
    `Values of ${subjectText(f, ctx)} (finding ${f.id})`,
    `<table><thead><tr><th>value</th><th>documents</th><th>independent</th><th>which</th><th>dates</th><th>source lines</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

function scrollChart(f: Finding, ctx: ReportContext): string {
  const svg = chartSvg(f, ctx);
  return svg ? scroll(`Chart of ${subjectText(f, ctx)} (finding ${f.id})`, svg) : "";
}

/** The disagreed facts and instruments of the findings shown, the most values first. */
export const variantFindings = (shown: readonly Finding[]): Finding[] =>
  shown.filter((f) => f.severity !== "info" && isVariantFinding(f)).sort((a, b) => b.values.length - a.values.length || compareText(a.subject, b.subject));

/** Each disagreed fact: its values, who states each and where (each line linked to the finding with its excerpt open), and a chart. */
export function variantsHtml(shown: readonly Finding[], ctx: ReportContext): string {
  return variantFindings(shown)
    .map(
      (f) =>
        `<section><h3>${subjectHtml(f, ctx)}</h3><p>Reported by <a href="#finding=${h(f.id)}">finding <code>${h(f.id)}</code></a> (<code>${h(f.rule)}</code>).</p>${variantTable(f, ctx)}${scrollChart(f, ctx)}</section>`,
    )
    .join("\n");
}

/** Where each fact's disagreement is reported: the figure finding about it, for the picture's cells that differ. */
function factLinks(shown: readonly Finding[], ctx: ReportContext): Record<string, string> {
  const links: Record<string, string> = {};
  for (const f of shown) if (ctx.rules[f.rule]?.check === "figure-conflict" || f.rule === "figure-conflict") links[f.subject] ??= `#finding=${f.id}`;
  return links;
}

export function agreementHtml(shown: readonly Finding[], ctx: ReportContext): string {
  if (!ctx.agreement || ctx.agreement.facts.length === 0) return "";
  return `<h2 id="agreement">Agreement between documents</h2>
<figure>${scroll("Agreement picture", agreementSvg(ctx.agreement, { links: factLinks(shown, ctx) }))}<figcaption>Rows are documents in date order, columns the facts most documents state; a cell is the value the document states. A cell that differs links to the finding that reports the disagreement.</figcaption></figure>`;
}
