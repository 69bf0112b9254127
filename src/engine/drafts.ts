import type { LoadedDocument } from "../model/corpus.js";
import type { Ref } from "./check.js";

/**
 * A finding that rests on a claim `corpus-check draft` wrote and no person has confirmed says so,
 * naming the documents, so a first report is read as a first report.
 */
export function draftNote(refs: readonly Ref[], byId: ReadonlyMap<string, LoadedDocument>): string {
  const docs = new Set<string>();
  for (const r of refs) {
    if (r.claim === undefined) continue;
    const claim = byId.get(r.document)?.record.claims[r.claim];
    if (claim?.draft === true) docs.add(r.document);
  }
  if (docs.size === 0) return "";
  return ` It rests on draft claims not yet confirmed (${[...docs].sort().join(", ")}).`;
}
