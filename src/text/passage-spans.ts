import { POS } from "./shingle-index.js";

/** A stretch of words two documents share: where it starts in each, and its length in words. */
export interface Run {
  a: number;
  b: number;
  words: number;
}

/**
 * Maximal spans from matched windows (packed `posA * POS + posB`): windows on one diagonal, each
 * starting at most one word after the last, merged into one span of words.
 */
export function spansOf(matches: readonly number[], n: number): Run[] {
  const pts = matches.map((m) => ({ a: Math.floor(m / POS), b: m % POS })).sort((x, y) => x.b - x.a - (y.b - y.a) || x.a - y.a);
  const out: Run[] = [];
  let cur: Run | undefined;
  for (const p of pts) {
    if (cur && p.b - p.a === cur.b - cur.a && p.a <= cur.a + cur.words - n + 1) cur.words = Math.max(cur.words, p.a - cur.a + n);
    else {
      cur = { a: p.a, b: p.b, words: n };
      out.push(cur);
    }
  }
  return out;
}

/** How a shared word counts: stock wording (0), evidence of reuse (1), a quotation both print (2). */
export type WordClass = 0 | 1 | 2;

/** Splits a span into runs of at least `n` words of one class; stock words belong to no run. */
export function runsOf(span: Run, classOf: (a: number, b: number) => WordClass, n: number): { evidence: Run[]; quoted: Run[] } {
  const out = { evidence: [] as Run[], quoted: [] as Run[] };
  let start = 0;
  for (let k = 1; k <= span.words; k++) {
    const cls = classOf(span.a + start, span.b + start);
    if (k < span.words && classOf(span.a + k, span.b + k) === cls) continue;
    if (k - start >= n && cls !== 0) (cls === 1 ? out.evidence : out.quoted).push({ a: span.a + start, b: span.b + start, words: k - start });
    start = k;
  }
  return out;
}
