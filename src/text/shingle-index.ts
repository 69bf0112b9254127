import type { Word } from "./shingles.js";

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

/** `windowHashes` from the words' hash lanes already computed (one lane pair per word). */
export function laneWindowHashes(lane1: Int32Array, lane2: Int32Array, n: number): Float64Array {
  const count = Math.min(Math.max(lane1.length - n + 1, 0), POS);
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
  /** Calls `f` with the places of every window printed by two documents or more (at most `cap` + 1 places). */
  forShared(f: (hash: number, places: readonly number[]) => void): void;
}

/** A document's distinct hashes, ascending. */
function distinct(hs: Float64Array): Float64Array {
  const sorted = Float64Array.from(hs).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] ?? 0;
  return sorted.subarray(0, n);
}

/** Hashes printed by two documents or more: every document's distinct hashes in one sorted column, runs of two or more. */
function sharedHashes(hashes: readonly Float64Array[]): Set<number> {
  const perDocument = hashes.map(distinct);
  const all = new Float64Array(perDocument.reduce((n, h) => n + h.length, 0));
  let at = 0;
  for (const h of perDocument) {
    all.set(h, at);
    at += h.length;
  }
  all.sort();
  const shared = new Set<number>();
  for (let i = 1; i < all.length; i++) if (all[i] === all[i - 1]) shared.add(all[i] ?? 0);
  return shared;
}

/**
 * Indexes documents' windows. Memory matters at 50,000 documents: the windows are sorted as one
 * column of numbers, and only the windows two documents share get a list of places; a list stops
 * growing past `cap` + 2 places (boilerplate).
 */
export function shingleIndex(hashes: readonly Float64Array[], cap: number): ShingleIndex {
  const shared = sharedHashes(hashes);
  const places = new Map<number, number[]>();
  hashes.forEach((hs, d) => {
    const mine = new Set<number>();
    hs.forEach((h, i) => {
      if (!shared.has(h) || mine.has(h)) return;
      mine.add(h);
      const list = places.get(h);
      if (!list) places.set(h, [d * POS + i]);
      else if (list.length <= cap + 1) list.push(d * POS + i);
    });
  });
  return {
    forShared(f) {
      for (const [h, ps] of places) f(h, ps);
    },
  };
}
