import { distance } from "fastest-levenshtein";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { readings, type CorpusCounts, type Reading, type Use } from "./corpus-counts.js";
import { documentText, type Token } from "./document-text.js";
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

/** The words of the corpus printed directly before and after each use of a word (one phrase, white space between). */
export interface Neighbours {
  before: string[];
  after: string[];
}

const positions = new WeakMap<readonly Reading[], Map<Token, number>>();

function readingsOf(corpus: Corpus, doc: LoadedDocument): { rs: readonly Reading[]; index: Map<Token, number> } {
  const rs = readings(documentText(corpus, doc));
  const index = positions.get(rs) ?? new Map(rs.map((r, i) => [r.token, i]));
  positions.set(rs, index);
  return { rs, index };
}

const documentsById = new WeakMap<Corpus, Map<string, LoadedDocument>>();

/** The neighbouring words of every use of a word, read from each document's running text. */
export function neighboursOf(corpus: Corpus, uses: readonly Use[]): Neighbours {
  const byId = documentsById.get(corpus) ?? new Map(corpus.documents.map((d) => [d.record.id, d]));
  documentsById.set(corpus, byId);
  const out: Neighbours = { before: [], after: [] };
  for (const u of uses) {
    const doc = byId.get(u.document);
    if (!doc) continue;
    const { rs, index } = readingsOf(corpus, doc);
    const i = index.get(u.token);
    if (i === undefined) continue;
    const [prev, self, next] = [rs[i - 1], rs[i], rs[i + 1]];
    if (prev?.joinsNext) out.before.push(prev.word);
    if (self?.joinsNext && next) out.after.push(next.word);
  }
  return out;
}

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
