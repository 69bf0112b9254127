import type { Report } from "../model/report.js";
import { jsonParts } from "./json-parts.js";

export function renderJson(report: Report): string {
  return [...jsonReportParts(report)].join("");
}

/** `renderJson` in parts, a finding at a time (see `jsonParts`). */
export function* jsonReportParts(report: Report): Generator<string> {
  yield* jsonParts(report, 2);
  yield "\n";
}
