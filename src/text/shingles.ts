import type { Passage } from "./passage.js";

/** A word of a document with the source line it stands on. */
export interface Word {
  word: string;
  line: number;
}

/** The words of a passage, lower-cased letters and digits only, with their lines. */
export function wordsOf(p: Passage): Word[] {
  const out: Word[] = [];
  for (const m of p.text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: m[0].toLowerCase(), line: p.lineOf[m.index] ?? 0 });
  return out;
}
