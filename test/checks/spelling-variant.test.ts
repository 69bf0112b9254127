import { describe, expect, it } from "vitest";
import { spellingVariant } from "../../src/checks/spelling-variant.js";
import type { EntityEntry } from "../../src/model/registry.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const entities: EntityEntry[] = [
  { id: "khojaly", name: "Khojaly", kind: "place", aliases: ["Khojaly", "Khojali"] },
  { id: "ohanyan", name: "Seyran Ohanyan", kind: "person", aliases: ["Ohanyan", "Oganyan"] },
];

describe("spelling-variant", () => {
  it("shows a name's spellings across documents once, as a table, case folded; the uses of the unusual spelling are its locations", () => {
    const c = corpus([doc("a", [], [1, 2]), doc("b", [], [3, 3])], { source: ["Khojaly and KHOJALY", "Khojaly again", "in Khojali"], entities });
    expect(runCheck(spellingVariant, c, { scope: "variants" })).toEqual([
      {
        subject: "khojaly",
        message: 'Khojaly is spelt two ways across documents: "Khojaly" 3 times in 1 document; "Khojali" 1 time in 1 document.',
        values: [
          { value: "Khojaly", refs: [{ document: "a", source: 1, text: "Khojaly" }] },
          { value: "Khojali", refs: [{ document: "b", source: 3, text: "Khojali" }] },
        ],
        refs: [{ document: "b", source: 3, text: "Khojali" }],
        table: true,
      },
    ]);
  });

  it("reports a document that prints two spellings on its own, and no table when no other document differs", () => {
    const c = corpus([doc("a", [], [1, 2]), doc("b", [], [3, 3])], { source: ["Khojaly and KHOJALI", "Khojaly again", "in Khojaly"], entities });
    expect(runCheck(spellingVariant, c, { scope: "variants" })).toEqual([
      {
        subject: "khojaly",
        key: "in:a",
        message: 'a spells Khojaly two ways: "Khojaly" 2 times (lines 1, 2); "Khojali" 1 time (line 1).',
        values: [
          {
            value: "Khojaly",
            refs: [
              { document: "a", source: 1, text: "Khojaly" },
              { document: "a", source: 2, text: "Khojaly" },
            ],
          },
          { value: "Khojali", refs: [{ document: "a", source: 1, text: "KHOJALI" }] },
        ],
        refs: [{ document: "a", source: 1, text: "KHOJALI" }],
      },
    ]);
  });

  it("names at most six lines of a spelling in the message, every line of the unusual spelling a location", () => {
    const source = [...Array<string>(7).fill("Khojaly"), "Khojali"];
    const [f] = runCheck(spellingVariant, corpus([doc("a", [], [1, 8])], { source, entities }), { scope: "variants" });
    expect(f?.message).toBe('a spells Khojaly two ways: "Khojaly" 7 times (lines 1, 2, 3, 4, 5, 6 and 1 more); "Khojali" 1 time (line 8).');
    expect(f?.refs).toEqual([{ document: "a", source: 8, text: "Khojali" }]);
    const [g] = runCheck(spellingVariant, corpus([doc("a", [], [1, 7])], { source: source.slice(1) }), { scope: "variants" });
    expect(g).toBeUndefined();
    const [h] = runCheck(spellingVariant, corpus([doc("a", [], [1, 7])], { source: source.slice(1), entities }), { scope: "variants" });
    expect(h?.message).toBe('a spells Khojaly two ways: "Khojaly" 6 times (lines 1, 2, 3, 4, 5, 6); "Khojali" 1 time (line 7).');
  });

  it("takes a name glossed in brackets for no mixing, and a domain for no spelling", () => {
    const more: EntityEntry[] = [
      { id: "khankendi", name: "Khankendi", kind: "place", aliases: ["Khankendi", "Stepanakert"] },
      { id: "azertac", name: "AzerTAc", kind: "outlet", aliases: ["AzerTAc", "Azertag"] },
    ];
    const run = (source: string[]): (string | undefined)[] =>
      runCheck(spellingVariant, corpus([doc("a", [], [1, 1]), doc("b", [], [2, 2])], { source, entities: more }), { scope: "variants" }).map((f) => f.key);
    expect(run(["in Khankendi (Stepanakert) and Khankendi", "AzerTAc, www.azertag.az"])).toEqual([]);
    // One step each side: the other name outside brackets mixes; the name outside an address is a spelling.
    expect(run(["in Khankendi, Stepanakert and Khankendi", "AzerTAc, www.azertag.az"])).toEqual(["in:a"]);
    expect(run(["in Khankendi (Stepanakert) and Khankendi", "AzerTAc, Azertag"])).toEqual(["in:b"]);
  });

  it("is silent when an entity is spelled one way", () => {
    expect(runCheck(spellingVariant, corpus([doc("a", [], [1, 1])], { source: ["Khojaly, Khojaly"], entities }), { scope: "variants" })).toEqual([]);
  });

  it("reports near misses that are no known spelling, look-alike letters folded", () => {
    const source = ["the Khojlay tragedy in Кhojlay"];
    const findings = runCheck(spellingVariant, corpus([doc("a", [], [1, 1])], { source, entities }), { scope: "typos" });
    expect(findings.map((f) => [f.key, f.refs])).toEqual([
      ["Khojlay", [{ document: "a", source: 1, text: "Khojlay" }]],
      ["Кhojlay", [{ document: "a", source: 1, text: "Кhojlay" }]],
    ]);
  });

  it("leaves a known spelling whose only fault is a letter of another script to mixed-script", () => {
    const source = ["the tragedy in Кhojaly and Khojalу"];
    expect(runCheck(spellingVariant, corpus([doc("a", [], [1, 1])], { source, entities }), { scope: "typos" })).toEqual([]);
  });

  it("names the known spelling that explains the damage best, and guesses nothing between two names", () => {
    const two: EntityEntry[] = [
      { id: "x", name: "Barda", kind: "place", aliases: ["Barda"] },
      { id: "y", name: "Barta", kind: "place", aliases: ["Barta"] },
      { id: "z", name: "Khojaly", kind: "place", aliases: ["Khojaly", "Khojalu"] },
    ];
    // "Bardta" is one edit from both Barda and Barta; "Khojaky" is a key beside "l" (Khojaly), not "u" (Khojalu).
    const source = ["in Bardta and Khojaky"];
    const findings = runCheck(spellingVariant, corpus([doc("a", [], [1, 1])], { source, entities: two }), { scope: "typos" });
    expect(findings.map((f) => f.message)).toEqual(['"Khojaky" (a line 1) is close to "Khojaly" but is no known spelling of Khojaly: a probable typo.']);
  });

  it("does not take a different word with another first letter for a typo", () => {
    expect(runCheck(spellingVariant, corpus([doc("a", [], [1, 1])], { source: ["the Ugandan capital"], entities }), { scope: "typos" })).toEqual([]);
  });
});
