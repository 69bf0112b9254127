import nlp from "compromise";

// Closed word classes: a language adds no new ones, and they stand next to almost any word.
const CLOSED = new Set(["Determiner", "Preposition", "Conjunction", "Pronoun", "Possessive", "Copula", "Modal", "QuestionWord", "Reflexive"]);

let lexicon: Record<string, string | string[]> | undefined;

function lexiconOf(): Record<string, string | string[]> {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return lexicon;
}

/** A word compromise's general English lexicon lists, or an inflection of one (it lists base forms mostly). */
export function inLexicon(word: string): boolean {
  const lex = lexiconOf();
  return [word, ...["s", "es", "d", "ed", "ing", "'s"].filter((e) => word.endsWith(e)).map((e) => word.slice(0, -e.length))].some((w) => lex[w] !== undefined);
}

/**
 * A function word of English ("the", "of", "and", "its", "was"), by compromise's lexicon, which is
 * general English, not this corpus. Such a word stands next to almost every word, so a phrase
 * with it says little about the word beside it.
 */
export function isFunctionWord(word: string): boolean {
  let known = functionWords.get(word);
  if (known === undefined) {
    const tags = lexiconOf()[word];
    known = tags !== undefined && (Array.isArray(tags) ? tags : [tags]).some((t) => CLOSED.has(t));
    functionWords.set(word, known);
  }
  return known;
}

const functionWords = new Map<string, boolean>();
