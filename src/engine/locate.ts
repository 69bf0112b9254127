import type { LoadedDocument } from "../model/corpus.js";
import type { FindingLocation } from "../model/report.js";
import type { Ref } from "./check.js";

/**
 * The one place that turns references into file and line: checks never compute lines.
 * A reference to a claim or document that does not exist is a bug in the check.
 */
export function locate(byId: ReadonlyMap<string, LoadedDocument>, ref: Ref): FindingLocation {
  const doc = byId.get(ref.document);
  if (!doc) throw new Error(`check referred to unknown document "${ref.document}"`);
  if (ref.claim === undefined) {
    const source = { file: doc.record.source.file, line: ref.source ?? doc.record.source.first };
    const line = doc.fieldLines[ref.source === undefined ? "id" : "waivers"] ?? doc.fieldLines["id"] ?? 1;
    return { document: ref.document, file: doc.file, line, source, ...(ref.source !== undefined && ref.text !== undefined ? { quote: ref.text } : {}) };
  }
  const claim = doc.record.claims[ref.claim];
  const line = doc.claimLines[ref.claim];
  if (!claim || line === undefined) throw new Error(`check referred to claim ${ref.claim} of "${ref.document}", which has ${doc.record.claims.length}`);
  return { document: ref.document, file: doc.file, line, source: { file: doc.record.source.file, line: claim.line }, quote: claim.quote };
}
