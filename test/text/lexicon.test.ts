import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { englishLexicon, ensureEnglishWordList, sortedLexicon } from "../../src/load/lexicon.js";

describe("the sorted word list", () => {
  it("answers as a set of its words would (property)", () => {
    const word = fc.stringMatching(/^[a-e']{1,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), (words, probes) => {
        const lex = sortedLexicon([...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join("\n"));
        return [...words, ...probes].every((p) => lex.has(p) === words.includes(p));
      }),
    );
  });

  it("knows US and British spellings and the corpus's everyday words, and refuses its typos", () => {
    const en = englishLexicon();
    expect(["colour", "color", "organise", "organize", "genocide", "ceasefire", "massacre", "azerbaijan's"].every((w) => en.has(w))).toBe(true);
    expect(["ceacefire", "sattement", "orginizers", "mountaneous", "havebeen"].some((w) => en.has(w))).toBe(false);
  }, 60_000);

  it("is built by a process of its own when missing, the same list as the cached one", () => {
    const dir = mkdtempSync(join(tmpdir(), "english-"));
    try {
      const path = join(dir, "cache", "english.txt");
      expect(ensureEnglishWordList(path)).toBe(path);
      expect(readFileSync(path, "utf8")).toBe(readFileSync(ensureEnglishWordList(), "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
