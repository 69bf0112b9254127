import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** What a person and code scanning meet at this size: the reports' bytes, SARIF results and the most locations of one. */
export function reportSizes(out: string): { htmlMb: number; markdownMb: number; sarifResults: number; sarifMaxLocations: number } {
  const mb = (file: string): number => (existsSync(join(out, file)) ? Number((statSync(join(out, file)).size / 1e6).toFixed(2)) : 0);
  const sarifFile = join(out, "consistency.sarif");
  const results = existsSync(sarifFile)
    ? (JSON.parse(readFileSync(sarifFile, "utf8")) as { runs: { results: { locations?: unknown[]; relatedLocations?: unknown[] }[] }[] }).runs.flatMap(
        (r) => r.results,
      )
    : [];
  return {
    htmlMb: mb("consistency-report.html"),
    markdownMb: mb("consistency-report.md"),
    sarifResults: results.length,
    sarifMaxLocations: Math.max(0, ...results.map((r) => (r.locations?.length ?? 0) + (r.relatedLocations?.length ?? 0))),
  };
}
