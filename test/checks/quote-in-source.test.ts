import { describe, expect, it } from "vitest";
import { quoteInSource, quoteStandsAt } from "../../src/checks/quote-in-source.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const source = ["In Khojaly 613 people", "", "were killed, 1000 became", "", "invalid.", "Other text"];

describe("quoteStandsAt", () => {
  it("finds a quote that runs over blank-separated lines", () => {
    expect(quoteStandsAt(source, 1, "613 people were killed", 8)).toBe(true);
  });
  it("ignores whitespace differences only", () => {
    expect(quoteStandsAt(source, 1, "613   people\nwere killed", 8)).toBe(true);
    expect(quoteStandsAt(source, 1, "613 People were killed", 8)).toBe(false);
  });
  it("requires the quote to start on its line", () => {
    expect(quoteStandsAt(source, 1, "1000 became", 8)).toBe(false);
    expect(quoteStandsAt(source, 3, "1000 became", 8)).toBe(true);
  });
});

describe("quote-in-source", () => {
  it("passes a quote that is at its line", () => {
    const c = corpus([doc("a", [{ kind: "number", fact: "killed.total", value: 613, quote: "613 people", line: 1 }])], { source });
    expect(runCheck(quoteInSource, c)).toEqual([]);
  });
  it("reports a quote at the wrong line and says where it stands", () => {
    const c = corpus([doc("a", [{ kind: "number", fact: "disabled", value: 1000, quote: "1000 became", line: 1 }])], { source });
    expect(runCheck(quoteInSource, c)).toEqual([
      {
        subject: "a",
        key: "disabled|1|1000 became",
        message: 'Quote "1000 became" of claim "disabled" is not at source line 1; it stands at line 3.',
        values: [{ value: "1000 became", refs: [{ document: "a", claim: 0 }] }],
        refs: [{ document: "a", claim: 0 }],
      },
    ]);
  });
  it("reports a claim outside its document's span", () => {
    const c = corpus([doc("a", [{ kind: "number", fact: "killed.total", value: 613, quote: "613 people", line: 1 }], [3, 6])], { source });
    const [f] = runCheck(quoteInSource, c);
    expect(f?.message).toBe('Claim "killed.total" of a points at source line 1, outside the document\'s lines 3-6.');
  });
  it("reports a changed quote", () => {
    const c = corpus([doc("a", [{ kind: "number", fact: "killed.total", value: 631, quote: "631 people", line: 1 }])], { source });
    expect(runCheck(quoteInSource, c).map((f) => f.message)).toEqual([
      'Quote "631 people" of claim "killed.total" is not at source line 1; nor anywhere in the document.',
    ]);
  });
});
