import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hash53, hashPositions, laneWindowHashes, POS, shingleIndex, windowCount, windowHashes } from "../../src/text/shingle-index.js";
import type { Word } from "../../src/text/shingles.js";

/** 32-bit FNV-1a, the reference the first lane of `hash53` follows. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const words = (text: string): Word[] => text.split(" ").map((word, i) => ({ word, line: i + 1 }));

/** Every call of `forShared`, as [hash, places]. */
function shared(hashes: number[][], cap: number): [number, number[]][] {
  const out: [number, number[]][] = [];
  shingleIndex(hashes.length, (d) => Float64Array.from(hashes[d] ?? []), cap).forShared((h, ps) => out.push([h, Array.from(ps)]));
  return out.sort((a, b) => a[0] - b[0]);
}

describe("hash53", () => {
  it("is a 53-bit integer whose upper 32 bits are the FNV-1a hash of the string", () => {
    for (const s of ["", "a", "khojaly", "Khojaly", "February 26, 1992"]) {
      const h = hash53(s);
      expect(Number.isSafeInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(Math.floor(h / 0x200000)).toBe(fnv1a(s));
    }
  });

  it("tells apart strings that differ in one character or in order", () => {
    const hs = ["ab", "ba", "a", "abc", "abd"].map(hash53);
    expect(new Set(hs).size).toBe(5);
  });
});

describe("windowHashes", () => {
  it("gives one hash per start position of an n-word window, and none when the text is shorter than n", () => {
    expect(windowHashes(words("a b c d"), 2)).toHaveLength(3);
    expect(windowHashes(words("a b c d"), 4)).toHaveLength(1);
    expect(windowHashes(words("a b c"), 4)).toHaveLength(0);
    expect(windowHashes([], 1)).toHaveLength(0);
  });

  it("gives the same window the same hash wherever it stands, and different windows different hashes", () => {
    const hs = windowHashes(words("the town was the town"), 2);
    expect(hs[3]).toBe(hs[0]);
    expect(new Set(hs).size).toBe(3);
    expect(windowHashes(words("x the town"), 2)[1]).toBe(hs[0]);
    expect(windowHashes(words("town the"), 2)[0]).not.toBe(hs[0]);
  });

  it("spreads its hashes over 53 bits", () => {
    const hs = [...windowHashes(words(Array.from({ length: 200 }, (_, i) => `w${i}`).join(" ")), 3)];
    expect(hs.every((h) => Number.isSafeInteger(h) && h >= 0)).toBe(true);
    expect(Math.max(...hs)).toBeGreaterThan(2 ** 52);
  });

  it("tells apart words whose hashes agree in their lower 21 bits (both lanes of a word are read)", () => {
    const byLow = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const w = `w${i}`;
      const low = hash53(w) % 0x200000;
      const seen = byLow.get(low);
      if (seen !== undefined) pair = [seen, w];
      else byLow.set(low, w);
    }
    const [a, b] = pair;
    expect(hash53(a)).not.toBe(hash53(b));
    expect(windowHashes(words(a), 1)[0]).not.toBe(windowHashes(words(b), 1)[0]);
  });
});

describe("shingleIndex", () => {
  it("gives the first place in each document of a hash two documents print, packed as document × POS + position", () => {
    expect(
      shared(
        [
          [1, 2, 3, 2],
          [9, 2],
        ],
        10,
      ),
    ).toEqual([[2, [1, POS + 1]]]);
  });

  it("leaves out a hash one document prints, even twice or more, adjacent or not", () => {
    expect(shared([[5, 5], [9]], 10)).toEqual([]);
    expect(shared([[5, 7, 5], [9]], 10)).toEqual([]);
    expect(
      shared(
        [
          [7, 5, 7, 5],
          [9, 9],
        ],
        10,
      ),
    ).toEqual([]);
    expect(shared([[0], [5, 5]], 10)).toEqual([]);
    expect(
      shared(
        [
          [1, 2],
          [3, 4],
        ],
        10,
      ),
    ).toEqual([]);
  });

  it("lists every document that prints a shared hash, up to cap + 2 places", () => {
    expect(shared([[4], [4], [4]], 1)).toEqual([[4, [0, POS, 2 * POS]]]);
    expect(shared([[4], [4], [4], [4]], 1)).toEqual([[4, [0, POS, 2 * POS]]]);
    expect(shared([[4], [4], [4], [4]], 2)).toEqual([[4, [0, POS, 2 * POS, 3 * POS]]]);
  });

  it("tells apart hashes that agree in their low 32 bits (one slot, probed past)", () => {
    const [a, b, c] = [5, 5 + 2 ** 32, 5 + 2 ** 33];
    expect(shared([[a, b], [b, c], [c]], 10)).toEqual([
      [b, [1, POS]],
      [c, [POS + 1, 2 * POS]],
    ]);
  });

  it("gives, for any documents, each shared hash's first place per document in document order (a map as reference)", () => {
    const reference = (hashes: number[][], cap: number): [number, number[]][] => {
      const places = new Map<number, number[]>();
      hashes.forEach((hs, d) => {
        const mine = new Set<number>();
        hs.forEach((h, i) => {
          if (mine.has(h)) return;
          mine.add(h);
          places.set(h, [...(places.get(h) ?? []), d * POS + i]);
        });
      });
      return [...places]
        .filter(([, ps]) => ps.length >= 2)
        .map(([h, ps]): [number, number[]] => [h, ps.slice(0, cap + 2)])
        .sort((x, y) => x[0] - y[0]);
    };
    const hash = fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 3 }).map((k) => 7 + k * 2 ** 32),
    );
    fc.assert(
      fc.property(fc.array(fc.array(hash, { maxLength: 12 }), { maxLength: 7 }), fc.integer({ min: 0, max: 4 }), (hashes, cap) => {
        expect(shared(hashes, cap)).toEqual(reference(hashes, cap));
      }),
      { numRuns: 2000 },
    );
  });

  it("sizes its column by sizeOf when given, asking each document's hashes twice, not three times", () => {
    const hashes = [
      [1, 2, 3],
      [3, 4],
      [2, 3, 9, 9],
    ];
    const asked = [0, 0, 0];
    const hashesOf = (d: number): Float64Array => {
      asked[d] = (asked[d] ?? 0) + 1;
      return Float64Array.from(hashes[d] ?? []);
    };
    const out: [number, number[]][] = [];
    // An upper bound is enough: one more than each document's count.
    shingleIndex(hashes.length, hashesOf, 4, (d) => (hashes[d]?.length ?? 0) + 1).forShared((h, ps) => out.push([h, Array.from(ps)]));
    expect(out).toEqual(shared(hashes, 4));
    expect(asked).toEqual([2, 2, 2]);
    asked.fill(0);
    shingleIndex(hashes.length, hashesOf, 4);
    expect(asked).toEqual([3, 3, 3]);
  });
});

describe("laneWindowHashes", () => {
  it("hashes a text given as word numbers as it hashes the words' lanes copied in text order, texts long and short in turn", () => {
    const lane1 = Int32Array.from({ length: 50 }, (_, i) => Math.imul(i + 1, 0x9e3779b1));
    const lane2 = Int32Array.from({ length: 50 }, (_, i) => (i * 7919) % 0x200000);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 49 }), { maxLength: 3000 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 13 }),
        (texts, n) => {
          for (const t of texts) {
            const ids = Int32Array.from(t);
            const copied = laneWindowHashes(
              Int32Array.from(t, (id) => lane1[id] ?? 0),
              Int32Array.from(t, (id) => lane2[id] ?? 0),
              n,
            );
            expect(laneWindowHashes(lane1, lane2, n, ids)).toEqual(copied);
            expect(copied).toHaveLength(windowCount(t.length, n));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("windowCount", () => {
  it("is one window per start of n words, none for a shorter text, at most POS", () => {
    expect([windowCount(4, 2), windowCount(4, 4), windowCount(3, 4), windowCount(0, 1)]).toEqual([3, 1, 0, 0]);
    expect([windowCount(POS, 1), windowCount(POS + 1, 1), windowCount(POS + 5, 2)]).toEqual([POS, POS, POS]);
    for (const [n, k] of [
      [4, 2],
      [12, 12],
      [30, 12],
    ] as const)
      expect(windowHashes(words(Array.from({ length: n }, (_, i) => `w${i}`).join(" ")), k)).toHaveLength(windowCount(n, k));
  });
});

describe("hashPositions", () => {
  it("finds each key's position, past keys that share a slot, and -1 for any other number", () => {
    const keys = Float64Array.from([5, 5 + 2 ** 32, 5 + 2 ** 33, 6, -1, 2 ** 52 + 3]);
    const at = hashPositions(keys);
    expect(Array.from(keys, (k) => at(k))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([at(7), at(5 + 2 ** 34), at(0), at(2 ** 52 + 4)]).toEqual([-1, -1, -1, -1]);
    expect(hashPositions(new Float64Array(0))(5)).toBe(-1);
  });
});
