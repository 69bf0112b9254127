import { readings, type Reading } from "./corpus-counts.js";
import type { DocumentText } from "./document-text.js";

/** A word of running text as the grammar checks read it: one per printed word, a split word read whole. */
export type PhraseWord = Reading;

/**
 * A document's words in reading order, addresses left out, the tail of a split word folded into its
 * head: the text layer's readings of the document, built once per document text and shared by
 * every rule that reads them (three grammar rules and repetition and real-word-error on this corpus).
 */
export function phraseWords(text: DocumentText): readonly PhraseWord[] {
  return readings(text);
}
