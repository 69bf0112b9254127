import type { DocumentText, Token } from "./document-text.js";

/** Where a phrase stands in a document: its first token's line and column, and the words as printed. */
export interface PhraseMatch {
  line: number;
  col: number;
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** The words of a phrase from a registry, split as the text model splits the source ("Co-operation" is two). */
export function phraseWords(phrase: string): string[] {
  return [...phrase.matchAll(WORD)].map((m) => m[0]);
}

// The position of every prose token by its lower-case text, built once per document text.
const indexes = new WeakMap<DocumentText, Map<string, number[]>>();

function indexOf(text: DocumentText): Map<string, number[]> {
  const hit = indexes.get(text);
  if (hit) return hit;
  const index = new Map<string, number[]>();
  text.tokens.forEach((t, i) => {
    if (t.address) return;
    const list = index.get(t.lower);
    if (list) list.push(i);
    else index.set(t.lower, [i]);
  });
  indexes.set(text, index);
  return index;
}

// An all-capital phrase ("OSCE") is an acronym and matches only in capitals; other words match in any case.
const same = (t: Token, word: string, acronym: boolean): boolean => (acronym ? t.text === word : t.lower === word.toLowerCase());

/** Every place the phrase's words follow one another in the document's tokens (across line ends, never inside an address). */
export function findPhrase(text: DocumentText, phrase: string): PhraseMatch[] {
  const words = phraseWords(phrase);
  const first = words[0];
  if (!first) return [];
  const acronym = words.length === 1 && /^[\p{Lu}\p{N}]{2,}$/u.test(first);
  const out: PhraseMatch[] = [];
  for (const i of indexOf(text).get(first.toLowerCase()) ?? []) {
    const run = words.map((_, k) => text.tokens[i + k]);
    if (run.every((t, k) => t !== undefined && !t.address && same(t, words[k] ?? "", acronym))) {
      const head = text.tokens[i];
      const printed = run.map((t, k) => `${k > 0 ? (t?.hyphenBefore ? "-" : " ") : ""}${t?.text ?? ""}`).join("");
      if (head) out.push({ line: head.line, col: head.col, text: printed });
    }
  }
  return out;
}
