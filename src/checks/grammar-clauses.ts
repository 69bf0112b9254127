import { canBe, onlyTags } from "../text/word-tags.js";
import type { PhraseWord } from "../text/phrase-words.js";
import { isAdjective, isNoun, isPluralOnly, run, type GatedMatcher, type Match } from "./grammar-words.js";

const SINGULAR_VERBS = new Set(["is", "was", "has"]);
const NP_DETERMINERS = new Set(["the", "these", "those", "all", "many", "such", "our", "their", "his", "her", "its", "some", "several"]);
/** Words after which a noun phrase starts a clause: a subject, not the object of a preposition ("and" and "but" also join nouns). */
const CLAUSE_OPENERS = new Set(["when", "if", "while", "because", "that", "which", "where"]);

/**
 * A plural noun heading a clause's subject, then "is", "was" or "has". Only a noun phrase that
 * starts the clause counts: after a preposition the plural belongs to an "of" phrase whose head may
 * be singular ("the number of victims is").
 */
function agreement(ws: readonly PhraseWord[], i: number): Match | undefined {
  const noun = ws[i];
  const verb = ws[i + 1];
  if (!noun || !verb || !noun.joinsNext || !SINGULAR_VERBS.has(verb.word) || !isPluralOnly(noun.word)) return undefined;
  let k = i - 1;
  while (k >= 0 && ws[k]?.joinsNext && onlyTags(ws[k]?.word ?? "", ["JJ"])) k--;
  if (k >= 0 && ws[k]?.joinsNext && NP_DETERMINERS.has(ws[k]?.word ?? "")) k--;
  const before = k >= 0 && ws[k]?.joinsNext ? ws[k]?.word : undefined;
  if (before !== undefined && !CLAUSE_OPENERS.has(before)) return undefined;
  return { pattern: "plural-subject-singular-verb", from: k + 1, to: i + 1, why: `the plural subject "${noun.word}" with the singular verb "${verb.word}"` };
}

const OBJECT_DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our"]);

/** A verb, an adjective, then its object's determiner: the adjective stands where the adverb would ("deprive arbitrary the person"). */
function adjectiveForAdverb(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!onlyTags(ws[i]?.word ?? "", ["VB"])) return undefined;
  const r = run(ws, i, 3);
  if (!r) return undefined;
  const [v = "", adj = "", det = ""] = r;
  if (!isAdjective(adj) || !OBJECT_DETERMINERS.has(det)) return undefined;
  return {
    pattern: "adjective-for-adverb",
    from: i,
    to: i + 1,
    why: `the adjective "${adj}" between the verb "${v}" and its object, where an adverb is expected`,
  };
}

/** An adjective coordinated with a word that can only be a base verb, before a noun ("inhuman or humiliate treatment"). */
function verbForAdjective(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!isAdjective(ws[i]?.word ?? "")) return undefined;
  const r = run(ws, i, 4);
  if (!r) return undefined;
  const [adj = "", and = "", v = "", n = ""] = r;
  if ((and !== "and" && and !== "or") || !onlyTags(v, ["VB"]) || !isNoun(n)) return undefined;
  return {
    pattern: "verb-for-adjective",
    from: i,
    to: i + 2,
    why: `the verb "${v}" joined to the adjective "${adj}" before the noun "${n}", where an adjective is expected`,
  };
}

const startsClause = (ws: readonly PhraseWord[], i: number): boolean => !ws[i - 1]?.joinsNext || CLAUSE_OPENERS.has(ws[i - 1]?.word ?? "");
const SINGULAR_DETERMINERS = new Set(["the", "this", "that", "a", "an"]);
const isPlural = (w: string): boolean => canBe(w, ["NNS"]) && !canBe(w, ["NN"]);

/**
 * A clause's subject headed by a singular noun with an "of" phrase ("The plan of events"), then a
 * verb that can only be the plural present ("include"): the verb agrees with the nearer plural,
 * not with its subject.
 */
function singularSubject(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (!startsClause(ws, i) || !SINGULAR_DETERMINERS.has(ws[i]?.word ?? "")) return undefined;
  const r = run(ws, i, 6) ?? run(ws, i, 5);
  if (!r) return undefined;
  const [, head = "", of = ""] = r;
  if (!canBe(head, ["NN"]) || canBe(head, ["NNS"]) || of !== "of") return undefined;
  const k = NP_DETERMINERS.has(r[3] ?? "") && r.length === 6 ? 4 : 3;
  const [noun = "", verb = ""] = r.slice(k, k + 2);
  if (!isPlural(noun) || !canBe(verb, ["VBP"]) || canBe(verb, ["VBD", "VBZ", "NN", "NNS", "JJ"])) return undefined;
  return { pattern: "singular-subject-plural-verb", from: i, to: i + k + 1, why: `the singular subject "${head}" with the plural verb "${verb}"` };
}

const NUMERAL_NOUNS = new Set(["hundred", "thousand", "million"]);

/** "thousand" with nothing to count it ("thousand Azerbaijanis have been killed"): "a" or "thousands of" is missing. */
function bareNumeralNoun(ws: readonly PhraseWord[], i: number): Match | undefined {
  const w = ws[i];
  const next = ws[i + 1];
  if (!w || !next || ws[i - 1]?.joinsNext || !w.joinsNext || !NUMERAL_NOUNS.has(w.word)) return undefined;
  if (!isPluralOnly(next.word) && !/^\p{Lu}\p{Ll}+s$/u.test(next.token.text)) return undefined;
  return { pattern: "bare-numeral-noun", from: i, to: i + 1, why: `"${w.word}" with no number or article before it` };
}

/** "Let" then a modal in the same clause ("Let Khojaly genocide will be"): "let" takes the bare verb. */
function modalAfterLet(ws: readonly PhraseWord[], i: number): Match | undefined {
  if (ws[i]?.word !== "let") return undefined;
  for (let k = i + 1; k <= i + 3 && ws[k - 1]?.joinsNext; k++) {
    const w = ws[k]?.word ?? "";
    if (w === "will" || w === "shall")
      return { pattern: "modal-after-let", from: i, to: k, why: `the auxiliary "${w}" after "let", which takes the bare verb` };
  }
  return undefined;
}

/** Patterns that read a clause: its subject, its verb, the words coordinated in it. */
export const CLAUSE_MATCHERS: readonly GatedMatcher[] = [
  { match: agreement, starts: isPluralOnly },
  { match: adjectiveForAdverb, starts: (w) => onlyTags(w, ["VB"]) },
  { match: verbForAdjective, starts: isAdjective },
  { match: singularSubject, starts: (w) => SINGULAR_DETERMINERS.has(w) },
  { match: bareNumeralNoun, starts: (w) => NUMERAL_NOUNS.has(w) },
  { match: modalAfterLet, starts: (w) => w === "let" },
];
