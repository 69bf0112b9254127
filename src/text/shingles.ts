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

/** Key of the n words starting at i. */
export function shingle(words: readonly Word[], i: number, n: number): string {
  // Concatenated in place: this runs for every word of the corpus, and slice/map/join allocates thrice.
  const end = Math.min(i + n, words.length);
  let s = words[i]?.word ?? "";
  for (let j = i + 1; j < end; j++) s += " " + (words[j]?.word ?? "");
  return s;
}
