import type { Sentence, Token } from "./document-text.js";

/**
 * A corpus's tokens kept by the corpus pass (see `ColumnTokens`), from which a document's tokens
 * are rebuilt without tokenising its text a second time.
 */
export interface KeptTokens {
  /** The document's tokens and sentences, equal field for field to tokenising its text; undefined for one not kept. */
  tokensOf(key: object): { tokens: Token[]; sentences: Sentence[] } | undefined;
}

const kept = new WeakMap<object, KeptTokens>();

/** The tokens kept for a corpus by its first corpus-wide pass; undefined before it. */
export function keptTokensOf(corpus: object): KeptTokens | undefined {
  return kept.get(corpus);
}

/** Keeps a corpus's tokens (the corpus-wide pass calls this once). */
export function keepTokens(corpus: object, tokens: KeptTokens): void {
  kept.set(corpus, tokens);
}
