// Words are compared with ===: lower-cased strings, or the numbers that stand for them.

/** Words of two copies of one passage that differ: [from, to) word indexes in each copy (either may be empty). */
export interface WordChange {
  a: [number, number];
  b: [number, number];
}

export interface DiffOptions {
  /** Words a change may span in either copy: more, and the copies have parted ways. */
  maxChange: number;
  /** Equal words in a row after a change that show the copies run together again. */
  resync: number;
}

function equalRun<W>(a: ArrayLike<W>, b: ArrayLike<W>, ia: number, ib: number, n: number): boolean {
  if (ia + n > a.length || ib + n > b.length) return false;
  for (let k = 0; k < n; k++) if (a[ia + k] !== b[ib + k]) return false;
  return true;
}

/** The smallest change (fewest words in all, then fewest in `a`) after which the copies run `resync` words together again. */
function resyncAt<W>(a: ArrayLike<W>, b: ArrayLike<W>, ia: number, ib: number, o: DiffOptions): [number, number] | undefined {
  for (let t = 1; t <= 2 * o.maxChange; t++)
    for (let i = Math.max(0, t - o.maxChange); i <= Math.min(t, o.maxChange); i++) if (equalRun(a, b, ia + i, ib + t - i, o.resync)) return [i, t - i];
  return undefined;
}

/**
 * Walks two copies forward from a place where they agree (`ia`, `ib`: the first words after a shared
 * run) and returns each small change after which they agree again, until they end or part ways.
 */
export function changesAfter<W>(a: ArrayLike<W>, b: ArrayLike<W>, ia: number, ib: number, o: DiffOptions): WordChange[] {
  const out: WordChange[] = [];
  for (;;) {
    while (ia < a.length && ib < b.length && a[ia] === b[ib]) [ia, ib] = [ia + 1, ib + 1];
    if (ia >= a.length || ib >= b.length) return out;
    const step = resyncAt(a, b, ia, ib, o);
    if (!step) return out;
    out.push({ a: [ia, ia + step[0]], b: [ib, ib + step[1]] });
    [ia, ib] = [ia + step[0], ib + step[1]];
  }
}

/** A run of words two copies share: where it starts in each, and its length. */
export interface SharedRun {
  a: number;
  b: number;
  words: number;
}

/**
 * The changes next to shared runs, walking out of each run both ways (backwards over the reversed
 * copies, read once), each change once, in the order of the first copy.
 */
export function changesAround<W>(a: ArrayLike<W>, b: ArrayLike<W>, runs: readonly SharedRun[], o: DiffOptions): WordChange[] {
  const [ra, rb] = [Array.from(a).reverse(), Array.from(b).reverse()];
  const flip = ([from, to]: [number, number], n: number): [number, number] => [n - to, n - from];
  const found = new Map<string, WordChange>();
  const keep = (c: WordChange): void => {
    found.set(`${c.a.join()}|${c.b.join()}`, c);
  };
  for (const r of runs) {
    changesAfter(a, b, r.a + r.words, r.b + r.words, o).forEach(keep);
    for (const c of changesAfter(ra, rb, a.length - r.a, b.length - r.b, o)) keep({ a: flip(c.a, a.length), b: flip(c.b, b.length) });
  }
  return [...found.values()].sort((x, y) => x.a[0] - y.a[0] || x.b[0] - y.b[0]);
}
