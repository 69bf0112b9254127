import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureConflict } from "../../src/checks/figure-conflict.js";
import type { Claim, Qualifier } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const killed = (value: number, qualifier?: Qualifier, line = 1): Claim => ({
  kind: "number",
  fact: "killed.total",
  value,
  quote: String(value),
  line,
  ...(qualifier ? { qualifier } : {}),
});
const vague = (value: "hundreds" | "thousands", line = 1): Claim => ({ kind: "vague", fact: "killed.total", value, quote: value, line });

const attributed = (value: number, to: string, line = 1): Claim => ({
  kind: "number",
  fact: "killed.total",
  value,
  quote: String(value),
  line,
  attributedTo: to,
});

describe("figure-conflict", () => {
  it("names the source a figure is attributed to, and counts a source reported by two documents once", () => {
    const c = corpus([
      doc("a", [killed(613)]),
      doc("later", [attributed(613, "a", 1), attributed(485, "inquiry", 2)]),
      doc("other", [attributed(485, "inquiry")]),
    ]);
    expect(runCheck(figureConflict, c).map((f) => f.message)).toEqual(['Documents give incompatible figures for killed.total: "485" (inquiry); "613" (a).']);
  });

  it("names the reporting document beside a source no document of the archive is", () => {
    const c = corpus([doc("a", [killed(613)]), doc("later", [attributed(485, "the 1993 inquiry")])]);
    expect(runCheck(figureConflict, c).map((f) => f.message)).toEqual([
      'Documents give incompatible figures for killed.total: "485" (the 1993 inquiry (reported in later)); "613" (a).',
    ]);
  });

  it("is silent when every figure can be the same number", () => {
    const c = corpus([
      doc("a", [killed(613)]),
      doc("b", [killed(613)]),
      doc("c", [killed(600, "over")]),
      doc("d", [vague("hundreds")]),
      doc("e", [killed(650, "up-to")]),
    ]);
    expect(runCheck(figureConflict, c)).toEqual([]);
  });

  it("treats 'about' as a band around the value", () => {
    expect(runCheck(figureConflict, corpus([doc("a", [killed(1000, "about")]), doc("b", [killed(950)])]))).toEqual([]);
    expect(runCheck(figureConflict, corpus([doc("a", [killed(1000, "about")]), doc("b", [killed(487)])])).length).toBe(1);
  });

  it("reports one finding per fact with every value and document (the variant table)", () => {
    const c = corpus([doc("a", [killed(613)]), doc("b", [killed(613, undefined, 5)]), doc("c", [killed(485)]), doc("d", [killed(613, "over")])]);
    expect(runCheck(figureConflict, c)).toEqual([
      {
        subject: "killed.total",
        message: 'Documents give incompatible figures for killed.total: "485" (c); "613" (2 documents), also as "over 613" (d).',
        values: [
          { value: "485", refs: [{ document: "c", claim: 0 }] },
          {
            value: "613",
            refs: [
              { document: "a", claim: 0 },
              { document: "b", claim: 0 },
            ],
          },
          { value: "over 613", refs: [{ document: "d", claim: 0 }] },
        ],
        refs: [
          { document: "a", claim: 0 },
          { document: "b", claim: 0 },
          { document: "c", claim: 0 },
          { document: "d", claim: 0 },
        ],
      },
    ]);
  });

  it("reports a disagreement inside one document", () => {
    expect(runCheck(figureConflict, corpus([doc("a", [killed(613), killed(485, undefined, 2)])])).map((f) => f.values.map((v) => v.value))).toEqual([
      ["485", "613"],
    ]);
  });

  it("never compares excluded facts", () => {
    const c = corpus([doc("a", [{ ...killed(1), fact: "mentioned.number" }]), doc("b", [{ ...killed(2), fact: "mentioned.number" }])]);
    expect(runCheck(figureConflict, c, { exclude: ["mentioned."] })).toEqual([]);
  });

  const figure = fc.record({
    value: fc.constantFrom(63, 83, 100, 613),
    qualifier: fc.constantFrom<Qualifier | undefined>(undefined, "over", "about", "up-to"),
  });

  it("property: symmetric in the order of documents", () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 7 }), (figs) => {
        const docs = figs.map((f, i) => doc(`d${i}`, [killed(f.value, f.qualifier, i + 1)]));
        expect(runCheck(figureConflict, corpus([...docs].reverse()))).toEqual(runCheck(figureConflict, corpus(docs)));
      }),
    );
  });

  it("property: adding a claim equal to an existing one never adds a finding", () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 7 }), fc.nat(), (figs, pick) => {
        const docs = figs.map((f, i) => doc(`d${i}`, [killed(f.value, f.qualifier, i + 1)]));
        const copy = figs[pick % figs.length];
        if (!copy) return;
        const before = runCheck(figureConflict, corpus(docs)).length;
        const after = runCheck(figureConflict, corpus([...docs, doc("extra", [killed(copy.value, copy.qualifier, 99)])])).length;
        expect(after).toBe(before);
      }),
    );
  });

  it("is silent on a bare figure and the same figure behind any qualifier (7,000 and almost 7,000)", () => {
    for (const q of ["over", "more-than", "at-least", "up-to", "less-than", "about", "nearly", "almost"] as const) {
      expect(runCheck(figureConflict, corpus([doc("a", [killed(7000)]), doc("b", [killed(7000, q)])])), q).toEqual([]);
    }
    expect(runCheck(figureConflict, corpus([doc("a", [killed(4)]), doc("b", [killed(4, "over")])]))).toEqual([]);
  });

  it("reads a bare figure's rounding against a qualified one: half its unit, at most the rounding share", () => {
    const pair = (bare: number, over: number, o = {}): number =>
      runCheck(figureConflict, corpus([doc("a", [killed(bare)]), doc("b", [killed(over, "over")])]), o).length;
    // 6,950 is given to the ten: it reaches 6,955, not above 7,000.
    expect(pair(6950, 7000)).toBe(1);
    // 7,000 is given to the thousand, capped at 5 %: it reaches 7,350, above "over 7,000".
    expect(pair(7000, 7000)).toBe(0);
    expect(pair(7000, 7349)).toBe(0);
    expect(pair(7000, 7350)).toBe(1);
    // With no rounding the bound is strict again.
    expect(pair(7000, 7000, { rounding: 0 })).toBe(1);
  });

  it("keeps two bare figures exact: 150 and 155 disagree", () => {
    const c = corpus([doc("a", [killed(150)]), doc("b", [killed(155)]), doc("c", [killed(150, "over")])]);
    expect(runCheck(figureConflict, c).map((f) => f.message)).toEqual([
      'Documents give incompatible figures for killed.total: "150" (a), also as "over 150" (c); "155" (b).',
    ]);
  });

  it("lists entries by their lowest figure, a bare figure's entry by the figure itself", () => {
    // "about 613" reaches down to 551.7 and comes first, yet 613's entry stands after "over 600".
    const c = corpus([doc("a", [killed(613, "about")]), doc("b", [killed(600, "over")]), doc("c", [killed(485)]), doc("d", [killed(613)])]);
    expect(runCheck(figureConflict, c).map((f) => f.message)).toEqual([
      'Documents give incompatible figures for killed.total: "485" (c); "over 600" (b); "613" (d), also as "about 613" (a).',
    ]);
  });

  it("joins qualified figures to a bare one of their value only: without one, each label stands alone", () => {
    const c = corpus([doc("a", [killed(600, "over")]), doc("b", [killed(600, "about")]), doc("c", [killed(485)])]);
    expect(runCheck(figureConflict, c).map((f) => f.message)).toEqual([
      'Documents give incompatible figures for killed.total: "485" (c); "about 600" (b); "over 600" (a).',
    ]);
  });

  it("within an entry, the bare figure first, then the qualified labels in code-point order", () => {
    const c = corpus([doc("a", [killed(613)]), doc("b", [killed(613, "over")]), doc("c", [killed(613, "about")]), doc("d", [killed(485)])]);
    expect(runCheck(figureConflict, c).map((f) => f.message)).toEqual([
      'Documents give incompatible figures for killed.total: "485" (d); "613" (a), also as "about 613" (c) and "over 613" (b).',
    ]);
  });

  it("reads only claims with a figure: a date or text claim of the fact is left out", () => {
    const date: Claim = { kind: "date", fact: "killed.total", value: "1992-02-26", quote: "26 February 1992", line: 2 };
    const text: Claim = { kind: "text", fact: "killed.total", value: "6l3", quote: "6l3", line: 3 };
    expect(runCheck(figureConflict, corpus([doc("a", [killed(613), date, text]), doc("b", [killed(613)])]))).toEqual([]);
  });

  it("never compares a fact the registry marks as rhetorical", () => {
    const c = corpus([doc("a", [killed(150)]), doc("b", [killed(200)])]);
    const facts = (rhetorical: boolean) =>
      new Map([["killed.total", { key: "killed.total", label: "Years", meaning: "m", unit: "years" as const, rhetorical }]]);
    expect(runCheck(figureConflict, { ...c, facts: facts(true) })).toEqual([]);
    expect(runCheck(figureConflict, { ...c, facts: facts(false) })).toHaveLength(1);
  });
});
