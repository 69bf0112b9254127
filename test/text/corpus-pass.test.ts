import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/model/corpus.js";
import { readings } from "../../src/text/corpus-counts.js";
import { CorpusPass } from "../../src/text/corpus-pass.js";
import { freshText, readAs, textLines, type Token } from "../../src/text/document-text.js";
import { ProseWords } from "../../src/text/prose-words.js";
import { skipped } from "../../src/text/skipped.js";
import { TokenColumns } from "../../src/text/token-columns.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { REAL_CORPUS_TIMEOUT, realCorpus } from "../helpers/real-corpus.js";

/** What the columns hold of a token: printed form, place and every flag. */
interface Held {
  printed: string;
  line: number;
  col: number;
  address: boolean;
  joinsNext: boolean;
  skipped: boolean;
  head: number;
  hyphenBefore: boolean;
  hyphenAfter: boolean;
  startsSentence: boolean;
  tail: { line: number; col: number; hyphenAfter: boolean; address: boolean } | undefined;
}

/** The reference: each document tokenised into objects (`freshText`), read as the columns hold it. */
function fromTokens(c: Corpus): { held: Held[][]; plain: boolean[] } {
  const held = c.documents.map((d) => {
    const text = freshText(c, d);
    const joins = new Map<Token, boolean>(readings(text).map((r) => [r.token, r.joinsNext]));
    let sentence = -1;
    const out: Held[] = [];
    text.tokens.forEach((t, i) => {
      if (t.tail) return;
      const tail = t.split ? text.tokens[i + 1] : undefined;
      out.push({
        printed: readAs(t),
        line: t.line,
        col: t.col,
        address: t.address,
        joinsNext: joins.get(t) ?? false,
        skipped: skipped(t),
        head: t.split ? t.text.length : 0,
        hyphenBefore: t.hyphenBefore,
        hyphenAfter: t.hyphenAfter,
        startsSentence: t.sentence !== sentence,
        tail: tail && { line: tail.line, col: tail.col, hyphenAfter: tail.hyphenAfter, address: tail.address },
      });
      sentence = t.sentence;
    });
    return out;
  });
  const plain = c.documents.map((d) => {
    const tokens = freshText(c, d).tokens;
    return tokens.every((t, i) => !t.tail || (!t.split && !t.hyphenBefore && t.sentence === tokens[i - 1]?.sentence));
  });
  return { held, plain };
}

/** The corpus pass over the same documents, read back from its columns and prose words. */
function fromPass(c: Corpus): { held: Held[][]; plain: boolean[]; prose: ProseWords } {
  const cols = new TokenColumns();
  const prose = new ProseWords();
  const pass = new CorpusPass(cols, prose);
  const plain = c.documents.map((d) => pass.addDocument(d.record.id, textLines(c, d)));
  const held = c.documents.map((_, d) => {
    const [from, to] = cols.documentRange(d);
    return Array.from({ length: to - from }, (_, k): Held => {
      const i = from + k;
      return {
        printed: cols.printed[cols.printedId(i)] ?? "",
        line: cols.line(i),
        col: cols.col(i),
        address: cols.address(i),
        joinsNext: cols.joinsNext(i),
        skipped: cols.skipped(i),
        head: cols.head(i),
        hyphenBefore: cols.hyphenBefore(i),
        hyphenAfter: cols.hyphenAfter(i),
        startsSentence: cols.startsSentence(i),
        tail: cols.tailOf(i),
      };
    });
  });
  return { held, plain, prose };
}

/** Each document's prose words as the passage searches read them, from the pass. */
const proseOf = (c: Corpus, prose: ProseWords): string[][] => c.documents.map((d) => Array.from(prose.of(d.record.id).ids, (id) => prose.word(id)));

/** The same, from the tokens: runs of tokens printed without a gap, bare address lines left out. */
function proseFromTokens(c: Corpus): string[][] {
  return c.documents.map((d) => {
    const text = freshText(c, d);
    const bare = new Set(text.lines.filter((l) => /^\s*(https?:\/\/|www\.)\S*\s*$/.test(l.text)).map((l) => l.line));
    const out: string[] = [];
    const ts = text.tokens;
    for (let i = 0; i < ts.length;) {
      const first = ts[i] as Token;
      let run = first.text;
      let j = i + 1;
      for (let last = first; j < ts.length && ts[j]?.line === last.line && ts[j]?.col === last.col + last.text.length; j++) {
        last = ts[j] as Token;
        run += last.text;
      }
      if (!bare.has(first.line)) out.push(...[...run.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase()));
      i = j;
    }
    return out;
  });
}

const FRAGMENTS = [
  "The",
  "town",
  "of",
  "Khojaly",
  "suf-",
  "fering",
  "fer-",
  "ing",
  "well-",
  "known",
  ".",
  ",",
  " ",
  "  ",
  "-",
  "—",
  "www.azertag.az",
  "http://a.org/x",
  "info@mfa.gov.az",
  "Mr.",
  "no.",
  "12",
  "26th",
  "1992year",
  "Ελλάδα",
  "Мr",
  "’s",
  "'",
  "(",
  ")",
  '"',
  "“",
  "”",
  "!",
  "?",
  "UN",
  "ca1culated",
  "x",
  "de'f5",
  "nai\u0308ve",
  "\u00a0",
];

const line = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join(""));
const source = fc.array(line, { minLength: 1, maxLength: 12 });

describe("corpus pass", () => {
  it("holds in the columns what tokenising each document gives: broken words, sentences, joins, addresses, hyphens", () => {
    const src = [
      "The increased suf-",
      "",
      "fering of the people. Mr. Aliyev spoke in Nagorno-",
      "Karabakh (on 26 February). See www.azertag.az now.",
      "A well-",
      "known-ish town, www.ex-",
      "ample.com",
      "A suf-",
      "fer-",
      "ing town.",
    ];
    const c = corpus([doc("a", [], [1, 7]), doc("chain", [], [8, 10]), doc("none", [], [11, 10])], { source: src });
    const pass = fromPass(c);
    const tokens = fromTokens(c);
    expect(pass.held).toEqual(tokens.held);
    expect(pass.plain).toEqual([true, false, true]);
    expect(proseOf(c, pass.prose)).toEqual(proseFromTokens(c));
    const a = pass.held[0] ?? [];
    expect(a.filter((h) => h.head > 0).map((h) => [h.printed, h.head, h.tail?.line])).toEqual([
      ["suffering", 3, 3],
      ["wellknown", 4, 6],
      ["example", 2, 7],
    ]);
    expect(a.filter((h) => h.joinsNext).length).toBeGreaterThan(5);
    expect(a.filter((h) => h.startsSentence).map((h) => h.printed)).toEqual(["The", "Mr", "See", "A"]);
  });

  it("equals tokenising on generated texts (fast-check)", () => {
    fc.assert(
      fc.property(source, fc.integer({ min: 1, max: 12 }), (src, cut) => {
        const at = Math.min(cut, src.length);
        const c = corpus([doc("a", [], [1, at]), doc("b", [], [at + 1, src.length])], { source: src });
        const pass = fromPass(c);
        const tokens = fromTokens(c);
        expect(pass.held).toEqual(tokens.held);
        expect(pass.plain).toEqual(tokens.plain);
        expect(proseOf(c, pass.prose)).toEqual(proseFromTokens(c));
      }),
      { numRuns: 300 },
    );
  });

  it(
    "equals tokenising on every real document",
    () => {
      const c = realCorpus();
      const pass = fromPass(c);
      const tokens = fromTokens(c);
      expect(pass.held).toEqual(tokens.held);
      expect(pass.plain.every(Boolean)).toBe(true);
      expect(proseOf(c, pass.prose)).toEqual(proseFromTokens(c));
    },
    REAL_CORPUS_TIMEOUT,
  );
});
