import { describe, expect, it } from "vitest";
import { claimValue, valueProblem } from "../../src/checks/claim-value.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const n = (value: number, quote: string): Claim => ({ kind: "number", fact: "killed.total", value, quote, line: 1 });
const d = (value: string, quote: string, until?: string): Claim => ({
  kind: "date",
  fact: "event.attack.date",
  value,
  quote,
  line: 1,
  ...(until ? { until } : {}),
});

describe("valueProblem", () => {
  it.each([
    [n(613, "613 people were killed"), undefined],
    [n(1275, "1,275 peace residents"), undefined],
    [n(56, "Fifty six people"), undefined],
    [n(1000000, "more than one million innocent people"), undefined],
    [n(7000, "population of 7 thousand people"), undefined],
    [n(23, "“Twenty-three years ago"), undefined],
    [n(631, "613 people were killed"), "value 631 is not a number its quote states"],
    [d("1992-02-26", "On Feb. 26, 1992"), undefined],
    [d("1992-02-25", "At the night from the 25th to 26th February of 1992", "1992-02-26"), undefined],
    [d("2008-02-26", "26.02.2008."), undefined],
    [d("1992-02-26", "Baku, 26 February"), "date 1992-02-26 is not printed in its quote"],
  ])("%o -> %s", (claim, problem) => {
    expect(valueProblem(claim, [])).toBe(problem);
  });

  it("reads a list's items on from its line and parses a stated count in words", () => {
    const lines = ["twenty one States of the USA namely, the State of Massachusetts,", "", "Texas and Maine have passed"];
    const list: Claim = {
      kind: "list",
      fact: "recognition.us-states",
      items: ["Massachusetts", "Texas", "Maine"],
      count: 21,
      countQuote: "twenty one States",
      quote: "twenty one States of the USA",
      line: 1,
    };
    expect(valueProblem(list, lines)).toBeUndefined();
    expect(valueProblem({ ...list, items: ["Massachusetts", "Ohio"] }, lines)).toBe('list items not in its quote: "Ohio"');
    expect(valueProblem({ ...list, count: 22 }, lines)).toBe("stated count 22 is not in its count quote");
  });
});

describe("claim-value", () => {
  it("reports a value that is not its quote", () => {
    expect(runCheck(claimValue, corpus([doc("a", [n(631, "613 people were killed")])])).map((f) => f.message)).toEqual([
      'Claim "killed.total" at source line 1 of a: value 631 is not a number its quote states ("613 people were killed").',
    ]);
  });

  it("accepts a derived value, which the loader requires to carry a note", () => {
    const derived: Claim = {
      kind: "number",
      fact: "conflict.territory-occupied.percent",
      value: 20,
      quote: "the fifth part",
      line: 1,
      derived: true,
      note: "A fifth, as percent.",
    };
    expect(runCheck(claimValue, corpus([doc("a", [derived])]))).toEqual([]);
  });
});
