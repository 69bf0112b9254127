import { describe, expect, it } from "vitest";
import { statedCountMismatch } from "../../src/checks/stated-count-mismatch.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const list = (items: string[], count: number): Claim => ({
  kind: "list",
  fact: "recognition.us-states",
  items,
  count,
  countQuote: "twenty one",
  quote: "twenty one States",
  line: 4,
});

describe("stated-count-mismatch", () => {
  it("is silent when the count matches the members named", () => {
    expect(runCheck(statedCountMismatch, corpus([doc("a", [list(["Texas", "Maine"], 2)])]))).toEqual([]);
  });

  it("reports a count that differs from the members named", () => {
    expect(runCheck(statedCountMismatch, corpus([doc("a", [list(["Texas", "Maine"], 21)])]))).toEqual([
      {
        subject: "a",
        key: "recognition.us-states|4",
        message: 'a states 21 ("twenty one") for recognition.us-states at line 4 and names 2.',
        values: [
          { value: 21, refs: [{ document: "a", claim: 0 }] },
          { value: ["Texas", "Maine"], refs: [{ document: "a", claim: 0 }] },
        ],
        refs: [{ document: "a", claim: 0 }],
      },
    ]);
  });
});
