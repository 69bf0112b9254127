import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { decodeTrie } from "cspell-trie-lib";
import { DICTIONARIES, packageFile } from "./lexicon.js";

/**
 * Expands the dictionaries' tries into one sorted list of lower-cased words. Decoding a trie takes
 * about a second, so this runs once per dictionary version (at install, or on first use) and the
 * list is cached; reading the list back takes milliseconds.
 */
export function buildEnglishWordList(): string {
  const words = new Set<string>();
  for (const spec of DICTIONARIES) {
    const trie = decodeTrie(gunzipSync(readFileSync(packageFile(spec))).toString("utf8"));
    for (const raw of trie.words()) {
      // "~" marks a case-folded copy; "!" forbidden and "+" compound markers are no words of their own.
      const w = raw.replace(/^~/, "");
      if (/^[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*$/u.test(w)) words.add(w.toLowerCase());
    }
  }
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join("\n");
}

/** Writes the word list to `path`, aside and renamed, so a run that starts meanwhile never reads half a list. */
export function writeEnglishWordList(path: string): void {
  const text = buildEnglishWordList();
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

// Run as a script (by ensureEnglishWordList) with the path to write.
const target = process.argv[2];
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href && target !== undefined) writeEnglishWordList(target);
