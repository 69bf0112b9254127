import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { pageHeaderLines } from "../extract/page-headers.js";
import { compareText } from "../text/normalize.js";
import { passageAt } from "../text/passage.js";
import { shingle, wordsOf, type Word } from "../text/shingles.js";

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

/** A document's words without its page headers, in order. */
export function documentWords(doc: LoadedDocument, lines: readonly string[]): Word[] {
  const { first, last } = doc.record.source;
  const headers = pageHeaderLines(lines);
  // Only the document's own lines; page headers and bare URL lines are not prose.
  const body = lines.slice(first - 1, last).map((l, i) => (headers.has(first + i) || /^\s*(https?:\/\/|www\.)\S*\s*$/.test(l) ? "" : l));
  const start = body.findIndex((l) => l.trim() !== "");
  if (start === -1) return [];
  return wordsOf(passageAt(body, start + 1, body.length)).map((w) => ({ word: w.word, line: w.line + first - 1 }));
}

interface Repeat {
  text: string;
  firstLine: number;
  againLine: number;
}

/** Runs of n-word windows seen before (at least n words earlier), merged into passages. */
function repeatsWithin(words: Word[], n: number, maxGap: number): Repeat[] {
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
    const repeats = repeatsWithin(documentWords(doc, corpus.sources.get(doc.record.source.file) ?? []), n, maxGap).filter((r) => !title.includes(r.text));
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

function computePairs(corpus: Corpus, n: number, minShared: number, maxSharers: number): Pair[] {
  const owners = new Map<string, Map<string, number>>();
  for (const doc of corpus.documents) {
    const words = documentWords(doc, corpus.sources.get(doc.record.source.file) ?? []);
    for (let i = 0; i + n <= words.length; i += 1) {
      const k = shingle(words, i, n);
      const m = owners.get(k) ?? new Map<string, number>();
      if (!m.has(doc.record.id)) m.set(doc.record.id, words[i]?.line ?? 0);
      owners.set(k, m);
    }
  }
  const pairs = new Map<string, { a: string; b: string; count: number; lineA: number; lineB: number }>();
  for (const m of owners.values()) {
    // Pairs grow with the square of the sharers; boilerplate shared by many says nothing about copying.
    if (m.size < 2 || m.size > maxSharers) continue;
    const ids = [...m.keys()].sort(compareText);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] ?? "";
        const b = ids[j] ?? "";
        const p = pairs.get(`${a}|${b}`) ?? { a, b, count: 0, lineA: m.get(a) ?? 0, lineB: m.get(b) ?? 0 };
        p.count++;
        pairs.set(`${a}|${b}`, p);
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
