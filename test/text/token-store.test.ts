import { describe, expect, it } from "vitest";
import { documentText, endDocumentPass, type Token } from "../../src/text/document-text.js";
import { corpusCounts } from "../../src/text/corpus-counts.js";
import { keepTokens, TokenStore, tokenStoreOf } from "../../src/text/token-store.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { REAL_CORPUS_TIMEOUT, realCorpus } from "../helpers/real-corpus.js";

const SOURCE = [
  "the region, in particular in all areas affected by the increased suf-", // 1
  "", // 2
  "fering of the population. Мr. Aliyev spoke in Nagorno-", // 3
  "Karabakh on 26 February. See www.azertag.az/en or mail info@mfa.gov.az now.", // 4
  "АN intemationa1 crime. Ελλάδα 12-year-old", // 5
];

describe("token store", () => {
  it("gives back every token and sentence of a document field for field, split words included", () => {
    const c = corpus([doc("d", [], [1, 5])], { source: SOURCE });
    const d = c.documents[0];
    if (!d) throw new Error("no document");
    const text = documentText(c, d);
    const store = new TokenStore();
    store.add(d, text.tokens);
    expect(store.has(d)).toBe(true);
    expect(store.tokensOf(d)).toEqual({ tokens: text.tokens, sentences: text.sentences });
    expect(text.tokens.some((t) => t.split) && text.tokens.some((t) => t.address) && text.sentences.length > 2).toBe(true);
  });

  it("keeps documents past its first 1,024 tokens, one after another", () => {
    const lines = Array.from({ length: 300 }, (_, i) => `Word${i} alpha beta, gamma delta. Еpsilon`);
    const c = corpus([doc("a", [], [1, 150]), doc("b", [], [151, 300])], { source: lines });
    const store = new TokenStore();
    const texts = c.documents.map((d) => documentText(c, d));
    c.documents.forEach((d, i) => {
      store.add(d, texts[i]?.tokens ?? []);
    });
    c.documents.forEach((d, i) => {
      expect(store.tokensOf(d)).toEqual({ tokens: texts[i]?.tokens, sentences: texts[i]?.sentences });
    });
    expect(texts.map((t) => t.tokens.length)).toEqual([900, 900]);
  });

  it("is made for a corpus by its counts, and documentText then rebuilds from it", () => {
    // The text cache holds the current document only: reading another makes the first be rebuilt.
    const lines = Array.from({ length: 10 }, (_, i) => `${SOURCE[i % SOURCE.length] ?? ""} x${i}`);
    const c = corpus(
      lines.map((_, i) => doc(`d${i}`, [], [i + 1, i + 1])),
      { source: lines },
    );
    const d = c.documents[0];
    if (!d) throw new Error("no document");
    const before = documentText(c, d);
    expect(tokenStoreOf(c)).toBeUndefined();
    expect(keepTokens({})).toBeInstanceOf(TokenStore);
    corpusCounts(c);
    expect(tokenStoreOf(c)?.has(d)).toBe(true);
    expect(tokenStoreOf(c)?.has({ ...d })).toBe(false);
    expect(documentText(c, d)).toBe(before);
    documentText(c, c.documents[1] ?? d);
    const after = documentText(c, d);
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
    // The end of the document pass drops the store; the text is then read (and equal) again.
    endDocumentPass(c);
    expect(tokenStoreOf(c)).toBeUndefined();
    expect(documentText(c, d)).not.toBe(after);
    expect(documentText(c, d)).toEqual(before);
  });

  it("gives back lines far from the line before and columns past 65,534, each side of the limits", () => {
    const source: string[] = [];
    const place = (line: number, text: string): void => {
      while (source.length < line - 1) source.push("");
      source.push(text);
    };
    place(1, "one");
    place(255, "two"); // 254 lines after the first: kept in a byte
    place(510, "three"); // 255 lines after: kept aside
    place(766, "3a"); // 256 lines after
    place(767, `${" ".repeat(65534)}four`); // column 65,534: kept in two bytes
    place(768, `${" ".repeat(65535)}five`); // column 65,535: kept aside
    place(769, `${" ".repeat(70000)}six`);
    const c = corpus([doc("d", [], [1, source.length])], { source });
    const d = c.documents[0];
    if (!d) throw new Error("no document");
    const text = documentText(c, d);
    expect(text.tokens.map((t) => [t.text, t.line, t.col])).toEqual([
      ["one", 1, 0],
      ["two", 255, 0],
      ["three", 510, 0],
      ["3a", 766, 0],
      ["four", 767, 65534],
      ["five", 768, 65535],
      ["six", 769, 70000],
    ]);
    const store = new TokenStore();
    store.add(d, text.tokens);
    expect(store.tokensOf(d)).toEqual({ tokens: text.tokens, sentences: text.sentences });
    // Given tokens whose lines step back, it gives them back as given.
    const [one, two] = text.tokens as [Token, Token];
    const back = [
      { ...two, sentence: 0 },
      { ...one, sentence: 0 },
    ];
    store.add(back, back);
    expect(store.tokensOf(back)?.tokens).toEqual(back);
  });

  it("knows nothing of a document it was not given", () => {
    const store = new TokenStore();
    expect(store.has({})).toBe(false);
    expect(store.tokensOf({})).toBeUndefined();
  });

  it(
    "rebuilds every document of the real corpus exactly as tokenising its text does",
    () => {
      const real = realCorpus();
      // A copy: its documents are new objects, so nothing cached for the shared corpus is reused.
      const c = { ...real, documents: real.documents.map((d) => ({ ...d })) };
      const fresh = c.documents.map((d) => documentText(c, d));
      expect(tokenStoreOf(c)).toBeUndefined();
      corpusCounts(c);
      const store = tokenStoreOf(c);
      c.documents.forEach((d, i) => {
        const built = fresh[i];
        expect(store?.tokensOf(d)).toEqual({ tokens: built?.tokens, sentences: built?.sentences });
      });
    },
    REAL_CORPUS_TIMEOUT,
  );
});
