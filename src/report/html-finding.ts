import type { Finding } from "../model/report.js";
import { formatNumber } from "../text/format.js";
import type { ReportContext } from "./context.js";
import { escapeHtml as h } from "./escape.js";
import { excerptSpan, markCandidates } from "./excerpts.js";
import { documentName, documentsOf, messageHtml, plural, scroll, subjectHtml } from "./html-parts.js";
import { repoHref } from "./links.js";
import { isVariantFinding, valueText } from "./variants.js";
import { displayValue } from "./words.js";

type Location = Finding["locations"][number];

/** The excerpt a location's button opens: the lines and the marked words, read from the lines the page embeds. */
function spanAttribute(f: Finding, i: number, ctx: ReportContext): string {
  const l = f.locations[i];
  const lines = l?.source ? ctx.excerpts[l.source.file] : undefined;
  if (!l?.source || !lines) return "";
  const span = excerptSpan((n) => lines[n], l.source.line, markCandidates(f, i));
  if (!span) return "";
  const m = span.mark;
  return ` data-span="${[span.from, span.to, m.line, m.col, m.endLine, m.endCol].join(",")}"`;
}

function locationRow(f: Finding, i: number, ctx: ReportContext, value?: string): string {
  const l = f.locations[i] as Location;
  // The file is an index into the embedded excerpts: each file's name written once.
  const file = Object.keys(ctx.excerpts).indexOf(l.source?.file ?? "");
  const source = l.source
    ? `<button type="button" class="src" data-index="${i}" data-file="${file}" data-line="${l.source.line}"${spanAttribute(f, i, ctx)}>L${l.source.line}</button>`
    : "";
  const record = `<a href="${h(repoHref(ctx, l.file, l.line))}">${h(l.file)}:${l.line}</a>`;
  const valueCell = value === undefined ? "" : `<td class="v"><code>${h(value)}</code></td>`;
  return `<tr>${valueCell}<td>${l.document ? documentName(l.document, ctx) : ""}</td><td class="date">${h(ctx.documents[l.document]?.date ?? "")}</td><td>${source}</td><td>${record}</td><td class="quote">${h(l.quote ?? "")}</td></tr>`;
}

/** A finding whose values are statements of several documents (a figure, a date, a citation) shows which document states which. */
const byValue = (f: Finding): boolean => !f.table && isVariantFinding(f) && f.values.every((v) => v.locations !== undefined);

/** Rows grouped by value (in the finding's order of values), each group by date; locations of no value last. */
function locationRows(f: Finding, ctx: ReportContext): string {
  const all = f.locations.map((_, i) => i);
  if (!byValue(f)) return `<tbody>${all.map((i) => locationRow(f, i, ctx)).join("")}</tbody>`;
  const date = (i: number): string => ctx.documents[f.locations[i]?.document ?? ""]?.date ?? "9999";
  const seen = new Set<number>();
  const groups = f.values.map((v) => {
    const mine = (v.locations ?? []).filter((i) => i < f.locations.length && !seen.has(i)).sort((a, b) => date(a).localeCompare(date(b)) || a - b);
    for (const i of mine) seen.add(i);
    const shown = displayValue(f.subject, valueText(v.value), ctx);
    return mine.length > 0 ? `<tbody>${mine.map((i) => locationRow(f, i, ctx, shown)).join("")}</tbody>` : "";
  });
  const rest = all.filter((i) => !seen.has(i));
  return groups.join("") + (rest.length > 0 ? `<tbody>${rest.map((i) => locationRow(f, i, ctx, "")).join("")}</tbody>` : "");
}

/** The documents a finding's message may name: those of its locations and values, and its subject. */
const named = (f: Finding): string[] => [...documentsOf(f), ...f.values.flatMap((v) => v.documents), f.subject];

/** Other rules' views of the same words, merged into this finding (one defect, one finding). */
function relatedHtml(f: Finding, ctx: ReportContext): string {
  const items = (f.related ?? []).map((r) => `<li><code>${h(r.rule)}</code> <code>${h(r.id)}</code> ${messageHtml(r.message, named(f), ctx)}</li>`);
  return items.length > 0 ? `<p>The same words, as other rules see them:</p><ul class="related">${items.join("")}</ul>` : "";
}

/** A finding that asks for it shows its values as a table: each value (a name's spelling) and the documents printing it. */
function valueTableHtml(f: Finding, ctx: ReportContext): string {
  if (!f.table) return "";
  const rows = f.values
    .map((v) => `<tr><td><code>${h(String(v.value))}</code></td><td>${v.documents.map((d) => documentName(d, ctx)).join("; ")}</td></tr>`)
    .join("");
  return scroll(
    `Spellings of finding ${f.id} and the documents printing each`,
    `<table class="spellings"><thead><tr><th>spelling</th><th>documents</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** A rule's id linked to its docs page, its description on hover. */
function ruleHtml(rule: string, ctx: ReportContext): string {
  const meta = ctx.rules[rule];
  return meta?.docs ? `<a href="${h(repoHref(ctx, meta.docs))}" title="${h(meta.description)}"><code>${h(rule)}</code></a>` : `<code>${h(rule)}</code>`;
}

/** One finding: a heading a screen reader can jump to, the message, and where it stands, with each source line's excerpt a click away. */
export function findingHtml(f: Finding, ctx: ReportContext, omittedLocations = 0): string {
  const ack = ctx.acknowledgements[f.id];
  const status = ctx.diff?.status[f.id];
  const head = `${byValue(f) ? "<th>value</th>" : ""}<th>document</th><th>date</th><th>source</th><th>record</th><th>quote</th>`;
  const more = omittedLocations > 0 ? `<p class="keys">${plural(omittedLocations, "more location")} of this finding are in the JSON report.</p>` : "";
  return `<div class="finding ${f.severity}${f.acknowledged ? " acknowledged" : ""}" id="f-${h(f.id)}" tabindex="-1" data-id="${h(f.id)}" data-rule="${h(f.rule)}" data-severity="${f.acknowledged ? "acknowledged" : f.severity}"${status ? ` data-status="${status}"` : ""} data-documents="${h(documentsOf(f).join(" "))}">
<h3 class="fh"><strong>${f.severity}</strong>${f.acknowledged ? ' <span class="ackmark">acknowledged</span>' : ""}${status && status !== "unchanged" ? ` <em>${status}</em>` : ""} ${ruleHtml(f.rule, ctx)} <a href="#finding=${h(f.id)}"><code>${h(f.id)}</code></a> ${subjectHtml(f, ctx)}</h3>
<p>${messageHtml(f.message, named(f), ctx)}</p>${relatedHtml(f, ctx)}${valueTableHtml(f, ctx)}${ack ? `<p class="ack">Acknowledged by ${h(ack.by)} on ${h(ack.date)}: ${h(ack.reason)}</p>` : ""}
${scroll(`Where finding ${f.id} stands`, `<table><thead><tr>${head}</tr></thead>${locationRows(f, ctx)}</table>`)}${more}</div>`;
}

/** "and 3 more findings of spelling, 12 of shared-passage": what the page leaves to the JSON report. */
export function omittedHtml(omitted: Readonly<Record<string, number>>): string {
  const parts = Object.entries(omitted).map(([rule, n]) => `${formatNumber(n)} of <code>${h(rule)}</code>`);
  return parts.length === 0
    ? ""
    : `<p class="omitted">This page shows the first findings of each rule; ${parts.join(", ")} more are listed in the JSON report (<code>consistency-report.json</code>).</p>`;
}
