import { rectifyConfusion } from "unicode-confusables";
import { addTo } from "../model/multimap.js";

const LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Cyrillic letters whose cursive (italic, handwritten) form is a Latin letter: Unicode's
 * confusables table compares upright glyphs, where п is π-like and т a small capital T, so it
 * does not list them. Typed or OCR'd from italic print they stand for n, m, u, g ("оп" for "on",
 * "соте" for "come").
 */
const CURSIVE: Readonly<Record<string, string>> = { п: "n", т: "m", и: "u", д: "g" };

/**
 * Latin letters and digits by their Unicode prototype: l for I, l and 1; O for O and 0. Built when
 * the module loads (62 look-ups), not on first use: state filled in lazily would outlive a test run
 * that shares modules (the mutation run's), and carry one run's code into the next.
 */
const BY_PROTOTYPE: ReadonlyMap<string, readonly string[]> = (() => {
  const byPrototype = new Map<string, string[]>();
  for (const c of LATIN) {
    const p = rectifyConfusion(c);
    addTo(byPrototype, p, c);
  }
  return byPrototype;
})();

/** The Latin letters and digits a character may be read as: itself if Latin, else its look-alikes. */
function readingsOf(ch: string): readonly string[] {
  if (LATIN.includes(ch)) return [ch];
  const cursive = CURSIVE[ch];
  if (cursive) return [cursive];
  return BY_PROTOTYPE.get(rectifyConfusion(ch)) ?? [];
}

/** How a word reads when each look-alike letter is taken for Latin: preferring letters, and preferring digits. */
export interface LatinReading {
  letters: string;
  digits: string;
}

/**
 * The Latin reading of a word written in another script, or undefined when some letter looks like
 * no Latin letter or digit ("Мемориал": л). "ТНЕ" reads "THE", "оп" "on", "З" "3", "ХХ" "XX".
 */
export function latinReading(word: string): LatinReading | undefined {
  const letters: string[] = [];
  const digits: string[] = [];
  for (const ch of word) {
    const options = readingsOf(ch);
    if (options.length === 0) return undefined;
    const letter = options.find((o) => /[A-Za-z]/.test(o));
    const digit = options.find((o) => /[0-9]/.test(o));
    letters.push(letter ?? digit ?? ch);
    digits.push(digit ?? letter ?? ch);
  }
  return { letters: letters.join(""), digits: digits.join("") };
}

/** A numeral: digits, or a Roman numeral in capitals ("XX century"). */
export function isNumeral(reading: LatinReading): boolean {
  return /^[0-9]+$/.test(reading.digits) || /^[IVXLCDM]+$/.test(reading.letters);
}
