import { isCardinalWord } from "./numbers.js";
/**
 * Closed word classes the grammar and confusion checks anchor their patterns on. Each is a short,
 * complete list of general English (a grammar's table, not this corpus's words), so a pattern that
 * starts from one of them never depends on a tagger's guess.
 */
export const BE: ReadonlySet<string> = new Set(["be", "been", "being", "is", "are", "was", "were", "am"]);
export const HAVE: ReadonlySet<string> = new Set(["has", "have", "had", "having"]);
export const DO: ReadonlySet<string> = new Set(["do", "does", "did"]);
export const MODALS: ReadonlySet<string> = new Set(["will", "would", "shall", "should", "can", "could", "may", "might", "must"]);
/** Adverbs that stand between an auxiliary and its verb ("has not yet received"). */
export const INSERTED_ADVERBS: ReadonlySet<string> = new Set([
  "not",
  "also",
  "yet",
  "already",
  "never",
  "still",
  "always",
  "just",
  "now",
  "ever",
  "further",
  "even",
]);
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "its",
  "our",
  "their",
  "my",
  "your",
]);
/** Prepositions that take a noun phrase and never a finite verb or a subject pronoun. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "of",
  "in",
  "on",
  "at",
  "with",
  "by",
  "from",
  "about",
  "into",
  "against",
  "among",
  "between",
  "without",
  "through",
  "during",
  "upon",
  "towards",
  "toward",
  "including",
  "regarding",
  "concerning",
]);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["i", "we", "they", "he", "she"]);

/** A cardinal above one, printed in digits ("150", "1,275") or as a number word ("ten", "million"). */
export function isCardinal(word: string): boolean {
  return /^\d[\d,.]*$/.test(word) || isCardinalWord(word);
}
