import { describe, expect, it } from "vitest";
import { textConflict } from "../../src/checks/text-conflict.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const text = (fact: string, value: string): Claim => ({ kind: "text", fact, value, quote: value, line: 1 });
const fenwick = (value: string): Claim => text("person.fenwick", value);

describe("text-conflict at its edges", () => {
  it("a fact named without a final full stop is a key, never a prefix", () => {
    const c = corpus([doc("a", [fenwick("John Fenwick")]), doc("b", [fenwick("James Fenwick")])]);
    expect(runCheck(textConflict, c, { facts: ["person.fen"] })).toEqual([]);
    expect(runCheck(textConflict, c, { facts: ["person.fenwick"] })).toHaveLength(1);
  });

  it("reads two printings that differ only by an apostrophe or a space as one", () => {
    const c = corpus([doc("a", [fenwick("John O'Fenwick")]), doc("b", [fenwick("John OFenwick")]), doc("c", [fenwick("JohnO Fenwick")])]);
    expect(runCheck(textConflict, c, {})).toEqual([]);
  });

  it("lists the documents of each form in order whatever the corpus's order, and refers to every printing", () => {
    const c = corpus([doc("c", [fenwick("John Fenwick")]), doc("b", [fenwick("James Fenwick")]), doc("a", [fenwick("John Fenwick")])]);
    const [f] = runCheck(textConflict, c, {});
    expect(f?.message).toBe('Documents give person.fenwick differently: "James Fenwick" (b) and "John Fenwick" (a, c).');
    expect(f?.refs).toEqual([
      { document: "c", claim: 0 },
      { document: "b", claim: 0 },
      { document: "a", claim: 0 },
    ]);
  });
});
