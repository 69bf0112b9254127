import nlp from "compromise";

// Closed word classes: a language adds no new ones, and they stand next to almost any word.
const CLOSED = new Set(["Determiner", "Preposition", "Conjunction", "Pronoun", "Possessive", "Copula", "Modal", "QuestionWord", "Reflexive"]);

/** The single words compromise's general English lexicon tags with a closed class, sorted. */
export function closedClassWords(): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return Object.entries(lexicon)
    .filter(([w, tags]) => !/\s/.test(w) && (Array.isArray(tags) ? tags : [tags]).some((t) => CLOSED.has(t)))
    .map(([w]) => w)
    .sort();
}
