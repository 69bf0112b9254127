import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { ConfusionsFile } from "../model/confusions.js";
import type { Corpus } from "../model/corpus.js";
import { corpusCounts, readings, type CorpusCounts, type Reading } from "../text/corpus-counts.js";
import type { DocumentText } from "../text/document-text.js";
import { isFunctionWord } from "../text/word-classes.js";

const options = z.strictObject({
  maxSeen: z
    .number()
    .int()
    .min(1)
    .default(2)
    .describe(
      "The printed phrase occurs at most this often in the corpus: more is established usage, not a slip (2 lets a slip copied once into a reprint count).",
    ),
  significance: z
    .number()
    .gt(0)
    .lt(1)
    .default(0.05)
    .describe(
      "A sign test: were the two phrases equally likely, a split at least this lopsided would happen by chance at most this often (0.05, the usual level). Needs 1 against 7, 2 against 9.",
    ),
  minEditLength: z
    .number()
    .int()
    .min(2)
    .default(4)
    .describe(
      "Words shorter than this get no one-edit alternatives: one edit turns a short word into another (in/on, at/as), both right; only the curated sets cover them.",
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

/** The chance that a fair coin tossed `n` times shows at most `k` heads. */
export function signTail(k: number, n: number): number {
  let term = 1;
  let sum = 1;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i;
    sum += term;
  }
  return sum / 2 ** n;
}

/** The same word in another form: an inflectional ending (victim/victims, state/stated) or an apostrophe (guard's/guards). */
export function inflection(a: string, b: string): boolean {
  const [x, y] = [a.replace(/'/g, ""), b.replace(/'/g, "")];
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const stem = (w: string): string => w.replace(/(?:es|ed|s|d|e)$/, "");
  return stem(x) === stem(y) || (long.startsWith(short) && ["s", "es", "d", "ed"].includes(long.slice(short.length)));
}

/** A content-word neighbour of the word, on its left or right, in one phrase with it. */
interface Context {
  neighbour: string;
  left: boolean;
  printedCount: number;
}

const phrase = (c: Context, word: string): string => (c.left ? `${c.neighbour} ${word}` : `${word} ${c.neighbour}`);

/**
 * The phrases the word makes with its content-word neighbours. A function word ("the date" / "the
 * fate") stands next to almost every noun, so its phrase says only which word is more frequent, not
 * which one fits. None when a phrase is established usage: the word fits that neighbour.
 */
function contextsOf(rs: readonly Reading[], i: number, counts: CorpusCounts, o: Options): Context[] {
  const here = rs[i];
  const left = rs[i - 1];
  const right = rs[i + 1];
  if (!here) return [];
  const out: Context[] = [];
  for (const [n, isLeft] of [
    [left?.joinsNext ? left : undefined, true],
    [here.joinsNext ? right : undefined, false],
  ] as const) {
    if (!n || n.token.shape !== "word" || isFunctionWord(n.word)) continue;
    const printedCount = isLeft ? counts.pair(n.word, here.word) : counts.pair(here.word, n.word);
    if (printedCount > o.maxSeen) return [];
    out.push({ neighbour: n.word, left: isLeft, printedCount });
  }
  return out;
}

/**
 * Every context the corpus knows must favour the candidate beyond chance (a sign test), or it is no
 * evidence. A context neither phrase is attested in beyond this one printing ("cleaning
 * implemented" once, "cleansing implemented" never) says nothing either way: the corpus has not
 * seen that neighbour with either word, so it is left out rather than counted against.
 */
function evidenceFor(word: string, contexts: readonly Context[], candidate: string, counts: CorpusCounts, o: Options): Evidence[] {
  const out: Evidence[] = [];
  for (const c of contexts) {
    const alt = c.left ? counts.pair(c.neighbour, candidate) : counts.pair(candidate, c.neighbour);
    if (alt === 0 && c.printedCount <= 1) continue;
    if (signTail(c.printedCount, c.printedCount + alt) > o.significance) return [];
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
const memos = new WeakMap<Corpus, WeakMap<Options, Map<string, string[]>>>();
function memoOf(corpus: Corpus, o: Options): Map<string, string[]> {
  const byOptions = memos.get(corpus) ?? new WeakMap<Options, Map<string, string[]>>();
  memos.set(corpus, byOptions);
  const memo = byOptions.get(o) ?? new Map<string, string[]>();
  byOptions.set(o, memo);
  return memo;
}

const times = (n: number): string => `${n} time${n === 1 ? "" : "s"}`;

function findingOf(id: string, s: Suspect): RawFinding {
  const { line } = s.reading.token;
  const printed = s.reading.token.text;
  const evidence = s.evidence.map((e) => `"${e.printed}" ${times(e.printedCount)}; "${e.alternative}" ${times(e.alternativeCount)}`).join("; ");
  // The word is the location's quote: "one defect, one finding" merges by words, and a bare line
  // would make this finding one with any other word's finding on that line.
  const ref = { document: id, source: line, text: printed };
  return {
    subject: id,
    key: `${line}|${s.reading.token.col}|${s.reading.word}`,
    message: `${id} prints "${printed}" at line ${line} where the corpus's usage suggests "${s.intended}": ${evidence}.`,
    values: [{ value: printed, refs: [ref] }],
    refs: [ref],
  };
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
