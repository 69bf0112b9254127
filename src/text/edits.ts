const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/** Every string one edit (delete, swap of neighbours, replace, insert) from a lower-cased word. */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    // Stryker disable next-line ConditionalExpression: at the end of the word this "edit" is the word itself, deleted below
    if (tail) out.add(head + tail.slice(1));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a swap with fewer than two letters left is the word itself, deleted below
    if (tail.length > 1) out.add(head + (tail[1] ?? "") + (tail[0] ?? "") + tail.slice(2));
    for (const c of ALPHABET) {
      // Stryker disable next-line ConditionalExpression: at the end of the word a replacement is the insertion on the next line
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
}

/** The two-word readings of a word run together ("ofthe" as "of the"), longest shorter part first. */
export function splits(word: string, minPart = 2): [string, string][] {
  const out: [string, string][] = [];
  for (let i = minPart; i <= word.length - minPart; i++) out.push([word.slice(0, i), word.slice(i)]);
  return out.sort((a, b) => Math.min(b[0].length, b[1].length) - Math.min(a[0].length, a[1].length) || a[0].length - b[0].length);
}

// QWERTY rows: a key's neighbours are the keys beside it and the two above and below it.
const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

function keyboardNeighbours(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (a: string | undefined, b: string | undefined): void => {
    if (!a || !b) return;
    out.set(a, (out.get(a) ?? new Set()).add(b));
    out.set(b, (out.get(b) ?? new Set()).add(a));
  };
  ROWS.forEach((row, r) => {
    // Each row sits half a key to the right of the one above it.
    for (let i = 0; i < row.length; i++) {
      add(row[i], row[i + 1]);
      const below = ROWS[r + 1] ?? "";
      add(row[i], below[i - 1]);
      add(row[i], below[i]);
    }
  });
  return out;
}

const KEYS = keyboardNeighbours();

/** Characters a scanner prints for others (rn for m), each pair read both ways. */
export interface OcrConfusion {
  printed: string;
  read: string;
}

/** What one damaging operation costs when it is a likely slip (a neighbouring key, a look-alike, a doubled letter, a swap). */
const LIKELY = 0.5;

/**
 * How well `candidate` explains the damaged word `typed`: a distance in edits (insert, delete,
 * substitute, swap neighbours) where likely slips cost half an edit: a key beside the intended one,
 * an OCR confusion (single letters or groups such as rn for m), a letter doubled or undoubled, two
 * neighbours swapped. The lower, the better the candidate explains the damage.
 */
export function damageCost(typed: string, candidate: string, ocr: readonly OcrConfusion[] = []): number {
  const [a, b] = [typed.toLowerCase(), candidate.toLowerCase()];
  const pairs = ocr.flatMap((c) => [c, { printed: c.read, read: c.printed }]);
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const [x, y] = [a[i - 1] ?? "", b[j - 1] ?? ""];
      const sub = x === y ? 0 : KEYS.get(x)?.has(y) || pairs.some((p) => p.printed === x && p.read === y) ? LIKELY : 1;
      // A letter typed twice, or once where it is doubled, is a likely slip.
      const del = x === a[i - 2] || x === a[i] ? LIKELY : 1;
      const ins = y === b[j - 2] || y === b[j] ? LIKELY : 1;
      let best = Math.min(at(i - 1, j - 1) + sub, at(i - 1, j) + del, at(i, j - 1) + ins);
      if (i > 1 && j > 1 && x === b[j - 2] && y === a[i - 2] && x !== y) best = Math.min(best, at(i - 2, j - 2) + LIKELY);
      for (const p of pairs)
        if (p.printed.length + p.read.length > 2 && a.slice(0, i).endsWith(p.printed) && b.slice(0, j).endsWith(p.read))
          best = Math.min(best, at(i - p.printed.length, j - p.read.length) + LIKELY);
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}
