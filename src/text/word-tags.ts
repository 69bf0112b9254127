import { wordTagTable } from "../load/word-tag-table.js";

/**
 * The parts of speech a word can have in general English, as Penn Treebank tags (NN, NNS, VB, VBD,
 * VBN, VBP, VBZ, JJ, MD ...), from en-lexicon (the lexicon of the en-pos tagger, 112,000 words).
 *
 * Why a lexicon and not a tagger: the grammar and confusion checks fire only where a word can be
 * nothing but one class ("commemorate" is only a base verb, "crimes" only a plural noun), so the
 * context a tagger would weigh is not needed, and a word-level question is decided once per distinct
 * word. Tagging every sentence cost more than the whole text layer: wink-nlp took 0.55 s to load and
 * 0.3 s a pass over this corpus (100,000 tokens a second), en-pos 1.2-3.6 s a pass; see the README.
 */
// The lexicon as a sorted table cached at install: read in milliseconds, where compiling the
// package's object literal took 0.3 s of every run.
const LEXICON = wordTagTable();

const cache = new Map<string, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/**
 * Forgets the tags decided so far. For test runs that change the code between tests (mutation
 * testing keeps one module graph while it switches mutants): a tag set cached under one mutant
 * must not answer under the next.
 */
export function clearTagCache(): void {
  cache.clear();
}

/** Every tag the lexicon gives the lower-cased word; empty for a word it does not know (a name, a typo). */
export function tagsOf(word: string): ReadonlySet<string> {
  const hit = cache.get(word);
  if (hit) return hit;
  const entry = LEXICON.get(word);
  const tags = entry ? new Set(entry.split("|")) : NONE;
  cache.set(word, tags);
  return tags;
}

/** The word is known and every tag it can have is one of `allowed`. */
export function onlyTags(word: string, allowed: readonly string[]): boolean {
  const tags = tagsOf(word);
  if (tags.size === 0) return false;
  for (const t of tags) if (!allowed.includes(t)) return false;
  return true;
}

/** The word can have one of `wanted` among its tags. */
export function canBe(word: string, wanted: readonly string[]): boolean {
  const tags = tagsOf(word);
  return wanted.some((t) => tags.has(t));
}
