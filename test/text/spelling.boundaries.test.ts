import { describe, expect, it } from "vitest";
import type { EntityEntry } from "../../src/model/registry.js";
import type { Use } from "../../src/text/corpus-counts.js";
import { DEFAULTS, nameWords, unknownWords, usualForm, type SpellingOptions } from "../../src/text/spelling.js";
import { corpus, doc } from "../helpers/build-corpus.js";

const ENGLISH = ["the", "a", "it", "was", "town", "lawn", "plan", "long", "term", "of", "people", "have", "been", "we", "there", "nagorno"];
const LOOSE: SpellingOptions = { minRatio: 1, minCount: 1, minLength: 1 };

function textCorpus(lines: string[], entities: EntityEntry[] = []) {
  return corpus([doc("d", [], [1, lines.length])], { source: lines, english: ENGLISH, entities });
}

/** Each unknown word as [lower, printed, verdict]. */
const unknown = (lines: string[], o: SpellingOptions = LOOSE, entities: EntityEntry[] = []) =>
  unknownWords(textCorpus(lines, entities), o).map((u) => [u.lower, u.printed, u.verdict]);
const names = (lines: string[], o: SpellingOptions = LOOSE, entities: EntityEntry[] = []) => nameWords(textCorpus(lines, entities), o).map((n) => n.lower);

const use = (printed: string): Use => ({ document: "d", line: 1, col: 0, printed, skipped: false, at: 0 });

describe("usualForm", () => {
  it("the form printed most often, then the first in code-point order", () => {
    expect(usualForm(["Xa", "xa", "xa"].map(use))).toBe("xa");
    expect(usualForm(["xa", "Xa", "Xa"].map(use))).toBe("Xa");
    expect(usualForm(["b", "a"].map(use))).toBe("a");
    expect(usualForm(["a", "b"].map(use))).toBe("a");
    expect(usualForm([])).toBe("");
  });
});

describe("a capitalised unknown word one edit from a frequent dictionary word", () => {
  const lines = (tawn: number, town: number, lawn = 0) => [
    ...Array.from({ length: tawn }, () => "Tawn was there."),
    ...Array.from({ length: town }, () => "the town was there."),
    ...Array.from({ length: lawn }, () => "the lawn was there."),
  ];

  it("is a slip when the dictionary word is minRatio times as frequent, and a name one printing short", () => {
    expect(unknown(lines(2, 4), { ...LOOSE, minRatio: 2 })[0]?.[2]).toEqual({ kind: "unknown", suggestion: "town" });
    expect(unknown(lines(2, 3), { ...LOOSE, minRatio: 2 })[0]?.[2]).toEqual({ kind: "name" });
  });

  it("reads the most frequent word one edit away", () => {
    // town 3 times, lawn 2: at minRatio 3 only town is frequent enough.
    expect(unknown(lines(1, 3, 2), { ...LOOSE, minRatio: 3 })[0]?.[2]).toMatchObject({ kind: "unknown" });
    expect(unknown(lines(1, 2, 3), { ...LOOSE, minRatio: 3 })[0]?.[2]).toMatchObject({ kind: "unknown" });
    expect(unknown(lines(1, 2, 2), { ...LOOSE, minRatio: 3 })[0]?.[2]).toEqual({ kind: "name" });
  });

  it("needs minLength letters and minCount printings of the dictionary word", () => {
    expect(unknown(lines(1, 3), { ...LOOSE, minLength: 4 })[0]?.[2]).toMatchObject({ kind: "unknown" });
    expect(unknown(lines(1, 3), { ...LOOSE, minLength: 5 })[0]?.[2]).toEqual({ kind: "name" });
    expect(unknown(lines(1, 3), { ...LOOSE, minCount: 3 })[0]?.[2]).toMatchObject({ kind: "unknown" });
    expect(unknown(lines(1, 3), { ...LOOSE, minCount: 4 })[0]?.[2]).toEqual({ kind: "name" });
  });

  it("reads a word one letter longer or shorter, never two edits away", () => {
    expect(unknown(["Twn was there.", "the town was there."])[0]?.[2]).toMatchObject({ kind: "unknown" });
    expect(unknown(["Tiwn was there.", "the town was there."])[0]?.[2]).toMatchObject({ kind: "unknown" });
    expect(unknown(["Tiwx was there.", "the town was there."])[0]?.[2]).toEqual({ kind: "name" });
  });

  it("caches per options: another minLength on the same corpus gives its own answer", () => {
    const c = textCorpus(lines(1, 3));
    expect(unknownWords(c, { ...LOOSE, minLength: 4 })[0]?.verdict).toMatchObject({ kind: "unknown" });
    expect(unknownWords(c, { ...LOOSE, minLength: 5 })[0]?.verdict).toEqual({ kind: "name" });
    expect(unknownWords(c, { ...LOOSE, minLength: 5 })).toBe(unknownWords(c, { ...LOOSE, minLength: 5 }));
  });
});

describe("a lower-case unknown word", () => {
  it("is two words run together when both halves are English and printed in the corpus", () => {
    expect(unknown(["we havebeen there.", "we have been there."])).toEqual([["havebeen", "havebeen", { kind: "run-together", parts: ["have", "been"] }]]);
    expect(unknown(["we havebeen there.", "we have there."])).toEqual([["havebeen", "havebeen", { kind: "unknown" }]]);
    expect(unknown(["we havebeen there.", "we been there."])).toEqual([["havebeen", "havebeen", { kind: "unknown" }]]);
    expect(unknown(["we havexbeen there.", "we have been there."])).toEqual([["havexbeen", "havexbeen", { kind: "unknown" }]]);
  });

  it("is read as lower-case when printed capitalised only in some places", () => {
    expect(unknown(["Xyzzy was there.", "the xyzzy was there."])).toEqual([["xyzzy", "Xyzzy", { kind: "unknown" }]]);
    expect(names(["Xyzzy was there.", "the xyzzy was there."])).toEqual([]);
  });
});

describe("words broken at a line end", () => {
  it("a compound of two known halves is not reported, a break with an unknown half is", () => {
    expect(unknown(["it was a long-", "term plan"])).toEqual([]);
    expect(unknown(["it was a long-", "xterm plan"])).toEqual([["longxterm", "longxterm", { kind: "unknown" }]]);
    expect(unknown(["it was a lxng-", "term plan"])).toEqual([["lxngterm", "lxngterm", { kind: "unknown" }]]);
  });

  it("a word printed both broken and whole is reported", () => {
    expect(unknown(["it was a long-", "term plan", "a longterm plan"]).map(([w]) => w)).toEqual(["longterm"]);
  });
});

describe("registered words and names", () => {
  const karabakh: EntityEntry = { id: "nk", name: "Nagorno-Karabakh", kind: "place", aliases: ["Nagorno-Karabakh", "Upper Garabagh"] };

  it("an alias's words, split at spaces and hyphens, are known: names when capitalised, never unknown", () => {
    const lines = ["Karabakh was there.", "the Garabagh was there.", "Zangilan was there."];
    expect(unknown(lines, LOOSE, [karabakh]).map(([w]) => w)).toEqual(["zangilan"]);
    expect(names(lines, LOOSE, [karabakh])).toEqual(["garabagh", "karabakh", "zangilan"]);
  });

  it("a known word printed in lower case is neither unknown nor a name", () => {
    expect(names(["the karabakh was there."], LOOSE, [karabakh])).toEqual([]);
    expect(unknown(["the karabakh was there."], LOOSE, [karabakh])).toEqual([]);
  });

  it("lists unknown words and names in code-point order, their uses in document order", () => {
    const c = corpus([doc("b", [], [1, 2]), doc("a", [], [3, 3])], {
      source: ["Zeta was there.", "Beta and Zeta.", "Zeta was there, the Zeta."],
      english: ENGLISH,
    });
    expect(unknownWords(c, LOOSE).map((u) => u.lower)).toEqual(["and", "beta", "zeta"]);
    expect(nameWords(c, LOOSE).map((u) => u.lower)).toEqual(["beta", "zeta"]);
    expect(unknownWords(c, LOOSE)[2]?.uses.map((u) => [u.document, u.line, u.col])).toEqual([
      ["a", 3, 0],
      ["a", 3, 20],
      ["b", 1, 0],
      ["b", 2, 9],
    ]);
  });

  it("uses the defaults when given no options", () => {
    expect(DEFAULTS).toEqual({ minRatio: 10, minCount: 10, minLength: 5 });
  });
});

describe("the order of unknown words and of their uses", () => {
  // Documents listed "b" before "a", so corpus order and id order differ.
  const source = ["Zorvat it qelmin was there.", "qelmin it was, Zorvat's, Zorvat.", "Zorvat was there, qelmin."];
  const c = corpus([doc("b", [], [1, 2]), doc("a", [], [3, 3])], { source, english: ENGLISH });

  it("gives words in code-point order and each word's uses by document id, then line and column", () => {
    const words = unknownWords(c, LOOSE);
    expect(words.map((w) => w.lower)).toEqual(["qelmin", "zorvat"]);
    const places = (lower: string): string[] => words.find((w) => w.lower === lower)?.uses.map((u) => `${u.document}:${u.line}:${u.col}`) ?? [];
    // "Zorvat's" is a use of "Zorvat", in its place between the others.
    expect(places("zorvat")).toEqual(["a:3:0", "b:1:0", "b:2:15", "b:2:25"]);
    expect(places("qelmin")).toEqual(["a:3:18", "b:1:10", "b:2:0"]);
    expect(nameWords(c, LOOSE).map((w) => [w.lower, w.uses.length])).toEqual([["zorvat", 4]]);
  });
});

describe("a word with an apostrophe inside", () => {
  it("is its own word: only a final 's is read as a possessive", () => {
    expect(unknown(["D'zorvat was there, and Zorvat's town."]).map(([lower]) => lower)).toEqual(["and", "d'zorvat", "zorvat"]);
  });
});
