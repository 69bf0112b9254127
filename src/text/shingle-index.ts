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

// A Map holds at most 2^24 entries; a large corpus has more distinct shingles, so they are spread
// over shards by hash.
const SHARDS = 64;
const shardsOf = <V>(): Map<number, V>[] => Array.from({ length: SHARDS }, () => new Map<number, V>());

/**
 * The hash of each n-word window of a document's words (one per start position): each word hashed
 * once into two 32-bit lanes, a window mixed from its words' numbers, with no string built.
 */
export function windowHashes(words: readonly Word[], n: number): Float64Array {
  const count = Math.min(Math.max(words.length - n + 1, 0), POS);
  const lane1 = new Int32Array(words.length);
  const lane2 = new Int32Array(words.length);
  words.forEach((w, i) => {
    const h = hash53(w.word);
    lane1[i] = Math.floor(h / 0x200000) | 0;
    lane2[i] = h % 0x200000;
  });
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

/**
 * Indexes documents' windows. Memory matters at 500,000 claims: one number per window, a list only
 * for windows seen in two documents; a list stops growing past `cap` places (boilerplate).
 */
export function shingleIndex(hashes: readonly Float64Array[], cap: number): ShingleIndex {
  const firstShards = shardsOf<number>();
  const moreShards = shardsOf<number[]>();
  hashes.forEach((hs, d) => {
    const mine = new Set<number>();
    hs.forEach((h, i) => {
      if (mine.has(h)) return;
      mine.add(h);
      const packed = d * POS + i;
      const first = firstShards[h % SHARDS] as Map<number, number>;
      if (!first.has(h)) {
        first.set(h, packed);
        return;
      }
      const more = moreShards[h % SHARDS] as Map<number, number[]>;
      const list = more.get(h) ?? [];
      if (list.length <= cap) list.push(packed);
      more.set(h, list);
    });
  });
  return {
    forShared(f) {
      moreShards.forEach((more, s) => {
        for (const [h, rest] of more) f(h, [firstShards[s]?.get(h) ?? 0, ...rest]);
      });
    },
  };
}
