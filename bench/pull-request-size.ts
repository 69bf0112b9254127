import { readFileSync } from "node:fs";
import type { Report } from "../src/model/report.js";
import { diffReports, emptyContext } from "../src/report/context.js";
import { renderPullRequest } from "../src/report/pull-request.js";

const EMPTY: Report = { version: 1, corpus: { documents: 0, claims: 0 }, summary: { error: 0, warning: 0, info: 0, acknowledged: 0 }, findings: [] };

/** Length of the pull-request comment for a base with no findings: every finding of the report is new. */
export function pullRequestChars(reportFile: string): number {
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as Report;
  const ctx = { ...emptyContext(), diff: diffReports(EMPTY, report, "base") };
  return renderPullRequest(report, ctx, report.findings.filter((f) => f.severity !== "info").length, "warning").length;
}
