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
  const out: CutShort[] = [];
  let covered = -1;
  const hashes = windowHashes(rs, minWords);
  const previous = previousStarts(hashes);
  const earlier: number[] = [];
  for (let j = 0; j < hashes.length; j++) {
    if (j <= covered) continue;
    // The starts of the same window before this one, first to last.
    earlier.length = 0;
    for (let i = previous[j] ?? -1; i >= 0; i = previous[i] ?? -1) earlier.push(i);
    for (let k = earlier.length - 1; k >= 0; k--) {
      const i = earlier[k] ?? 0;
      const n = j - i;
      if (n < minWords || n > maxWords || j + n >= rs.length || !sameWords(rs, i, j, n)) continue;
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

/** The `n` readings from `i` and from `j` are the same words. */
function sameWords(rs: readonly Reading[], i: number, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (rs[i + k]?.word !== rs[j + k]?.word) return false;
  return true;
}

/** Positions below 2^21 (a document's windows; `windowHashes` gives no more) fit beside a 32-bit hash in one number. */
const POSITIONS = 2 ** 21;

/**
 * For each window, the last window before it with the same hash's low 32 bits (-1 for none): one
 * sorted column of hash and position in one number, no map entry or array per window. Windows that
 * share only the low bits fail the word-by-word test, as windows that share a hash by chance do.
 */
function previousStarts(hashes: Float64Array): Int32Array {
  const keyed = new Float64Array(hashes.length);
  hashes.forEach((h, j) => {
    keyed[j] = (h % 0x100000000) * POSITIONS + j;
  });
  keyed.sort();
  const previous = new Int32Array(hashes.length).fill(-1);
  for (let k = 1; k < keyed.length; k++) {
    const [a, b] = [keyed[k - 1] ?? 0, keyed[k] ?? 0];
    if (Math.floor(a / POSITIONS) === Math.floor(b / POSITIONS)) previous[b % POSITIONS] = a % POSITIONS;
  }
  return previous;
}
