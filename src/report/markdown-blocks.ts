import type { Finding } from "../model/report.js";
import type { ReportContext } from "./context.js";
import { chartFile } from "./chart.js";
import { cell, codeSpan } from "./escape.js";
import { repoHref } from "./links.js";
import { SHOWN_DOCUMENTS } from "./limits.js";
import { formatNumber } from "../text/format.js";
import { valueText, variantRows } from "./variants.js";
import { displayValue, subjectMd } from "./words.js";

/** A link to a source line: opens at the line on a code host. */
export function sourceLink(file: string, line: number, ctx: ReportContext): string {
  return `[L${line}](${repoHref(ctx, file, line)})`;
}

function docLabel(id: string, ctx: ReportContext): string {
  const d = ctx.documents[id];
  const bits = [d?.date ?? "undated", d?.outlet].filter((b): b is string => b !== undefined);
  return `${cell(id)} (${cell(bits.join(", "))})`;
}

/** Long lists in a table cell fold away, so a table of twenty documents stays one screen. */
function fold(items: string[], noun: string): string {
  return items.length <= 4 ? items.join("<br>") : `<details><summary>${items.length} ${noun}</summary>${items.join("<br>")}</details>`;
}

/** A finding's variant table (under its subject's heading): value, documents, independent sources, dates, source lines. */
export function variantTable(f: Finding, ctx: ReportContext, chart: boolean): string[] {
  const rows = variantRows(f, ctx).map((r) => {
    const named = r.documents.slice(0, SHOWN_DOCUMENTS).map((d) => docLabel(d, ctx));
    const which = fold(r.documents.length > named.length ? [...named, `and ${formatNumber(r.documents.length - named.length)} more`] : named, "documents");
    const span = r.first ? (r.first === r.last ? r.first : `${r.first} – ${r.last ?? ""}`) : "undated";
    const links = fold(
      r.sources.map((s) => `${cell(s.document)} ${sourceLink(s.file, s.line, ctx)}`),
      "lines",
    );
    return `| ${codeSpan(displayValue(f.subject, r.value, ctx))} | ${r.documents.length} | ${r.independent} | ${which} | ${span} | ${links} |`;
  });
  const lines = [
    cell(f.message),
    "",
    "| value | documents | independent | which | dates | source lines |",
    "| --- | ---: | ---: | --- | --- | --- |",
    ...rows,
    "",
  ];
  if (chart) lines.push(`![${cell(f.subject)}: stated value by document date](figures/${chartFile(f)})`, "");
  return lines;
}

/** A finding that asks for it shows its values as a table: each value (a name's spelling) and the documents printing it. */
function valueTable(f: Finding, ctx: ReportContext): string[] {
  if (!f.table) return [];
  const rows = f.values.map(
    (v) =>
      `  | ${codeSpan(String(v.value))} | ${fold(
        [
          ...v.documents.slice(0, SHOWN_DOCUMENTS).map((d) => docLabel(d, ctx)),
          ...(v.documents.length > SHOWN_DOCUMENTS ? [`and ${formatNumber(v.documents.length - SHOWN_DOCUMENTS)} more`] : []),
        ],
        "documents",
      )} |`,
  );
  return ["  | spelling | documents |", "  | --- | --- |", ...rows, ""];
}

const STATUS_MARK: Record<string, string> = { new: "🆕 new", changed: "✏️ changed", unchanged: "" };

/** One finding: its message, then the quotes of every document side by side with links. */
export function findingBlock(f: Finding, ctx: ReportContext, omittedLocations = 0): string[] {
  const status = ctx.diff ? (STATUS_MARK[ctx.diff.status[f.id] ?? ""] ?? "") : "";
  const ack = ctx.acknowledgements[f.id];
  const head = `- **${f.severity}**${f.acknowledged ? " (acknowledged)" : ""}${status ? ` ${status}` : ""} \`${f.id}\` ${subjectMd(f, ctx)}: ${cell(f.message)}`;
  const rows = f.locations.map((l) => {
    const src = l.source ? sourceLink(l.source.file, l.source.line, ctx) : "";
    const doc = l.document ? docLabel(l.document, ctx) : "";
    // An empty cell is one space, as in every other cell's padding (markdownlint's table style).
    return `  |${[doc, src, `[${cell(l.file)}:${l.line}](${repoHref(ctx, l.file, l.line)})`, cell(l.quote ?? "")].map((c) => (c ? ` ${c} ` : " ")).join("|")}|`;
  });
  const more = omittedLocations > 0 ? ["", `  And ${formatNumber(omittedLocations)} more locations, listed in the JSON report.`] : [];
  const table = ["  | document | source | record | quote |", "  | --- | --- | --- | --- |", ...rows, ...more];
  const related = (f.related ?? []).map((r) => `  - ${codeSpan(r.rule)} ${codeSpan(r.id)}: ${cell(r.message)}`);
  const views = related.length > 0 ? ["  The same words, as other rules see them:", "", ...related, ""] : [];
  const body = [...(ack ? [`  Acknowledged by ${cell(ack.by)} on ${ack.date}: ${cell(ack.reason)}`, ""] : []), ...views, ...valueTable(f, ctx), ...table];
  if (f.locations.length <= 6) return [head, "", ...body, ""];
  return [head, "", `  <details><summary>${f.locations.length} locations</summary>`, "", ...body, "", "  </details>", ""];
}

/** Places a line names before it counts the rest: a message stays readable at any corpus size. */
export const NAMED = 6;

/** "a, b, c, d, e, f and 3 more". */
export function namedAndCounted(items: readonly string[], named = NAMED): string {
  return items.length <= named ? items.join(", ") : `${items.slice(0, named).join(", ")} and ${items.length - named} more`;
}

/** "`63` (doc-a, doc-b); `83` (doc-c)": each value with the documents that state it. */
export function valuesLine(f: Finding, ctx: ReportContext): string[] {
  if (f.values.length === 0) return [];
  const parts = f.values.map((v) => {
    const docs = v.documents.length > 0 ? ` (${namedAndCounted(v.documents.map(cell))})` : "";
    return `${codeSpan(displayValue(f.subject, valueText(v.value), ctx))}${docs}`;
  });
  return [`  Values: ${parts.join("; ")}`, ""];
}
