export type Script = "latin" | "cyrillic" | "greek" | "other";

export function scriptOf(ch: string): Script {
  if (/\p{Script=Latin}/u.test(ch)) return "latin";
  if (/\p{Script=Cyrillic}/u.test(ch)) return "cyrillic";
  if (/\p{Script=Greek}/u.test(ch)) return "greek";
  return "other";
}

export interface MixedWord {
  word: string;
  col: number;
  /** The letters not in the line's main script, e.g. "А U+0410 Cyrillic". */
  foreign: string[];
}

const hex = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Words that mix Latin with Cyrillic or Greek letters ("АN", "bе"), and short all-Cyrillic words
 * in a Latin line ("оп", "а"), which are look-alike letters in English text. Long Cyrillic words
 * ("Мемориал") are quotations, not damage.
 */
export function mixedWords(line: string, maxForeignWord = 3): MixedWord[] {
  if (!/[\u0370-\u03FF\u0400-\u04FF\u0500-\u052F\u1F00-\u1FFF]/u.test(line)) return [];
  const latinLine = (line.match(/\p{Script=Latin}/gu) ?? []).length > (line.match(/\p{Script=Cyrillic}|\p{Script=Greek}/gu) ?? []).length;
  const out: MixedWord[] = [];
  for (const m of line.matchAll(/\p{L}+/gu)) {
    const letters = Array.from(m[0]); // code points: one script each
    const scripts = new Set(letters.map(scriptOf));
    const foreignLetters = letters.filter((c) => scriptOf(c) === "cyrillic" || scriptOf(c) === "greek");
    if (foreignLetters.length === 0) continue;
    const mixed = scripts.has("latin");
    const shortForeign = latinLine && !scripts.has("latin") && letters.length <= maxForeignWord;
    if (!mixed && !shortForeign) continue;
    const foreign = [...new Set(foreignLetters)].map((c) => `${c} ${hex(c)} ${scriptOf(c) === "greek" ? "Greek" : "Cyrillic"}`);
    out.push({ word: m[0], col: m.index, foreign });
  }
  return out;
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
  // Most words have no Cyrillic letter at all; they are returned as they are.
  if (!/[\u0400-\u04FF]/.test(s)) return s;
  return Array.from(s, (c) => LOOKALIKES[c] ?? c).join("");
}
