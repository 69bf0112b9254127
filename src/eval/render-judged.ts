import type { JudgedResult, PrecisionRow } from "./judged.js";
import { JUDGED_FILE } from "./judged.js";
import { markdownTable, percent } from "./render.js";

/** The line between the two README tables, saying where the second one comes from. */
export const JUDGED_CAPTION = `Precision per rule from the judged set (\`${JUDGED_FILE}\`): true / judged, where a judged finding is true, false, debatable or a repeat of another finding; findings with no verdict are not counted.`;

/** Precision per rule, as markdown: the same text in the terminal and in the README. */
export function renderPrecisionTable(result: JudgedResult): string {
  const header = ["rule", "findings", "judged", "true", "false", "debatable", "repeat", "precision"];
  const cells = (r: PrecisionRow): string[] => [
    r.rule === "all" ? "**all**" : r.rule,
    String(r.findings),
    String(r.judged),
    String(r.counts.true),
    String(r.counts.false),
    String(r.counts.debatable),
    String(r.counts.repeat),
    percent(r.precision),
  ];
  return markdownTable(header, result.rows.map(cells));
}

/** What a reviewer acts on: each finding still to judge, and each verdict whose finding is gone. */
export function renderJudgedLists(result: JudgedResult): string[] {
  return [
    `Findings with no verdict yet (${result.unjudged.length}); judge each in ${JUDGED_FILE}:`,
    ...result.unjudged.map((f) => `  ${f.rule} ${f.id} ${f.subject}`),
    `Stale verdicts (${result.stale.length}): their id matches no finding of this run (a change may have removed it):`,
    ...result.stale.map((v) => `  ${v.rule} ${v.id} ${v.subject} [${v.verdict}]`),
  ];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The judged part of reports/eval.json: the rows, the unjudged findings and the stale verdicts, sorted. */
export function judgedJson(result: JudgedResult): object {
  return {
    rows: result.rows,
    unjudged: [...result.unjudged].sort((a, b) => cmp(a.rule, b.rule) || cmp(a.id, b.id)),
    stale: result.stale.map((v) => ({ id: v.id, rule: v.rule, subject: v.subject, verdict: v.verdict })).sort((a, b) => cmp(a.rule, b.rule) || cmp(a.id, b.id)),
  };
}
