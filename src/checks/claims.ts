import type { Claim } from "../model/claim.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import type { Ref } from "../engine/check.js";

export interface ClaimAt {
  doc: LoadedDocument;
  claim: Claim;
  ref: Ref;
}

/** Every claim of the corpus with its reference, in document then claim order. */
export function allClaims(corpus: Corpus): ClaimAt[] {
  return corpus.documents.flatMap((doc) => doc.record.claims.map((claim, i) => ({ doc, claim, ref: { document: doc.record.id, claim: i } })));
}

/** Groups items by a key, keeping first-seen order of keys and items. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A fact as messages name it: the registry's label with the key, "Killed, all ages (killed.total)"; the bare key without a label. */
export function factName(corpus: Corpus, fact: string): string {
  const label = corpus.facts.get(fact)?.label;
  return label ? `${label} (${fact})` : fact;
}

/** "a", "a and b", "a, b and c": document lists in messages. */
export function listWords(xs: readonly string[]): string {
  if (xs.length <= 1) return xs.join("");
  return `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1] ?? ""}`;
}

/** Document, then source line, then the claim's line in its YAML file: an order no record reordering changes. */
export function compareClaimAt(a: ClaimAt, b: ClaimAt): number {
  const byDoc = a.doc.record.id < b.doc.record.id ? -1 : a.doc.record.id > b.doc.record.id ? 1 : 0;
  return byDoc || a.claim.line - b.claim.line || (a.doc.claimLines[a.ref.claim ?? 0] ?? 0) - (b.doc.claimLines[b.ref.claim ?? 0] ?? 0);
}

/**
 * Whose figure a claim gives: the source it is attributed to ("according to the 1912 inquiry"), or
 * its own document. Checks that count or add up documents' figures count voices, not pages.
 */
export function voiceOf(at: ClaimAt): string {
  return "attributedTo" in at.claim && at.claim.attributedTo !== undefined ? at.claim.attributedTo : at.doc.record.id;
}

/** A voice as messages name it: "British inquiry (reported in 1998-account)" or the document id. */
export function voiceName(at: ClaimAt): string {
  const voice = voiceOf(at);
  return voice === at.doc.record.id ? voice : `${voice} (reported in ${at.doc.record.id})`;
}
