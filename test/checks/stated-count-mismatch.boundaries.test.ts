import { describe, expect, it } from "vitest";
import { statedCountMismatch } from "../../src/checks/stated-count-mismatch.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const list = (items: string[], count: number | undefined, countQuote?: string): Claim => ({
  kind: "list",
  fact: "recognition.us-states",
  items,
  ...(count === undefined ? {} : { count }),
  ...(countQuote === undefined ? {} : { countQuote }),
  quote: "States",
  line: 4,
});
const messages = (claims: Claim[], options: object = {}) => runCheck(statedCountMismatch, corpus([doc("a", claims)]), options).map((f) => f.message);

describe("stated-count-mismatch at its boundaries", () => {
  it("one member more or fewer than the count is reported, the count itself is not", () => {
    expect(messages([list(["Texas", "Maine"], 2)])).toEqual([]);
    expect(messages([list(["Texas", "Maine"], 3)])).toEqual(['a states 3 ("3") for recognition.us-states at line 4 and names 2.']);
    expect(messages([list(["Texas", "Maine"], 1, "one")])).toEqual(['a states 1 ("one") for recognition.us-states at line 4 and names 2.']);
  });

  it("a list without a count, or a claim of another kind, says nothing", () => {
    expect(messages([list(["Texas", "Maine"], undefined)])).toEqual([]);
    expect(messages([{ kind: "number", fact: "recognition.us-states", value: 3, quote: "3", line: 4 }])).toEqual([]);
  });

  it("only the facts it is given, when given", () => {
    expect(messages([list(["Texas"], 2)], { facts: ["other"] })).toEqual([]);
    expect(messages([list(["Texas"], 2)], { facts: ["other", "recognition.us-states"] })).toHaveLength(1);
  });
});
