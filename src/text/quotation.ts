import { wordStarts } from "./token-scan.js";

/** Opening marks; a straight quote opens when it does not follow a word character. */
const OPENS = new Set(["“", "«", "„"]);
// Closing marks: ” and », and a straight quote that does not open.
const MARKS = /["“”«»„]/g;

/** Character ranges [start, end) inside matched quotation marks; an unmatched mark quotes nothing. */
function quotedRanges(text: string): [number, number][] {
  const open: number[] = [];
  const out: [number, number][] = [];
  // Only the marks themselves matter: a search finds them, not a look at every character.
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    const c = m[0];
    const straight = c === '"';
    const before = text[i - 1] ?? " ";
    // A straight mark after a space, a colon or an opening bracket opens; after a word or punctuation it closes.
    const opens = OPENS.has(c) || (straight && /[\s([{:\-–—]/u.test(before));
    if (opens) open.push(i);
    else {
      const from = open.pop();
      if (from !== undefined) out.push([from, i + 1]);
    }
  }
  return out;
}

const SENTENCE_END = /[.!?]["”»)]*\s+(?=[\p{Lu}\p{N}"“«(])/gu;

/** Character ranges from a reporting cue ("according to", "said") to the end of its sentence. */
function cuedRanges(text: string, cues: readonly string[]): [number, number][] {
  if (cues.length === 0) return [];
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index);
  const escaped = cues.map((c) =>
    c
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/\s+/g, "\\s+"),
  );
  const cue = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return [...text.matchAll(cue)].map((m) => {
    const from = m.index + m[0].length;
    return [from, ends.find((e) => e >= from) ?? text.length];
  });
}

/**
 * Which words of a text the document prints as someone else's: inside matched quotation marks, or
 * after a reporting cue in the same sentence, when that stretch has at least `minWords` words (a
 * shorter one is a name, a title or a scare quote). One flag per word that /[\p{L}\p{N}]+/gu
 * finds, in order (the words `wordsOf` returns for the same text).
 */
export function attributedWords(text: string, cues: readonly string[], minWords = 1): Uint8Array {
  const starts = wordStarts(text);
  const flags = new Uint8Array(starts.length);
  for (const [from, to] of [...quotedRanges(text), ...cuedRanges(text, cues)]) {
    const first = lowerBound(starts, from);
    const end = lowerBound(starts, to);
    if (end - first >= minWords) flags.fill(1, first, end);
  }
  return flags;
}

/** The first index whose value is at least `x` (values ascending). */
function lowerBound(xs: readonly number[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
