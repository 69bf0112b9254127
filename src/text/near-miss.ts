import { distance } from "fastest-levenshtein";
import { damageCost, type OcrConfusion } from "./edits.js";
import { foldLookalikes } from "./scripts.js";

/**
 * The known spelling a word nearly is: within `maxDistance` edits and a third of its length, with
 * the same first letter (look-alike letters folded). Shared by the probable-typo and name rules so
 * a word one reports is not reported by the other.
 */
export function nearMiss(word: string, known: readonly string[], maxDistance: number, minLength: number): string | undefined {
  return nearMisses(word, known, maxDistance, minLength)[0];
}

function nearMisses(word: string, known: readonly string[], maxDistance: number, minLength: number): string[] {
  const lower = foldLookalikes(word).toLowerCase();
  if (word.length < minLength || /\d/.test(word)) return [];
  return known.filter(
    (k) => k[0] === lower[0] && Math.abs(k.length - lower.length) <= maxDistance && distance(k, lower) <= Math.min(maxDistance, Math.floor(k.length / 3)),
  );
}

/**
 * The near miss that explains the damage best (see `damageCost`) with every near miss that explains
 * it as well: one when the word reads as one known spelling, several when it is ambiguous.
 */
export function closestNearMisses(word: string, known: readonly string[], maxDistance: number, minLength: number, ocr: readonly OcrConfusion[]): string[] {
  const lower = word.toLowerCase();
  const scored = nearMisses(word, known, maxDistance, minLength).map((k) => ({ k, cost: damageCost(lower, k, ocr) }));
  const best = Math.min(...scored.map((s) => s.cost));
  return scored.filter((s) => s.cost === best).map((s) => s.k);
}
