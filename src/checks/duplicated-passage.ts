import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Corpus } from "../model/corpus.js";
import { compareText } from "../text/normalize.js";
import { proseWords } from "../text/document-text.js";
import { shingle, type Word } from "../text/shingles.js";

const options = z.strictObject({
  scope: z.enum(["within", "across"]).describe("A passage printed twice inside one document, or passages shared between documents."),
  words: z.number().int().min(4).max(50).default(8).describe("How many words in a row make a shared passage."),
  maxGap: z
    .number()
    .int()
    .min(0)
    .default(40)
    .describe("(within) A repeat must start at most this many words after the first copy ends: printed twice, not quoted again."),
  minShared: z.number().int().min(1).default(2).describe("(across) Shared passages two documents need before they are reported."),
  maxSharers: z.number().int().min(2).default(25).describe("(across) A run printed in more documents than this is boilerplate, not evidence of copying."),
});

interface Repeat {
  text: string;
  firstLine: number;
  againLine: number;
}

/** Runs of n-word windows seen before (at least n words earlier), merged into passages. */
function repeatsWithin(words: readonly Word[], n: number, maxGap: number): Repeat[] {
  const seen = new Map<string, number>();
  const out: Repeat[] = [];
  let run: { start: number; first: number; end: number } | undefined;
  const flush = (): void => {
    if (!run) return;
    out.push({
      text: words
        .slice(run.start, run.end + n)
        .map((w) => w.word)
        .join(" "),
      firstLine: words[run.first]?.line ?? 0,
      againLine: words[run.start]?.line ?? 0,
    });
    run = undefined;
  };
  for (let i = 0; i + n <= words.length; i++) {
    const k = shingle(words, i, n);
    const prev = seen.get(k);
    if (prev !== undefined && i - prev >= n && i - prev - n <= maxGap) {
      if (run && run.end === i - 1) run.end = i;
      else {
        flush();
        run = { start: i, first: prev, end: i };
      }
    } else {
      flush();
      if (prev === undefined) seen.set(k, i);
    }
  }
  flush();
  return out;
}

function within(corpus: Corpus, n: number, maxGap: number): RawFinding[] {
  return corpus.documents.flatMap((doc) => {
    const id = doc.record.id;
    // A headline restated in the lead is how news is written, not a passage printed twice.
    const title = doc.record.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");
    const repeats = repeatsWithin(proseWords(corpus, doc), n, maxGap).filter((r) => !title.includes(r.text));
    return repeats.map((r) => ({
      subject: id,
      key: `within|${r.againLine}|${r.text.slice(0, 40)}`,
      message: `${id} prints the passage "${r.text}" at line ${r.firstLine} and again at line ${r.againLine}.`,
      values: [
        {
          value: r.text,
          refs: [
            { document: id, source: r.firstLine },
            { document: id, source: r.againLine },
          ],
        },
      ],
      refs: [
        { document: id, source: r.firstLine },
        { document: id, source: r.againLine },
      ],
    }));
  });
}

/** Pairs of documents sharing at least `minShared` runs of `n` words, with the first shared line of each. */
type Pair = { a: string; b: string; count: number; lineA: number; lineB: number };
const pairCache = new WeakMap<Corpus, Map<string, Pair[]>>();

/** Shared-passage pairs, computed once per corpus and parameters (the report context asks again). */
export function sharedPassagePairs(corpus: Corpus, n: number, minShared: number, maxSharers = 25): Pair[] {
  const key = `${n}|${minShared}|${maxSharers}`;
  const cached = pairCache.get(corpus)?.get(key);
  if (cached) return cached;
  const pairs = computePairs(corpus, n, minShared, maxSharers);
  pairCache.set(corpus, (pairCache.get(corpus) ?? new Map<string, Pair[]>()).set(key, pairs));
  return pairs;
}

/** A 53-bit hash of a string (two 32-bit FNV-1a variants): shingles stored as numbers, not strings. */
function hash53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

const LINE = 0x200000; // packs (document index, line) into one number; lines stay below 2^21

// A Map holds at most 2^24 entries; a large corpus has more distinct shingles, so they are spread
// over shards by hash.
const SHARDS = 64;
const shardsOf = <V>(): Map<number, V>[] => Array.from({ length: SHARDS }, () => new Map<number, V>());

function computePairs(corpus: Corpus, n: number, minShared: number, maxSharers: number): Pair[] {
  // Memory matters at 500,000 claims: one number per shingle, a list only for shingles seen twice.
  const firstShards = shardsOf<number>();
  const moreShards = shardsOf<number[]>();
  const docs = [...corpus.documents].sort((x, y) => compareText(x.record.id, y.record.id));
  docs.forEach((doc, d) => {
    const words = proseWords(corpus, doc);
    const mine = new Set<number>();
    for (let i = 0; i + n <= words.length; i++) {
      const h = hash53(shingle(words, i, n));
      if (mine.has(h)) continue;
      mine.add(h);
      const packed = d * LINE + (words[i]?.line ?? 0);
      const first = firstShards[h % SHARDS] as Map<number, number>;
      const more = moreShards[h % SHARDS] as Map<number, number[]>;
      if (!first.has(h)) first.set(h, packed);
      else {
        const list = more.get(h) ?? [];
        if (list.length <= maxSharers) list.push(packed);
        more.set(h, list);
      }
    }
  });
  const ids = docs.map((d) => d.record.id);
  const pairs = new Map<number, Pair>();
  for (const more of moreShards)
    for (const [h, rest] of more) {
      // Pairs grow with the square of the sharers; boilerplate shared by many says nothing about copying.
      const owners = [firstShards[h % SHARDS]?.get(h) ?? 0, ...rest];
      if (owners.length > maxSharers) continue;
      for (let i = 0; i < owners.length; i++)
        for (let j = i + 1; j < owners.length; j++) {
          const [x, y] = [owners[i] ?? 0, owners[j] ?? 0];
          const [da, db] = [Math.floor(x / LINE), Math.floor(y / LINE)];
          const key = da * ids.length + db;
          const p = pairs.get(key) ?? { a: ids[da] ?? "", b: ids[db] ?? "", count: 0, lineA: x % LINE, lineB: y % LINE };
          p.count++;
          // The earliest shared line of each, whatever order the shingles were met in.
          p.lineA = Math.min(p.lineA, x % LINE);
          p.lineB = Math.min(p.lineB, y % LINE);
          pairs.set(key, p);
        }
    }
  return [...pairs.values()].filter((p) => p.count >= minShared).sort((x, y) => compareText(x.a, y.a) || compareText(x.b, y.b));
}

function across(corpus: Corpus, n: number, minShared: number, maxSharers: number): RawFinding[] {
  return sharedPassagePairs(corpus, n, minShared, maxSharers).map((p) => ({
    subject: `${p.a} / ${p.b}`,
    key: "across",
    message: `${p.a} and ${p.b} share ${p.count} runs of ${n} words (first at lines ${p.lineA} and ${p.lineB}): one reproduces text of the other or both of a common source.`,
    values: [
      {
        value: p.count,
        refs: [
          { document: p.a, source: p.lineA },
          { document: p.b, source: p.lineB },
        ],
      },
    ],
    refs: [
      { document: p.a, source: p.lineA },
      { document: p.b, source: p.lineB },
    ],
  }));
}

export const duplicatedPassage = defineCheck({
  meta: {
    id: "duplicated-passage",
    description: "A passage printed twice inside one document; separately, passages shared between documents (which documents copy which).",
    docs: "docs/rules/duplicated-passage.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    return o.scope === "within" ? within(corpus, o.words, o.maxGap) : across(corpus, o.words, o.minShared, o.maxSharers);
  },
});
