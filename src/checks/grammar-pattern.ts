import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { ARTICLES, BE, DO, HAVE, INSERTED_ADVERBS, MODALS, PREPOSITIONS, SUBJECT_PRONOUNS, isCardinal } from "../text/closed-classes.js";
import { documentText } from "../text/document-text.js";
import { phraseWords, type PhraseWord } from "../text/phrase-words.js";
import { canBe, onlyTags } from "../text/word-tags.js";

const PATTERNS = [
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
] as const;
type PatternId = (typeof PATTERNS)[number];

const options = z.strictObject({
  patterns: z
    .array(z.enum(PATTERNS))
    .min(1)
    .default([...PATTERNS])
    .describe("The patterns to look for (all by default); each is described in the rule's docs page."),
});
type Options = z.infer<typeof options>;

/** One match: the words from `from` to `to` (inclusive) and what the pattern says about them. */
interface Match {
  pattern: PatternId;
  from: number;
  to: number;
  why: string;
}

const BASE_ONLY = ["VB", "VBP"];
const isBaseVerb = (w: string): boolean => onlyTags(w, BASE_ONLY);
const isFiniteOnly = (w: string): boolean => onlyTags(w, ["VBD"]) || onlyTags(w, ["VBZ"]);
const isPluralOnly = (w: string): boolean => onlyTags(w, ["NNS"]);
const isSingularOnly = (w: string): boolean => onlyTags(w, ["NN"]);

/** The words joined to `i` in one phrase, from `i` on: the pattern never reaches across punctuation. */
function run(ws: readonly PhraseWord[], i: number, n: number): string[] | undefined {
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

function auxiliary(ws: readonly PhraseWord[], i: number): Match | undefined {
  const aux = ws[i]?.word ?? "";
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

function determiners(ws: readonly PhraseWord[], i: number): Match | undefined {
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
  const r = run(ws, i, 2);
  if (!r || !isCardinal(r[0] ?? "")) return undefined;
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
  const r = run(ws, i, 2);
  if (!r || !PREPOSITIONS.has(r[0] ?? "")) return undefined;
  const [p = "", w = ""] = r;
  if (isFiniteOnly(w) || isBaseVerb(w))
    return { pattern: "verb-after-preposition", from: i, to: i + 1, why: `the verb form "${w}" after the preposition "${p}", where a noun is expected` };
  const after = ws[i + 1]?.joinsNext ? ws[i + 2]?.word : undefined;
  if (SUBJECT_PRONOUNS.has(w) && !(after && canBe(after, ["MD", "VBD", "VBP", "VBZ"])))
    return { pattern: "pronoun-after-preposition", from: i, to: i + 1, why: `the subject pronoun "${w}" after the preposition "${p}"` };
  return undefined;
}

function finiteVerbs(ws: readonly PhraseWord[], i: number): Match | undefined {
  const r = run(ws, i, 2);
  if (!r || !isFiniteOnly(r[0] ?? "") || !isFiniteOnly(r[1] ?? "")) return undefined;
  return { pattern: "two-finite-verbs", from: i, to: i + 1, why: `two finite verbs in a row, "${r[0] ?? ""}" and "${r[1] ?? ""}"` };
}

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
const isAdjective = (w: string): boolean => onlyTags(w, ["JJ"]);
const isNoun = (w: string): boolean => isSingularOnly(w) || isPluralOnly(w) || onlyTags(w, ["NN", "NNS"]);

/** A verb, an adjective, then its object's determiner: the adjective stands where the adverb would ("deprive arbitrary the person"). */
function adjectiveForAdverb(ws: readonly PhraseWord[], i: number): Match | undefined {
  const r = run(ws, i, 3);
  if (!r) return undefined;
  const [v = "", adj = "", det = ""] = r;
  if (!onlyTags(v, ["VB"]) || !isAdjective(adj) || !OBJECT_DETERMINERS.has(det)) return undefined;
  return {
    pattern: "adjective-for-adverb",
    from: i,
    to: i + 1,
    why: `the adjective "${adj}" between the verb "${v}" and its object, where an adverb is expected`,
  };
}

/** An adjective coordinated with a word that can only be a base verb, before a noun ("inhuman or humiliate treatment"). */
function verbForAdjective(ws: readonly PhraseWord[], i: number): Match | undefined {
  const r = run(ws, i, 4);
  if (!r) return undefined;
  const [adj = "", and = "", v = "", n = ""] = r;
  if (!isAdjective(adj) || (and !== "and" && and !== "or") || !onlyTags(v, ["VB"]) || !isNoun(n)) return undefined;
  return {
    pattern: "verb-for-adjective",
    from: i,
    to: i + 2,
    why: `the verb "${v}" joined to the adjective "${adj}" before the noun "${n}", where an adjective is expected`,
  };
}

const PLURAL_NUMERALS = new Set(["hundreds", "thousands", "millions", "dozens", "tens"]);

/** A plural numeral straight before a plural noun: the "of" between them is missing ("hundreds years"). */
function missingOf(ws: readonly PhraseWord[], i: number): Match | undefined {
  const r = run(ws, i, 2);
  if (!r || !PLURAL_NUMERALS.has(r[0] ?? "") || !isPluralOnly(r[1] ?? "")) return undefined;
  return {
    pattern: "missing-of-after-plural-numeral",
    from: i,
    to: i + 1,
    why: `no "of" between the plural numeral "${r[0] ?? ""}" and the noun "${r[1] ?? ""}"`,
  };
}

/** A noun's possessive straight before a preposition: a possessive always has its noun after it ("victim's of"). */
function possessive(ws: readonly PhraseWord[], i: number): Match | undefined {
  const r = run(ws, i, 2);
  const [w = "", p = ""] = r ?? [];
  // The stem must be only a noun: "it's", "that's", "let's" are contractions, not possessives.
  if (!w.endsWith("'s") || !isNoun(w.slice(0, -2)) || !PREPOSITIONS.has(p)) return undefined;
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
  const r = run(ws, i, 2);
  if (!r || ws[i]?.token.shape !== "number" || !ORDINAL_SUFFIXES.has(r[1] ?? "")) return undefined;
  return { pattern: "detached-ordinal-suffix", from: i, to: i + 1, why: `the ordinal ending "${r[1] ?? ""}" printed apart from its number "${r[0] ?? ""}"` };
}

const MATCHERS = [
  auxiliary,
  toAfterModal,
  determiners,
  numerals,
  afterPreposition,
  finiteVerbs,
  agreement,
  adjectiveForAdverb,
  verbForAdjective,
  missingOf,
  possessive,
  detachedOrdinal,
];

function matchesIn(ws: readonly PhraseWord[], wanted: ReadonlySet<PatternId>): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < ws.length; i++) {
    // Latin words and numbers: a word with letters of another script is mixed-script's.
    const t = ws[i]?.token;
    if (!t || t.shape === "mixed" || (t.shape === "word" && t.script !== "latin")) continue;
    for (const m of MATCHERS) {
      const hit = m(ws, i);
      if (hit && wanted.has(hit.pattern)) {
        out.push(hit);
        break;
      }
    }
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

function inDocument(corpus: Corpus, doc: LoadedDocument, wanted: ReadonlySet<PatternId>): RawFinding[] {
  const ws = phraseWords(documentText(corpus, doc));
  return matchesIn(ws, wanted).map((m) => findingOf(doc.record.id, ws, m));
}

export const grammarPattern = defineCheck({
  meta: {
    id: "grammar-pattern",
    description:
      'Words whose parts of speech no English sentence puts together: a wrong verb form after an auxiliary, a preposition before a verb, a singular determiner before a plural noun, a stray "of" after a numeral.',
    docs: "docs/rules/grammar-pattern.md",
  },
  options,
  check(corpus, o: Options): RawFinding[] {
    const wanted = new Set(o.patterns);
    return corpus.documents.flatMap((doc) => inDocument(corpus, doc, wanted));
  },
});
