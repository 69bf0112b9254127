import type { Token } from "./document-text.js";

const ORDINAL = /^\d+(?:st|nd|rd|th|s|am|pm)$/i;
/** A number run into a word ("366th", "1992year"). */
export const DIGITS_THEN_LETTERS = /^(\d+(?:st|nd|rd|th)?)(\p{L}+)$/iu;
const ROMAN_ORDINAL = /^[IVXLC]+(?:st|nd|rd|th)$/;
const ABBREVIATION_PLURAL = /^\p{Lu}{2,}(?:'?s)$/u;

export const apostrophes = (s: string): string => s.replace(/[’`]/g, "'");

/** Tokens no spelling check reads: addresses, numbers, other scripts, abbreviations, single letters. */
export function skipped(t: Token): boolean {
  return t.tail || t.address || skippedWord(t.text, t.shape, t.script);
}

/** `skipped` for a token that is neither an address nor a broken word's second half: by its text and kind alone. */
export function skippedWord(printed: string, shape: Token["shape"], script: Token["script"]): boolean {
  if (script !== "latin" || shape === "number") return true;
  if (shape === "mixed") return !DIGITS_THEN_LETTERS.test(printed) || ORDINAL.test(printed);
  const text = apostrophes(printed);
  if (text.length < 2 || ROMAN_ORDINAL.test(text) || ABBREVIATION_PLURAL.test(text)) return true;
  // All capitals and short: an abbreviation (UN, OSCE, NATO); longer all-capital words are headings and are read.
  return text === text.toUpperCase() && text.length <= 5;
}
