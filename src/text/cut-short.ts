import { addTo } from "../model/multimap.js";
import type { Reading } from "./corpus-counts.js";
import { windowHashes } from "./shingle-index.js";

/** A passage printed, broken off inside its sentence, and printed again at once in full. */
export interface CutShort {
  /** Where the first copy starts and where it stops, and where the full copy starts. */
  firstLine: number;
  stopLine: number;
  againLine: number;
  /** The first copy's words, as printed. */
  words: readonly string[];
}

/**
 * Passages of at least `minWords` words printed twice in a row (the second copy starts where the
 * first stops) whose second copy runs on in the same sentence past the point where the first
 * stopped: the first copy was cut short, which changes the text. A paragraph printed twice whole
 * ends its sentence with both copies and is not reported here. Candidates are found by their first
 * `minWords` words, so the work is linear in the text for prose that rarely repeats.
 */
export function cutShortCopies(rs: readonly Reading[], minWords: number, maxWords = 400): CutShort[] {
  const starts = new Map<number, number[]>();
  const out: CutShort[] = [];
  let covered = -1;
  // Windows as hashes: a start found under a colliding hash fails the word-by-word test below.
  const hashes = windowHashes(rs, minWords);
  for (let j = 0; j < hashes.length; j++) {
    const key = hashes[j] ?? 0;
    const earlier = starts.get(key) ?? [];
    // The starts before this one: `earlier` is the list this one is added to.
    const before = earlier.length;
    addTo(starts, key, j);
    if (j <= covered) continue;
    for (const i of earlier.slice(0, before)) {
      const n = j - i;
      if (n < minWords || n > maxWords || j + n >= rs.length) continue;
      if (!rs.slice(i, j).every((r, k) => r.word === rs[j + k]?.word)) continue;
      const end = rs[j + n - 1];
      const after = rs[j + n];
      if (!end || !after || end.token.sentence !== after.token.sentence) continue;
      out.push({
        firstLine: rs[i]?.token.line ?? 0,
        stopLine: rs[j - 1]?.token.line ?? 0,
        againLine: rs[j]?.token.line ?? 0,
        words: rs.slice(i, j).map((r) => r.token.split?.joined ?? r.token.text),
      });
      covered = j + n;
      break;
    }
  }
  return out;
}
