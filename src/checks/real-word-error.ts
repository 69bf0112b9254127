import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { ConfusionsFile } from "../model/confusions.js";
import type { Corpus } from "../model/corpus.js";
import { corpusCounts, readings, type CorpusCounts, type Reading } from "../text/corpus-counts.js";
import type { DocumentText } from "../text/document-text.js";
import { isFunctionWord } from "../text/word-classes.js";
import { memoPerRun, signTail, signTestOptions, times, wordFinding } from "./sign-test-evidence.js";

const options = z.strictObject({
  ...signTestOptions({
    maxSeen:
      "The printed phrase occurs at most this often in the corpus: more is established usage, not a slip (2 lets a slip copied once into a reprint count).",
    significance:
      "A sign test: were the two phrases equally likely, a split at least this lopsided would happen by chance at most this often (0.05, the usual level). Needs 1 against 7, 2 against 9.",
  }),
  minEditLength: z
    .number()
    .int()
    .min(2)
    .default(4)
    .describe(
      "Words shorter than this get no one-edit alternatives: one edit turns a short word into another (in/on, at/as), both right; only the curated sets cover them.",
    ),
  trigrams: z
    .boolean()
    .default(true)
    .describe(
      "Where a content word stands beside the word, the three-word phrases it stands in (with a content word) are contexts too: one printed more than maxSeen times, or favouring the printed word beyond chance, clears it.",
    ),
});
type Options = z.infer<typeof options>;

interface Evidence {
  printed: string;
  printedCount: number;
  alternative: string;
  alternativeCount: number;
}

interface Suspect {
  reading: Reading;
  intended: string;
  evidence: Evidence[];
}

/** Variants of a word under an OCR character rule, either way (rn read as m, m as rn), at each place it applies. */
export function characterVariants(word: string, rules: ConfusionsFile["characters"]): string[] {
  const out: string[] = [];
  for (const r of rules) {
    for (const [from, to] of [
      [r.printed, r.read],
      [r.read, r.printed],
    ] as const) {
      for (let at = word.indexOf(from); at !== -1; at = word.indexOf(from, at + 1)) out.push(word.slice(0, at) + to + word.slice(at + from.length));
    }
  }
  return out;
}

/**
 * The words the printed word may stand for: its curated partners, and the words of the corpus that
 * an OCR character rule or one edit makes of it. Those found by form alone must be another word,
 * not another form of it (an inflection, an apostrophe), and content words both: function words
 * are confused with each other by usage, which is what the curated sets list.
 */
function candidatesOf(word: string, corpus: Corpus, counts: CorpusCounts, o: Options): string[] {
  const partners = corpus.confusions.sets.filter((s) => s.words.includes(word)).flatMap((s) => s.words);
  const byForm = isFunctionWord(word)
    ? []
    : [...characterVariants(word, corpus.confusions.characters), ...(word.length >= o.minEditLength ? counts.oneEditAway(word) : [])].filter(
        (c) => counts.word(c) > 0 && !inflection(c, word) && !isFunctionWord(c),
      );
  return [...new Set([...partners, ...byForm])].filter((c) => c !== word && counts.word(c) > 0);
}

/** The same word in another form: an inflectional ending (victim/victims, state/stated) or an apostrophe (guard's/guards). */
export function inflection(a: string, b: string): boolean {
  const [x, y] = [a.replace(/'/g, ""), b.replace(/'/g, "")];
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const stem = (w: string): string => w.replace(/(?:es|ed|s|d|e)$/, "");
  return stem(x) === stem(y) || (long.startsWith(short) && ["s", "es", "d", "ed"].includes(long.slice(short.length)));
}

/** What the rule asks of a distinct word, decided once per run: most words are settled by this alone. */
interface WordFacts {
  /** Its reading number in the corpus counts: phrases are counted by numbers, not strings. */
  id: number;
  /** Not a function word: a phrase with it says which word fits. */
  content: boolean;
  /** The words it may stand for, with their numbers; asked only of a word that stands as a suspect. */
  candidates?: readonly { word: string; id: number }[];
}

/**
 * A phrase the word makes with its neighbours in one phrase with it: one content word beside it (a
 * pair), or two words on either side or around it (a trigram) of which one at least is a content word.
 * The neighbours are readings, so the phrase's words are read only when it is evidence.
 */
interface Context {
  before: readonly Reading[];
  after: readonly Reading[];
  ids: readonly number[];
  /** Where the word stands among `ids`. */
  slot: number;
  printedCount: number;
}

const phrase = (c: Context, word: string): string => [...c.before.map((r) => r.word), word, ...c.after.map((r) => r.word)].join(" ");

/** How often the corpus prints the context's phrase with the word numbered `id` in the slot. */
function countIn(c: Context, id: number, counts: CorpusCounts): number {
  const at = (k: number): number => (k === c.slot ? id : (c.ids[k] ?? -1));
  return c.ids.length === 2 ? counts.pairOf(at(0), at(1)) : counts.trigramOf(at(0), at(1), at(2));
}

/** The per-run facts of each distinct word, filled as words are met. */
type Facts = (word: string) => WordFacts;

function factsOf(memo: Map<string, WordFacts>, counts: CorpusCounts): Facts {
  return (word) => {
    let f = memo.get(word);
    if (!f) memo.set(word, (f = { id: counts.readingId(word), content: !isFunctionWord(word) }));
    return f;
  };
}

/** A neighbour's facts when it is a content word, whose phrase with the word says which word fits. */
function contentFacts(r: Reading | undefined, facts: Facts): WordFacts | undefined {
  if (r?.token.shape !== "word") return undefined;
  const f = facts(r.word);
  return f.content ? f : undefined;
}

/** The reading `k` places from `i` (before it when negative) when it stands in one phrase with it: each reading from the first of the two joins the next. */
export function neighbour(rs: readonly Reading[], i: number, k: number): Reading | undefined {
  for (let j = Math.min(i, i + k); j < Math.max(i, i + k); j++) if (!rs[j]?.joinsNext) return undefined;
  return rs[i + k];
}

/**
 * The phrases the word makes with its neighbours: with a content word beside it, and then the
 * three-word phrases it stands in that have a content word. A function word alone ("the date" / "the
 * fate") stands next to almost every noun, so its pair says only which word is more frequent, not
 * which one fits. None when a phrase is established usage: the word fits that neighbour. The pairs
 * are counted by number before any phrase is made: most words stop there.
 */
function contextsOf(rs: readonly Reading[], i: number, id: number, counts: CorpusCounts, facts: Facts, o: Options): Context[] {
  const [l1, r1] = [neighbour(rs, i, -1), neighbour(rs, i, 1)];
  const [fl, fr] = [contentFacts(l1, facts), contentFacts(r1, facts)];
  const left = fl ? counts.pairOf(fl.id, id) : 0;
  const right = fr ? counts.pairOf(id, fr.id) : 0;
  if ((!fl && !fr) || left > o.maxSeen || right > o.maxSeen) return [];
  const out: Context[] = [];
  if (l1 && fl) out.push({ before: [l1], after: [], ids: [fl.id, id], slot: 1, printedCount: left });
  if (r1 && fr) out.push({ before: [], after: [r1], ids: [id, fr.id], slot: 0, printedCount: right });
  // Trigrams refine a content word's pair; alone they open no word to suspicion: "know the _"
  // takes any object, "the _ of" any noun.
  if (!o.trigrams) return out;
  const established = (before: Reading[], after: Reading[]): boolean => {
    const ids = [...before.map((r) => facts(r.word).id), id, ...after.map((r) => facts(r.word).id)];
    const c: Context = { before, after, ids, slot: before.length, printedCount: 0 };
    c.printedCount = countIn(c, id, counts);
    out.push(c);
    return c.printedCount > o.maxSeen;
  };
  const [l2, r2] = [neighbour(rs, i, -2), neighbour(rs, i, 2)];
  if (l1 && l2 && (fl || contentFacts(l2, facts)) && established([l2, l1], [])) return [];
  if (l1 && r1 && (fl || fr) && established([l1], [r1])) return [];
  if (r1 && r2 && (fr || contentFacts(r2, facts)) && established([], [r1, r2])) return [];
  return out;
}

const isPair = (c: Context): boolean => c.before.length + c.after.length === 1;

/**
 * Every pair the corpus knows must favour the candidate beyond chance (a sign test), or it is no
 * evidence. A pair neither phrase is attested in beyond this one printing ("cleaning implemented"
 * once, "cleansing implemented" never) says nothing either way: the corpus has not seen that
 * neighbour with either word, so it is left out rather than counted against. Three-word phrases are
 * sparse (a slip reprinted twice, the other phrase never): one counts against the candidate only
 * when it favours the printed word beyond chance, and for it when it favours the candidate so.
 */
function evidenceFor(word: string, contexts: readonly Context[], candidate: { word: string; id: number }, counts: CorpusCounts, o: Options): Evidence[] {
  const out: Evidence[] = [];
  for (const c of contexts) {
    const alt = countIn(c, candidate.id, counts);
    const total = c.printedCount + alt;
    if (!isPair(c)) {
      if (signTail(alt, total) <= o.significance) return [];
      if (signTail(c.printedCount, total) > o.significance) continue;
    } else if (alt === 0 && c.printedCount <= 1) continue;
    else if (signTail(c.printedCount, total) > o.significance) return [];
    out.push({ printed: phrase(c, word), printedCount: c.printedCount, alternative: phrase(c, candidate.word), alternativeCount: alt });
  }
  return out;
}

const weight = (s: Suspect): number => s.evidence.reduce((sum, e) => sum + e.alternativeCount, 0);

/**
 * A real-word error is a correctly spelt word: one the dictionaries or the word list do not know is
 * a non-word, the spelling check's, however often it is printed ("goverment" twice).
 */
const knownWord = (corpus: Corpus, word: string): boolean => corpus.lexicon.has(word) || corpus.words.has(word);

/** A word's candidates with their numbers, decided once per run: none for a word no dictionary knows. */
function candidatesFor(f: WordFacts, word: string, corpus: Corpus, counts: CorpusCounts, o: Options): readonly { word: string; id: number }[] {
  f.candidates ??= knownWord(corpus, word) ? candidatesOf(word, corpus, counts, o).map((c) => ({ word: c, id: counts.readingId(c) })) : [];
  return f.candidates;
}

function suspectsIn(corpus: Corpus, text: DocumentText, counts: CorpusCounts, o: Options, memo: Map<string, WordFacts>): Suspect[] {
  const rs = readings(text);
  const facts = factsOf(memo, counts);
  const out: Suspect[] = [];
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i] as Reading;
    const t = r.token;
    if (t.shape !== "word" || t.script !== "latin") continue;
    // Decided once per distinct word, before any context is read: most words have no candidate.
    const f = facts(r.word);
    // Capitalised words are names and headings, whose variants spelling-variant reports. A word
    // already found to have no candidate is passed over before its print is read.
    if (f.candidates?.length === 0 || /\p{Lu}/u.test(t.text)) continue;
    const cands = candidatesFor(f, r.word, corpus, counts, o);
    const contexts = cands.length > 0 ? contextsOf(rs, i, f.id, counts, facts, o) : [];
    if (contexts.length === 0) continue;
    let best: Suspect | undefined;
    for (const c of cands) {
      const evidence = evidenceFor(r.word, contexts, c, counts, o);
      const s = { reading: r, intended: c.word, evidence };
      if (evidence.length > 0 && (!best || weight(s) > weight(best))) best = s;
    }
    if (best) out.push(best);
  }
  return out;
}

// A word's facts and candidates are decided once per distinct word for the whole run, not once per document.
const memoOf = memoPerRun<WordFacts>();

function findingOf(id: string, s: Suspect): RawFinding {
  const { line, col } = s.reading.token;
  const printed = s.reading.token.text;
  const evidence = s.evidence.map((e) => `"${e.printed}" ${times(e.printedCount)}; "${e.alternative}" ${times(e.alternativeCount)}`).join("; ");
  // The word is the location's quote.
  return wordFinding(
    id,
    { line, col, words: [s.reading.word] },
    printed,
    printed,
    `${id} prints "${printed}" at line ${line} where the corpus's usage suggests "${s.intended}": ${evidence}.`,
  );
}

export const realWordError = defineCheck({
  meta: {
    id: "real-word-error",
    description:
      "A correctly spelt word that is probably the wrong word (form for from): the phrase it makes is rare in the corpus while the phrase with a confusable word in its place is common.",
    docs: "docs/rules/real-word-error.md",
  },
  options,
  document(doc, text, corpus, o): RawFinding[] {
    return suspectsIn(corpus, text, corpusCounts(corpus), o, memoOf(corpus, o)).map((s) => findingOf(doc.record.id, s));
  },
});
