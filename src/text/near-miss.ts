import { distance } from "fastest-levenshtein";
import { foldLookalikes } from "./scripts.js";

/**
 * The known spelling a word nearly is: within `maxDistance` edits and a third of its length, with
 * the same first letter (look-alike letters folded). Shared by the probable-typo and name rules so
 * a word one reports is not reported by the other.
 */
export function nearMiss(word: string, known: readonly string[], maxDistance: number, minLength: number): string | undefined {
  const lower = foldLookalikes(word).toLowerCase();
  if (word.length < minLength || /\d/.test(word)) return undefined;
  return known.find(
    (k) => k[0] === lower[0] && Math.abs(k.length - lower.length) <= maxDistance && distance(k, lower) <= Math.min(maxDistance, Math.floor(k.length / 3)),
  );
}
