import { describe, expect, it } from "vitest";
import { corpusCounts } from "../../src/text/corpus-counts.js";
import { TokenColumns } from "../../src/text/token-columns.js";
import { corpus, doc } from "../helpers/build-corpus.js";

const plain = { address: false, joinsNext: false, skipped: false, head: 0 };

describe("token columns", () => {
  it("numbers each printed form once and keeps each token's place and flags", () => {
    const c = new TokenColumns();
    c.push("Khojaly", 3, 4, { address: true, joinsNext: false, skipped: false, head: 0 });
    c.push("khojaly", 3, 12, { address: false, joinsNext: true, skipped: true, head: 2 });
    c.push("Khojaly", 4, 0, plain);
    c.endDocument();
    expect(c.length).toBe(3);
    expect(c.printed).toEqual(["Khojaly", "khojaly"]);
    expect([0, 1, 2].map((i) => c.printedId(i))).toEqual([0, 1, 0]);
    expect([0, 1, 2].map((i) => [c.line(i), c.col(i), c.head(i)])).toEqual([
      [3, 4, 0],
      [3, 12, 2],
      [4, 0, 0],
    ]);
    expect([0, 1, 2].map((i) => [c.address(i), c.joinsNext(i), c.skipped(i)])).toEqual([
      [true, false, false],
      [false, true, true],
      [false, false, false],
    ]);
  });

  it("numbers a form once whether pushed by its text or by its number, and keeps the flags a token is rebuilt from", () => {
    const c = new TokenColumns();
    c.push("alpha", 1, 0, plain);
    const beta = c.idOf("beta");
    c.pushId(beta, 1, 6, { ...plain, hyphenBefore: true, startsSentence: true });
    c.pushId(c.idOf("alpha"), 2, 0, { ...plain, skipped: true, hyphenAfter: true });
    c.push("beta", 3, 0, { ...plain, head: 2, tail: { line: 4, col: 1, hyphenAfter: true, address: false } });
    c.endDocument();
    expect(c.printed).toEqual(["alpha", "beta"]);
    expect([0, 1, 2, 3].map((i) => c.printedId(i))).toEqual([0, 1, 0, 1]);
    expect([c.line(2), c.col(2), c.skipped(2)]).toEqual([2, 0, true]);
    expect([0, 1, 2, 3].map((i) => [c.hyphenBefore(i), c.hyphenAfter(i), c.startsSentence(i)])).toEqual([
      [false, false, false],
      [true, false, true],
      [false, true, false],
      [false, false, false],
    ]);
    expect([c.tailOf(2), c.tailOf(3)]).toEqual([undefined, { line: 4, col: 1, hyphenAfter: true, address: false }]);
    expect([c.documentRange(0), c.documentRange(1)]).toEqual([
      [0, 4],
      [4, 4],
    ]);
  });

  it("finds each token's document, documents without tokens included", () => {
    const c = new TokenColumns();
    c.endDocument(); // document 0: no tokens
    c.push("a", 1, 0, plain);
    c.push("b", 1, 2, plain);
    c.endDocument(); // document 1
    c.endDocument(); // document 2: no tokens
    c.push("c", 9, 0, plain);
    c.endDocument(); // document 3
    expect([0, 1, 2].map((i) => c.documentOf(i))).toEqual([1, 1, 3]);
  });

  it("gives back lines, columns and first halves each side of the limits they are kept within, in every document", () => {
    const c = new TokenColumns();
    c.endDocument(); // document 0: no tokens
    const places: [number, number, number][] = [
      [100, 0, 0],
      [100 + 65534, 65534, 254], // the largest kept in the columns
      [100 + 65535, 65535, 255], // the smallest kept aside
      [50, 70000, 300], // a line before the document's first
    ];
    for (const [line, col, head] of places) c.push("w", line, col, { ...plain, head });
    c.endDocument();
    c.push("x", 7, 1, plain);
    c.endDocument();
    expect([0, 1, 2, 3].map((i) => [c.line(i), c.col(i), c.head(i)])).toEqual(places);
    expect([c.line(4), c.col(4), c.head(4)]).toEqual([7, 1, 0]);
  });

  it("grows past its first capacity without losing a token", () => {
    const c = new TokenColumns();
    for (let i = 0; i < 3000; i++) c.push(`w${i % 7}`, i + 1, i % 50, { ...plain, joinsNext: i % 2 === 0, head: i % 3 });
    c.endDocument();
    expect(c.length).toBe(3000);
    expect([c.line(0), c.line(1023), c.line(1024), c.line(2999)]).toEqual([1, 1024, 1025, 3000]);
    expect([c.joinsNext(2048), c.joinsNext(2049), c.head(2999), c.printed[c.printedId(2999)]]).toEqual([true, false, 2, "w3"]);
  });

  it("reads the same once finished, and takes more tokens after it", () => {
    const c = new TokenColumns();
    for (let i = 0; i < 1500; i++) c.push(`w${i % 5}`, i + 1, i % 40, { ...plain, skipped: i % 2 === 1, head: i % 4 });
    c.endDocument();
    const read = (i: number): unknown[] => [c.printed[c.printedId(i)], c.line(i), c.col(i), c.skipped(i), c.head(i)];
    const before = [0, 1023, 1024, 1499].map(read);
    c.finish();
    expect([0, 1023, 1024, 1499].map(read)).toEqual(before);
    c.push("w1", 2000, 7, { ...plain, address: true });
    c.push("new", 2001, 0, plain);
    expect([read(1500), read(1501), c.address(1500), c.address(1501)]).toEqual([["w1", 2000, 7, false, 0], ["new", 2001, 0, false, 0], true, false]);
  });

  it("keeps the number of every form, past the 65,535 its column holds", () => {
    const c = new TokenColumns();
    for (let i = 0; i < 65_540; i++) c.push(`f${i}`, 1, 0, plain);
    c.push("f65535", 2, 0, plain);
    c.push("f3", 2, 3, plain);
    c.endDocument();
    c.finish();
    for (const i of [0, 65_533, 65_534, 65_535, 65_536, 65_539]) expect(c.printed[c.printedId(i)]).toBe(`f${i}`);
    expect([c.printedId(65_540), c.printedId(65_541)]).toEqual([65_535, 3]);
  });

  it("keeps a word's first half of any length", () => {
    const c = new TokenColumns();
    c.push("x", 1, 0, { ...plain, head: 70_000 });
    expect(c.head(0)).toBe(70_000);
  });
});

describe("corpus counts on the columns", () => {
  const source = ["The town of Khojaly was the", "town. See www.example.com now.", "A suf-", "fering town of Khojaly."];
  const c = corpus([doc("a", [], [1, 2]), doc("b", [], [3, 4])], { source });
  const counts = corpusCounts(c);

  it("counts words as read, addresses in count() but not in word()", () => {
    expect(counts.count("town")).toBe(3);
    expect(counts.count("suffering")).toBe(1);
    expect(counts.count("www")).toBe(1);
    expect(counts.word("www")).toBe(0);
    expect(counts.word("khojaly")).toBe(2);
  });

  it("counts pairs printed as one phrase only, across a line break inside a sentence", () => {
    expect(counts.pair("of", "khojaly")).toBe(2);
    expect(counts.pair("the", "town")).toBe(2); // "The town", and "the" at a line end before "town."
    expect(counts.pair("town", "see")).toBe(0);
    expect(counts.pair("suffering", "town")).toBe(1);
    expect(counts.pair("nowhere", "town")).toBe(0);
  });

  it("gathers the uses of the words asked about, in corpus order, with the first half of a broken word", () => {
    const uses = counts.usesOf(new Set(["town", "suffering"]));
    expect(uses.get("town")?.map((u) => [u.document, u.line, u.col, u.printed])).toEqual([
      ["a", 1, 4, "town"],
      ["a", 2, 0, "town"],
      ["b", 4, 7, "town"],
    ]);
    expect(uses.get("suffering")?.map((u) => [u.document, u.line, u.printed, u.head])).toEqual([["b", 3, "suffering", "suf"]]);
    expect(uses.has("khojaly")).toBe(false);
  });

  it("reads the neighbours of uses from the columns: the same phrase only, never across documents", () => {
    const uses = counts.usesOf(new Set(["town"])).get("town") ?? [];
    expect(counts.neighbours(uses)).toEqual({ before: ["the", "the", "suffering"], after: ["of", "of"] });
  });

  it("gives the word printed directly before a use in its phrase, as printed; none at a phrase's start or a document's", () => {
    const uses = counts.usesOf(new Set(["town", "khojaly", "the"]));
    expect(uses.get("town")?.map((u) => counts.printedBefore(u))).toEqual(["The", "the", "suffering"]);
    expect(uses.get("khojaly")?.map((u) => counts.printedBefore(u))).toEqual(["of", "of"]);
    // "The" opens document a; "A" (document b) follows "now." of document a.
    expect(uses.get("the")?.map((u) => counts.printedBefore(u))).toEqual([undefined, "was"]);
    const a = counts.usesOf(new Set(["a"])).get("a") ?? [];
    expect(a.map((u) => counts.printedBefore(u))).toEqual([undefined]);
  });

  it("lists the vocabulary with counts and finds words one edit away", () => {
    expect(new Map(counts.vocabulary()).get("town")).toBe(3);
    expect(counts.oneEditAway("tows")).toEqual(["town"]);
    expect(counts.oneEditAway("khojali")).toEqual(["khojaly"]);
  });
});
