import type { OcrConfusion } from "./edits.js";
import { transliterationKey } from "./transliteration.js";

// After the transliteration key has folded the letter groups (kh/h/x, dj/zh/j ...), what still
// separates two spellings of one name is a vowel heard differently (Fizuli, Fuzuli; Nagorno,
// Nagorny) or g for h (Russian has no h: Oganyan, Ohanyan). A scanner adds its own look-alikes.
const VOWELS = "aeiou";
const SOUNDS: readonly [string, string][] = [["g", "h"]];

/** What replacing one letter of a key by another costs: half an edit when transliteration or a scanner explains it. */
export function substitutionCost(x: string, y: string, ocr: readonly OcrConfusion[] = []): number {
  if (x === y) return 0;
  if (VOWELS.includes(x) && VOWELS.includes(y)) return 0.5;
  // Loops, not closures: this runs for every cell of every name comparison.
  for (const [a, b] of SOUNDS) if (isPair(a, b, x, y)) return 0.5;
  for (const c of ocr) if (isPair(c.printed, c.read, x, y)) return 0.5;
  return 1;
}

const isPair = (a: string, b: string, x: string, y: string): boolean => (a === x && b === y) || (a === y && b === x);

/** Edit distance between two transliteration keys where a substitution costs `substitutionCost` and an insertion or deletion one edit. */
export function nameCost(a: string, b: string, ocr: readonly OcrConfusion[] = []): number {
  // Two rows of numbers, swapped: no array per row.
  let previous = Float64Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Float64Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = (previous[j - 1] ?? 0) + substitutionCost(a[i - 1] ?? "", b[j - 1] ?? "", ocr);
      row[j] = Math.min(sub, (previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1);
    }
    const done = previous;
    previous = row;
    row = done;
  }
  return previous[b.length] ?? 0;
}

/** Keys shorter than this are never joined unless equal: in a short name one letter is too much of it. */
export const MIN_JOINED = 6;

/**
 * Whether two transliteration keys read as one name. Equal keys do. Otherwise both need six letters
 * or more and the same first letter, and one of: a single likely substitution anywhere, the last
 * letter included (Nagorno, Nagorni); or one full edit that keeps the last letter (Garadagli,
 * Garadgli). So a letter added at the end never joins (a full edit that changes the last letter): it
 * is an ending (Aliyev, Aliyeva), not a spelling.
 */
export function sameName(a: string, b: string, ocr: readonly OcrConfusion[] = []): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < MIN_JOINED || a[0] !== b[0]) return false;
  // Each letter one key has more costs a whole edit: skip the table when that alone is too much.
  // Stryker disable next-line EqualityOperator,ConditionalExpression: a bound above 1 only costs time, the table rejects the same pairs
  if (Math.abs(a.length - b.length) > 1) return false;
  const cost = nameCost(a, b, ocr);
  return cost <= 0.5 || (cost <= 1 && a.at(-1) === b.at(-1));
}

/** A scanner's confusions as keys compare them: folded like the names ("c" for "e" is "j" for "a" in a key). */
export function keyConfusions(ocr: readonly OcrConfusion[]): OcrConfusion[] {
  return ocr.map((c) => ({ printed: transliterationKey(c.printed), read: transliterationKey(c.read) }));
}
