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
