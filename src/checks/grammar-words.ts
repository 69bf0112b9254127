import { ARTICLES, BE, DO, HAVE, INSERTED_ADVERBS, MODALS, PREPOSITIONS, SUBJECT_PRONOUNS, isCardinal } from "../text/closed-classes.js";
import type { PhraseWord } from "../text/phrase-words.js";
import { canBe, onlyTags } from "../text/word-tags.js";

/** The patterns grammar-pattern knows; a rule picks among them with its `patterns` option. */
export const PATTERNS = [
  "verb-form-after-auxiliary",
  "to-after-modal",
  "two-determiners",
  "determiner-number",
  "plural-after-numeral",
  "of-after-numeral",
  "verb-after-preposition",
  "pronoun-after-preposition",
  "two-finite-verbs",
  "plural-subject-singular-verb",
  "adjective-for-adverb",
  "verb-for-adjective",
  "missing-of-after-plural-numeral",
  "possessive-before-preposition",
  "detached-ordinal-suffix",
  "singular-subject-plural-verb",
  "bare-numeral-noun",
  "modal-after-let",
  "time-without-preposition",
  "plural-noun-modifier",
  "adjective-for-noun",
  "participle-after-preposition",
  "repeated-subject",
  "to-before-object",
  "bare-singular-subject-plural-verb",
  "active-for-passive",
] as const;
export type PatternId = (typeof PATTERNS)[number];

/** One match: the words from `from` to `to` (inclusive) and what the pattern says about them. */
export interface Match {
  pattern: PatternId;
  from: number;
  to: number;
  why: string;
}

/** A matcher looks at the words from `i` on and returns what it finds there, if anything. */
export type Matcher = (ws: readonly PhraseWord[], i: number) => Match | undefined;

/**
 * A matcher with a test of the first word alone that each of its matches passes (`starts`), when it
 * has one: the check asks it once per distinct word and calls the matcher only where it holds, since
 * every matcher would otherwise run at every word of the corpus.
 */
export interface GatedMatcher {
  match: Matcher;
  starts?: (word: string) => boolean;
}

const BASE_ONLY = ["VB", "VBP"];
export const isBaseVerb = (w: string): boolean => onlyTags(w, BASE_ONLY);
export const isFiniteOnly = (w: string): boolean => onlyTags(w, ["VBD"]) || onlyTags(w, ["VBZ"]);
export const isPluralOnly = (w: string): boolean => onlyTags(w, ["NNS"]);
export const isSingularOnly = (w: string): boolean => onlyTags(w, ["NN"]);

/** The words joined to `i` in one phrase, from `i` on: the pattern never reaches across punctuation. */
export function run(ws: readonly PhraseWord[], i: number, n: number): string[] | undefined {
  const out: string[] = [];
  for (let k = i; k < i + n; k++) {
    const w = ws[k];
    if (!w || (k < i + n - 1 && !w.joinsNext)) return undefined;
    out.push(w.word);
  }
  return out;
}

/** Past the adverbs after an auxiliary ("has not yet"): the index of the verb, if it joins. */
function afterAdverbs(ws: readonly PhraseWord[], i: number): number | undefined {
  let k = i + 1;
  while (ws[k - 1]?.joinsNext && INSERTED_ADVERBS.has(ws[k]?.word ?? "")) k++;
  return ws[k - 1]?.joinsNext && ws[k] ? k : undefined;
}

export const isAdjective = (w: string): boolean => onlyTags(w, ["JJ"]);
export const isNoun = (w: string): boolean => isSingularOnly(w) || isPluralOnly(w) || onlyTags(w, ["NN", "NNS"]);

const AUXILIARIES = new Set([...BE, ...HAVE, ...MODALS, ...DO]);

function auxiliary(ws: readonly PhraseWord[], i: number): Match | undefined {
  const aux = ws[i]?.word ?? "";
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, the tests below reject the same words (this one only rejects them sooner)
  if (!AUXILIARIES.has(aux)) return undefined;
  const k = afterAdverbs(ws, i);
  const verb = k === undefined ? "" : (ws[k]?.word ?? "");
  if (k === undefined) return undefined;
  const wrong =
    ((BE.has(aux) || HAVE.has(aux)) && isBaseVerb(verb)) ||
    ((MODALS.has(aux) || DO.has(aux)) && (isFiniteOnly(verb) || onlyTags(verb, ["VBN"]) || onlyTags(verb, ["VBD", "VBN"])));
  if (!wrong) return undefined;
  const expected = BE.has(aux) || HAVE.has(aux) ? "a participle" : "the base form";
  return { pattern: "verb-form-after-auxiliary", from: i, to: k, why: `"${verb}" after "${aux}", where ${expected} of the verb is expected` };
}

function toAfterModal(ws: readonly PhraseWord[], i: number): Match | undefined {
  const aux = ws[i]?.word ?? "";
  // "will" and "may" are also nouns ("the will to live"); the others are only auxiliaries.
  if (!MODALS.has(aux) || aux === "will" || aux === "may") return undefined;
  const k = ws[i + 1]?.word === "not" && ws[i]?.joinsNext ? i + 2 : i + 1;
  if (ws[k - 1]?.joinsNext !== true || ws[k]?.word !== "to") return undefined;
  return { pattern: "to-after-modal", from: i, to: k, why: `"to" after the auxiliary "${aux}", which takes the bare verb` };
}

const DETERMINER_STARTS = new Set([...ARTICLES, "a", "an", "this", "these", "those"]);

function determiners(ws: readonly PhraseWord[], i: number): Match | undefined {
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, the tests below reject the same words (this one only rejects them sooner)
  if (!DETERMINER_STARTS.has(ws[i]?.word ?? "")) return undefined;
  const r = run(ws, i, 2);
  if (!r) return undefined;
  const [a = "", b = ""] = r;
  if (ARTICLES.has(a) && a !== b && (ARTICLES.has(b) || b === "this" || b === "these" || b === "those"))
    return { pattern: "two-determiners", from: i, to: i + 1, why: `two determiners, "${a}" and "${b}", before one noun` };
  if ((a === "this" || a === "a" || a === "an") && isPluralOnly(b))
    return { pattern: "determiner-number", from: i, to: i + 1, why: `the singular determiner "${a}" before the plural noun "${b}"` };
  if ((a === "these" || a === "those") && isSingularOnly(b))
    return { pattern: "determiner-number", from: i, to: i + 1, why: `the plural determiner "${a}" before the singular noun "${b}"` };
  return undefined;
}

const UNIT_PLURALS = new Set(["hundreds", "thousands", "millions", "billions", "percents"]);
/** A capitalised word no lexicon knows that ends in s: a plural of a people's name ("Azerbaijanis"). */
const isNamePlural = (w: PhraseWord): boolean => /^\p{Lu}/u.test(w.token.text) && /s$/.test(w.word) && !canBe(w.word, ["NN", "NNP", "JJ"]);

function numerals(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!isCardinal(ws[i]?.word ?? "")) return undefined;
  const r = run(ws, i, 2);
  if (!r) return undefined;
  const [n = "", unit = ""] = r;
  const next = ws[i + 1]?.joinsNext ? ws[i + 2]?.word : undefined;
  if (UNIT_PLURALS.has(unit) && (unit === "percents" || next !== "of"))
    return { pattern: "plural-after-numeral", from: i, to: i + 1, why: `the plural "${unit}" after the numeral "${n}"` };
  const noun = ws[i + 2];
  if (unit === "of" && noun && ws[i + 1]?.joinsNext && (isPluralOnly(noun.word) || isNamePlural(noun)))
    return {
      pattern: "of-after-numeral",
      from: i,
      to: i + 2,
      why: `"of" between the numeral "${n}" and the noun "${noun.token.text}" it counts, with no determiner`,
    };
  return undefined;
}

function afterPreposition(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!PREPOSITIONS.has(ws[i]?.word ?? "")) return undefined;
  const r = run(ws, i, 2);
  if (!r) return undefined;
  const [p = "", w = ""] = r;
  if (isFiniteOnly(w) || isBaseVerb(w))
    return { pattern: "verb-after-preposition", from: i, to: i + 1, why: `the verb form "${w}" after the preposition "${p}", where a noun is expected` };
  const after = ws[i + 1]?.joinsNext ? ws[i + 2]?.word : undefined;
  if (SUBJECT_PRONOUNS.has(w) && !(after && canBe(after, ["MD", "VBD", "VBP", "VBZ"])))
    return { pattern: "pronoun-after-preposition", from: i, to: i + 1, why: `the subject pronoun "${w}" after the preposition "${p}"` };
  return undefined;
}

function finiteVerbs(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!isFiniteOnly(ws[i]?.word ?? "")) return undefined;
  const r = run(ws, i, 2);
  if (!r || !isFiniteOnly(r[1] ?? "")) return undefined;
  return { pattern: "two-finite-verbs", from: i, to: i + 1, why: `two finite verbs in a row, "${r[0] ?? ""}" and "${r[1] ?? ""}"` };
}

const PLURAL_NUMERALS = new Set(["hundreds", "thousands", "millions", "dozens", "tens"]);

/** A plural numeral straight before a plural noun: the "of" between them is missing ("hundreds years"). */
function missingOf(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!PLURAL_NUMERALS.has(ws[i]?.word ?? "")) return undefined;
  const r = run(ws, i, 2);
  if (!r || !isPluralOnly(r[1] ?? "")) return undefined;
  return {
    pattern: "missing-of-after-plural-numeral",
    from: i,
    to: i + 1,
    why: `no "of" between the plural numeral "${r[0] ?? ""}" and the noun "${r[1] ?? ""}"`,
  };
}

/** A noun's possessive straight before a preposition: a possessive always has its noun after it ("victim's of"). */
function possessive(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!(ws[i]?.word ?? "").endsWith("'s")) return undefined;
  const r = run(ws, i, 2);
  const [w = "", p = ""] = r ?? [];
  // The stem must be only a noun: "it's", "that's", "let's" are contractions, not possessives.
  if (!isNoun(w.slice(0, -2)) || !PREPOSITIONS.has(p)) return undefined;
  return {
    pattern: "possessive-before-preposition",
    from: i,
    to: i + 1,
    why: `the possessive "${w}" before the preposition "${p}", with no noun for it to own`,
  };
}

const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);

/** A number and its ordinal ending printed apart ("366 th"): one word broken in two. */
function detachedOrdinal(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (ws[i]?.token.shape !== "number") return undefined;
  const r = run(ws, i, 2);
  if (!r || !ORDINAL_SUFFIXES.has(r[1] ?? "")) return undefined;
  return { pattern: "detached-ordinal-suffix", from: i, to: i + 1, why: `the ordinal ending "${r[1] ?? ""}" printed apart from its number "${r[0] ?? ""}"` };
}

/** Patterns of two or three neighbouring words. */
export const WORD_MATCHERS: readonly GatedMatcher[] = [
  { match: auxiliary, starts: (w) => AUXILIARIES.has(w) },
  { match: toAfterModal, starts: (w) => MODALS.has(w) && w !== "will" && w !== "may" },
  { match: determiners, starts: (w) => DETERMINER_STARTS.has(w) },
  { match: numerals, starts: isCardinal },
  { match: afterPreposition, starts: (w) => PREPOSITIONS.has(w) },
  { match: finiteVerbs, starts: isFiniteOnly },
  { match: missingOf, starts: (w) => PLURAL_NUMERALS.has(w) },
  { match: possessive, starts: (w) => w.endsWith("'s") },
  // The token's shape, not the word, says where this one starts.
  { match: detachedOrdinal },
];
