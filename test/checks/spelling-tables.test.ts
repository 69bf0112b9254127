import { describe, expect, it } from "vitest";
import { differentPeople, mixedInDocument, spellingTable, usualSpelling, type SpeltAt } from "../../src/checks/spelling-tables.js";

const at = (spelling: string, document: string, line: number, gloss = false): SpeltAt => ({
  spelling,
  document,
  line,
  text: spelling.toUpperCase(),
  ...(gloss ? { gloss } : {}),
});

describe("spellingTable", () => {
  it("tabulates spellings that differ between documents: most used first, counts, documents; every use of a spelling other than the usual one is a location", () => {
    const f = spellingTable("The town", "khojaly", "key", [
      at("Khojali", "a", 3),
      at("Khojaly", "b", 1),
      at("Khojaly", "b", 2),
      at("Khojaly", "c", 5),
      at("Khojali", "a", 6),
    ]);
    expect(f).toEqual({
      subject: "khojaly",
      key: "key",
      message: 'The town is spelt two ways across documents: "Khojaly" 3 times in 2 documents; "Khojali" 2 times in 1 document.',
      values: [
        {
          value: "Khojaly",
          refs: [
            { document: "b", source: 1, text: "KHOJALY" },
            { document: "c", source: 5, text: "KHOJALY" },
          ],
        },
        {
          value: "Khojali",
          refs: [
            { document: "a", source: 3, text: "KHOJALI" },
            { document: "a", source: 6, text: "KHOJALI" },
          ],
        },
      ],
      refs: [
        { document: "a", source: 3, text: "KHOJALI" },
        { document: "a", source: 6, text: "KHOJALI" },
      ],
      table: true,
    });
  });

  it("locates the first use in each document of every spelling when no spelling is the usual one", () => {
    const f = spellingTable("The town", "k", "key", [at("Khojali", "a", 3), at("Khojali", "a", 4), at("Khojaly", "b", 1), at("Khojaly", "c", 5)]);
    expect(f?.refs).toEqual([
      { document: "a", source: 3, text: "KHOJALI" },
      { document: "b", source: 1, text: "KHOJALY" },
      { document: "c", source: 5, text: "KHOJALY" },
    ]);
  });

  it("orders spellings used equally often by code point, says three ways in digits, and leaves the key out when none is given", () => {
    const f = spellingTable("A name", "s", undefined, [at("Xa", "a", 1), at("Ba", "b", 2), at("Ca", "c", 3)]);
    expect(f?.message).toBe('A name is spelt 3 ways across documents: "Ba" 1 time in 1 document; "Ca" 1 time in 1 document; "Xa" 1 time in 1 document.');
    expect(f && "key" in f).toBe(false);
  });

  it("is no table for one spelling, nor when one spelling is printed in every document", () => {
    expect(spellingTable("A name", "s", "k", [at("Ba", "a", 1), at("Ba", "b", 2)])).toBeUndefined();
    expect(spellingTable("A name", "s", "k", [])).toBeUndefined();
    expect(spellingTable("A name", "s", "k", [at("Ba", "a", 1), at("Ba", "b", 2), at("Ca", "b", 3)])).toBeUndefined();
    expect(spellingTable("A name", "s", "k", [at("Ba", "a", 1), at("Ca", "b", 3), at("Ca", "c", 3), at("Ba", "c", 4)])).toBeDefined();
  });
});

describe("usualSpelling", () => {
  const group = (spelling: string, ...documents: string[]): [string, SpeltAt[]] => [spelling, documents.map((d, i) => at(spelling, d, i + 1))];
  it("is the spelling used more often than each other and in at least as many documents", () => {
    expect(usualSpelling([group("Ba", "a", "b", "b"), group("Ca", "c", "d")])).toBe("Ba");
    expect(usualSpelling([group("Ba", "a", "b"), group("Ca", "c")])).toBe("Ba");
    expect(usualSpelling([group("Ba", "a")])).toBe("Ba");
  });
  it("is none when another spelling is used as often, or in more documents, or there is none", () => {
    expect(usualSpelling([group("Ba", "a", "b"), group("Ca", "c", "d")])).toBeUndefined();
    expect(usualSpelling([group("Ba", "a", "a", "a"), group("Ca", "c", "d")])).toBeUndefined();
    expect(usualSpelling([group("Ba", "a", "b", "b"), group("Ca", "c", "d"), group("Da", "e", "f")])).toBe("Ba");
    expect(usualSpelling([])).toBeUndefined();
  });
});

describe("mixedInDocument", () => {
  it("reports each document that prints a name two ways, by document, with lines and counts", () => {
    const found = mixedInDocument("the town", "khojaly", [
      at("Khojaly", "b", 1),
      at("Khojali", "b", 2),
      at("Khojaly", "b", 4),
      at("Khojaly", "a", 7),
      at("Khojali", "a", 7),
    ]);
    expect(found).toEqual([
      {
        subject: "khojaly",
        key: "in:a",
        message: 'a spells the town two ways: "Khojali" 1 time (line 7); "Khojaly" 1 time (line 7).',
        values: [
          { value: "Khojali", refs: [{ document: "a", source: 7, text: "KHOJALI" }] },
          { value: "Khojaly", refs: [{ document: "a", source: 7, text: "KHOJALY" }] },
        ],
        refs: [{ document: "a", source: 7, text: "KHOJALI" }],
      },
      {
        subject: "khojaly",
        key: "in:b",
        message: 'b spells the town two ways: "Khojaly" 2 times (lines 1, 4); "Khojali" 1 time (line 2).',
        values: [
          {
            value: "Khojaly",
            refs: [
              { document: "b", source: 1, text: "KHOJALY" },
              { document: "b", source: 4, text: "KHOJALY" },
            ],
          },
          { value: "Khojali", refs: [{ document: "b", source: 2, text: "KHOJALI" }] },
        ],
        refs: [{ document: "b", source: 2, text: "KHOJALI" }],
      },
    ]);
  });

  it("locates the corpus's usual spelling's departures when the document uses it, else the document's own, else every use", () => {
    const corpus = [at("Khojaly", "c", 1), at("Khojaly", "c", 2), at("Khojaly", "d", 1)];
    const [usual] = mixedInDocument("t", "k", [...corpus, at("Khojali", "a", 1), at("Khojali", "a", 2), at("Khojaly", "a", 3)]);
    expect(usual?.refs).toEqual([
      { document: "a", source: 1, text: "KHOJALI" },
      { document: "a", source: 2, text: "KHOJALI" },
    ]);
    const [own] = mixedInDocument("t", "k", [...corpus, at("Khojali", "a", 1), at("Khojali", "a", 2), at("Khodjali", "a", 3)]);
    expect(own?.refs).toEqual([{ document: "a", source: 3, text: "KHODJALI" }]);
    const [none] = mixedInDocument("t", "k", [at("Khojali", "a", 1), at("Khodjali", "a", 3)]);
    expect(none?.refs).toEqual([
      { document: "a", source: 3, text: "KHODJALI" },
      { document: "a", source: 1, text: "KHOJALI" },
    ]);
  });

  it("is silent on a document with one spelling, and a gloss is no second spelling", () => {
    expect(mixedInDocument("the town", "k", [at("Khojaly", "a", 1), at("Khojaly", "a", 2)])).toEqual([]);
    expect(mixedInDocument("the town", "k", [at("Khankendi", "a", 1), at("Stepanakert", "a", 1, true)])).toEqual([]);
  });

  it("names six lines and counts the rest; a line printed twice is one location", () => {
    const many = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => at("Khojaly", "a", n));
    const [f] = mixedInDocument("the town", "k", [...many, at("Khojali", "a", 9), at("Khojali", "a", 9)]);
    expect(f?.message).toBe('a spells the town two ways: "Khojaly" 8 times (lines 1, 2, 3, 4, 5, 6 and 2 more); "Khojali" 2 times (line 9).');
    expect(f?.values[1]).toEqual({ value: "Khojali", refs: [{ document: "a", source: 9, text: "KHOJALI" }] });
    const six = [1, 2, 3, 4, 5, 6].map((n) => at("Khojaly", "a", n));
    expect(mixedInDocument("the town", "k", [...six, at("Khojali", "a", 9), at("Khojala", "a", 9)])[0]?.message).toBe(
      'a spells the town 3 ways: "Khojaly" 6 times (lines 1, 2, 3, 4, 5, 6); "Khojala" 1 time (line 9); "Khojali" 1 time (line 9).',
    );
  });
});

describe("differentPeople", () => {
  const by = (spelling: string, ...people: (string | undefined)[]): [string, SpeltAt[]] => [
    spelling,
    people.map((person, i) => ({ spelling, document: "a", line: i + 1, text: spelling, ...(person ? { person } : {}) })),
  ];

  it("holds when each spelling follows given names the others never follow", () => {
    expect(differentPeople([by("Abbaslu", "Samir", "Samir"), by("Abbasli", "Elnur")])).toBe(true);
    expect(differentPeople([by("Abbaslu", "Samir"), by("Abbasli", "Elnur"), by("Abbasly", "Tural")])).toBe(true);
  });

  it("fails when two spellings share a given name, or one use has none", () => {
    expect(differentPeople([by("Abbaslu", "Samir"), by("Abbasli", "Elnur", "Samir")])).toBe(false);
    expect(differentPeople([by("Abbaslu", "Samir"), by("Abbasli", undefined)])).toBe(false);
    expect(differentPeople([by("Abbaslu", undefined), by("Abbasli", "Elnur")])).toBe(false);
  });

  it("keeps a document's mixed spelling as a finding unless the spellings name different people", () => {
    const uses = (second: string | undefined): SpeltAt[] => [
      { spelling: "Abbaslu", document: "a", line: 1, text: "Abbaslu", person: "Samir" },
      { spelling: "Abbasli", document: "a", line: 2, text: "Abbasli", ...(second ? { person: second } : {}) },
    ];
    expect(mixedInDocument("the name", "s", uses("Elnur"))).toEqual([]);
    expect(mixedInDocument("the name", "s", uses("Samir")).map((f) => f.key)).toEqual(["in:a"]);
    expect(mixedInDocument("the name", "s", uses(undefined)).map((f) => f.key)).toEqual(["in:a"]);
  });
});
