import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusCounts, readings, tripleKey } from "../../src/text/corpus-counts.js";
import { documentText } from "../../src/text/document-text.js";
import { corpus, doc } from "../helpers/build-corpus.js";

const oneDocument = (lines: string[]) => corpus([doc("d", [], [1, lines.length])], { source: lines });

describe("corpus counts: trigrams and skip pairs", () => {
  it("counts three words of one phrase, across a line break, never across a comma or a sentence", () => {
    const c = corpusCounts(oneDocument(["Aid came in the", "region. In the region, in the region.", "In, the region came."]));
    expect(c.trigram("in", "the", "region")).toBe(3);
    expect(c.skipPair("in", "region")).toBe(3);
    expect(c.trigram("the", "region", "in")).toBe(0);
    expect(c.trigram("region", "in", "the")).toBe(0);
    expect(c.trigram("the", "region", "came")).toBe(1);
    expect(c.skipPair("in", "came")).toBe(0);
    expect(c.trigram("came", "in", "the")).toBe(1);
    expect(c.trigram("in", "the", "nowhere")).toBe(0);
    expect(c.skipPair("nowhere", "region")).toBe(0);
  });

  it("counts by reading numbers as by words, and counts nothing for an unknown word's -1", () => {
    const c = corpusCounts(oneDocument(["Aid came in the region. In the region came aid."]));
    const [aid, came, inn, the, region] = ["aid", "came", "in", "the", "region"].map((w) => c.readingId(w)) as [number, number, number, number, number];
    // The first word read is number 0, a real word: only a negative number stands for none.
    expect(aid).toBe(0);
    expect(c.readingId("nowhere")).toBe(-1);
    expect(c.pairOf(aid, came)).toBe(1);
    expect(c.pairOf(region, came)).toBe(1);
    expect(c.pairOf(inn, the)).toBe(2);
    expect(c.pairOf(the, inn)).toBe(0);
    expect(c.pairOf(-1, came)).toBe(0);
    expect(c.pairOf(aid, -1)).toBe(0);
    expect(c.trigramOf(aid, came, inn)).toBe(1);
    expect(c.trigramOf(inn, the, region)).toBe(2);
    expect(c.trigramOf(-1, the, region)).toBe(0);
    // Read as numbers, these keys would be "the region came" and "in the region", both printed.
    expect(c.trigramOf(region, -1, came)).toBe(0);
    expect(c.trigramOf(inn, region, -1)).toBe(0);
  });

  it("leaves an address out of every phrase", () => {
    const c = corpusCounts(oneDocument(["See the www.example.org site now and see the site now."]));
    expect(c.trigram("see", "the", "site")).toBe(1);
    expect(c.trigram("the", "site", "now")).toBe(1);
    expect(c.skipPair("the", "site")).toBe(0);
  });

  it("equals a count over each document's readings on random small corpora", () => {
    const word = fc.constantFrom("in", "the", "region", "of", "aid");
    const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).chain((ws) => fc.constantFrom(`${ws.join(" ")}.`, `${ws.join(", ")}.`, ws.join(" ")));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), (lines) => {
        const c = oneDocument(lines);
        const counts = corpusCounts(c);
        const tri = new Map<string, number>();
        const skip = new Map<string, number>();
        for (const d of c.documents) {
          const rs = readings(documentText(c, d));
          rs.forEach((r, i) => {
            const [s, t] = [rs[i + 1], rs[i + 2]];
            if (!r.joinsNext || !s?.joinsNext || !t) return;
            tri.set(`${r.word} ${s.word} ${t.word}`, (tri.get(`${r.word} ${s.word} ${t.word}`) ?? 0) + 1);
            skip.set(`${r.word} ${t.word}`, (skip.get(`${r.word} ${t.word}`) ?? 0) + 1);
          });
        }
        const ws = ["in", "the", "region", "of", "aid"];
        for (const a of ws)
          for (const b of ws) {
            expect(counts.skipPair(a, b)).toBe(skip.get(`${a} ${b}`) ?? 0);
            for (const x of ws) expect(counts.trigram(a, b, x)).toBe(tri.get(`${a} ${b} ${x}`) ?? 0);
          }
      }),
      { numRuns: 60 },
    );
  });

  it("packs three numbers exactly while the vocabulary's cube fits 53 bits, and mixes them into 53 bits beyond", () => {
    expect(tripleKey(1, 2, 3, 10)).toBe(123);
    expect(tripleKey(208_062, 208_062, 208_062, 208_063)).toBe(208_063 ** 3 - 1);
    fc.assert(
      fc.property(fc.nat(1 << 25), fc.nat(1 << 25), fc.nat(1 << 25), (a, b, c) => {
        const k = tripleKey(a, b, c, 2 ** 26);
        expect(Number.isSafeInteger(k) && k >= 0).toBe(true);
        expect(tripleKey(a, b, c, 2 ** 26)).toBe(k);
      }),
    );
    // Neighbouring triples get different keys.
    const keys = new Set<number>();
    for (let a = 0; a < 20; a++) for (let b = 0; b < 20; b++) for (let c = 0; c < 20; c++) keys.add(tripleKey(a, b, c, 300_000));
    expect(keys.size).toBe(8000);
    // The mix is integer arithmetic only: the same key for the same triple on every platform and run.
    expect(tripleKey(1, 2, 3, 300_000)).toBe(7_337_516_356_859_886);
  });
});

describe("corpus counts: phrases and readings", () => {
  it("joins a line to the next across a line break and the next line's indent", () => {
    const c = corpusCounts(oneDocument(["The day will be", "    commemorated today."]));
    expect(c.pair("be", "commemorated")).toBe(1);
  });

  it("pairs only words of one phrase: none across a sentence's end or a comma, none from the last word", () => {
    const c = corpusCounts(oneDocument(["Aid came in the region. In the region, aid came."]));
    expect(c.pair("region", "in")).toBe(0);
    expect(c.pair("region", "aid")).toBe(0);
    expect(c.pair("came", "aid")).toBe(0);
    expect(c.pair("aid", "came")).toBe(2);
  });

  it("ends a phrase at an address, also where the address has a line of its own", () => {
    const c = oneDocument(["Aid came", "www.example.org", "today with aid."]);
    const d = c.documents[0];
    if (!d) throw new Error("no document");
    const words = readings(documentText(c, d));
    expect(words.map((r) => [r.word, r.joinsNext])).toEqual([
      ["aid", true],
      ["came", false],
      ["today", true],
      ["with", true],
      ["aid", false],
    ]);
  });

  it("counts an address's words as printed words but not as readings", () => {
    const c = corpusCounts(oneDocument(["See www.example.org today."]));
    expect(c.count("example")).toBe(1);
    expect(c.word("example")).toBe(0);
    expect(c.word("today")).toBe(1);
  });

  it("reads a word broken at a line end whole, once, joined to the word after its tail", () => {
    const c = corpusCounts(oneDocument(["The day will be commem-", "orate on the day."]));
    expect([c.count("commemorate"), c.count("commem"), c.count("orate")]).toEqual([1, 0, 0]);
    expect(c.pair("commemorate", "on")).toBe(1);
    expect(c.pair("commemorate", "orate")).toBe(0);
  });

  it("lists every lower-cased word with its count, in the order of first use, and nothing else", () => {
    const c = corpusCounts(oneDocument(["Aid came, AID came again."]));
    expect([...c.vocabulary()]).toEqual([
      ["aid", 2],
      ["came", 2],
      ["again", 1],
    ]);
  });

  it("finds the words one edit away among the readings the corpus prints, not among an address's words", () => {
    const c = corpusCounts(oneDocument(["Aid came from www.example.org today."]));
    expect(c.oneEditAway("aids")).toEqual(["aid"]);
    expect(c.oneEditAway("exampl")).toEqual([]);
  });
});

describe("corpus counts: printings and uses by printed form", () => {
  const lines = [
    "Then the Armenian army and the Armenian aid came, Armenian men came.",
    "Armenian forces came with ARMENIAN aid and the armenian army.",
    "The NATO force and the Nato force saw www.armenian.org today.",
  ];

  it("counts each printed form after each form before it, in the order of first use, without skipped uses", () => {
    const c = corpusCounts(oneDocument(lines));
    expect(c.printings(new Set(["armenian", "nato"]))).toEqual([
      { lower: "armenian", printed: "Armenian", before: "the", count: 2 },
      { lower: "armenian", printed: "Armenian", before: undefined, count: 2 },
      { lower: "armenian", printed: "ARMENIAN", before: "with", count: 1 },
      { lower: "armenian", printed: "armenian", before: "the", count: 1 },
      { lower: "nato", printed: "Nato", before: "the", count: 1 },
    ]);
    expect(c.printings(new Set(["army"]))).toEqual([
      { lower: "army", printed: "army", before: "Armenian", count: 1 },
      { lower: "army", printed: "army", before: "armenian", count: 1 },
    ]);
    expect(c.printings(new Set(["nowhere"]))).toEqual([]);
  });

  it("agrees with usesOf and printedBefore use for use", () => {
    const c = corpusCounts(oneDocument(lines));
    const words = new Set(["armenian", "the", "came", "nato", "aid"]);
    const expected = new Map<string, number>();
    for (const uses of c.usesOf(words).values())
      for (const u of uses)
        if (!u.skipped) expected.set(`${c.printedBefore(u) ?? "-"} ${u.printed}`, (expected.get(`${c.printedBefore(u) ?? "-"} ${u.printed}`) ?? 0) + 1);
    const got = new Map(c.printings(words).map((p) => [`${p.before ?? "-"} ${p.printed}`, p.count]));
    expect(got).toEqual(expected);
  });

  it("gives only the uses printed in a form the filter accepts, asking once per distinct form", () => {
    const c = corpusCounts(oneDocument(lines));
    const asked: string[] = [];
    const uses = c.usesOf(new Set(["armenian", "army"]), (form) => {
      asked.push(form);
      return form === form.toLowerCase();
    });
    expect([...uses.keys()]).toEqual(["army", "armenian"]);
    expect(uses.get("armenian")?.map((u) => [u.line, u.col, u.printed, u.skipped])).toEqual([
      [2, 47, "armenian", false],
      [3, 42, "armenian", true],
    ]);
    expect(uses.get("army")).toHaveLength(2);
    expect(asked.sort()).toEqual(["ARMENIAN", "Armenian", "armenian", "army"]);
    expect(c.usesOf(new Set(["armenian"])).get("armenian")).toHaveLength(7);
  });

  it("gives the uses no spelling check skips as token numbers, each read back as the use usesOf gives", () => {
    const c = corpusCounts(oneDocument(lines));
    const numbers = c.useNumbersOf(new Set(["armenian", "army", "nowhere"]));
    const uses = c.usesOf(new Set(["armenian", "army", "nowhere"]));
    expect([...numbers.keys()]).toEqual(["armenian", "army"]);
    for (const [word, ats] of numbers) {
      const kept = (uses.get(word) ?? []).filter((u) => !u.skipped);
      expect(ats.map((at) => c.useAt(at))).toEqual(kept);
    }
    // "armenian" has a skipped use, which only usesOf gives.
    expect(numbers.get("armenian")).toHaveLength(6);
  });

  it("reads a use's document and the first half of a word broken at a line end", () => {
    const c = corpusCounts(corpus([doc("a", [], [1, 1]), doc("b", [], [2, 3])], { source: ["Aid from Armenia.", "Aid from Arme-", "nia came."] }));
    const [first, second] = c.useNumbersOf(new Set(["armenia"])).get("armenia") ?? [];
    expect([first, second].map((at) => c.documentAt(at ?? -1))).toEqual(["a", "b"]);
    expect(c.useAt(first ?? -1)).toEqual({ document: "a", line: 1, col: 9, printed: "Armenia", skipped: false, at: first });
    expect(c.useAt(second ?? -1)).toEqual({ document: "b", line: 2, col: 9, printed: "Armenia", skipped: false, head: "Arme", at: second });
  });

  it("gives a use's place and form, with the first half only for a word broken at a line end", () => {
    const c = corpusCounts(oneDocument(["The aid came to be commem-", "orated with aid."]));
    const uses = c.usesOf(new Set(["aid", "commemorated"]));
    expect(uses.get("aid")).toEqual([
      { document: "d", line: 1, col: 4, printed: "aid", skipped: false, at: 1 },
      { document: "d", line: 2, col: 12, printed: "aid", skipped: false, at: 7 },
    ]);
    expect(uses.get("commemorated")).toEqual([{ document: "d", line: 1, col: 19, printed: "commemorated", skipped: false, head: "commem", at: 5 }]);
  });

  it("marks every use of a skipped form skipped, not only the first", () => {
    const c = corpusCounts(oneDocument(["In 1992 and in 1992 again."]));
    const uses = c.usesOf(new Set(["1992"])).get("1992") ?? [];
    expect(uses.map((u) => u.skipped)).toEqual([true, true]);
    expect(c.printings(new Set(["1992"]))).toEqual([]);
  });

  it("counts the corpus's first word once, at a phrase's start", () => {
    const c = corpusCounts(oneDocument(lines));
    expect(c.printings(new Set(["then"]))).toEqual([{ lower: "then", printed: "Then", before: undefined, count: 1 }]);
  });

  it("asks the filter about the forms of the words asked for and about nothing else", () => {
    const c = corpusCounts(oneDocument(lines));
    const asked: string[] = [];
    c.usesOf(new Set(["then"]), (form) => {
      asked.push(form);
      return true;
    });
    expect(asked).toEqual(["Then"]);
  });

  it("gives the readings next to uses in one phrase, none before a phrase's first word or after its last", () => {
    const c = corpusCounts(oneDocument(["Aid came in the region. In the region came aid."]));
    expect(c.neighbours(c.usesOf(new Set(["aid"])).get("aid") ?? [])).toEqual({ before: ["came"], after: ["came"] });
  });

  it("reads no word before a phrase's first word, across a document's end or after an address", () => {
    const c = corpusCounts(corpus([doc("a", [], [1, 1]), doc("b", [], [2, 2])], { source: ["Aid from Armenia", "Armenia and www.example.org Armenia came."] }));
    expect(c.printings(new Set(["armenia"]))).toEqual([
      { lower: "armenia", printed: "Armenia", before: "from", count: 1 },
      { lower: "armenia", printed: "Armenia", before: undefined, count: 2 },
    ]);
    const [first, second, third] = c.usesOf(new Set(["armenia"])).get("armenia") ?? [];
    expect([first, second, third].map((u) => (u ? c.printedBefore(u) : "none"))).toEqual(["from", undefined, undefined]);
  });
});
