import { cachedClasses } from "./char-classes.js";
/** What a character is to the tokeniser. */
const OTHER = 1;
const LETTER = 2;
const MARK = 3;
const DIGIT = 4;

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return IS_LETTER.test(ch) ? LETTER : IS_MARK.test(ch) ? MARK : IS_NUMBER.test(ch) ? DIGIT : OTHER;
}

const classOf = cachedClasses(classify);

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/**
 * Calls `f(start, end)` for each token of `text`, exactly the matches of
 * /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*\/gu, without a regular expression: a character's class
 * is looked up in a table, since this runs for every character of the corpus.
 */
export function scanTokens(text: string, f: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) ?? 0;
    const size = cp >= 0x10000 ? 2 : 1;
    if (classOf(cp) === OTHER) {
      i += size;
      continue;
    }
    const start = i;
    i = runEnd(text, i + size, false);
    // An apostrophe joins letters after it ("Azerbaijan's"), never digits.
    while (i < n && isApostrophe(text.charCodeAt(i))) {
      const next = text.codePointAt(i + 1);
      const c = next === undefined ? OTHER : classOf(next);
      if (c !== LETTER && c !== MARK) break;
      i = runEnd(text, i + 1, true);
    }
    f(start, i);
  }
}

/** The end of a run of letters and marks (and digits unless `lettersOnly`) starting at `i`. */
function runEnd(text: string, i: number, lettersOnly: boolean): number {
  let at = i;
  while (at < text.length) {
    const cp = text.codePointAt(at) ?? 0;
    const c = classOf(cp);
    if (c === OTHER || (lettersOnly && c === DIGIT)) break;
    at += cp >= 0x10000 ? 2 : 1;
  }
  return at;
}

/**
 * Calls `f(start, end)` for each run of letters and digits of `text` (marks and apostrophes end a
 * run): exactly the matches of /[\p{L}\p{N}]+/gu, the words the passage searches compare.
 */
export function scanWords(text: string, f: (start: number, end: number) => void): void {
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n;) {
    const cp = text.codePointAt(i) ?? 0;
    const c = classOf(cp);
    const inWord = c === LETTER || c === DIGIT;
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      f(start, i);
      start = -1;
    }
    i += cp >= 0x10000 ? 2 : 1;
  }
  if (start >= 0) f(start, n);
}

/** The start of each word `scanWords` finds. */
export function wordStarts(text: string): number[] {
  const out: number[] = [];
  scanWords(text, (s) => out.push(s));
  return out;
}
