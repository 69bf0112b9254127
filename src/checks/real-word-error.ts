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

/**
 * A phrase the word makes with its neighbours in one phrase with it: one content word beside it (a
 * pair), or two words on either side or around it (a trigram) of which one at least is a content word.
 */
interface Context {
  before: readonly string[];
  after: readonly string[];
  printedCount: number;
}

const phrase = (c: Context, word: string): string => [...c.before, word, ...c.after].join(" ");

/** How often the corpus prints the context's phrase with `word` in the slot. */
function countIn(c: Context, word: string, counts: CorpusCounts): number {
  const [x = "", y = "", z = ""] = [...c.before, word, ...c.after];
  return c.before.length + c.after.length === 1 ? counts.pair(x, y) : counts.trigram(x, y, z);
}

/** The readings on either side of `i` in one phrase with it, nearest first, up to two each way. */
function sides(rs: readonly Reading[], i: number): [Reading[], Reading[]] {
  const left: Reading[] = [];
  for (let j = i - 1; j >= i - 2 && rs[j]?.joinsNext; j--) left.push(rs[j] as Reading);
  const right: Reading[] = [];
  for (let j = i; j < i + 2 && rs[j]?.joinsNext && rs[j + 1]; j++) right.push(rs[j + 1] as Reading);
  return [left, right];
}

const content = (r: Reading): boolean => r.token.shape === "word" && !isFunctionWord(r.word);

/**
 * The phrases the word makes with its neighbours: with a content word beside it, and then the
 * three-word phrases it stands in that have a content word. A function word alone ("the date" / "the
 * fate") stands next to almost every noun, so its pair says only which word is more frequent, not
 * which one fits. None when a phrase is established usage: the word fits that neighbour.
 */
function contextsOf(rs: readonly Reading[], i: number, counts: CorpusCounts, o: Options): Context[] {
  const here = rs[i];
  if (!here) return [];
  const [left, right] = sides(rs, i);
  const [l1, l2] = left;
  const [r1, r2] = right;
  const candidates: Context[] = [];
  const add = (before: Reading[], after: Reading[]): void => {
    candidates.push({ before: before.map((r) => r.word), after: after.map((r) => r.word), printedCount: 0 });
  };
  if (l1 && content(l1)) add([l1], []);
  if (r1 && content(r1)) add([], [r1]);
  // Trigrams refine a content word's pair; alone they open no word to suspicion: "know the _"
  // takes any object, "the _ of" any noun.
  if (o.trigrams && candidates.length > 0) {
    if (l1 && l2 && (content(l1) || content(l2))) add([l2, l1], []);
    if (l1 && r1 && (content(l1) || content(r1))) add([l1], [r1]);
    if (r1 && r2 && (content(r1) || content(r2))) add([], [r1, r2]);
  }
  for (const c of candidates) {
    c.printedCount = countIn(c, here.word, counts);
    if (c.printedCount > o.maxSeen) return [];
  }
  return candidates;
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
function evidenceFor(word: string, contexts: readonly Context[], candidate: string, counts: CorpusCounts, o: Options): Evidence[] {
  const out: Evidence[] = [];
  for (const c of contexts) {
    const alt = countIn(c, candidate, counts);
    const total = c.printedCount + alt;
    if (!isPair(c)) {
      if (signTail(alt, total) <= o.significance) return [];
      if (signTail(c.printedCount, total) > o.significance) continue;
    } else if (alt === 0 && c.printedCount <= 1) continue;
    else if (signTail(c.printedCount, total) > o.significance) return [];
    out.push({ printed: phrase(c, word), printedCount: c.printedCount, alternative: phrase(c, candidate), alternativeCount: alt });
  }
  return out;
}

const weight = (s: Suspect): number => s.evidence.reduce((sum, e) => sum + e.alternativeCount, 0);

/**
 * A real-word error is a correctly spelt word: one the dictionaries or the word list do not know is
 * a non-word, the spelling check's, however often it is printed ("goverment" twice).
 */
const knownWord = (corpus: Corpus, word: string): boolean => corpus.lexicon.has(word) || corpus.words.has(word);

function suspectsIn(corpus: Corpus, text: DocumentText, counts: CorpusCounts, o: Options, memo: Map<string, string[]>): Suspect[] {
  const rs = readings(text);
  const out: Suspect[] = [];
  rs.forEach((r, i) => {
    const t = r.token;
    // Capitalised words are names and headings, whose variants spelling-variant reports.
    if (t.shape !== "word" || t.script !== "latin" || /\p{Lu}/u.test(t.text)) return;
    // Decided once per distinct word, before any context is read: most words have no candidate.
    let cands = memo.get(r.word);
    if (!cands) memo.set(r.word, (cands = knownWord(corpus, r.word) ? candidatesOf(r.word, corpus, counts, o) : []));
    if (cands.length === 0) return;
    const contexts = contextsOf(rs, i, counts, o);
    if (contexts.length === 0) return;
    let best: Suspect | undefined;
    for (const c of cands) {
      const evidence = evidenceFor(r.word, contexts, c, counts, o);
      const s = { reading: r, intended: c, evidence };
      if (evidence.length > 0 && (!best || weight(s) > weight(best))) best = s;
    }
    if (best) out.push(best);
  });
  return out;
}

// Candidates are decided once per distinct word for the whole corpus, not once per document.
const memoOf = memoPerRun<string[]>();

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
