import type { Finding, Report } from "../model/report.js";
import { compareText } from "../text/normalize.js";
import { cell } from "./escape.js";

const SEVERITIES = ["error", "warning", "info"] as const;

/** Links are relative to reports/, so they open at the line on a code host. */
function sourceLink(file: string, line: number): string {
  return `[${cell(file.split("/").pop() ?? file)}:${line}](../${file}#L${line})`;
}

function summary(r: Report): string[] {
  const total = r.findings.length;
  const rules = [...new Set(r.findings.map((f) => f.rule))].sort(compareText);
  const rows = rules.map((rule) => {
    const of = r.findings.filter((f) => f.rule === rule);
    const n = (s: string): number => of.filter((f) => f.severity === s && !f.acknowledged).length;
    return `| ${rule} | ${n("error")} | ${n("warning")} | ${n("info")} | ${of.filter((f) => f.acknowledged).length} |`;
  });
  return [
    `**${total} finding${total === 1 ? "" : "s"}** in ${r.corpus.documents} documents with ${r.corpus.claims} claims: ` +
      `${r.summary.error} error, ${r.summary.warning} warning, ${r.summary.info} info, ${r.summary.acknowledged} acknowledged.`,
    "",
    "| rule | error | warning | info | acknowledged |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows,
    `| **all** | ${r.summary.error} | ${r.summary.warning} | ${r.summary.info} | ${r.summary.acknowledged} |`,
  ];
}

function findingBlock(f: Finding): string[] {
  const rows = f.locations.map((l) => {
    const src = l.source ? sourceLink(l.source.file, l.source.line) : "";
    return `| ${cell(l.document)} | ${src} | [${cell(l.file)}:${l.line}](../${l.file}#L${l.line}) | ${cell(l.quote ?? "")} |`;
  });
  const values = f.values.map((v) => `\`${cell(Array.isArray(v.value) ? v.value.join(", ") : String(v.value))}\` (${v.documents.map(cell).join(", ")})`);
  const body = [
    `- **${f.severity}** \`${f.id}\` ${cell(f.subject)}: ${cell(f.message)}`,
    "",
    `  Values: ${values.join("; ")}`,
    "",
    "  | document | source | record | quote |",
    "  | --- | --- | --- | --- |",
    ...rows.map((r) => `  ${r}`),
    "",
  ];
  if (f.locations.length <= 6) return body;
  return [body[0] ?? "", "", "  <details><summary>" + `${f.locations.length} locations</summary>`, "", ...body.slice(2), "  </details>", ""];
}

/** The reviewer's report: summary first, then findings grouped by rule. Deterministic. */
export function renderMarkdown(r: Report): string {
  const lines = ["# Consistency report", "", ...summary(r), ""];
  const rules = [...new Set(r.findings.map((f) => f.rule))].sort(compareText);
  for (const rule of rules) {
    const of = r.findings.filter((f) => f.rule === rule);
    lines.push(`## ${rule} (${of.length})`, "");
    for (const s of SEVERITIES) for (const f of of.filter((x) => x.severity === s)) lines.push(...findingBlock(f));
  }
  if (r.findings.length === 0) lines.push("No findings.", "");
  return lines.join("\n").replace(/\n+$/, "\n");
}
