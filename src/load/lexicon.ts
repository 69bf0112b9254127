import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
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
export const DICTIONARIES = ["@cspell/dict-en_us/en_US.trie.gz", "@cspell/dict-en-gb/en_GB.trie.gz"];

/** The folder of a dictionary package (they export only their cspell-ext.json). */
function packageDir(spec: string): string {
  const [scope = "", name = ""] = spec.split("/");
  return dirname(require.resolve(`${scope}/${name}/cspell-ext.json`));
}

/** A dictionary's trie file. */
export const packageFile = (spec: string): string => join(packageDir(spec), spec.split("/")[2] ?? "");

function versionOf(spec: string): string {
  return (JSON.parse(readFileSync(join(packageDir(spec), "package.json"), "utf8")) as { version: string }).version;
}

function cachePath(): string {
  const versions = DICTIONARIES.map(versionOf).join("-");
  return join(packageDir(DICTIONARIES[0] ?? ""), "..", "..", ".cache", "corpus-check", `english-${versions}.txt`);
}

/**
 * Writes the cached word list if it is missing; returns its path. Building it is a process of its
 * own (english-word-list.ts), so the trie decoder is never loaded by a run that finds the list.
 */
export function ensureEnglishWordList(path = cachePath()): string {
  if (existsSync(path)) return path;
  // From src/load/, dist/load/ or the bundle in dist/cli/: each one level below the root or dist/.
  const builder = fileURLToPath(new URL(`../load/english-word-list.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`, import.meta.url));
  // Running the TypeScript sources (tests, tsx), the builder is TypeScript too.
  const loader = builder.endsWith(".ts") ? ["--import", "tsx"] : [];
  execFileSync(process.execPath, [...loader, builder, path], { stdio: ["ignore", "ignore", "inherit"] });
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
