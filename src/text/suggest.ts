import { distance } from "fastest-levenshtein";
import type { CorpusCounts, Neighbours } from "./corpus-counts.js";
import { damageCost, oneEditAway, type OcrConfusion } from "./edits.js";

/** What a suggestion may read: which words are words, and the corpus as its own language model. */
export interface SuggestContext {
  english: (lower: string) => boolean;
  known: (lower: string) => boolean;
  counts: CorpusCounts;
  /** The corpus's words by count (then code point). */
  byCount: readonly [string, number][];
  ocr: readonly OcrConfusion[];
}

/** A word the corpus itself uses, or one that stands beside the damaged word's neighbours elsewhere, explains it a little better. */
const OWN_WORD = 0.25;
const OWN_PHRASE = 0.25;

/** Dictionary words one edit away, and the corpus's known words within two edits: the candidates. */
function candidates(lower: string, ctx: SuggestContext): string[] {
  const out = new Set([...oneEditAway(lower)].filter((c) => ctx.english(c)));
  for (const [w] of ctx.byCount) if (w !== lower && Math.abs(w.length - lower.length) <= 2 && distance(w, lower) <= 2 && ctx.known(w)) out.add(w);
  return [...out];
}

/**
 * The correction of a damaged word that explains the damage better than every other candidate:
 * the cheapest damage (likely slips cost less, see `damageCost`), a little cheaper for a word the
 * corpus uses and for one the corpus prints beside the same neighbours. A tie is no explanation,
 * and neither is a word standing beside another unknown word (a damaged stretch such as "por ively"):
 * then only the neighbours joined can explain it. Undefined when nothing explains it best.
 */
export function explanation(lower: string, near: Neighbours, isDamaged: (w: string) => boolean, ctx: SuggestContext): string | undefined {
  const damagedBefore = near.before.filter(isDamaged);
  const damagedAfter = near.after.filter(isDamaged);
  if (damagedBefore.length > 0 || damagedAfter.length > 0) {
    const joined = [...damagedBefore.map((b) => b + lower), ...damagedAfter.map((a) => lower + a)].filter((j) => ctx.english(j));
    return joined.length === 1 ? joined[0] : undefined;
  }
  const scored = candidates(lower, ctx)
    .map((c) => {
      const phrase = near.before.some((b) => ctx.counts.pair(b, c) > 0) || near.after.some((a) => ctx.counts.pair(c, a) > 0);
      return { c, score: damageCost(lower, c, ctx.ocr) - (ctx.counts.count(c) > 0 ? OWN_WORD : 0) - (phrase ? OWN_PHRASE : 0) };
    })
    .sort((a, b) => a.score - b.score || (a.c < b.c ? -1 : 1));
  const [best, second] = scored;
  return best && (!second || best.score < second.score) ? best.c : undefined;
}
