import { FUNCTION_WORDS } from "./function-words.js";

/**
 * A function word of English ("the", "of", "and", "its", "was"): a closed word class of
 * compromise's general English lexicon (not this corpus), kept as data in function-words.ts. Such a
 * word stands next to almost every word, so a phrase with it says little about the word beside it.
 */
export function isFunctionWord(word: string): boolean {
  return Object.hasOwn(FUNCTION_WORDS, word);
}

/** The closed classes of a function word ("Pronoun", "Copula" ...); none for an open-class word. */
export function wordClasses(word: string): readonly string[] {
  return Object.hasOwn(FUNCTION_WORDS, word) ? (FUNCTION_WORDS[word] ?? []) : [];
}
