import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import { corpusCounts, readings, type CorpusCounts, type Reading } from "../text/corpus-counts.js";
import { FUNCTION_WORDS } from "../text/function-words.js";
import { isFunctionWord } from "../text/word-classes.js";
import { memoPerRun, signTail, signTestOptions, times, wordFinding } from "./sign-test-evidence.js";

const options = z.strictObject(
  signTestOptions({
    maxSeen: "The two words side by side occur at most this often in the corpus: more is established usage, not a slip.",
    significance:
      "A sign test: were the phrase with the word and the phrase without it equally likely, a split at least this lopsided would happen by chance at most this often (0.05). Needs 1 against 7, 2 against 9.",
  }),
);
type Options = z.infer<typeof options>;

/**
 * The words that may have dropped out: English function words (articles, prepositions,
 * conjunctions, pronouns), the classes in which learners' and translators' omissions concentrate
 * (Leacock, Chodorow, Gamon and Tetreault, "Automated Grammatical Error Detection for Language
 * Learners", 2010: article and preposition errors lead). A content word that dropped out leaves a
 * phrase the corpus cannot name a filler for without a list of every word.
 */
const FILLERS: readonly string[] = Object.keys(FUNCTION_WORDS).filter((w) => /^\p{Ll}+$/u.test(w));

interface Gap {
  left: Reading;
  right: Reading;
  filler: string;
  printedCount: number;
  fullCount: number;
}

/** The function word the corpus prints most often between `a` and `c`, with its count; ties go to the first in alphabetical order. */
function bestFiller(a: string, c: string, counts: CorpusCounts): [string, number] {
  let best: [string, number] = ["", 0];
  for (const b of FILLERS) {
    const n = counts.trigram(a, b, c);
    if (n > best[1]) best = [b, n];
  }
  return best;
}

const isWord = (r: Reading): boolean => r.token.shape === "word" && r.token.script === "latin";

/**
 * The fuller phrase must hold with the word after the pair too: the corpus prints "b c d" far more
 * often than "a c d" ("the world community" 13 times, "of world community" once), or "c d" is a
 * unit of its own that takes no "b" ("of world Azerbaijanis": "the world Azerbaijanis" never).
 */
function holdsOnRight(a: string, b: string, c: string, next: Reading | undefined, counts: CorpusCounts, o: Options): boolean {
  if (!next) return true;
  const printed = counts.trigram(a, c, next.word);
  return signTail(printed, printed + counts.trigram(b, c, next.word)) <= o.significance;
}

function gapsIn(rs: readonly Reading[], counts: CorpusCounts, o: Options, memo: Map<string, [string, number] | null>): Gap[] {
  const out: Gap[] = [];
  rs.forEach((left, i) => {
    const right = rs[i + 1];
    // A function word opens a phrase of its own ("committed the massacre", a heading's last word
    // before "The"): what stands before it needs no word between.
    // A word printed twice in a row is a doubled word, repetition's, whatever the corpus puts between.
    if (!left.joinsNext || !right || !isWord(left) || !isWord(right) || isFunctionWord(right.word) || left.word === right.word) return;
    const printedCount = counts.pair(left.word, right.word);
    if (printedCount > o.maxSeen) return;
    const key = `${left.word} ${right.word}`;
    let found = memo.get(key);
    if (found === undefined) {
      // Every phrase "a _ c" bounds how often any one filler stands there: most pairs stop here.
      const skips = counts.skipPair(left.word, right.word);
      const best = signTail(printedCount, printedCount + skips) > o.significance ? undefined : bestFiller(left.word, right.word, counts);
      found = best && signTail(printedCount, printedCount + best[1]) <= o.significance ? best : null;
      memo.set(key, found);
    }
    const next = right.joinsNext ? rs[i + 2] : undefined;
    if (found && holdsOnRight(left.word, found[0], right.word, next, counts, o)) out.push({ left, right, filler: found[0], printedCount, fullCount: found[1] });
  });
  return out;
}

// Decided once per distinct pair for the whole corpus.
const memoOf = memoPerRun<[string, number] | null>();

// A word broken at a line end is shown whole.
const shown = (r: Reading): string => (r.token.split ? r.word : r.token.text);

function findingOf(id: string, g: Gap): RawFinding {
  const [a, c] = [shown(g.left), shown(g.right)];
  const printed = `${a} ${c}`;
  const full = `${a} ${g.filler} ${c}`;
  const { line, col } = g.right.token;
  // The word after the gap is the location's quote.
  return wordFinding(
    id,
    { line, col, words: [g.left.word, g.right.word] },
    c,
    printed,
    `${id} prints "${printed}" at line ${line} where the corpus prints "${full}": "${printed}" ${times(g.printedCount)}; "${full}" ${times(g.fullCount)} (any case).`,
  );
}

export const missingWord = defineCheck({
  meta: {
    id: "missing-word",
    description:
      'Two words printed side by side that the corpus prints far more often with a function word between them ("in region", "in the region" 29 times): a word lost in typing or translation.',
    docs: "docs/rules/missing-word.md",
  },
  options,
  document(doc, text, corpus, o): RawFinding[] {
    const counts = corpusCounts(corpus);
    return gapsIn(readings(text), counts, o, memoOf(counts, o)).map((g) => findingOf(doc.record.id, g));
  },
});
