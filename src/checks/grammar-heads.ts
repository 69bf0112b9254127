import { BE, DO, HAVE, INSERTED_ADVERBS, MODALS, PREPOSITIONS, SUBJECT_PRONOUNS } from "../text/closed-classes.js";
import type { PhraseWord } from "../text/phrase-words.js";
import { canBe, onlyTags } from "../text/word-tags.js";
import { isPluralOnly, run, type GatedMatcher, type Match } from "./grammar-words.js";

/**
 * Plurals that stand as modifiers before another noun in general English ("arms race", "goods
 * train", "customs officer", "savings account", "communications satellite", "sales manager"): the
 * exceptions Swan, Practical English Usage (noun + noun: the first noun is normally singular), gives
 * to the rule that a noun modifier is singular, with the like nouns of its kind.
 */
const PLURAL_MODIFIERS: ReadonlySet<string> = new Set([
  "goods",
  "customs",
  "savings",
  "clothes",
  "sales",
  "arms",
  "sports",
  "glasses",
  "communications",
  "accounts",
  "careers",
  "admissions",
  "antiques",
  "drinks",
  "drugs",
  "jobs",
  "arts",
  "humanities",
  "weapons",
  "services",
  "systems",
  "operations",
  "relations",
  "affairs",
  "rights",
  "works",
]);

/**
 * The word a pattern starts from: each pattern first asks this one word (a set look-up) and builds
 * the run of words after it only where it can start, since every matcher runs at every word.
 */
const wordAt = (ws: readonly PhraseWord[], i: number): string => ws[i]?.word ?? "";

const NOUN_TAGS = ["NN", "NNS", "NNP", "NNPS", "PRP", "CD", "VBG", "DT", "PDT", "JJS", "WP", "EX"];

/**
 * A noun that can only be a plural, its singular a noun, straight before a word that can only be a
 * plural noun (or a plural noun and an -s verb): a noun modifier is singular ("member States",
 * "peace processes"), Swan's exceptions aside.
 */
function pluralModifier(ws: readonly PhraseWord[], i: number): Match | undefined {
  const first = wordAt(ws, i);
  if (!first.endsWith("s") || !isPluralOnly(first)) return undefined;
  const r = run(ws, i, 2);
  if (!r) return undefined;
  const [mod = "", noun = ""] = r;
  const singular = mod.replace(/s$/, "");
  if (!isPluralOnly(mod) || PLURAL_MODIFIERS.has(mod) || singular === mod || !onlyTags(singular, ["NN"])) return undefined;
  // A capital shows a noun where the lexicon allows an -s verb too ("members States"); in lower case
  // the word may be the verb of a plural subject ("the letters reminds").
  const capitalised = /^\p{Lu}/u.test(ws[i + 1]?.token.text ?? "");
  if (!isPluralOnly(noun) && !(capitalised && onlyTags(noun, ["NNS", "VBZ"]))) return undefined;
  return {
    pattern: "plural-noun-modifier",
    from: i,
    to: i + 1,
    why: `the plural "${mod}" as a modifier before the plural noun "${ws[i + 1]?.token.text ?? noun}", where the singular "${singular}" is usual`,
  };
}

const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["their", "our", "its", "my", "your"]);

/**
 * A possessive determiner, then a word that can be an adjective but never a noun, then a preposition:
 * the noun phrase the determiner opens has no noun ("admitting their guilty in"). "his" and "her" are
 * left out: they are pronouns too ("told her frankly in").
 */
function adjectiveForNoun(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!POSSESSIVE_DETERMINERS.has(wordAt(ws, i))) return undefined;
  const r = run(ws, i, 3);
  if (!r) return undefined;
  const [det = "", adj = "", prep = ""] = r;
  if (!POSSESSIVE_DETERMINERS.has(det) || !PREPOSITIONS.has(prep) || adj === "own") return undefined;
  if (!canBe(adj, ["JJ"]) || canBe(adj, NOUN_TAGS)) return undefined;
  return { pattern: "adjective-for-noun", from: i, to: i + 1, why: `the adjective "${adj}" after the possessive "${det}", where a noun is expected` };
}

/**
 * "of", then a word that can only be a past form or an adjective, then "of" again: the phrase between
 * the two prepositions has no noun ("the fact of lost of our lands").
 */
function participleBetweenPrepositions(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (wordAt(ws, i) !== "of") return undefined;
  const r = run(ws, i, 3);
  if (!r) return undefined;
  const [of = "", w = "", of2 = ""] = r;
  if (of !== "of" || of2 !== "of" || !canBe(w, ["VBD", "VBN"]) || !onlyTags(w, ["VBD", "VBN", "JJ"])) return undefined;
  return { pattern: "participle-after-preposition", from: i, to: i + 1, why: `the past form "${w}" between "of" and "of", where a noun is expected` };
}

const AUXILIARIES: readonly ReadonlySet<string>[] = [BE, HAVE, MODALS, DO];
/** Words that can open a clause whose object comes first ("What they had they kept", "All we have we give"). */
const FRONTED = new Set(["what", "whatever", "all", "everything", "anything", "that", "which"]);

/** A subject pronoun, an auxiliary, and the same pronoun again: the subject printed twice ("said they had they put"). */
function repeatedSubject(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!SUBJECT_PRONOUNS.has(wordAt(ws, i))) return undefined;
  const r = run(ws, i, 3);
  if (!r) return undefined;
  const [p = "", aux = "", p2 = ""] = r;
  if (!SUBJECT_PRONOUNS.has(p) || p !== p2 || !AUXILIARIES.some((s) => s.has(aux))) return undefined;
  if (ws[i - 1]?.joinsNext && FRONTED.has(ws[i - 1]?.word ?? "")) return undefined;
  return { pattern: "repeated-subject", from: i, to: i + 2, why: `the subject "${p}" printed both before and after "${aux}"` };
}

/**
 * Verbs whose object is the place or person itself, with no preposition: the transitive verbs of
 * movement and position of the Collins COBUILD English Grammar (3.21: approach, enter, reach, occupy,
 * inhabit) and the verbs of attack whose object is the place attacked (attack, invade, storm,
 * besiege), transitive in the learners' dictionaries. Only their past forms: "attack" and "approach"
 * are nouns too ("an attack to").
 */
const OBJECT_VERBS: ReadonlySet<string> = new Set(["approached", "entered", "reached", "occupied", "inhabited", "attacked", "invaded", "stormed", "besieged"]);

/** One of those verbs, then "to", then a capitalised name: "to" stands between the verb and its object ("have attacked to Khojaly"). */
function toBeforeObject(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!OBJECT_VERBS.has(wordAt(ws, i))) return undefined;
  const r = run(ws, i, 3);
  if (!r) return undefined;
  const [verb = "", to = "", name = ""] = r;
  if (!OBJECT_VERBS.has(verb) || to !== "to" || !/^\p{Lu}/u.test(ws[i + 2]?.token.text ?? "")) return undefined;
  // A passive's subject is its object: "was approached to" takes a complement of another kind.
  if (ws[i - 1]?.joinsNext && BE.has(ws[i - 1]?.word ?? "")) return undefined;
  return { pattern: "to-before-object", from: i, to: i + 2, why: `"to" between the verb "${verb}" and its object "${ws[i + 2]?.token.text ?? name}"` };
}

/** Words after which a noun starts a clause's subject. */
const SUBJECT_OPENERS = new Set(["if", "when", "while", "because", "unless", "as", "since", "although", "though"]);
/**
 * Collective nouns, which British English lets take a plural verb ("the government want"): the
 * list of Quirk et al., A Comprehensive Grammar of the English Language, 10.35 (notional concord),
 * with the common nouns of its kind.
 */
const COLLECTIVE = new Set([
  "government",
  "family",
  "team",
  "committee",
  "public",
  "staff",
  "crew",
  "audience",
  "army",
  "police",
  "jury",
  "council",
  "majority",
  "minority",
  "enemy",
  "clergy",
  "class",
  "club",
  "board",
  "party",
  "youth",
]);

/**
 * A clause opener, a noun with no determiner that can only be a singular common noun, then a verb
 * that can be the plural present but not the -s form, then "to" and a base verb ("if humanity want to
 * live"): the verb does not agree with its singular subject.
 */
function bareSingularSubject(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!SUBJECT_OPENERS.has(wordAt(ws, i))) return undefined;
  const r = run(ws, i, 5);
  if (!r) return undefined;
  const [opener = "", noun = "", verb = "", to = "", base = ""] = r;
  if (!SUBJECT_OPENERS.has(opener) || !onlyTags(noun, ["NN"]) || COLLECTIVE.has(noun) || /^\p{Lu}/u.test(ws[i + 1]?.token.text ?? "")) return undefined;
  if (!canBe(verb, ["VBP"]) || canBe(verb, ["VBZ", "VBD", "VBN", "MD"]) || to !== "to" || !canBe(base, ["VB"])) return undefined;
  return { pattern: "bare-singular-subject-plural-verb", from: i + 1, to: i + 2, why: `the singular subject "${noun}" with the plural verb "${verb}"` };
}

/**
 * Verbs whose object is the one who feels ("the news concerns us"): Levin's amuse verbs (English
 * Verb Classes and Alternations, 1993, 31.1), those that have no use without an object. With the one
 * who feels as subject they need the passive ("we are concerned that"); "worry" and "grieve" are left
 * out, being also intransitive ("we worry that").
 */
const OBJECT_EXPERIENCER = new Set([
  "alarm",
  "amaze",
  "annoy",
  "astonish",
  "concern",
  "depress",
  "disappoint",
  "dismay",
  "disturb",
  "embarrass",
  "frighten",
  "horrify",
  "interest",
  "outrage",
  "sadden",
  "scare",
  "shock",
  "surprise",
  "terrify",
  "upset",
]);

/** A subject pronoun, one of those verbs in the active, then "that" (an adverb may stand between): "We concern now that". */
function activeForPassive(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!SUBJECT_PRONOUNS.has(wordAt(ws, i))) return undefined;
  const r = run(ws, i, 3);
  if (!r) return undefined;
  const [p = "", verb = "", next = ""] = r;
  if (!SUBJECT_PRONOUNS.has(p) || !OBJECT_EXPERIENCER.has(verb)) return undefined;
  const that = next === "that" || (INSERTED_ADVERBS.has(next) && ws[i + 2]?.joinsNext && ws[i + 3]?.word === "that");
  if (!that) return undefined;
  return { pattern: "active-for-passive", from: i, to: i + 1, why: `the verb "${verb}" in the active with the one who feels, "${p}", as its subject` };
}

/** Patterns on a noun phrase's head and a clause's subject. */
export const HEAD_MATCHERS: readonly GatedMatcher[] = [
  { match: pluralModifier, starts: (w) => w.endsWith("s") && isPluralOnly(w) },
  { match: adjectiveForNoun, starts: (w) => POSSESSIVE_DETERMINERS.has(w) },
  { match: participleBetweenPrepositions, starts: (w) => w === "of" },
  { match: repeatedSubject, starts: (w) => SUBJECT_PRONOUNS.has(w) },
  { match: toBeforeObject, starts: (w) => OBJECT_VERBS.has(w) },
  { match: bareSingularSubject, starts: (w) => SUBJECT_OPENERS.has(w) },
  { match: activeForPassive, starts: (w) => SUBJECT_PRONOUNS.has(w) },
];
