import { isNumeral, latinReading } from "./lookalikes.js";

export type Script = "latin" | "cyrillic" | "greek" | "other";

export function scriptOf(ch: string): Script {
  if (/\p{Script=Latin}/u.test(ch)) return "latin";
  if (/\p{Script=Cyrillic}/u.test(ch)) return "cyrillic";
  if (/\p{Script=Greek}/u.test(ch)) return "greek";
  return "other";
}

const hex = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

const isForeign = (ch: string): boolean => {
  const s = scriptOf(ch);
  return s === "cyrillic" || s === "greek";
};

/** A word of English text with letters of another script. */
export interface ScriptHit {
  word: string;
  /** The letters not in Latin, e.g. "А U+0410 Cyrillic". */
  foreign: string[];
  /** For a word wholly in another script: the English word or numeral it looks like. */
  reads?: string;
}

/**
 * Whether a line (its words) is English text: it has a word with Latin letters, and more words in
 * Latin letters or readable as Latin than words in another script that are not. A quoted Russian
 * phrase ("не было") is not, nor a line of look-alikes alone (a divider "Х Х Х").
 */
export function isEnglishLine(words: readonly string[]): boolean {
  let latin = 0;
  let readable = 0;
  let foreign = 0;
  for (const w of words) {
    const letters = Array.from(w).filter((c) => /\p{L}/u.test(c));
    if (letters.length === 0) continue;
    if (letters.some((c) => scriptOf(c) === "latin")) latin++;
    else if (!letters.some(isForeign) || latinReading(w)) readable++;
    else foreign++;
  }
  return latin > 0 && latin + readable > foreign;
}

/**
 * A word of an English line with Cyrillic or Greek letters that is a defect: a word mixing them with
 * Latin ("АN", "bе"), or a word wholly in them that reads as an English word or a numeral once each
 * letter is taken for its Latin look-alike ("ТНЕ", "оп", "соте", "ХХ"); `isWord` says which lower-cased
 * readings are English words. A foreign word that looks like none ("Мемориал", "ТАСС") is a quotation.
 */
export function scriptHit(word: string, isWord: (lower: string) => boolean): ScriptHit | undefined {
  const letters = Array.from(word).filter((c) => /\p{L}/u.test(c));
  const foreignLetters = letters.filter(isForeign);
  if (foreignLetters.length === 0) return undefined;
  const foreign = [...new Set(foreignLetters)].map((c) => `${c} ${hex(c)} ${scriptOf(c) === "greek" ? "Greek" : "Cyrillic"}`);
  if (letters.some((c) => scriptOf(c) === "latin")) return { word, foreign };
  const reading = latinReading(word);
  if (!reading) return undefined;
  if (isNumeral(reading)) return { word, foreign, reads: /^[0-9]+$/.test(reading.digits) ? reading.digits : reading.letters };
  // A single letter is English as an initial or an abbreviation ("Е.Mamedov", "р.m.").
  return letters.length === 1 || isWord(reading.letters.toLowerCase()) ? { word, foreign, reads: reading.letters } : undefined;
}

const LOOKALIKES: Record<string, string> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  У: "Y",
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
};

/** Replaces Cyrillic letters that look Latin with the Latin letters they imitate. */
export function foldLookalikes(s: string): string {
  return Array.from(s, (c) => LOOKALIKES[c] ?? c).join("");
}
