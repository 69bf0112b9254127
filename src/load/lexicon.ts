import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { decodeTrie } from "cspell-trie-lib";
import type { Lexicon } from "../model/corpus.js";

/**
 * A lexicon over a sorted, newline-separated word list, searched in place by binary search over
 * character positions: loading is one file read, with no set or index built.
 */
export function sortedLexicon(text: string): Lexicon {
  const NL = 10;
  /** Compares the word starting at `start` with `w` in code-unit order, without copying it. */
  const compareAt = (start: number, w: string): number => {
    for (let i = 0; ; i++) {
      const a = start + i < text.length ? text.charCodeAt(start + i) : NL;
      const b = i < w.length ? w.charCodeAt(i) : NL;
      if (a === NL || b === NL || a !== b) return a === b ? 0 : a === NL ? -1 : b === NL ? 1 : a - b;
    }
  };
  return {
    has(lower) {
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        // lo and hi are line starts; the line holding the midpoint starts in [lo, mid].
        const start = text.lastIndexOf("\n", ((lo + hi) >> 1) - 1) + 1;
        const c = compareAt(start, lower);
        if (c === 0) return true;
        if (c < 0) {
          const nl = text.indexOf("\n", start);
          if (nl === -1) return false;
          lo = nl + 1;
        } else hi = start;
      }
      return false;
    },
  };
}

/** A lexicon of the given words (tests and small corpora). */
export function lexiconOf(words: Iterable<string>): Lexicon {
  const set = new Set([...words].map((w) => w.toLowerCase()));
  return { has: (lower) => set.has(lower) };
}

const require = createRequire(import.meta.url);
/** The community-maintained dictionaries read: US and British English, from cspell's packages. */
const DICTIONARIES = ["@cspell/dict-en_us/en_US.trie.gz", "@cspell/dict-en-gb/en_GB.trie.gz"];

/** The folder of a dictionary package (they export only their cspell-ext.json). */
function packageDir(spec: string): string {
  const [scope = "", name = ""] = spec.split("/");
  return dirname(require.resolve(`${scope}/${name}/cspell-ext.json`));
}

const packageFile = (spec: string): string => join(packageDir(spec), spec.split("/")[2] ?? "");

function versionOf(spec: string): string {
  return (JSON.parse(readFileSync(join(packageDir(spec), "package.json"), "utf8")) as { version: string }).version;
}

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

function cachePath(): string {
  const versions = DICTIONARIES.map(versionOf).join("-");
  return join(packageDir(DICTIONARIES[0] ?? ""), "..", "..", ".cache", "corpus-check", `english-${versions}.txt`);
}

/** Writes the cached word list if it is missing; returns its path. */
export function ensureEnglishWordList(): string {
  const path = cachePath();
  if (existsSync(path)) return path;
  const text = buildEnglishWordList();
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  return path;
}

let english: Lexicon | undefined;

/** US and British English, loaded on first lookup (a check that never asks costs nothing). */
export function englishLexicon(): Lexicon {
  return {
    has(lower) {
      english ??= sortedLexicon(readFileSync(ensureEnglishWordList(), "utf8"));
      return english.has(lower);
    },
  };
}
