import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** A table of lower-cased words and their values, looked up in place. */
export interface SortedTable {
  get(key: string): string | undefined;
}

const TAB = 9;
const NL = 10;

/**
 * A table over sorted "key<TAB>value" lines, searched in place by binary search over character
 * positions: loading it is one file read, with no object or index built.
 */
export function sortedTable(text: string): SortedTable {
  /** Compares the key of the line starting at `start` with `w` in code-unit order, without copying it. */
  const compareAt = (start: number, w: string): number => {
    for (let i = 0; ; i++) {
      const c = start + i < text.length ? text.charCodeAt(start + i) : NL;
      const a = c === TAB ? NL : c;
      const b = i < w.length ? w.charCodeAt(i) : NL;
      if (a === NL || b === NL || a !== b) return a === b ? 0 : a === NL ? -1 : b === NL ? 1 : a - b;
    }
  };
  return {
    get(key) {
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        // lo and hi are line starts; the line holding the midpoint starts in [lo, mid].
        const start = text.lastIndexOf("\n", ((lo + hi) >> 1) - 1) + 1;
        const c = compareAt(start, key);
        const nl = text.indexOf("\n", start);
        const end = nl === -1 ? text.length : nl;
        if (c === 0) return text.slice(start + key.length + 1, end);
        if (c < 0) lo = end + 1;
        else hi = start;
      }
      return undefined;
    },
  };
}

const require = createRequire(import.meta.url);
const PACKAGE = "en-lexicon";

/** The lexicon of the en-pos tagger: a word's Penn Treebank tags, "|"-separated ("NN|VB"). */
function wordTags(): Readonly<Record<string, string>> {
  return (require(PACKAGE) as { lexicon: Record<string, string> }).lexicon;
}

/**
 * en-lexicon as sorted "word<TAB>tags" lines. The package is a 2.6 MB JavaScript object literal
 * that takes about 0.3 s to compile and run at every start; the lines are read in milliseconds.
 * A word holding a tab or a line break could not be a line: none does, and one would be left out.
 */
export function buildWordTagTable(): string {
  const tags = wordTags();
  return Object.keys(tags)
    .filter((w) => !/[\t\n]/.test(w) && !/\n/.test(tags[w] ?? ""))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((w) => `${w}\t${tags[w] ?? ""}`)
    .join("\n");
}

function cachePath(): string {
  const dir = join(dirname(require.resolve(PACKAGE)), "..");
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
  return join(dir, "..", ".cache", "corpus-check", `word-tags-${version}.txt`);
}

/** Writes the table for the installed en-lexicon if it is missing (at install, or on first use); returns its path. */
export function ensureWordTagTable(path = cachePath()): string {
  if (existsSync(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  // Written aside and renamed, so a run that starts meanwhile never reads half a table.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, buildWordTagTable());
  renameSync(tmp, path);
  return path;
}

let table: SortedTable | undefined;

/** en-lexicon's tags by lower-cased word, read on first lookup from the cached table. */
export function wordTagTable(): SortedTable {
  return {
    get(word) {
      table ??= sortedTable(readFileSync(ensureWordTagTable(), "utf8"));
      return table.get(word);
    },
  };
}
