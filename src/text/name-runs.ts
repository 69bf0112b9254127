import type { TextLine } from "./document-text.js";
import { widened } from "./typed-arrays.js";
import { cachedClasses } from "./char-classes.js";

/** A capitalised word of a name as printed, with its source line. */
export interface NameWordAt {
  text: string;
  line: number;
}

/**
 * A run of capitalised words printed as one name ("Organization of Islamic Conference"): the
 * capitalised words only (the function words that join them are left out, so "Organization of the
 * Islamic Conference" and "Organization of Islamic Conference" have the same words), and the
 * acronym printed in brackets straight after it, when there is one ("(OIC)").
 */
export interface NameRun {
  words: NameWordAt[];
  /** The function words printed between word i and word i + 1 ("of the"; "" for none): one entry fewer than words. */
  joiners: string[];
  acronym?: string;
}

// What a character is to the name reader, looked up in a table filled as characters are met: the
// reader runs over every character of the corpus.
const SPACE = 1;
const UPPER = 2;
const LOWER = 3;
const LETTER = 4;
const DIGIT = 5;
const JOINING = 6;
const OTHER = 7;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (/\s/u.test(ch)) return SPACE;
  if (/\p{Lu}/u.test(ch)) return UPPER;
  if (/\p{Ll}/u.test(ch)) return LOWER;
  if (/\p{L}/u.test(ch)) return LETTER;
  if (/\p{N}/u.test(ch)) return DIGIT;
  return /['’`-]/.test(ch) ? JOINING : OTHER;
}

const classOf = cachedClasses(classify);

// What a piece is to a run, as flags: a capitalised word (/^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u), "The", a
// function word that joins the words of one name, a bracket, an acronym (/^\p{Lu}{2,6}$/u).
const CAPITALISED = 1;
const THE = 2;
const JOINER = 4;
const OPEN = 8;
const CLOSE = 16;
const ACRONYM = 32;
const JOINERS = ["of", "the", "for", "on", "and"];

/**
 * A document's pieces as numbers: a piece is a word (a letter or digit, then letters, digits,
 * apostrophes and hyphens) or one mark, exactly the matches of /[\p{L}\p{N}][\p{L}\p{N}'’`-]*|\S/gu,
 * with its line (an index into the lines), start, end and flags. Text is cut only from the pieces of names.
 */
class Pieces {
  length = 0;
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  lines = new Int32Array(1024);
  kinds = new Uint8Array(1024);

  push(line: number, start: number, end: number, kind: number): void {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    [this.lines[i], this.starts[i], this.ends[i], this.kinds[i]] = [line, start, end, kind];
  }

  /** The flags of piece i; none past the last piece. */
  kind = (i: number): number => (i < this.length ? (this.kinds[i] ?? 0) : 0);

  private grow(): void {
    const size = this.starts.length * 2;
    this.starts = widened(this.starts, size);
    this.ends = widened(this.ends, size);
    this.lines = widened(this.lines, size);
    this.kinds = widened(this.kinds, size);
  }
}

const scratch = new Pieces();

/** The pieces of one line, appended. */
function scanLine(text: string, line: number, into: Pieces): void {
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const c = classOf(cp);
    const size = cp >= 0x10000 ? 2 : 1;
    if (c === SPACE) i += size;
    else if (c === JOINING || c === OTHER) {
      into.push(line, i, i + size, cp === 0x28 ? OPEN : cp === 0x29 ? CLOSE : 0);
      i += size;
    } else {
      const end = wordEnd(text, i);
      into.push(line, i, end, wordKind(text, i, end));
      i = end;
    }
  }
}

/** Where the word starting at `i` ends: letters, digits, apostrophes and hyphens go on with it. */
function wordEnd(text: string, i: number): number {
  let at = i;
  while (at < text.length) {
    const cp = text.codePointAt(at) ?? 0;
    const c = classOf(cp);
    if (c === SPACE || c === OTHER) break;
    at += cp >= 0x10000 ? 2 : 1;
  }
  return at;
}

// States of the capitalised-word reader: after the capital, in the lower-case letters, after a hyphen, in a part after it.
const [AFTER_CAPITAL, IN_LOWER, AFTER_HYPHEN, IN_PART, NOT_CAPITALISED] = [0, 1, 2, 3, 4];

function nextState(state: number, c: number, cp: number): number {
  const letter = c === UPPER || c === LOWER || c === LETTER;
  if (state === AFTER_CAPITAL) return c === LOWER ? IN_LOWER : NOT_CAPITALISED;
  if (state === IN_LOWER) return c === LOWER ? IN_LOWER : cp === 0x2d ? AFTER_HYPHEN : NOT_CAPITALISED;
  if (state === AFTER_HYPHEN) return letter ? IN_PART : NOT_CAPITALISED;
  if (state === IN_PART) return letter ? IN_PART : cp === 0x2d ? AFTER_HYPHEN : NOT_CAPITALISED;
  return NOT_CAPITALISED;
}

/** The flags of the word from `start` to `end`, read letter by letter. */
function wordKind(text: string, start: number, end: number): number {
  const first = text.codePointAt(start) ?? 0;
  let state = classOf(first) === UPPER ? AFTER_CAPITAL : NOT_CAPITALISED;
  let capitals = state === AFTER_CAPITAL ? 1 : 0;
  let letters = 1;
  for (let i = start + (first >= 0x10000 ? 2 : 1); i < end; letters++) {
    const cp = text.codePointAt(i) ?? 0;
    const c = classOf(cp);
    state = nextState(state, c, cp);
    if (c === UPPER) capitals++;
    i += cp >= 0x10000 ? 2 : 1;
  }
  if (state === IN_LOWER || state === IN_PART) return end - start === 3 && text.startsWith("The", start) ? CAPITALISED | THE : CAPITALISED;
  if (capitals === letters && letters >= 2 && letters <= 6) return ACRONYM;
  return JOINERS.some((w) => w.length === end - start && text.startsWith(w, start)) ? JOINER : 0;
}

/**
 * Capitalised words joined by function words from piece `from` (a name may run over a line break); a
 * sentence's "The" is no word of the name. Returns the piece that ends the run, after `from`.
 */
function runAt(ps: Pieces, lines: readonly TextLine[], from: number, out: NameRun[]): number {
  const words: NameWordAt[] = [];
  const joiners: string[] = [];
  const textOf = (k: number): string => lines[ps.lines[k] ?? 0]?.text.slice(ps.starts[k], ps.ends[k]) ?? "";
  const capitalised = (k: number): boolean => (ps.kind(k) & CAPITALISED) !== 0;
  let i = from;
  let between: string[] = [];
  for (; i < ps.length; i++) {
    const k = ps.kind(i);
    const leadingThe = words.length === 0 && (k & THE) !== 0;
    if (capitalised(i) && !leadingThe) {
      if (words.length > 0) joiners.push(between.join(" "));
      words.push({ text: textOf(i), line: lines[ps.lines[i] ?? 0]?.line ?? 0 });
      between = [];
    } else if (words.length > 0 && k === JOINER && (capitalised(i + 1) || (ps.kind(i + 1) === JOINER && capitalised(i + 2)))) between.push(textOf(i));
    else if (!leadingThe) break;
  }
  const glossed = ps.kind(i) === OPEN && ps.kind(i + 1) === ACRONYM && ps.kind(i + 2) === CLOSE;
  if (words.length > 0) out.push({ words, joiners, ...(glossed ? { acronym: textOf(i + 1) } : {}) });
  return i;
}

/** The names of a document's lines, in reading order: runs of at least one capitalised word. */
export function nameRuns(lines: readonly TextLine[]): NameRun[] {
  // One set of columns serves every document in turn (a call reads them to the end before it returns).
  const ps = scratch;
  ps.length = 0;
  lines.forEach((l, index) => {
    scanLine(l.text, index, ps);
  });
  const out: NameRun[] = [];
  // A piece that is no capitalised word starts no run.
  for (let i = 0; i < ps.length;) i = (ps.kind(i) & CAPITALISED) !== 0 ? runAt(ps, lines, i, out) : i + 1;
  return out;
}

/** The initials of a run's words, in capitals: "OIC" for "Organization of Islamic Conference". */
export const initials = (words: readonly NameWordAt[]): string =>
  words
    .map((w) => w.text[0] ?? "")
    .join("")
    .toUpperCase();

/** Words `from` to `to` (exclusive) of a run as printed, the function words between them included. */
export function printedName(run: NameRun, from: number, to: number): string {
  let out = run.words[from]?.text ?? "";
  for (let i = from + 1; i < to; i++) {
    const joiner = run.joiners[i - 1] ?? "";
    out += `${joiner === "" ? "" : ` ${joiner}`} ${run.words[i]?.text ?? ""}`;
  }
  return out;
}
