import { formatFigure } from "../text/format.js";
import { compareText } from "../text/normalize.js";
import { allClaims, voiceName, voiceOf, type ClaimAt } from "./claims.js";
import { intervalOf, labelOf, type Interval } from "./interval.js";
import type { Corpus } from "../model/corpus.js";

/** A figure a claim states, read as the interval its qualifier allows. */
export interface Stated {
  at: ClaimAt;
  interval: Interval;
}

/** One component of an aggregate as one document sees it: its own statements, or the corpus's range. */
export interface Component {
  fact: string;
  from: "document" | "corpus";
  /** The statements the range comes from: the document's own, or the corpus's extremes. */
  stated: Stated[];
  interval: Interval;
}

export const whereStated = (s: Stated): string => `"${formatFigure(labelOf(s.at.claim))}" (${s.at.claim.fact}, ${voiceName(s.at)} line ${s.at.claim.line})`;

export const valueOf = (s: Stated): string => `${s.at.claim.fact} ${labelOf(s.at.claim)}`;

/** Every figure stated for each of `facts`, by fact then document (the source a figure is attributed to), in corpus order. */
export function statedByFact(corpus: Corpus, facts: readonly string[]): Map<string, Map<string, Stated[]>> {
  const wanted = new Set(facts);
  const out = new Map<string, Map<string, Stated[]>>(facts.map((f) => [f, new Map()]));
  for (const at of allClaims(corpus)) {
    if (!wanted.has(at.claim.fact)) continue;
    const interval = intervalOf(at.claim);
    if (!interval) continue;
    const byDoc = out.get(at.claim.fact);
    const list = byDoc?.get(voiceOf(at));
    if (list) list.push({ at, interval });
    else byDoc?.set(voiceOf(at), [{ at, interval }]);
  }
  return out;
}

/** The smallest interval holding every statement: what one document, or the corpus, allows for a fact. */
export function hull(stated: readonly Stated[]): Interval {
  return { lo: Math.min(...stated.map((s) => s.interval.lo)), hi: Math.max(...stated.map((s) => s.interval.hi)) };
}

/**
 * The range the corpus gives for a fact a document does not state. An order of magnitude
 * ("hundreds") is no count: where any document gives a figure, the vague words are left out, or
 * they would widen the range until no aggregate could ever fall outside it.
 */
export function corpusRange(byDoc: ReadonlyMap<string, Stated[]>): Component["stated"] | undefined {
  const all = [...byDoc.values()].flat();
  if (all.length === 0) return undefined;
  const figures = all.filter((s) => s.at.claim.kind === "number");
  const pool = figures.length > 0 ? figures : all;
  const { lo, hi } = hull(pool);
  const order = (a: Stated, b: Stated): number => compareText(a.at.doc.record.id, b.at.doc.record.id) || a.at.claim.line - b.at.claim.line;
  const low = pool.filter((s) => s.interval.lo === lo).sort(order)[0];
  const high = pool.filter((s) => s.interval.hi === hi).sort(order)[0];
  return [...new Set([low, high].filter((s): s is Stated => s !== undefined))];
}

/**
 * The components of an aggregate as document `id` gives them: its own statements first; only a
 * component it does not state is filled from the corpus (when `fill`). Undefined when a component
 * is stated nowhere it may be taken from. A document that states every component depends on
 * nothing but itself.
 */
export function componentsFor(
  id: string,
  parts: readonly string[],
  stated: ReadonlyMap<string, ReadonlyMap<string, Stated[]>>,
  fill: boolean,
): Component[] | undefined {
  const out: Component[] = [];
  for (const fact of parts) {
    const byDoc = stated.get(fact) ?? new Map<string, Stated[]>();
    const own = byDoc.get(id);
    if (own && own.length > 0) {
      out.push({ fact, from: "document", stated: own, interval: hull(own) });
      continue;
    }
    const range = fill ? corpusRange(byDoc) : undefined;
    if (!range) return undefined;
    out.push({ fact, from: "corpus", stated: range, interval: hull(range) });
  }
  return out;
}

/** What the components can add up to. */
export function sumOf(components: readonly Component[]): Interval {
  return components.reduce((acc, c) => ({ lo: acc.lo + c.interval.lo, hi: acc.hi + c.interval.hi }), { lo: 0, hi: 0 });
}

/** "'613' (killed.total, a line 3)" for the document's own; for a borrowed one, which documents it is borrowed from. */
export function describeComponent(c: Component): string {
  if (c.from === "document") return c.stated.map(whereStated).join("; ");
  return `${c.fact} not stated here, borrowed from other documents: ${c.stated.map(whereStated).join(" to ")}`;
}
