import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { LoadedDocument } from "../model/corpus.js";
import { ARTICLES, DETERMINERS, MODALS, PREPOSITIONS } from "../text/closed-classes.js";
import { corpusCounts, type CorpusCounts } from "../text/corpus-counts.js";
import type { DocumentText } from "../text/document-text.js";
import { phraseWords, type PhraseWord } from "../text/phrase-words.js";
import { canBe, onlyTags } from "../text/word-tags.js";

const options = z.strictObject({
  maxSeen: z
    .number()
    .int()
    .min(1)
    .default(2)
    .describe("The printed phrase (the word with the neighbour that decides) occurs at most this often in the corpus: more is established usage."),
});
type Options = z.infer<typeof options>;

/** Which neighbour decides: the word before the confusable word, or the word after it. */
type Side = "before" | "after";

/**
 * A confusion of a set and the context in which one member cannot stand and the other must.
 *
 * The sets are published ones, never read off this corpus: its/it's, than/then and their/there
 * are among the 21 sets of Golding & Roth, "A Winnow-based approach to context-sensitive spelling
 * correction", Machine Learning 34 (1999); form/from, of/off and lose/loose are in Pedler & Mitton,
 * "A large list of confusion sets for spellchecking assessed against a corpus of real-word errors",
 * LREC 2010. The contexts are grammar: a participle is never followed by the noun or verb "form"
 * and then a determiner; "than" follows a comparative; a modal takes a verb, never an adjective.
 */
interface Confusion {
  printed: string;
  intended: string;
  side: Side;
  why: string;
  fits(before: string | undefined, after: string | undefined): boolean;
}

const OBJECTS = new Set([...DETERMINERS, "them", "us", "him", "her", "which", "where"]);
const COMPARATIVES = new Set(["more", "less", "rather", "fewer", "other", "better", "worse", "greater", "larger", "higher", "lower"]);
const FINITE_AFTER_THERE = new Set(["is", "are", "was", "were", "has", "have", "had", "will"]);
const noun = (w: string | undefined): boolean => w !== undefined && (onlyTags(w, ["NN"]) || onlyTags(w, ["NNS"]) || onlyTags(w, ["NN", "NNS"]));

export const CONFUSIONS: readonly Confusion[] = [
  {
    printed: "form",
    intended: "from",
    side: "after",
    why: "a participle then a determiner: a preposition stands there, not the noun or verb",
    fits: (b, a) => b !== undefined && canBe(b, ["VBN"]) && !canBe(b, ["NN", "VB", "VBP", "DT"]) && a !== undefined && OBJECTS.has(a),
  },
  {
    printed: "from",
    intended: "form",
    side: "before",
    why: 'an article then "of": a noun stands there, not a preposition',
    fits: (b, a) => b !== undefined && ARTICLES.has(b) && a === "of",
  },
  {
    printed: "then",
    intended: "than",
    side: "before",
    why: "after a comparative, the comparison's word",
    fits: (b) => b !== undefined && (COMPARATIVES.has(b) || onlyTags(b, ["JJR"]) || onlyTags(b, ["JJR", "RBR"])),
  },
  {
    printed: "than",
    intended: "then",
    side: "before",
    why: "after a conjunction of time, the adverb of sequence",
    fits: (b) => b === "and" || b === "since" || b === "until" || b === "till",
  },
  {
    printed: "its",
    intended: "it's",
    side: "after",
    why: "the possessive before a participle or an article, where a verb is needed",
    fits: (_b, a) => a === "been" || a === "being" || a === "not" || a === "a" || a === "an",
  },
  {
    printed: "it's",
    intended: "its",
    side: "after",
    why: '"it is" before a noun, where the possessive stands',
    fits: (b, a) => (a === "own" || noun(a)) && b !== undefined && (PREPOSITIONS.has(b) || canBe(b, ["VBD", "VBZ"])),
  },
  {
    printed: "loose",
    intended: "lose",
    side: "before",
    why: "the adjective after an auxiliary or infinitive marker, where the verb stands",
    fits: (b) => b !== undefined && (MODALS.has(b) || b === "to" || b === "not" || b === "never"),
  },
  {
    printed: "their",
    intended: "there",
    side: "after",
    why: "the possessive before a finite verb, where the subject word stands",
    fits: (_b, a) => a !== undefined && FINITE_AFTER_THERE.has(a),
  },
  {
    printed: "there",
    intended: "their",
    side: "after",
    why: "the adverb between a preposition and its noun, where the possessive stands",
    fits: (b, a) => b !== undefined && PREPOSITIONS.has(b) && noun(a),
  },
  {
    printed: "off",
    intended: "of",
    side: "after",
    why: "a noun then a determiner: the preposition of stands there, not the adverb",
    fits: (b, a) => noun(b) && a !== undefined && DETERMINERS.has(a),
  },
];

interface Suspect {
  word: PhraseWord;
  confusion: Confusion;
  printedCount: number;
  intendedCount: number;
  neighbour: string;
}

const pairOf = (counts: CorpusCounts, side: Side, word: string, neighbour: string): number =>
  side === "before" ? counts.pair(neighbour, word) : counts.pair(word, neighbour);

function suspectAt(ws: readonly PhraseWord[], i: number, counts: CorpusCounts, o: Options): Suspect | undefined {
  const w = ws[i];
  if (!w || w.token.script !== "latin") return undefined;
  const before = ws[i - 1]?.joinsNext ? ws[i - 1]?.word : undefined;
  const after = w.joinsNext ? ws[i + 1]?.word : undefined;
  for (const c of CONFUSIONS) {
    if (c.printed !== w.word || !c.fits(before, after)) continue;
    const neighbour = (c.side === "before" ? before : after) ?? "";
    const printedCount = pairOf(counts, c.side, c.printed, neighbour);
    const intendedCount = pairOf(counts, c.side, c.intended, neighbour);
    // The corpus has the last word: an established phrase is usage, and the other member must be the more usual one beside this neighbour.
    if (printedCount <= o.maxSeen && intendedCount > printedCount) return { word: w, confusion: c, printedCount, intendedCount, neighbour };
  }
  return undefined;
}

const times = (n: number): string => `${n} time${n === 1 ? "" : "s"}`;

function findingOf(id: string, s: Suspect): RawFinding {
  const { line, text } = s.word.token;
  const c = s.confusion;
  const phrase = (w: string): string => (c.side === "before" ? `${s.neighbour} ${w}` : `${w} ${s.neighbour}`);
  const ref = { document: id, source: line, text };
  return {
    subject: id,
    key: `${line}|${s.word.token.col}|${c.printed}`,
    message: `${id} prints "${text}" at line ${line} where "${c.intended}" fits (${c.why}): "${phrase(c.printed)}" ${times(s.printedCount)} in the corpus, "${phrase(c.intended)}" ${times(s.intendedCount)}.`,
    values: [{ value: text, refs: [ref] }],
    refs: [ref],
  };
}

function inDocument(doc: LoadedDocument, text: DocumentText, counts: CorpusCounts, o: Options): RawFinding[] {
  const ws = phraseWords(text);
  const out: RawFinding[] = [];
  for (let i = 0; i < ws.length; i++) {
    const s = suspectAt(ws, i, counts, o);
    if (s) out.push(findingOf(doc.record.id, s));
  }
  return out;
}

export const confusableWord = defineCheck({
  meta: {
    id: "confusable-word",
    description:
      "A word of a published confusion set (form/from, then/than, its/it's ...) where the words around it admit only the other member, and the corpus prints the other member beside the same neighbour more often.",
    docs: "docs/rules/confusable-word.md",
  },
  options,
  document(doc, text, corpus, o: Options): RawFinding[] {
    return inDocument(doc, text, corpusCounts(corpus), o);
  },
});
