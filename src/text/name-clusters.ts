import type { Corpus } from "../model/corpus.js";
import { nearMiss } from "./near-miss.js";
import type { OcrConfusion } from "./edits.js";
import { keyConfusions, MIN_JOINED, nameCost, sameName } from "./name-distance.js";
import { nameWords, type NameWord } from "./spelling.js";
import { transliterationKey } from "./transliteration.js";
import { addTo } from "../model/multimap.js";
import { compareText } from "./normalize.js";

export interface NameCluster {
  /** Spellings ordered by uses, then code point: no spelling is preferred. */
  spellings: NameWord[];
  /** Whether every spelling is a word of an entity alias (the alias registry already knows them). */
  registered: boolean;
}

/** The keys one edit from a key (deletions): two keys within one edit share one of these. */
function deletions(key: string): string[] {
  return [key, ...Array.from({ length: key.length }, (_, i) => key.slice(0, i) + key.slice(i + 1))];
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
  return i;
}

/** Words of entity aliases, lower-cased: "Nagorno-Karabakh" gives "nagorno" and "karabakh". */
export function aliasWords(corpus: Corpus): Set<string> {
  const out = new Set<string>();
  for (const e of corpus.entities.values()) for (const a of e.aliases) for (const w of a.toLowerCase().split(/[\s-]+/)) out.add(w);
  return out;
}

/**
 * Groups candidate names that read as one name: one transliteration key, or keys one edit apart
 * that `sameName` joins (six letters or more, the same first letter; a vowel, g/h or a scanner's
 * look-alike anywhere, any other edit only with the last letter kept, so "Aliyev" and "Aliyeva", a
 * surname and its feminine form, stay apart). Near misses of an alias are left to the
 * probable-typo rule. Linear: neighbours are found through shared deletion keys, not pairwise.
 */
export function nameClusters(corpus: Corpus, nearMissEdits = 2, nearMissLength = 5): NameCluster[] {
  const aliases = aliasWords(corpus);
  const aliasList = [...aliases];
  const words = nameWords(corpus).filter((w) => aliases.has(w.lower) || !nearMiss(w.lower, aliasList, nearMissEdits, nearMissLength));
  const keys = words.map((w) => transliterationKey(w.lower));
  const parent = words.map((_, i) => i);
  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => {
    for (const d of k.length >= MIN_JOINED ? deletions(k) : [k]) addTo(byKey, d, i);
  });
  const ocr = keyConfusions(corpus.confusions.characters);
  // Buckets are small (a handful of words share a deletion key), so pairs within one are few.
  for (const members of byKey.values()) {
    members.forEach((i, n) => {
      for (const j of members.slice(n + 1)) {
        if (sameName(keys[i] ?? "", keys[j] ?? "", ocr)) parent[find(parent, j)] = find(parent, i);
      }
    });
  }
  const groups = new Map<number, NameWord[]>();
  words.forEach((w, i) => {
    addTo(groups, find(parent, i), w);
  });
  return [...groups.values()]
    .filter((g) => g.length >= 2)
    .map((g) => ({
      spellings: g.sort((a, b) => b.uses.length - a.uses.length || compareText(a.printed, b.printed)),
      registered: g.every((w) => aliases.has(w.lower)),
    }))
    .sort((a, b) => compareText(a.spellings[0]?.lower ?? "", b.spellings[0]?.lower ?? ""));
}

/**
 * The spellings of a cluster that transliterate another of it (one key, or keys half an edit apart:
 * a vowel, g/h, a scanner's look-alike); the rest are joined by a full edit only, no known form.
 * `ocr` as `keyConfusions` folds it.
 */
export function transliterated<T extends { lower: string }>(spellings: readonly T[], ocr: readonly OcrConfusion[]): T[] {
  const keys = spellings.map((w) => transliterationKey(w.lower));
  const near = keys.map((key, i) => keys.some((k, j) => j !== i && nameCost(key, k, ocr) <= 0.5));
  return spellings.filter((_, i) => near[i]);
}
