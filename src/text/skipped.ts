import type { Token } from "./document-text.js";

const ORDINAL = /^\d+(?:st|nd|rd|th|s|am|pm)$/i;
/** A number run into a word ("366th", "1992year"). */
export const DIGITS_THEN_LETTERS = /^(\d+(?:st|nd|rd|th)?)(\p{L}+)$/iu;
const ROMAN_ORDINAL = /^[IVXLC]+(?:st|nd|rd|th)$/;
const ABBREVIATION_PLURAL = /^\p{Lu}{2,}(?:'?s)$/u;

export const apostrophes = (s: string): string => s.replace(/[’`]/g, "'");

/** Tokens no spelling check reads: addresses, numbers, other scripts, abbreviations, single letters. */
export function skipped(t: Token): boolean {
  if (t.tail || t.address || t.script !== "latin" || t.shape === "number") return true;
  if (t.shape === "mixed") return !DIGITS_THEN_LETTERS.test(t.text) || ORDINAL.test(t.text);
  const text = apostrophes(t.text);
  if (text.length < 2 || ROMAN_ORDINAL.test(text) || ABBREVIATION_PLURAL.test(text)) return true;
  // All capitals and short: an abbreviation (UN, OSCE, NATO); longer all-capital words are headings and are read.
  return text === text.toUpperCase() && text.length <= 5;
}
