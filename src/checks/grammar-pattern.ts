import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import type { DocumentText } from "../text/document-text.js";
import { phraseWords, type PhraseWord } from "../text/phrase-words.js";
import { addTo } from "../model/multimap.js";
import { CLAUSE_MATCHERS } from "./grammar-clauses.js";
import { PATTERNS, WORD_MATCHERS, type Match, type PatternId } from "./grammar-words.js";
import { TIME_MATCHER } from "./grammar-times.js";
import { HEAD_MATCHERS } from "./grammar-heads.js";

const options = z.strictObject({
  patterns: z
    .array(z.enum(PATTERNS))
    .min(1)
    .default([...PATTERNS])
    .describe("The patterns to look for (all by default); each is described in the rule's docs page."),
});
type Options = z.infer<typeof options>;

const MATCHERS = [...WORD_MATCHERS, ...CLAUSE_MATCHERS, TIME_MATCHER, ...HEAD_MATCHERS];

/** The matchers (by bit) that may start at a word: their first-word tests, asked once per distinct word. */
function startMask(word: string): number {
  let mask = 0;
  MATCHERS.forEach((m, k) => {
    if (!m.starts || m.starts(word)) mask |= 1 << k;
  });
  return mask;
}

// Per corpus, so a test corpus (or a mutant's) never reads another's answers.
const masksByCorpus = new WeakMap<Corpus, Map<string, number>>();

function masksOf(corpus: Corpus): Map<string, number> {
  const known = masksByCorpus.get(corpus);
  if (known) return known;
  const made = new Map<string, number>();
  masksByCorpus.set(corpus, made);
  return made;
}

/**
 * Every matcher's hit at each word, in matcher order, for the words that have one: computed once per
 * document text and shared by the rules of this check (three on this corpus, each with its patterns).
 */
const hitsCache = new WeakMap<DocumentText, Map<number, Match[]>>();

function hitsIn(text: DocumentText, ws: readonly PhraseWord[], masks: Map<string, number>): Map<number, Match[]> {
  const cached = hitsCache.get(text);
  // Stryker disable next-line ConditionalExpression: equivalent, computing the hits again gives the same hits (only slower)
  if (cached) return cached;
  const hits = new Map<number, Match[]>();
  ws.forEach(({ token: t, word }, i) => {
    // Latin words and numbers: a word with letters of another script is mixed-script's.
    if (t.shape === "mixed" || (t.shape === "word" && t.script !== "latin")) return;
    let mask = masks.get(word);
    if (mask === undefined) masks.set(word, (mask = startMask(word)));
    for (let k = 0; k < MATCHERS.length; k++) {
      if ((mask & (1 << k)) === 0) continue;
      const hit = MATCHERS[k]?.match(ws, i);
      if (hit) addTo(hits, i, hit);
    }
  });
  hitsCache.set(text, hits);
  return hits;
}

/** At each word, the first matcher's hit among the wanted patterns. */
function matchesIn(text: DocumentText, ws: readonly PhraseWord[], wanted: ReadonlySet<PatternId>, masks: Map<string, number>): Match[] {
  const out: Match[] = [];
  // In word order: the map was filled word by word.
  for (const hits of hitsIn(text, ws, masks).values()) {
    const first = hits.find((h) => wanted.has(h.pattern));
    if (first) out.push(first);
  }
  return out;
}

function findingOf(id: string, ws: readonly PhraseWord[], m: Match): RawFinding {
  const words = ws.slice(m.from, m.to + 1).map((w) => w.token.text);
  const printed = words.join(" ");
  const at = ws[m.to]?.token ?? ws[m.from]?.token;
  const line = at?.line ?? 0;
  const ref = { document: id, source: line, text: at?.text ?? printed };
  return {
    subject: id,
    key: `${m.pattern}|${line}|${at?.col ?? 0}`,
    message: `${id} prints "${printed}" at line ${line}: ${m.why}.`,
    values: [{ value: printed, refs: [ref] }],
    refs: [ref],
  };
}

function inDocument(doc: LoadedDocument, text: DocumentText, wanted: ReadonlySet<PatternId>, masks: Map<string, number>): RawFinding[] {
  const ws = phraseWords(text);
  return matchesIn(text, ws, wanted, masks).map((m) => findingOf(doc.record.id, ws, m));
}

export const grammarPattern = defineCheck({
  meta: {
    id: "grammar-pattern",
    description:
      'Words whose parts of speech no English sentence puts together: a wrong verb form after an auxiliary, a preposition before a verb, a singular determiner before a plural noun, a stray "of" after a numeral.',
    docs: "docs/rules/grammar-pattern.md",
  },
  options,
  document(doc, text, corpus, o: Options): RawFinding[] {
    return inDocument(doc, text, new Set(o.patterns), masksOf(corpus));
  },
});
