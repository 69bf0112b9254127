import type { DocumentText, Token } from "./document-text.js";
import { readAs } from "./document-text.js";

/** A word of running text as the grammar checks read it: one per printed word, a split word read whole. */
export interface PhraseWord {
  /** Lower case, curly apostrophe straightened, a word broken at a line end read whole. */
  word: string;
  token: Token;
  /** The next word follows in the same sentence with nothing but white space between (a line break included). */
  joinsNext: boolean;
}

/** What stands between the end of one token and the start of the next, across a line end if need be. */
function gap(end: Token, next: Token, lineText: ReadonlyMap<number, string>): string {
  const from = end.col + end.text.length;
  if (end.line === next.line) return (lineText.get(end.line) ?? "").slice(from, next.col);
  return `${(lineText.get(end.line) ?? "").slice(from)}\n${(lineText.get(next.line) ?? "").slice(0, next.col)}`;
}

/**
 * A document's words in reading order, addresses left out, the tail of a split word folded into its
 * head. Built from the stable parts of the text model (tokens and lines) for one document at a time
 * and dropped after it.
 */
export function phraseWords(text: DocumentText): PhraseWord[] {
  const lineText = new Map(text.lines.map((l) => [l.line, l.text]));
  const out: PhraseWord[] = [];
  let last: { word: PhraseWord; end: Token } | undefined;
  text.tokens.forEach((t, i) => {
    if (t.tail) return;
    if (t.address) {
      last = undefined;
      return;
    }
    const word: PhraseWord = { word: readAs(t).toLowerCase().replace(/’/g, "'"), token: t, joinsNext: false };
    if (last && last.word.token.sentence === t.sentence) last.word.joinsNext = /^\s*$/.test(gap(last.end, t, lineText));
    out.push(word);
    last = { word, end: (t.split ? text.tokens[i + 1] : undefined) ?? t };
  });
  return out;
}
