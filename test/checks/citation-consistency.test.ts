import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citationConsistency } from "../../src/checks/citation-consistency.js";
import { cite, corpus, doc, instrument } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const reg = { instruments: [instrument("r-853", "853", "1993-07-29")] };

describe("citation-consistency", () => {
  it("is silent when every citation agrees with the others and the registry", () => {
    const c = corpus([doc("a", [cite("r-853", "853", "1993-07-29", 1)]), doc("b", [cite("r-853", "853", undefined, 2)])], reg);
    expect(runCheck(citationConsistency, c)).toEqual([]);
  });

  it("reports a number and a date that differ across documents, with the registry value", () => {
    const c = corpus([doc("a", [cite("r-853", "853", "1993-07-29", 1)]), doc("b", [cite("r-853", "852", "1993-07-20", 2)])], reg);
    const findings = runCheck(citationConsistency, c);
    expect(findings.map((f) => [f.key, f.message])).toEqual([
      ["number", 'Instrument r-853 is cited with the number "852" (b line 2) and "853" (a line 1); the registry (S/RES/853) gives "853".'],
      ["date", 'Instrument r-853 is cited with the date "1993-07-20" (b line 2) and "1993-07-29" (a line 1); the registry (S/RES/853) gives "1993-07-29".'],
    ]);
    expect(findings[0]?.values).toEqual([
      { value: "852", refs: [{ document: "b", claim: 0 }] },
      { value: "853", refs: [{ document: "a", claim: 0 }] },
    ]);
  });

  it("reports a citation that agrees with others but not with the registry", () => {
    const c = corpus([doc("a", [cite("r-853", "853", "1993-07-30", 1)])], reg);
    expect(runCheck(citationConsistency, c).map((f) => f.key)).toEqual(["date"]);
  });

  it("treats a month as agreeing with a day inside it", () => {
    const c = corpus([doc("a", [cite("r-853", "853", "1993-07", 1)])], reg);
    expect(runCheck(citationConsistency, c)).toEqual([]);
  });

  const citationArb = fc.record({
    number: fc.constantFrom("852", "853", "854"),
    date: fc.constantFrom("1993-07-20", "1993-07-29", "1993-07"),
  });

  it("property: the order of documents does not change the findings", () => {
    fc.assert(
      fc.property(fc.array(citationArb, { minLength: 1, maxLength: 6 }), (cs) => {
        const docs = cs.map((x, i) => doc(`d${i}`, [cite("r-853", x.number, x.date, i + 1)]));
        const forward = runCheck(citationConsistency, corpus(docs, reg));
        const backward = runCheck(citationConsistency, corpus([...docs].reverse(), reg));
        expect(backward).toEqual(forward);
      }),
    );
  });

  it("property: adding a citation equal to an existing one never adds a finding", () => {
    fc.assert(
      fc.property(fc.array(citationArb, { minLength: 1, maxLength: 6 }), fc.nat(), (cs, pick) => {
        const docs = cs.map((x, i) => doc(`d${i}`, [cite("r-853", x.number, x.date, i + 1)]));
        const copy = cs[pick % cs.length];
        if (!copy) return;
        const before = runCheck(citationConsistency, corpus(docs, reg));
        const after = runCheck(citationConsistency, corpus([...docs, doc("extra", [cite("r-853", copy.number, copy.date, 99)])], reg));
        expect(after.map((f) => f.key)).toEqual(before.map((f) => f.key));
      }),
    );
  });
});

describe("citation-consistency on print differences", () => {
  it("treats numbers that differ only in spacing as one number", () => {
    const r = { instruments: [instrument("r-260", "260 (III)", "1948-12-09")] };
    const c = corpus([doc("a", [cite("r-260", "260(III)", "1948-12-09", 1)]), doc("b", [cite("r-260", "260 (III)", undefined, 2)])], r);
    expect(runCheck(citationConsistency, c)).toEqual([]);
  });
});
