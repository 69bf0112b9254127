/**
 * A 32-bit hash (FNV-1a) of `w` with the letter at `skip` left out (-1: none), read in place: the
 * index keys a word by itself and by each single deletion without making a string for any of them.
 */
export function hashWithout(w: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) if (i !== skip) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Words by themselves and by each single deletion (symmetric deletion: two words one edit apart
 * always share a key), as two columns: the words of each hash bucket, one after another, and where
 * each bucket starts. A bucket holds every word with a key of that hash, and words of other keys that
 * share it; `oneEdit` decides, so a shared bucket costs a comparison, never a wrong word.
 */
export function oneEditIndex(vocabulary: readonly string[]): (w: string) => string[] {
  let entries = 0;
  for (const v of vocabulary) entries += v.length + 1;
  // A power of two at least the entries: about one key a bucket. The size changes only how many
  // words share a bucket, never the answer.
  // Stryker disable next-line ArithmeticOperator,MethodExpression: see above
  const mask = 2 ** Math.ceil(Math.log2(entries + 1)) - 1;
  const starts = new Int32Array(mask + 2);
  const each = (v: string, f: (bucket: number) => void): void => {
    for (let skip = -1; skip < v.length; skip++) f(hashWithout(v, skip) & mask);
  };
  for (const v of vocabulary) each(v, (b) => (starts[b + 1] = (starts[b + 1] ?? 0) + 1));
  for (let b = 0; b <= mask; b++) starts[b + 1] = (starts[b + 1] ?? 0) + (starts[b] ?? 0);
  const filled = starts.slice(0, mask + 1);
  const words = new Int32Array(entries);
  vocabulary.forEach((v, id) => {
    each(v, (b) => (words[(filled[b] = (filled[b] ?? 0) + 1) - 1] = id));
  });
  return (w) => {
    const near = new Set<string>();
    each(w, (b) => {
      for (let k = starts[b] ?? 0; k < (starts[b + 1] ?? 0); k++) {
        const v = vocabulary[words[k] ?? 0] ?? "";
        if (oneEdit(w, v)) near.add(v);
      }
    });
    return [...near].sort();
  };
}

/** Exactly one insertion, deletion, substitution or swap of adjacent letters apart. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
