import nlp from "compromise";

// Closed word classes: a language adds no new ones, and they stand next to almost any word.
const CLOSED = ["Conjunction", "Copula", "Determiner", "Modal", "Possessive", "Preposition", "Pronoun", "QuestionWord", "Reflexive"];

/** The single words compromise's general English lexicon tags with a closed class, with those classes, sorted. */
export function closedClassWords(): Record<string, string[]> {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out: Record<string, string[]> = {};
  for (const w of Object.keys(lexicon).sort()) {
    const tags = lexicon[w] ?? [];
    const classes = CLOSED.filter((c) => (Array.isArray(tags) ? tags : [tags]).includes(c));
    if (!/\s/.test(w) && classes.length > 0) out[w] = classes;
  }
  return out;
}
