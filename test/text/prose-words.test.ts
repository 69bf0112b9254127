import { describe, expect, it } from "vitest";
import { corpusCounts } from "../../src/text/corpus-counts.js";
import { prosePassage } from "../../src/text/document-text.js";
import { ProseWords } from "../../src/text/prose-words.js";
import { windowHashes } from "../../src/text/shingle-index.js";
import { wordsOf } from "../../src/text/shingles.js";
import type { Corpus } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { REAL_CORPUS_TIMEOUT, realCorpus } from "../helpers/real-corpus.js";

const SOURCE = [
  "The increased suf-", // 1
  "fering of Azerbaijan’s people: de'f5 and ΟΔΟΣ, café, nai\u0308ve", // 2
  "http://www.azertag.az/en", // 3
  "  see www.mfa.gov.az/en now; 12-year-old  Khojaly's 613", // 4
  "", // 5
  "Мr. Aliyev Ελλάδα", // 6
];

/** The words `wordsOf` reads from each document's prose passage, the reference the store must equal. */
function expected(c: Corpus): { word: string; line: number }[][] {
  return c.documents.map((d) => {
    const p = prosePassage(c, d);
    return p ? wordsOf(p) : [];
  });
}

/** The prose words the corpus pass keeps (see `CorpusPass`). */
function stored(c: Corpus): { store: ProseWords; words: { word: string; line: number }[][] } {
  const store = corpusCounts(c).prose;
  const words = c.documents.map((d) => {
    const w = store.of(d.record.id);
    return Array.from(w.ids, (id, i) => ({ word: store.word(id), line: w.lines[i] ?? 0 }));
  });
  return { store, words };
}

describe("prose words", () => {
  it("are the words of the prose passage, read from the tokens: apostrophes, digits, marks, bare address lines", () => {
    const c = corpus([doc("a", [], [1, 4]), doc("b", [], [5, 6])], { source: SOURCE });
    const { words } = stored(c);
    expect(words).toEqual(expected(c));
    expect(words[0]?.map((w) => w.word)).toContain("f5");
    expect(words[0]?.some((w) => w.line === 3)).toBe(false);
    expect(words[1]?.map((w) => w.word)).toEqual(["мr", "aliyev", "ελλάδα"]);
  });

  it("numbers each distinct word once and hashes windows as windowHashes does", () => {
    const c = corpus([doc("a", [], [1, 4]), doc("b", [], [1, 2])], { source: SOURCE });
    const { store } = stored(c);
    const [a, b] = [store.of("a"), store.of("b")];
    expect(Array.from(b.ids)).toEqual(Array.from(a.ids.subarray(0, b.ids.length)));
    expect(store.idOfWord("suf")).toBe(a.ids[2]);
    expect(store.idOfWord("unprinted")).toBeUndefined();
    const reference = expected(c)[0] ?? [];
    for (const n of [1, 3, 8]) expect(store.windows(a.ids, n)).toEqual(windowHashes(reference, n));
  });

  it("is empty for a document never added, and keeps documents past its first 1,024 words and a vocabulary past 1,024 words", () => {
    const lines = Array.from({ length: 600 }, (_, i) => `w${i} v${i} alpha`);
    const c = corpus([doc("a", [], [1, 300]), doc("b", [], [301, 600])], { source: lines });
    const { store, words } = stored(c);
    expect(words).toEqual(expected(c));
    expect(words.map((w) => w.length)).toEqual([900, 900]);
    expect(store.of("none").ids).toHaveLength(0);
    expect(store.word(-1)).toBe("");
    expect(store.idOfWord("v599")).toBe(1200);
    store.finish();
    expect(stored(c).words).toEqual(expected(c));
    expect(Array.from(store.of("b").ids.subarray(0, 3), (id) => store.word(id))).toEqual(["w300", "v300", "alpha"]);
    // A document added after `finish` is kept like the others; a run is read as the words it holds.
    store.beginDocument();
    store.pushRun("beta", 1);
    store.pushRun("gamma’s", 1);
    store.pushRun("alpha", 2);
    store.endDocument("z");
    expect(Array.from(store.of("z").ids, (id) => store.word(id))).toEqual(["beta", "gamma", "s", "alpha"]);
    expect(store.of("z").lines).toEqual(Int32Array.from([1, 1, 1, 2]));
  });

  it("keep each word's line through steps of every size, a first line anywhere and a line before the last", () => {
    const store = new ProseWords();
    const lines = [7, 7, 8, 262, 517, 773, 1_000_000, 999_999, 999_999, 1_000_254];
    store.beginDocument();
    lines.forEach((line, i) => {
      store.pushRun(`w${i}`, line);
    });
    store.endDocument("a");
    store.beginDocument();
    store.pushRun("later", 70_000);
    store.pushRun("one", 70_001);
    store.endDocument("b");
    store.beginDocument();
    store.endDocument("empty");
    expect(Array.from(store.of("a").lines)).toEqual(lines);
    expect(Array.from(store.of("b").lines)).toEqual([70_000, 70_001]);
    expect(Array.from(store.of("a").ids, (id) => store.word(id))).toEqual(lines.map((_, i) => `w${i}`));
    expect(Array.from(store.idsOf("b"), (id) => store.word(id))).toEqual(["later", "one"]);
    expect(store.of("empty")).toEqual({ ids: new Int32Array(0), lines: new Int32Array(0) });
    expect(store.idsOf("none")).toHaveLength(0);
  });

  it("keep the number of every word, past the 65,535 their column holds", () => {
    const store = new ProseWords();
    store.beginDocument();
    for (let i = 0; i < 65_540; i++) store.pushRun(`w${i}`, 1);
    store.pushRun("w65535", 2);
    store.pushRun("w3", 2);
    store.endDocument("a");
    const ids = store.idsOf("a");
    for (const i of [0, 65_533, 65_534, 65_535, 65_536, 65_539]) expect(store.word(ids[i] ?? -1)).toBe(`w${i}`);
    expect([ids[65_540], ids[65_541], store.count("a"), store.count("none")]).toEqual([65_535, 3, 65_542, 0]);
    expect(store.of("a").ids).toEqual(ids);
  });

  it(
    "equal the prose passage's words in every real document",
    () => {
      const c = realCorpus();
      const { words } = stored(c);
      expect(words).toEqual(expected(c));
    },
    REAL_CORPUS_TIMEOUT,
  );
});
