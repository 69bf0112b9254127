import type { Word } from "./shingles.js";
import { ChunkedColumn } from "./typed-arrays.js";

/** A 53-bit hash of a string (two 32-bit FNV-1a variants): shingles stored as numbers, not strings. */
export function hash53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/** Packs (document index, word position) into one number; positions stay below 2^21. */
export const POS = 0x200000;

/**
 * The hash of each n-word window of a document's words (one per start position): each word hashed
 * once into two 32-bit lanes, a window mixed from its words' numbers, with no string built.
 */
export function windowHashes(words: readonly Pick<Word, "word">[], n: number): Float64Array {
  const lane1 = new Int32Array(words.length);
  const lane2 = new Int32Array(words.length);
  words.forEach((w, i) => {
    const h = hash53(w.word);
    lane1[i] = Math.floor(h / 0x200000) | 0;
    lane2[i] = h % 0x200000;
  });
  return laneWindowHashes(lane1, lane2, n);
}

/** How many windows of `n` words a text of `words` words has hashes for: one per start, at most `POS`. */
export const windowCount = (words: number, n: number): number => Math.min(Math.max(words - n + 1, 0), POS);

/** Lanes of the words of one text, copied in text order from the per-word lanes: reused from one call to the next. */
let scratch = [new Int32Array(1024), new Int32Array(1024)] as const;

/**
 * `windowHashes` from the words' hash lanes already computed: one lane pair per word, or, with `ids`,
 * one per distinct word, the text being `ids` (copied in text order into scratch lanes first, so the
 * windows read them in order; nothing allocated per text but the hashes).
 */
export function laneWindowHashes(lane1: Int32Array, lane2: Int32Array, n: number, ids?: Int32Array): Float64Array {
  if (!ids) return hashWindows(lane1, lane2, lane1.length, n);
  if (scratch[0].length < ids.length) scratch = [new Int32Array(ids.length * 2), new Int32Array(ids.length * 2)];
  const [a, b] = scratch;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    a[i] = lane1[id] ?? 0;
    b[i] = lane2[id] ?? 0;
  }
  return hashWindows(a, b, ids.length, n);
}

/** The hashes of the windows of `n` of the first `words` entries of the lanes. */
function hashWindows(lane1: Int32Array, lane2: Int32Array, words: number, n: number): Float64Array {
  const count = windowCount(words, n);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let j = i; j < i + n; j++) {
      h1 = Math.imul(h1 ^ (lane1[j] ?? 0), 0x01000193);
      h2 = Math.imul(h2 ^ (lane2[j] ?? 0), 0x5bd1e995) ^ (h2 >>> 15);
    }
    out[i] = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
  }
  return out;
}

/** Which documents print each window, by hash: the first place in each document, packed. */
export interface ShingleIndex {
  /** Calls `f` with the places of every window printed by two documents or more (at most `cap` + 2 places, in document order). */
  forShared(f: (hash: number, places: ArrayLike<number>) => void): void;
}

/** A document's distinct hashes, ascending: `hs` (computed for this call) is sorted in place. */
function distinct(hs: Float64Array): Float64Array {
  const sorted = hs.sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] ?? 0;
  return sorted.subarray(0, n);
}

/**
 * Hashes printed by two documents or more, ascending: every document's distinct hashes in one sorted
 * column, runs of two or more. The column is as long as `sizeOf` says the documents' hashes are at
 * most, so no document's hashes are computed or kept to size it.
 */
function sharedHashes(documents: number, hashesOf: (d: number) => Float64Array, sizeOf: (d: number) => number): Float64Array {
  let total = 0;
  for (let d = 0; d < documents; d++) total += sizeOf(d);
  const all = new Float64Array(total);
  let at = 0;
  for (let d = 0; d < documents; d++) {
    const hs = distinct(hashesOf(d));
    all.set(hs, at);
    at += hs.length;
  }
  const sorted = all.subarray(0, at).sort();
  let n = 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1] && (n === 0 || sorted[n - 1] !== sorted[i])) sorted[n++] = sorted[i] ?? 0;
  return sorted.slice(0, n);
}

/**
 * The position of each hash of a column of distinct hashes (-1 for one not in it), found by open
 * addressing on the hash's low 32 bits (the hashes are uniform): no map entry or boxed number per hash.
 */
export function hashPositions(keys: Float64Array): (h: number) => number {
  let size = 2;
  while (size < keys.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const slotOf = (h: number): number => ((h % 0x100000000) | 0) & mask;
  keys.forEach((h, k) => {
    let i = slotOf(h);
    while (slots[i] !== -1) i = (i + 1) & mask;
    slots[i] = k;
  });
  return (h) => {
    for (let i = slotOf(h); ; i = (i + 1) & mask) {
      const k = slots[i] ?? -1;
      if (k === -1 || keys[k] === h) return k;
    }
  };
}

/**
 * Indexes the windows of `documents` documents, document `d`'s hashes given by `hashesOf(d)` (asked
 * twice, never kept: 8 bytes a word), at most `sizeOf(d)` of them (how many there are, when the caller
 * can say without hashing). Memory matters at 50,000 documents: the windows are sorted as
 * one column of numbers, and the places of the windows two documents share are one column grouped by
 * window (a count, then a fill); a window keeps at most `cap` + 2 places (boilerplate).
 */
export function shingleIndex(
  documents: number,
  hashesOf: (d: number) => Float64Array,
  cap: number,
  sizeOf: (d: number) => number = (d) => hashesOf(d).length,
): ShingleIndex {
  const shared = sharedHashes(documents, hashesOf, sizeOf);
  const indexOf = hashPositions(shared);
  const limit = cap + 2;
  // A window's first place in each document, for the shared windows only (few of all), found by one
  // look-up per window: the documents come in order, so one mark per window says whether this
  // document has been seen for it.
  const seenIn = new Int32Array(shared.length).fill(-1);
  const firstK = new ChunkedColumn(Int32Array);
  const firstPlace = new ChunkedColumn(Int32Array);
  for (let d = 0; d < documents; d++)
    hashesOf(d).forEach((h, i) => {
      const k = indexOf(h);
      if (k === -1 || seenIn[k] === d) return;
      seenIn[k] = d;
      firstK.push(k);
      firstPlace.push(d);
      firstPlace.push(i);
    });
  const counts = new Int32Array(shared.length);
  for (let f = 0; f < firstK.length; f++) {
    const k = firstK.at(f);
    counts[k] = Math.min((counts[k] ?? 0) + 1, limit);
  }
  const starts = new Int32Array(shared.length + 1);
  for (let k = 0; k < shared.length; k++) starts[k + 1] = (starts[k] ?? 0) + (counts[k] ?? 0);
  const places = new Float64Array(starts[shared.length] ?? 0);
  const filled = new Int32Array(shared.length);
  for (let f = 0; f < firstK.length; f++) {
    const k = firstK.at(f);
    const n = filled[k] ?? 0;
    if (n === limit) continue;
    places[(starts[k] ?? 0) + n] = firstPlace.at(2 * f) * POS + firstPlace.at(2 * f + 1);
    filled[k] = n + 1;
  }
  return {
    forShared(f) {
      for (let k = 0; k < shared.length; k++) f(shared[k] ?? 0, places.subarray(starts[k] ?? 0, starts[k + 1] ?? 0));
    },
  };
}
