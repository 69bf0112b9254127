import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus, type LoadResult } from "../src/load/corpus.js";
import { builtRecordCache, openRecordCache, pruneRecordCaches, type RecordCache } from "../src/load/record-cache.js";
import { miniCopy, NEWS, news } from "./helpers/fixture.js";

const ROOT = join(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "record-cache-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
let n = 0;
const freshPath = (): string => join(scratch, `cache-${++n}`, "records.bin");

/** A cache that counts what it answered. */
function counting(cache: RecordCache): RecordCache & { hits: number; misses: number } {
  const c = {
    hits: 0,
    misses: 0,
    get(key: string, text: string): unknown {
      const v = cache.get(key, text);
      if (v === undefined) c.misses++;
      else c.hits++;
      return v;
    },
    set: (key: string, text: string, data: unknown): void => {
      cache.set(key, text, data);
    },
    save: (): void => {
      cache.save();
    },
  };
  return c;
}

/** Everything a load gives that a check reads, as plain data (the lexicon is a function of the dictionaries, not of the files). */
function plain(r: LoadResult): unknown {
  if (!r.ok) return r.errors;
  const c = r.corpus;
  const rules = c.rules.map((x) => ({ ...x, checkAt: x.checkAt, optionsAt: x.optionsAt }));
  return { ...c, lexicon: undefined, rules };
}

describe("the record cache", () => {
  it("gives back what was set under the same key and text, after a save, and nothing under another key or text", () => {
    const path = freshPath();
    const a = openRecordCache(path, "build 1");
    expect(a.get("document", "id: x\n")).toBeUndefined();
    a.set("document", "id: x\n", { id: "x", n: [1, -0, NaN] });
    a.save();
    const b = openRecordCache(path, "build 1");
    expect(b.get("document", "id: x\n")).toEqual({ id: "x", n: [1, -0, NaN] });
    expect(Object.is((b.get("document", "id: x\n") as { n: number[] }).n[1], -0)).toBe(true);
    expect(b.get("rules", "id: x\n")).toBeUndefined();
    expect(b.get("document", "id: y\n")).toBeUndefined();
  });

  it("is ignored when another build wrote it, or when it cannot be read", () => {
    const path = freshPath();
    const a = openRecordCache(path, "build 1");
    a.set("k", "t", 1);
    a.save();
    expect(openRecordCache(path, "build 2").get("k", "t")).toBeUndefined();
    writeFileSync(path, "not a cache");
    expect(openRecordCache(path, "build 1").get("k", "t")).toBeUndefined();
  });

  it("keeps only what the last run used, and is not rewritten when nothing changed", () => {
    const path = freshPath();
    const a = openRecordCache(path, "b");
    a.set("k", "one", 1);
    a.set("k", "two", 2);
    a.save();
    const b = openRecordCache(path, "b");
    expect(b.get("k", "one")).toBe(1);
    b.save();
    const c = openRecordCache(path, "b");
    expect([c.get("k", "one"), c.get("k", "two")]).toEqual([1, undefined]);
    const bytes = readFileSync(path);
    utimesSync(path, new Date(2000, 0, 1), new Date(2000, 0, 1));
    c.save();
    // Unchanged, so not rewritten; but marked as used, so the pruning of abandoned caches keeps it.
    expect(readFileSync(path)).toEqual(bytes);
    expect(statSync(path).mtimeMs).toBeGreaterThan(new Date(2020, 0, 1).getTime());
  });

  it("of corpora not checked for a week are removed, and nothing else is", () => {
    const dir = join(scratch, "prune");
    mkdirSync(dir);
    const now = Date.now();
    const files = { "records-0123456789abcdef.bin": 8, "records-fedcba9876543210.bin": 6, "english-1.txt": 30, "records-old.bin": 30 };
    for (const [f, days] of Object.entries(files)) {
      writeFileSync(join(dir, f), "");
      const t = new Date(now - days * 24 * 3600 * 1000);
      utimesSync(join(dir, f), t, t);
    }
    pruneRecordCaches(dir, now);
    expect(readdirSync(dir).sort()).toEqual(["english-1.txt", "records-fedcba9876543210.bin", "records-old.bin"]);
    expect(() => {
      pruneRecordCaches(join(dir, "missing"), now);
    }).not.toThrow();
  });

  it("is used only by a built tool, for a corpus with a node_modules folder of its own", () => {
    // These tests run the TypeScript sources: no build stamp, so no cache, wherever the corpus is.
    expect(builtRecordCache(ROOT)).toBeUndefined();
    expect(builtRecordCache(miniCopy())).toBeUndefined();
  });

  it("never throws when it cannot be written", () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "");
    const c = openRecordCache(join(file, "records.bin"), "b");
    c.set("k", "t", 1);
    expect(() => {
      c.save();
    }).not.toThrow();
  });
});

describe("a corpus loaded through the record cache", () => {
  it("is the corpus read from the files, on the first run (nothing cached) and the next (everything cached)", () => {
    const uncached = plain(loadCorpus(ROOT, undefined, undefined));
    const path = freshPath();
    const first = counting(openRecordCache(path, "b"));
    expect(plain(loadCorpus(ROOT, undefined, first))).toEqual(uncached);
    expect(first.hits).toBe(0);
    const next = counting(openRecordCache(path, "b"));
    expect(plain(loadCorpus(ROOT, undefined, next))).toEqual(uncached);
    expect(next.misses).toBe(0);
    expect(next.hits).toBe(first.misses);
  });

  it("reads a changed file again: a record broken since the last run is refused as without the cache", () => {
    const root = miniCopy();
    const path = freshPath();
    expect(loadCorpus(root, undefined, openRecordCache(path, "b")).ok).toBe(true);
    writeFileSync(join(root, NEWS), news().replace("issuer: Test agency", "issuer: Test agency\nauthor: X"));
    const cached = loadCorpus(root, undefined, openRecordCache(path, "b"));
    expect(plain(cached)).toEqual([{ file: NEWS, line: 6, col: 1, message: 'unknown field "author"' }]);
    expect(plain(cached)).toEqual(plain(loadCorpus(root, undefined, undefined)));
  });

  it("keeps a file's value apart per vocabulary: a term the archive drops is refused though the text is cached", () => {
    const root = miniCopy();
    const path = freshPath();
    expect(loadCorpus(root, undefined, openRecordCache(path, "b")).ok).toBe(true);
    writeFileSync(join(root, "data/registry/vocabulary.yaml"), "documentTypes: [decree]\n");
    const cached = loadCorpus(root, undefined, openRecordCache(path, "b"));
    expect(cached.ok).toBe(false);
    expect(plain(cached)).toContainEqual({ file: NEWS, line: 4, col: 7, message: "type must be one of: decree" });
    expect(plain(cached)).toEqual(plain(loadCorpus(root, undefined, undefined)));
  });
});
