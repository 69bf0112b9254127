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
  it("counts the known spellings of an entity, case folded", () => {
    const source = ["Khojaly and KHOJALI", "Khojaly again"];
    const [f] = runCheck(spellingVariant, corpus([doc("a", [], [1, 2])], { source, entities }), { scope: "variants" });
    expect(f?.message).toBe('Khojaly is spelled 2 ways: "Khojaly" 2 times in 1 document; "Khojali" 1 time in 1 document.');
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
