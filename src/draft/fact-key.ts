import type { FactEntry } from "../model/registry.js";
import { isFunctionWord } from "../text/word-classes.js";

/**
 * Words of general English that name one counted state of people or things, folded to one word so
 * that "1,503 perished" and "1,503 died" propose one fact. General vocabulary of counting, not of
 * any one archive.
 */
const SAME_STATE: Record<string, string> = {
  died: "dead",
  dead: "dead",
  killed: "dead",
  perished: "dead",
  death: "dead",
  fatality: "dead",
  drowned: "dead",
  saved: "survivor",
  rescued: "survivor",
  survived: "survivor",
  survivor: "survivor",
  injured: "injured",
  wounded: "injured",
  hurt: "injured",
  missing: "missing",
  aboard: "aboard",
  board: "aboard",
};

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

/**
 * The words that say what a figure counts: the words after it ("1,517 lives were lost", "703
 * were saved"), else the words before it ("survivors: 711"). "lives lost" and "loss of life" are
 * deaths. Empty when nothing near says what it counts.
 */
export function quantityWords(before: string, after: string): string[] {
  // What a figure counts ends at the first word of state: "1,503 perished in the fire" are the dead.
  const following = phraseWords(after, false);
  const state = following.findIndex((w) => SAME_STATE[stem(w)] !== undefined || /^(?:lost|loss)$/i.test(w));
  const next = following.slice(0, state >= 0 ? Math.min(state + 1, 3) : 3);
  const prev = phraseWords(before, true).slice(-2);
  const pick = next.length > 0 ? next : prev;
  const stems = pick.map(stem).filter((w) => /^[a-z][a-z-]*$/.test(w));
  const lost = stems.includes("lost") || stems.includes("loss");
  const lives = [...pick, ...following.slice(0, 4)].some((w) => /^li(?:fe|ves)$/i.test(w));
  const out = stems
    .map((w) => (lost && lives && (w === "lost" || w === "loss") ? "dead" : w))
    .filter((w) => !ANYONE.has(w) && !ANYONE.has(`${w}s`) && w !== "live");
  return [...new Set(out)].slice(0, 2);
}

/** A key from the words: the state last, "crew.dead", "dead", "passenger"; percentages get ".percent". */
export function keyOf(words: readonly string[], percent: boolean): string | undefined {
  if (words.length === 0) return undefined;
  const states = new Set(Object.values(SAME_STATE));
  const ordered = [...words.filter((w) => !states.has(w)), ...words.filter((w) => states.has(w))];
  return [...ordered, ...(percent ? ["percent"] : [])].join(".");
}

const tokens = (s: string): Set<string> => new Set([...s.toLowerCase().matchAll(/[a-z]+/g)].map((m) => stem(m[0])).filter((w) => !isFunctionWord(w)));

/**
 * A fact the registry already has for these words: its key or its label has the same words, no
 * more and no fewer. Catch-alls (`mentioned.`) are never reused.
 */
export function registryKeyFor(key: string, facts: readonly FactEntry[]): string | undefined {
  const want = tokens(key.replace(/\./g, " "));
  const same = (a: Set<string>): boolean => a.size === want.size && [...want].every((w) => a.has(w));
  const candidates = facts.filter((f) => !f.key.startsWith("mentioned."));
  const byKey = candidates.find((f) => f.key === key || same(tokens(f.key.replace(/[.-]/g, " "))));
  if (byKey) return byKey.key;
  return candidates.find((f) => same(tokens(f.label)))?.key;
}
