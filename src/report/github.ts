import type { Finding } from "../model/report.js";

// Workflow commands need their data escaped: %, CR, LF, and in properties also : and ,.
const data = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const prop = (s: string): string => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

const COMMAND: Record<Finding["severity"], string> = { error: "error", warning: "warning", info: "notice" };

/** GitHub workflow annotations for findings, at the claim's YAML line. */
export function annotations(findings: readonly Finding[], limit = 50): string[] {
  return findings.slice(0, limit).map((f) => {
    const l = f.locations[0];
    const where = l ? `file=${prop(l.file)},line=${l.line},` : "";
    return `::${COMMAND[f.severity]} ${where}title=${prop(`${f.rule}: ${f.subject}`)}::${data(f.message)}`;
  });
}
