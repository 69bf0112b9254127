/**
 * Words of general English that name one counted state of people or things, folded to one word so
 * that "1,503 perished" and "1,503 died" propose one fact. General vocabulary of counting, not of
 * any one archive.
 */
export const SAME_STATE: Readonly<Record<string, string>> = {
  die: "dead",
  died: "dead",
  dead: "dead",
  killed: "dead",
  perished: "dead",
  death: "dead",
  fatality: "dead",
  drowned: "dead",
  saved: "survivor",
  rescued: "survivor",
  survive: "survivor",
  survived: "survivor",
  survivor: "survivor",
  alive: "survivor",
  injured: "injured",
  wounded: "injured",
  hurt: "injured",
  missing: "missing",
  // Where the people counted were when it happened: "aboard", "underground", "had descended".
  aboard: "present",
  board: "present",
  underground: "present",
  descended: "present",
  present: "present",
};

/** A state said in the negative is its opposite: "never came up alive", "did not survive". */
const OPPOSITE: Readonly<Record<string, string>> = { survivor: "dead", dead: "survivor" };
const NEGATION = /\b(?:never|not|no|nor|failed to)\b/i;

/** Phrases of several words that say a state: "lost their lives", "below ground", "were in the pit". */
const PHRASES: readonly [RegExp, string][] = [
  [/\blost (?:their|his|her) li(?:fe|ves)\b|\bli(?:fe|ves) (?:\w+ ){0,2}lost\b|\bloss of li(?:fe|ves)\b/i, "dead"],
  [/\b(?:below|under) ground\b|\b(?:had|have) gone down\b|\bon board\b/i, "present"],
  [/^\s*(?:[\p{L}'-]+\s+){0,3}?(?:were|was|had been)\s+(?:in|inside|within)\s+(?:the\s+)?\p{L}+/iu, "present"],
];

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/**
 * The state the words after a figure give it, up to the end of their phrase: a phrase, else the
 * first word of state, turned to its opposite after a negation ("never came up alive" are dead).
 */
export function stateAfter(words: string): string | undefined {
  // The few words next to the figure: further on, a state may be another noun's ("17 parents who
  // were dependent upon the men who lost their lives").
  const phrase = words.trim().split(/\s+/).slice(0, 6).join(" ");
  const said = PHRASES.find(([re]) => re.test(phrase));
  if (said) return said[1];
  for (const m of phrase.matchAll(WORD)) {
    const state = SAME_STATE[m[0].toLowerCase()];
    if (state === undefined) continue;
    const negated = NEGATION.test(phrase.slice(0, m.index));
    return negated ? (OPPOSITE[state] ?? state) : state;
  }
  return undefined;
}

// "the number of deaths", "the death toll", "a death rate of": a noun of counting and what it counts.
const COUNT_OF = /\b(?:number|total|count|tally|toll|rate|proportion) of (?:the )?(\p{L}+)/giu;
const COUNT_NOUN = /\b(\p{L}+) (?:toll|rate|count|tally|total|roll)\b/giu;

/**
 * The state a noun of counting before a figure names, in its sentence and with no other figure
 * between: "The number of deaths ... was 98", "its death toll, which most accounts put at 96".
 */
export function stateBefore(sentence: string, stem: (w: string) => string): string | undefined {
  const named = [...sentence.matchAll(COUNT_OF), ...sentence.matchAll(COUNT_NOUN)].sort((a, b) => b.index - a.index);
  for (const m of named) {
    if (/\d/.test(sentence.slice(m.index))) return undefined;
    const word = (m[1] ?? "").toLowerCase();
    const state = SAME_STATE[word] ?? SAME_STATE[stem(word)];
    if (state !== undefined) return state;
  }
  return undefined;
}
