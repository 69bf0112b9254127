import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildWordTagTable, ensureWordTagTable, sortedTable } from "../src/load/word-tag-table.js";

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe("the sorted table", () => {
  it("answers as a map of its lines would (property)", () => {
    const key = fc.stringMatching(/^[a-e'_]{1,6}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(key, fc.stringMatching(/^[A-Z|]{0,5}$/)), { maxLength: 40, selector: ([k]) => k }),
        fc.array(key, { maxLength: 20 }),
        (rows, probes) => {
          const table = sortedTable(
            [...rows]
              .sort(([a], [b]) => byCodeUnit(a, b))
              .map(([k, v]) => `${k}\t${v}`)
              .join("\n"),
          );
          const map = new Map(rows);
          return [...map.keys(), ...probes].every((p) => table.get(p) === map.get(p));
        },
      ),
    );
  });

  it("finds the first and the last line, and no key that is a prefix or an extension of one", () => {
    const table = sortedTable("a\tDT\nab\tNN\nabc\tJJ");
    expect(["a", "ab", "abc", "", "abcd", "b", "0"].map((k) => table.get(k))).toEqual(["DT", "NN", "JJ", undefined, undefined, undefined, undefined]);
  });
});

describe("en-lexicon as a sorted table", () => {
  const lexicon = (createRequire(import.meta.url)("en-lexicon") as { lexicon: Record<string, string> }).lexicon;
  const text = buildWordTagTable();
  const table = sortedTable(text);

  it("gives every word of en-lexicon its tags, and nothing for a word it lacks", () => {
    const words = Object.keys(lexicon);
    expect(words.length).toBeGreaterThan(100_000);
    expect(words.filter((w) => table.get(w) !== lexicon[w])).toEqual([]);
    expect(["constructor", "__proto__", "toString", "", "khojaly", "zzzzz"].map((w) => [w, table.get(w)])).toEqual(
      ["constructor", "__proto__", "toString", "", "khojaly", "zzzzz"].map((w) => [w, Object.hasOwn(lexicon, w) ? lexicon[w] : undefined]),
    );
  });

  it("is written once, aside and renamed, and read back as built", () => {
    const dir = mkdtempSync(join(tmpdir(), "word-tags-"));
    try {
      const path = join(dir, "cache", "word-tags.txt");
      expect(ensureWordTagTable(path)).toBe(path);
      expect(readFileSync(path, "utf8")).toBe(text);
      expect(ensureWordTagTable(path)).toBe(path);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
