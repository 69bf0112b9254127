import nlp from "compromise";

/** A figure found in a text: digits, digits with separators, or number words. */
export interface FoundNumber {
  text: string;
  /** Offset in the text, in UTF-16 code units. */
  start: number;
  end: number;
  /** NaN for vague words. */
  value: number;
  form: "digits" | "words" | "vague";
}

// Digit groups with thousands separators ("1,275", "20,000") or without; a comma followed by
// other than three digits is not a separator ("5,45 caliber" is two groups).
const DIGITS = /\d{1,3}(?:,\d{3})+(?!\d)|\d+/g;

/** Every digit group in the text, with thousands separators folded. */
export function findDigitGroups(text: string): FoundNumber[] {
  return [...text.matchAll(DIGITS)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    value: Number(m[0].replace(/,/g, "")),
    form: "digits" as const,
  }));
}

interface NlpNumber {
  text: string;
  number?: { num?: number };
  offset?: { start: number; length: number };
}

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const TEENS = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const BIG = ["hundred", "thousand", "million", "billion"];
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
const CARDINALS = [...UNITS, ...TEENS, ...TENS, ...BIG];
const ALL_WORDS = [...CARDINALS, ...ORDINALS, ...TEENS.map((t) => `${t}th`), ...TENS.map((t) => `${t.slice(0, -1)}ieth`), ...BIG.map((b) => `${b}th`)];
const NUMBER_WORD = new RegExp(`\\b(?:${ALL_WORDS.join("|")})\\b`, "i");

/** Words that give only an order of magnitude; they are figures too, claimed as kind "vague". */
const VAGUE = /\b(?:tens|dozens|hundreds|thousands|millions)\b(?:\s+of\s+thousands)?/gi;

/**
 * Number words ("Fifty six", "one million", "seventeenth", "7 thousand") found by compromise;
 * its digit results are dropped because findDigitGroups is exact about digits.
 */
export function findNumberWords(text: string): FoundNumber[] {
  if (!NUMBER_WORD.test(text)) return [];
  // "Twenty-three", "one-quarter": a hyphen between words becomes a space (offsets unchanged).
  const found = nlp(text.replace(/(?<=\p{L})-(?=\p{L})/gu, " "))
    .numbers()
    .json({ offset: true }) as NlpNumber[];
  return found.flatMap((n) => {
    const words = n.text.replace(/[^\p{L}\d\s-]/gu, "").trim();
    if (!NUMBER_WORD.test(words) || n.offset === undefined) return [];
    const value = n.number?.num;
    if (value === undefined || !Number.isFinite(value) || value === 0) return [];
    return [{ text: words, start: n.offset.start, end: n.offset.start + n.offset.length, value, form: "words" as const }];
  });
}

/** "hundreds", "thousands", "hundreds of thousands": figures without a value. */
export function findVagueWords(text: string): FoundNumber[] {
  return [...text.matchAll(VAGUE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, value: Number.NaN, form: "vague" as const }));
}

/** Every figure in a text, in order; number words that contain digits ("7 thousand") are kept too. */
export function findNumbers(text: string): FoundNumber[] {
  return [...findDigitGroups(text), ...findNumberWords(text), ...findVagueWords(text)].sort((a, b) => a.start - b.start || a.end - b.end);
}
