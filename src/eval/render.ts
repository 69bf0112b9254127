import type { EvalResult, Row, SpanLocation } from "./match.js";

export const percent = (r: number | null): string => (r === null ? "–" : `${Math.round(r * 100)}%`);

/** A markdown table laid out as prettier lays it out: first column left, the others right-aligned. */
export function markdownTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  const rows = [header, ...body];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: readonly string[]): string => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : "-".repeat(w - 1) + ":")).join(" | ")} |`;
  return [line(header), rule, ...body.map(line)].join("\n");
}

/** The table, as markdown: readable in a terminal and the same text the README carries. */
export function renderTable(result: EvalResult): string {
  const header = ["category", "annotations", "found", "recall", "locations", "correct", "precision"];
  const cells = (r: Row): string[] => [
    r.category === "all" ? "**all**" : r.category,
    String(r.annotations),
    String(r.found),
    percent(r.recall),
    String(r.locations),
    String(r.correct),
    percent(r.precision),
  ];
  return markdownTable(header, result.rows.map(cells));
}

const lines = (l: SpanLocation): string => {
  const first = l.lines[0] ?? 0;
  const last = l.lines[l.lines.length - 1] ?? first;
  return first === last ? `line ${first}` : `lines ${first}-${last}`;
};

const clip = (s: string, n = 110): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What a developer reads to improve a check: each missed annotation, each location that matched none. */
export function renderDetails(result: EvalResult): string[] {
  const missed = result.annotations.filter((a) => a.foundBy.length === 0).map((a) => a.annotation);
  return [
    `Missed annotations (${missed.length}):`,
    ...missed.map(
      (a) =>
        `  ${a.document} line ${a.line} [${a.category}${a.byTool ? ", found by a tool" : ""}] ${JSON.stringify(clip(a.text, 60))}: ${clip(a.note)} (${a.file}:${a.at})`,
    ),
    `Finding locations that match no annotation (${result.unmatched.length}):`,
    ...result.unmatched.map((l) => `  ${l.document} ${lines(l)} [${l.rule}] ${l.quote ? `${JSON.stringify(clip(l.quote, 60))}: ` : ""}${clip(l.message)}`),
  ];
}

/** reports/eval.json: the table and every annotation and unmatched location, sorted, no timestamps. */
export function renderEvalJson(result: EvalResult, judged?: object): string {
  const annotations = result.annotations
    .map(({ annotation: a, foundBy }) => ({
      document: a.document,
      line: a.line,
      category: a.category,
      text: a.text,
      foundBy,
      ...(a.byTool ? { addedAfterFinding: true } : {}),
    }))
    .sort((x, y) => cmp(x.document, y.document) || x.line - y.line || cmp(x.category, y.category) || cmp(x.text, y.text));
  const unmatched = result.unmatched
    .map((l) => ({ document: l.document, lines: l.lines, rule: l.rule, finding: l.finding, ...(l.quote ? { quote: l.quote } : {}) }))
    .sort((x, y) => cmp(x.document, y.document) || (x.lines[0] ?? 0) - (y.lines[0] ?? 0) || cmp(x.rule, y.rule) || cmp(x.finding, y.finding));
  return JSON.stringify({ version: 1, rows: result.rows, annotations, unmatched, ...(judged ? { judged } : {}) }, null, 2) + "\n";
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const README_START = "<!-- eval-table:start (npm run eval writes this table) -->";
export const README_END = "<!-- eval-table:end -->";

/** The README with its marked section replaced by the table; undefined when the markers are missing. */
export function withTable(readme: string, table: string): string | undefined {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + README_START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}
