import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { qualifierScale } from "../../src/checks/qualifier-scale.js";
import type { Claim, Qualifier } from "../../src/model/claim.js";
import { corpus, doc, figure } from "../helpers/build-corpus.js";
import { newFindings, REAL_CORPUS_TIMEOUT, realCorpus, withNumber } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const fig = (value: number, qualifier?: Qualifier, fact = "killed.total"): Claim => figure(fact, value, qualifier);

describe("qualifier-scale", () => {
  it('reports "more than 60" beside 613 with the ratio', () => {
    const c = corpus([doc("a", [fig(60, "more-than")]), doc("b", [fig(613)]), doc("c", [fig(613)])]);
    const found = runCheck(qualifierScale, c);
    expect(found.map((f) => f.message)).toEqual([
      'For killed.total document a says "more than 60"; documents b and c give "613": ratio 10.2, compatible with "more than 60" but the size of a digit dropped or added.',
    ]);
    expect(found[0]?.values.map((v) => v.value)).toEqual(["more than 60", "613"]);
    expect(found[0]?.refs.map((r) => r.document)).toEqual(["a", "b", "c"]);
  });

  it('reports "nearly 6000" and "up to 6000" beside a tenth of it', () => {
    const c = corpus([doc("a", [fig(6000, "nearly")]), doc("b", [fig(6000, "up-to")]), doc("c", [fig(600)])]);
    expect(runCheck(qualifierScale, c).map((f) => f.message)).toEqual([
      'For killed.total document a says "nearly 6,000"; document c gives "600": ratio 10.0, compatible with "nearly 6,000" but the size of a digit dropped or added.',
      'For killed.total document b says "up to 6,000"; document c gives "600": ratio 10.0, compatible with "up to 6,000" but the size of a digit dropped or added.',
    ]);
  });

  it("never compares a fact the registry marks as rhetorical", () => {
    const c = corpus([doc("a", [fig(60, "more-than")]), doc("b", [fig(613)])]);
    const facts = (rhetorical: boolean) =>
      new Map([["killed.total", { key: "killed.total", label: "Years", meaning: "m", unit: "years" as const, rhetorical }]]);
    expect(runCheck(qualifierScale, { ...c, facts: facts(true) })).toEqual([]);
    expect(runCheck(qualifierScale, { ...c, facts: facts(false) })).toHaveLength(1);
  });

  it("is silent below the ratio, for 'about', for a figure open the same way, and within one document", () => {
    const c = corpus([
      // 590 is 9.8 times 60.
      doc("a", [fig(60, "more-than"), fig(60, "about", "missing")]),
      doc("b", [fig(590), fig(6000, undefined, "missing")]),
      // "up to 613" may be 60: its whole interval is not an order of magnitude above.
      doc("d", [fig(60, "over", "wounded")]),
      doc("e", [fig(613, "up-to", "wounded")]),
      doc("f", [fig(6000, "nearly", "disabled"), fig(5, undefined, "disabled")]),
    ]);
    expect(runCheck(qualifierScale, c)).toEqual([]);
  });

  it("property: the order of documents does not change the findings", () => {
    const q = fc.constantFrom<Qualifier | undefined>(undefined, "more-than", "over", "nearly", "up-to", "about");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 100000 }), q), { minLength: 1, maxLength: 7 }), (xs) => {
        const docs = xs.map(([v, qu], i) => doc(`d${i}`, [fig(v, qu)]));
        expect(runCheck(qualifierScale, corpus([...docs].reverse()))).toEqual(runCheck(qualifierScale, corpus(docs)));
      }),
      // Two documents stating one open figure used to be listed in corpus order.
      {
        examples: [
          [
            [
              [10, "more-than"],
              [100, undefined],
              [10, "more-than"],
            ],
          ],
        ],
      },
    );
  });

  it("property: a figure less than ratio times an open lower bound never fires, nor one above a tenth of an open upper bound", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0, max: 0.999, noNaN: true }), fc.boolean(), (x, share, up) => {
        const other = up ? Math.floor(x * 10 * share) : Math.ceil(x / (10 * Math.max(share, 0.1001)));
        const c = corpus([doc("a", [fig(x, up ? "more-than" : "nearly")]), doc("b", [fig(Math.max(other, 1))])]);
        const y = Math.max(other, 1);
        if (up ? y < 10 * x : y * 10 > x) expect(runCheck(qualifierScale, c)).toEqual([]);
      }),
    );
  });

  it(
    "planted fault: a digit dropped from an open figure in a real record is reported there and only there",
    () => {
      const real = realCorpus();
      const id = "2009-02-28-us-congressman-whitfield-statement";
      const planted = withNumber(real, id, "hostages.still-held", 15);
      const found = newFindings(qualifierScale, "qualifier-scale", real, planted);
      expect(found.map((f) => [f.subject, f.key])).toEqual([["hostages.still-held", "more than 15"]]);
      expect(found[0]?.message).toContain(`document ${id} says "more than 15"`);
    },
    REAL_CORPUS_TIMEOUT,
  );
});
