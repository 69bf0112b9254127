import type { LoadedAcknowledgement } from "../model/corpus.js";
import type { Finding } from "../model/report.js";
import { fingerprint } from "./run.js";

export const STALE_ACKNOWLEDGEMENT = "stale-acknowledgement";

const text = (v: Finding["values"][number]["value"]): string => (Array.isArray(v) ? v.join(", ") : String(v));

/**
 * Marks findings a reviewer accepted, while every value they show is one the acknowledgement
 * names (a new variant reopens them). An acknowledgement that matches no finding, or whose
 * review-by day is past, becomes an error finding itself: nothing absorbs findings silently.
 */
export function applyAcknowledgements(findings: readonly Finding[], acks: readonly LoadedAcknowledgement[], today: string): Finding[] {
  const byFinding = new Map(acks.map((a) => [a.entry.finding, a]));
  const used = new Set<string>();
  const marked = findings.map((f) => {
    const a = byFinding.get(f.id);
    if (!a) return f;
    used.add(a.entry.finding);
    const accepted = new Set(a.entry.values.map(String));
    const covered = f.values.every((v) => accepted.has(text(v.value)));
    const current = a.entry.reviewBy === undefined || a.entry.reviewBy >= today;
    return covered && current ? { ...f, acknowledged: true } : f;
  });
  const stale = acks.flatMap((a): Finding[] => {
    const orphan = !used.has(a.entry.finding);
    const expired = a.entry.reviewBy !== undefined && a.entry.reviewBy < today;
    if (!orphan && !expired) return [];
    const why = orphan ? "matches no finding" : `was due for review by ${a.entry.reviewBy ?? ""}`;
    return [
      {
        id: fingerprint(STALE_ACKNOWLEDGEMENT, a.entry.finding, orphan ? "orphan" : "expired"),
        rule: STALE_ACKNOWLEDGEMENT,
        severity: "error",
        acknowledged: false,
        subject: a.entry.finding,
        message: `The acknowledgement of ${a.entry.rule} finding ${a.entry.finding} (${a.file}:${a.line}) ${why}.`,
        values: a.entry.values.map((v) => ({ value: v, documents: [] })),
        locations: [{ document: "", file: a.file, line: a.line }],
      },
    ];
  });
  return [...marked, ...stale];
}
