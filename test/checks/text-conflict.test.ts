import { describe, expect, it } from "vitest";
import { textConflict } from "../../src/checks/text-conflict.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const text = (fact: string, value: string, line = 1): Claim => ({ kind: "text", fact, value, quote: value, line });
const fenwick = (value: string): Claim => text("person.fenwick", value);

describe("text-conflict", () => {
  it("reports a name given two ways, once, with each form and the documents printing it", () => {
    const c = corpus([doc("a", [fenwick("John Fenwick")]), doc("b", [fenwick("James Fenwick")]), doc("c", [fenwick("John Fenwick")])]);
    const found = runCheck(textConflict, c, {});
    expect(found.map((f) => [f.subject, f.message])).toEqual([
      ["person.fenwick", 'Documents give person.fenwick differently: "James Fenwick" (b) and "John Fenwick" (a, c).'],
    ]);
    expect(found[0]?.values.map((v) => [v.value, v.refs.map((r) => r.document)])).toEqual([
      ["James Fenwick", ["b"]],
      ["John Fenwick", ["a", "c"]],
    ]);
  });

  it("is silent when the forms differ only in case, spacing or punctuation", () => {
    const c = corpus([
      doc("a", [text("commemoration.time", "17:00")]),
      doc("b", [text("commemoration.time", "17.00")]),
      doc("c", [fenwick("JOHN  FENWICK")]),
      doc("d", [fenwick("John Fenwick")]),
    ]);
    expect(runCheck(textConflict, c, {})).toEqual([]);
  });

  it("compares only the chosen facts, by key or prefix, and never the excluded ones", () => {
    const c = corpus([
      doc("a", [fenwick("John Fenwick"), text("mentioned.name", "Port Ardmore"), text("cited.act.year", "1887")]),
      doc("b", [fenwick("James Fenwick"), text("mentioned.name", "Kellin Sound"), text("cited.act.year", "1886")]),
    ]);
    expect(runCheck(textConflict, c, {}).map((f) => f.subject)).toEqual(["cited.act.year", "person.fenwick"]);
    expect(runCheck(textConflict, c, { facts: ["person."] }).map((f) => f.subject)).toEqual(["person.fenwick"]);
    expect(runCheck(textConflict, c, { facts: ["cited.act.year"] }).map((f) => f.subject)).toEqual(["cited.act.year"]);
    expect(runCheck(textConflict, c, { exclude: ["person.", "cited."] }).map((f) => f.subject)).toEqual(["mentioned.name"]);
  });

  it("selects for rule-matched-nothing only the facts named by key", () => {
    const parsed = textConflict.parseOptions({ facts: ["person.", "cited.act.year"] });
    expect(parsed.ok && parsed.selects).toEqual(["cited.act.year"]);
  });
});
