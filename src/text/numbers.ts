/** A figure found in a text: digits, digits with separators, or number words. */
export interface FoundNumber {
  text: string;
  /** Offset in the text, in UTF-16 code units. */
  start: number;
  end: number;
  /** NaN for vague words. */
  value: number;
  form: "digits" | "words" | "vague";
  /** "third", "25th": a rank, never a count. */
  ordinal: boolean;
}

// Digit groups with thousands separators ("1,275", "20,000") or without; a comma followed by
// other than three digits is not a separator ("5,45 caliber" is two groups). A decimal point
// joins two groups ("32.30"), but not in a dotted date ("26.02.2008"), where each group stands alone.
const DECIMAL = String.raw`(?:\.\d+(?!\.?\d))?`;
const DIGITS = new RegExp(String.raw`\d{1,3}(?:,\d{3})+${DECIMAL}(?!\d)|(?<![\d.])\d+\.\d+(?!\.?\d)|\d+`, "g");
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)/i;

/** Every digit group in the text, with thousands separators folded; "25th" is marked ordinal. */
export function findDigitGroups(text: string): FoundNumber[] {
  return [...text.matchAll(DIGITS)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    value: Number(m[0].replace(/,/g, "")),
    form: "digits" as const,
    ordinal: ORDINAL_SUFFIX.test(text.slice(m.index + m[0].length)),
  }));
}

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const TEENS = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

type WordClass = "unit" | "tens" | "hundred" | "scale";
interface NumberWord {
  value: number;
  cls: WordClass;
  ordinal: boolean;
}

/** Every cardinal and ordinal word, lower-cased, with its value and what may follow it. */
const WORDS = new Map<string, NumberWord>();
function addWord(word: string, value: number, cls: WordClass, ordinal: boolean): void {
  WORDS.set(word, { value, cls, ordinal });
}
[...UNITS, ...TEENS].forEach((w, i) => {
  addWord(w, i + 1, "unit", false);
});
ORDINALS.forEach((w, i) => {
  addWord(w, i + 1, "unit", true);
});
TEENS.forEach((w, i) => {
  addWord(`${w}th`, i + 13, "unit", true);
});
TENS.forEach((w, i) => {
  addWord(w, (i + 2) * 10, "tens", false);
  addWord(`${w.slice(0, -1)}ieth`, (i + 2) * 10, "tens", true);
});
addWord("hundred", 100, "hundred", false);
addWord("hundredth", 100, "hundred", true);
for (const [w, v] of Object.entries(SCALES)) {
  addWord(w, v, "scale", false);
  addWord(`${w}th`, v, "scale", true);
}

/** A cardinal number word above one ("two", "fifteen", "hundred", "million"): not an ordinal, not "one". */
export function isCardinalWord(word: string): boolean {
  const w = WORDS.get(word);
  return w !== undefined && !w.ordinal && w.value > 1;
}

const NUMBER_WORD = new RegExp(`\\b(?:${[...WORDS.keys()].join("|")})\\b`, "i");
// A run of number words joined by one space or hyphen, optionally led by digits or "a" before a
// scale word ("5 thousand", "1.2 million", "a million").
const WORD_ALT = [...WORDS.keys()].sort((a, b) => b.length - a.length).join("|");
// "and" may join words inside a run ("eight hundred and ninety-eight"); the reader decides whether it
// joins one number or separates two ("two and three").
const RUN = new RegExp(`(?:\\b(\\d+(?:\\.\\d+)?|a) (?=(?:hundred|thousand|million|billion)\\b))?\\b(?:${WORD_ALT})(?:(?:[ -]| and )(?:${WORD_ALT}))*\\b`, "gi");

interface Reading {
  total: number;
  small: number;
  prev?: NumberWord;
  /** The last scale word read: a later one must be smaller ("one million two thousand"). */
  scale: number;
}

/** Whether `next` may continue a number read so far ("twenty" "one", not "one" "two"). */
function continues(r: Reading, next: NumberWord): boolean {
  const prev = r.prev;
  if (!prev) return true;
  if (prev.ordinal) return false;
  if (next.cls === "scale") return next.value < r.scale && next.value > r.small;
  if (next.cls === "hundred") return prev.cls === "unit" && r.small < 100;
  if (next.cls === "tens") return prev.cls === "hundred" || prev.cls === "scale";
  // A unit follows tens only below ten ("twenty one"), and follows "hundred" or a scale word.
  return prev.cls === "tens" ? next.value < 10 : prev.cls !== "unit";
}

interface Token {
  word: string;
  start: number;
  end: number;
}

interface Read {
  value: number;
  /** Tokens used, an inner "and" included. */
  used: number;
  ordinal: boolean;
}

function add(r: Reading, word: NumberWord): void {
  if (word.cls === "scale") {
    r.total += (r.small === 0 ? 1 : r.small) * word.value;
    r.small = 0;
    r.scale = word.value;
  } else if (word.cls === "hundred") r.small = (r.small === 0 ? 1 : r.small) * 100;
  else r.small += word.value;
  r.prev = word;
}

/** "and" joins a number only after "hundred" or a scale word and before tens or units that continue it. */
function joinsAnd(r: Reading, next: NumberWord | undefined): boolean {
  const prev = r.prev;
  if (!prev || !next || prev.ordinal || (prev.cls !== "hundred" && prev.cls !== "scale")) return false;
  return (next.cls === "tens" || next.cls === "unit") && continues(r, next);
}

/** How many of `tokens` make one number, and its value; `lead` is a figure or "a" before a scale word. */
function readWords(tokens: readonly Token[], lead: number | undefined): Read {
  const r: Reading = { total: 0, small: lead ?? 0, scale: Infinity, ...(lead === undefined ? {} : { prev: { value: lead, cls: "unit", ordinal: false } }) };
  let used = 0;
  let last = 0;
  while (used < tokens.length) {
    const w = (tokens[used]?.word ?? "").toLowerCase();
    if (w === "and") {
      if (!joinsAnd(r, WORDS.get((tokens[used + 1]?.word ?? "").toLowerCase()))) break;
      used++;
      continue;
    }
    const word = WORDS.get(w);
    if (!word || !continues(r, word)) break;
    add(r, word);
    used++;
    last = used;
  }
  return { value: r.total + r.small, used: last, ordinal: r.prev?.ordinal === true };
}

/** "First World War", "First Lady": a capitalised ordinal before a capitalised word is part of a name. */
function inName(text: string, end: number, words: readonly Token[]): boolean {
  const [only] = words;
  if (words.length !== 1 || only === undefined || !WORDS.get(only.word.toLowerCase())?.ordinal) return false;
  return /^\p{Lu}/u.test(only.word) && /^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3));
}

/** One run of number words split into numbers: "twenty one" is one, "one two" two, "two and three" two. */
function numbersInRun(text: string, at: number, run: string, lead: string | undefined): FoundNumber[] {
  const out: FoundNumber[] = [];
  const tokens = [...run.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0], start: at + m.index, end: at + m.index + m[0].length }));
  for (let i = 0; i < tokens.length;) {
    if (tokens[i]?.word.toLowerCase() === "and") {
      i++;
      continue;
    }
    const leadValue = i === 0 && lead !== undefined ? (lead.toLowerCase() === "a" ? 1 : Number(lead)) : undefined;
    const withLead = leadValue === undefined ? undefined : readWords(tokens.slice(i), leadValue);
    const r = withLead && withLead.used > 0 ? withLead : readWords(tokens.slice(i), undefined);
    const used = tokens.slice(i, i + r.used).filter((t) => t.word.toLowerCase() !== "and");
    const start = tokens[i]?.start ?? at;
    const end = tokens[i + r.used - 1]?.end ?? start;
    const from = r === withLead ? start - (lead?.length ?? 0) - 1 : start;
    if (!inName(text, end, used)) out.push({ text: text.slice(from, end), start: from, end, value: r.value, form: "words", ordinal: r.ordinal });
    i += Math.max(1, r.used);
  }
  return out;
}

/**
 * Number words ("Fifty six", "one million", "seventeenth", "Twenty-three", "7 thousand", "1.2 million"),
 * read exactly: a cardinal is units, tens, "hundred" and scale words in the order English writes
 * them, and an ordinal ends a number. Digits alone are findDigitGroups's.
 */
export function findNumberWords(text: string): FoundNumber[] {
  // Stryker disable next-line ConditionalExpression: a fast path; where it finds no number word, RUN finds none either
  if (!NUMBER_WORD.test(text)) return [];
  return [...text.matchAll(RUN)].flatMap((m) => {
    const lead = m[1];
    const at = m.index + (lead === undefined ? 0 : lead.length + 1);
    return numbersInRun(text, at, m[0].slice(at - m.index), lead);
  });
}

/** Words that give only an order of magnitude; they are figures too, claimed as kind "vague". */
const VAGUE = /\b(?:tens|dozens|hundreds|thousands|millions)\b(?:\s+of\s+thousands)?/gi;

/** "hundreds", "thousands", "hundreds of thousands": figures without a value. */
export function findVagueWords(text: string): FoundNumber[] {
  return [...text.matchAll(VAGUE)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    value: Number.NaN,
    form: "vague" as const,
    ordinal: false,
  }));
}

/** Every figure in a text, in order; number words that contain digits ("7 thousand") are kept too. */
export function findNumbers(text: string): FoundNumber[] {
  return [...findDigitGroups(text), ...findNumberWords(text), ...findVagueWords(text)].sort((a, b) => a.start - b.start || a.end - b.end);
}
