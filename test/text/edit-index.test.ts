import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashWithout, oneEdit, oneEditIndex } from "../../src/text/edit-index.js";

describe("edit index", () => {
  it("hashes a word with one letter left out as the shorter word itself, any letter, and nothing left out past the end", () => {
    expect(hashWithout("abc", 0)).toBe(hashWithout("bc", -1));
    expect(hashWithout("abc", 1)).toBe(hashWithout("ac", -1));
    expect(hashWithout("abc", 2)).toBe(hashWithout("ab", -1));
    expect(hashWithout("abc", 3)).toBe(hashWithout("abc", -1));
    expect(hashWithout("abc", -1)).not.toBe(hashWithout("abd", -1));
    expect(hashWithout("ab", -1)).not.toBe(hashWithout("ba", -1));
    // FNV-1a's published value for "a", as an unsigned number.
    expect(hashWithout("a", -1)).toBe(0xe40c292c);
  });

  it("finds the words one edit away, sorted, never the word itself", () => {
    const near = oneEditIndex(["form", "from", "farm", "forms", "for", "fro", "storm", "firm", "form"]);
    expect(near("form")).toEqual(["farm", "firm", "for", "forms", "from"]);
    expect(near("fxrm")).toEqual(["farm", "firm", "form"]);
    expect(near("zzzz")).toEqual([]);
    expect(oneEditIndex([])("form")).toEqual([]);
  });

  it("equals every word of the vocabulary one edit away, on random vocabularies", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, (vocabulary, w) => {
        const expected = vocabulary.filter((v) => oneEdit(w, v)).sort();
        expect(oneEditIndex(vocabulary)(w)).toEqual(expected);
        for (const v of vocabulary) expect(oneEditIndex(vocabulary)(v)).toEqual(vocabulary.filter((x) => oneEdit(v, x)).sort());
      }),
      { numRuns: 150 },
    );
  });
});
