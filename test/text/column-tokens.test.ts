import { describe, expect, it } from "vitest";
import { documentText, endDocumentPass, freshText, type Sentence, type Token } from "../../src/text/document-text.js";
import { corpusCounts, readings } from "../../src/text/corpus-counts.js";
import { keptJoins } from "../../src/text/column-tokens.js";
import { keptTokensOf } from "../../src/text/kept-tokens.js";
import type { Corpus } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { REAL_CORPUS_TIMEOUT, realCorpus } from "../helpers/real-corpus.js";

const SOURCE = [
  "the region, in particular in all areas affected by the increased suf-", // 1
  "", // 2
  "fering of the population. Мr. Aliyev spoke in Nagorno-", // 3
  "Karabakh on 26 February. See www.azertag.az/en or mail info@mfa.gov.az now.", // 4
  "АN intemationa1 crime. Ελλάδα 12-year-old well-", // 5
  "known-ish, www.ex-", // 6
  "ample.com", // 7
];

/** Each document tokenised from its text, then the tokens the corpus pass keeps for it. */
function freshAndKept(c: Corpus): { fresh: unknown[]; kept: unknown[] } {
  const fresh = c.documents.map((d) => {
    const t = freshText(c, d);
    return { tokens: t.tokens, sentences: t.sentences };
  });
  expect(keptTokensOf(c)).toBeUndefined();
  corpusCounts(c);
  return { fresh, kept: c.documents.map((d) => keptTokensOf(c)?.tokensOf(d)) };
}

describe("tokens rebuilt from the token columns", () => {
  it("gives back every token and sentence of a document field for field, broken words and addresses included", () => {
    const c = corpus([doc("d", [], [1, 7])], { source: SOURCE });
    const { fresh, kept } = freshAndKept(c);
    expect(kept).toEqual(fresh);
    const tokens = freshText(c, c.documents[0] ?? doc("x", [], [1, 1])).tokens;
    expect(tokens.filter((t) => t.split).map((t) => t.split?.joined)).toEqual(["suffering", "wellknown", "example"]);
    expect(tokens.filter((t) => t.tail && t.hyphenAfter).map((t) => t.text)).toEqual(["known"]);
    expect(tokens.filter((t) => t.tail && t.address).map((t) => t.text)).toEqual(["ample"]);
  });

  it("keeps documents past the columns' first chunk, one after another, and documents without tokens", () => {
    const lines = Array.from({ length: 300 }, (_, i) => `Word${i} alpha beta, gamma delta. Еpsilon`);
    const c = corpus([doc("a", [], [1, 150]), doc("empty", [], [151, 150]), doc("b", [], [151, 300])], { source: lines });
    const { fresh, kept } = freshAndKept(c);
    expect(kept).toEqual(fresh);
    expect(kept.map((k) => (k as { tokens: unknown[] }).tokens.length)).toEqual([900, 0, 900]);
  });

  it("leaves a document whose broken word is broken again to be tokenised afresh, and still reads it the same", () => {
    const source = ["A suf-", "fer-", "ing town.", "A plain suf-", "fering town."];
    const c = corpus([doc("chain", [], [1, 3]), doc("plain", [], [4, 5])], { source });
    const { fresh, kept } = freshAndKept(c);
    expect(kept[0]).toBeUndefined();
    expect(kept[1]).toEqual(fresh[1]);
    const [chain] = c.documents;
    if (!chain) throw new Error("no document");
    expect(documentText(c, chain).tokens).toEqual((fresh[0] as { tokens: unknown[] }).tokens);
  });

  it("is kept for a corpus by its counts, and documentText then rebuilds from it, after the document pass too", () => {
    // The text cache holds the current document only: reading another makes the first be rebuilt.
    const lines = Array.from({ length: 10 }, (_, i) => `${SOURCE[i % SOURCE.length] ?? ""} x${i}`);
    const c = corpus(
      lines.map((_, i) => doc(`d${i}`, [], [i + 1, i + 1])),
      { source: lines },
    );
    const d = c.documents[0];
    if (!d) throw new Error("no document");
    const before = documentText(c, d);
    expect(keptTokensOf(c)).toBeUndefined();
    corpusCounts(c);
    expect(keptTokensOf(c)?.tokensOf(d)).toEqual({ tokens: before.tokens, sentences: before.sentences });
    expect(keptTokensOf(c)?.tokensOf({ ...d })).toBeUndefined();
    expect(documentText(c, d)).toBe(before);
    documentText(c, c.documents[1] ?? d);
    const after = documentText(c, d);
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
    endDocumentPass();
    expect(documentText(c, d)).not.toBe(after);
    expect(documentText(c, d)).toEqual(before);
  });

  it("gives back lines far from the document's first and columns past 65,534, each side of the limits", () => {
    const source: string[] = [];
    const place = (line: number, text: string): void => {
      while (source.length < line - 1) source.push("");
      source.push(text);
    };
    place(1, "one");
    place(65535, "two"); // 65,534 lines after the first: kept in the column
    place(65536, "three"); // 65,535 lines after: kept aside
    place(65537, `${" ".repeat(65534)}four`); // column 65,534: kept in two bytes
    place(65538, `${" ".repeat(65535)}five`); // column 65,535: kept aside
    place(65539, `${" ".repeat(70000)}six`);
    const c = corpus([doc("d", [], [1, source.length])], { source });
    const { fresh, kept } = freshAndKept(c);
    expect(kept).toEqual(fresh);
    expect((kept[0] as { tokens: { text: string; line: number; col: number }[] }).tokens.map((t) => [t.text, t.line, t.col])).toEqual([
      ["one", 1, 0],
      ["two", 65535, 0],
      ["three", 65536, 0],
      ["four", 65537, 65534],
      ["five", 65538, 65535],
      ["six", 65539, 70000],
    ]);
  });

  it(
    "rebuilds every document of the real corpus exactly as tokenising its text does, with the same readings",
    () => {
      const real = realCorpus();
      // A copy: its documents are new objects, so nothing cached for the shared corpus is reused.
      const c = { ...real, documents: real.documents.map((d) => ({ ...d })) };
      const { fresh, kept } = freshAndKept(c);
      expect(kept).toEqual(fresh);
      expect(kept.every((k) => k !== undefined)).toBe(true);
      c.documents.forEach((d) => {
        const text = freshText(c, d);
        const tokenised = { ...text, ...(fresh[c.documents.indexOf(d)] as { tokens: Token[]; sentences: Sentence[] }) };
        expect(keptJoins(text.tokens)).toBeDefined();
        expect(keptJoins(tokenised.tokens)).toBeUndefined();
        expect(readings(text).map((r) => [r.word, r.joinsNext])).toEqual(readings(tokenised).map((r) => [r.word, r.joinsNext]));
      });
    },
    REAL_CORPUS_TIMEOUT,
  );
});
