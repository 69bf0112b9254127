import type { Finding } from "../model/report.js";
import type { ReportContext } from "./context.js";
import { chartFile } from "./chart.js";
import { cell, codeSpan } from "./escape.js";
import { variantRows } from "./variants.js";
import { displayValue, subjectMd } from "./words.js";

/** Links are relative to reports/, so they open at the line on a code host. */
export function sourceLink(file: string, line: number): string {
  return `[L${line}](../${file}#L${line})`;
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
    const which = fold(
      r.documents.map((d) => docLabel(d, ctx)),
      "documents",
    );
    const span = r.first ? (r.first === r.last ? r.first : `${r.first} – ${r.last ?? ""}`) : "undated";
    const links = fold(
      r.sources.map((s) => `${cell(s.document)} ${sourceLink(s.file, s.line)}`),
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

const STATUS_MARK: Record<string, string> = { new: "🆕 new", changed: "✏️ changed", unchanged: "" };

/** One finding: its message, then the quotes of every document side by side with links. */
export function findingBlock(f: Finding, ctx: ReportContext): string[] {
  const status = ctx.diff ? (STATUS_MARK[ctx.diff.status[f.id] ?? ""] ?? "") : "";
  const ack = ctx.acknowledgements[f.id];
  const head = `- **${f.severity}**${f.acknowledged ? " (acknowledged)" : ""}${status ? ` ${status}` : ""} \`${f.id}\` ${subjectMd(f, ctx)}: ${cell(f.message)}`;
  const rows = f.locations.map((l) => {
    const src = l.source ? sourceLink(l.source.file, l.source.line) : "";
    const doc = l.document ? docLabel(l.document, ctx) : "";
    // An empty cell is one space, as in every other cell's padding (markdownlint's table style).
    return `  |${[doc, src, `[${cell(l.file)}:${l.line}](../${l.file}#L${l.line})`, cell(l.quote ?? "")].map((c) => (c ? ` ${c} ` : " ")).join("|")}|`;
  });
  const table = ["  | document | source | record | quote |", "  | --- | --- | --- | --- |", ...rows];
  const body = [...(ack ? [`  Acknowledged by ${cell(ack.by)} on ${ack.date}: ${cell(ack.reason)}`, ""] : []), ...table];
  if (f.locations.length <= 6) return [head, "", ...body, ""];
  return [head, "", `  <details><summary>${f.locations.length} locations</summary>`, "", ...body, "", "  </details>", ""];
}
