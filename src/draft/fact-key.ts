import type { FactEntry } from "../model/registry.js";
import { isFunctionWord } from "../text/word-classes.js";
import { SAME_STATE, stateAfter, stateBefore } from "./state.js";

/** Nouns that only say a count is of people; they add nothing to which quantity it is. */
const ANYONE = new Set([
  "people",
  "person",
  "persons",
  "life",
  "lives",
  "soul",
  "souls",
  "individual",
  "individuals",
  "victim",
  "victims",
  "men",
  "man",
  "total",
  "number",
  "figure",
  "some",
  "all",
]);

/** Auxiliary and modal verbs: closed-class words of English that never say what is counted. */
const AUXILIARIES = new Set(
  "be been being is are was were am has have had having do does did done will would shall should may might must can could".split(" "),
);

/** Verbs that only carry a figure ("was", "stood at", "numbered") and words that never name a quantity. */
const EMPTY = new Set([
  "numbered",
  "stood",
  "reached",
  "totalled",
  "totaled",
  "given",
  "put",
  "said",
  "reported",
  "according",
  "estimated",
  "least",
  "more",
  "less",
  "fewer",
  "nearly",
  "almost",
  "approximately",
  "around",
  "roughly",
  "per",
  "cent",
  "percent",
]);

/** A word as a key part: lower case, a plural or past form folded to its stem where English is regular. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (SAME_STATE[w]) return SAME_STATE[w];
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/[^s]s$/.test(w) && w.length > 3 && !/(?:us|is)$/.test(w)) return SAME_STATE[w.slice(0, -1)] ?? w.slice(0, -1);
  return w;
}

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** Content words of a stretch of text, up to the first mark that ends a phrase. */
function phraseWords(text: string, fromEnd: boolean): string[] {
  // Another figure ends the phrase too: "57 were drowned and 155 were saved" are two phrases.
  const parts = text.split(/[.;:,()!?\u2013\u2014"]|\d[\d,.]*/);
  const phrase = (fromEnd ? parts[parts.length - 1] : parts[0]) ?? "";
  const words = [...phrase.matchAll(WORD)].map((m) => m[0]);
  // "men and boys", "passengers and crew": coordinated nouns name everyone counted, no one group.
  const coordinated = /\p{L}+\s+and\s+\p{L}+/u.test(phrase);
  return words.filter((w) => {
    const lower = w.toLowerCase();
    if (isFunctionWord(lower) || AUXILIARIES.has(lower) || EMPTY.has(lower) || !/^\p{Ll}/u.test(w)) return false;
    return (
      !coordinated || SAME_STATE[lower] !== undefined || SAME_STATE[stem(lower)] !== undefined || /^(?:lost|loss)$/.test(lower) || /^li(?:fe|ves)$/.test(lower)
    );
  });
}

/** The noun right after a figure, when it says who is counted ("57 crew", "61 widows"); not "men", not a verb. */
function headNoun(after: string): string | undefined {
  // A noun is plural there, or ends its phrase, or a verb or "who" follows it: "lost their lives" is no noun.
  const m = /^\s*(\p{Ll}[\p{L}'’-]*)(\s+\p{L}+|\s*\S|\s*$)/u.exec(after);
  const first = m?.[1];
  if (first === undefined) return undefined;
  const plural = /[^s]s$/.test(first);
  const then = (m?.[2] ?? "").trim().toLowerCase();
  if (!plural && /^\p{L}/u.test(then) && !AUXILIARIES.has(then) && !/^(?:who|which|that|and|or)$/.test(then)) return undefined;
  const lower = first.toLowerCase();
  if (isFunctionWord(lower) || AUXILIARIES.has(lower) || EMPTY.has(lower) || ANYONE.has(lower)) return undefined;
  const w = stem(lower);
  return ANYONE.has(w) || Object.values(SAME_STATE).includes(w) ? undefined : w;
}

const TIME_UNITS = /^\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|centur(?:y|ies)|decades?)\b/i;

/**
 * A length of time is told by the unit and the next content word ("years of age", "years ago");
 * a unit alone ("for twenty years", "two hours and a quarter") says nothing of what lasted: no key.
 */
function lengthOfTime(after: string): string[] {
  const words = [...phraseAfter(after).matchAll(WORD)].slice(0, 3).map((m) => m[0].toLowerCase());
  const content = words.filter((w, i) => i === 0 || !(isFunctionWord(w) || AUXILIARIES.has(w) || EMPTY.has(w)));
  return content.length > 1 ? content.slice(0, 2).map(stem) : [];
}

/** The phrase after a figure, up to the first mark or figure that ends it. */
const phraseAfter = (after: string): string => after.split(/[.;:,()!?\u2013\u2014"]|\d[\d,.]*/)[0] ?? "";

/** The sentence before a figure, from its start ("Mr." and other abbreviations do not end one). */
const sentenceBefore = (before: string): string => before.split(/(?<!\b(?:Mr|Mrs|Dr|St|No|Co|H\.M))[.!?;](?=\s)/).pop() ?? "";

/**
 * The words that say what a figure counts. A state of people said after it ("lost their lives",
 * "never came up alive", "were in the mine") or named by a noun of counting before it ("the number
 * of deaths was", "a death rate of"), with the noun right after the figure when that says who ("57
 * crew were drowned"): so phrases of one quantity meet in one key across documents. Else the
 * words after it ("tons of coal"), else the words before it ("survivors: 711"). Empty when nothing
 * near says what it counts.
 */
export function quantityWords(before: string, after: string): string[] {
  // "One hundred years ago", "within fifteen years": a length of time, whatever the sentence says next.
  if (TIME_UNITS.test(after)) return lengthOfTime(after);
  const state = stateAfter(phraseAfter(after)) ?? stateBefore(sentenceBefore(before), stem);
  if (state !== undefined) return [...new Set([headNoun(after), state].filter((w): w is string => w !== undefined))];
  const following = phraseWords(after, false);
  const next = following.slice(0, 3);
  const prev = phraseWords(before, true).slice(-2);
  const pick = next.length > 0 ? next : prev;
  const stems = pick.map(stem).filter((w) => /^[a-z][a-z-]*$/.test(w));
  const out = stems.filter((w) => !ANYONE.has(w) && !ANYONE.has(`${w}s`) && w !== "live");
  return [...new Set(out)].slice(0, 2);
}

/** A key from the words: the state last, "crew.dead", "dead", "passenger"; percentages get ".percent". */
export function keyOf(words: readonly string[], percent: boolean): string | undefined {
  if (words.length === 0) return undefined;
  const states = new Set(Object.values(SAME_STATE));
  const ordered = [...words.filter((w) => !states.has(w)), ...words.filter((w) => states.has(w))];
  return [...ordered, ...(percent ? ["percent"] : [])].join(".");
}

/** The words of a key or label as a sorted list of stems, function words left out; "of-whom" stays one word. */
const tokens = (s: string): string[] =>
  [...s.toLowerCase().matchAll(/[a-z]+(?:-[a-z]+)*/g)]
    .map((m) => stem(m[0]))
    .filter((w) => !isFunctionWord(w))
    .sort();

/**
 * A fact the registry already has for these words: its key or its label has the same words, no
 * more and no fewer. Catch-alls (`mentioned.`) are never reused.
 */
export function registryKeyFor(key: string, facts: readonly FactEntry[]): string | undefined {
  // The same words as many times: "dead.of-whom.dead" (a part of the dead) is not "dead".
  const want = tokens(key.replace(/\./g, " ")).join(" ");
  const same = (a: string[]): boolean => a.join(" ") === want;
  const candidates = facts.filter((f) => !f.key.startsWith("mentioned."));
  const byKey = candidates.find((f) => f.key === key || same(tokens(f.key.replace(/\./g, " "))));
  if (byKey) return byKey.key;
  return candidates.find((f) => same(tokens(f.label)))?.key;
}
