import { describe, expect, it } from "vitest";
import { claimValue, valueProblem } from "../../src/checks/claim-value.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const base = { fact: "f.x", line: 1 };
const date = (value: string, quote: string, until?: string): Claim => ({ ...base, kind: "date", value, quote, ...(until ? { until } : {}) });
const vague = (value: Extract<Claim, { kind: "vague" }>["value"], quote: string): Claim => ({ ...base, kind: "vague", value, quote });

describe("valueProblem for every kind of claim", () => {
  it("vague words: the word the value names, as a whole word", () => {
    expect(valueProblem(vague("thousands", "thousands of people"), [])).toBeUndefined();
    expect(valueProblem(vague("dozens", "a dozen people"), [])).toBeUndefined();
    expect(valueProblem(vague("tens-of-thousands", "ten thousands of people"), [])).toBeUndefined();
    expect(valueProblem(vague("hundreds", "thousands of people"), [])).toBe('"hundreds" is not what its quote says');
    expect(valueProblem(vague("tens", "attention"), [])).toBe('"tens" is not what its quote says');
  });

  it("dates: a span of years printed both, a range printed as one date or two", () => {
    expect(valueProblem(date("1992", "in 1992-1993", "1993"), [])).toBeUndefined();
    expect(valueProblem(date("1992", "in 1992 only", "1993"), [])).toBe("date 1992 to 1993 is not printed in its quote");
    expect(valueProblem(date("1992-02-25", "25-26 February 1992", "1992-02-26"), [])).toBeUndefined();
    expect(valueProblem(date("1992-02-25", "25-27 February 1992", "1992-02-26"), [])).toBe("date 1992-02-25 to 1992-02-26 is not printed in its quote");
    expect(valueProblem(date("1992-02-25", "on 25 February 1992 and 26 February 1992", "1992-02-26"), [])).toBeUndefined();
    // A quote that prints the first day alone does not contradict the range.
    expect(valueProblem(date("1992-02-25", "on 25 February 1992", "1992-02-26"), [])).toBeUndefined();
    expect(valueProblem(date("1992-02-25", "on 24 February 1992 and 26 February 1992", "1992-02-26"), [])).toBe(
      "date 1992-02-25 to 1992-02-26 is not printed in its quote",
    );
    expect(valueProblem(date("1992-02-25", "on 25 February 1992"), [])).toBeUndefined();
    expect(valueProblem(date("1992-02-25", "25-26 February 1992"), [])).toBeUndefined();
    expect(valueProblem(date("1992", "the year 1992"), [])).toBeUndefined();
    expect(valueProblem(date("1992", "the year 19921"), [])).toBe("date 1992 is not printed in its quote");
    expect(valueProblem(date("1992-02", "February 1992"), [])).toBeUndefined();
    expect(valueProblem(date("1992-02", "the year 1992"), [])).toBe("date 1992-02 is not printed in its quote");
  });

  it("text and spellings: the value's letters and digits inside the quote's", () => {
    expect(valueProblem({ ...base, kind: "text", value: "Khojaly-town", quote: "the KHOJALY town" }, [])).toBeUndefined();
    expect(valueProblem({ ...base, kind: "text", value: "Shusha", quote: "the town" }, [])).toBe('"Shusha" is not in its quote');
    const entity: Claim = { ...base, kind: "entity", entity: "khojaly", spelling: "Khojaly", quote: "in Khojaly" };
    expect(valueProblem(entity, [])).toBeUndefined();
    expect(valueProblem({ ...entity, spelling: "Xocali" }, [])).toBe('spelling "Xocali" is not in its quote');
  });

  it("citations: the number and the date, each if given", () => {
    const cite: Claim = { ...base, kind: "citation", instrument: "unsc-822", quote: "resolution 822 of 30 April 1993" };
    expect(valueProblem(cite, [])).toBeUndefined();
    expect(valueProblem({ ...cite, number: "822", date: "1993-04-30" }, [])).toBeUndefined();
    expect(valueProblem({ ...cite, number: "853" }, [])).toBe('cited number "853" is not in its quote');
    expect(valueProblem({ ...cite, date: "1993-07-29" }, [])).toBe("cited date 1993-07-29 is not printed in its quote");
    expect(valueProblem({ ...cite, number: "853", date: "1993-07-29" }, [])).toBe('cited number "853" is not in its quote');
  });

  it("lists: items read on from the line, the count in the count quote or else the quote", () => {
    const lines = ["Texas,", "", "Maine", "and 2 States"];
    const list: Claim = { ...base, kind: "list", items: ["Texas", "Maine"], quote: "Texas", count: 2 };
    expect(valueProblem(list, ["two States: Texas and Maine"])).toBe("stated count 2 is not in its count quote");
    expect(valueProblem({ ...list, quote: "2 States: Texas" }, ["2 States: Texas and Maine"])).toBeUndefined();
    expect(valueProblem({ ...list, countQuote: "and 2 States" }, lines)).toBeUndefined();
    expect(valueProblem({ ...list, items: ["Texas", "Ohio", "Utah"], countQuote: "and 2 States" }, lines)).toBe('list items not in its quote: "Ohio", "Utah"');
    expect(valueProblem({ ...base, kind: "list", items: ["Texas", "Maine"], quote: "Texas" }, lines)).toBeUndefined();
  });
});

describe("claim-value findings", () => {
  it("a finding names the claim, its line and quote, and reads the record's own source", () => {
    const d = doc("a", [{ ...base, kind: "text", value: "Shusha", quote: " the   town ", line: 2 }]);
    expect(runCheck(claimValue, corpus([d], { source: ["x", "the town"] }))).toEqual([
      {
        subject: "a",
        key: "f.x|2|the town",
        message: 'Claim "f.x" at source line 2 of a: "Shusha" is not in its quote ("the town").',
        values: [{ value: " the   town ", refs: [{ document: "a", claim: 0 }] }],
        refs: [{ document: "a", claim: 0 }],
      },
    ]);
    const list: Claim = { ...base, kind: "list", items: ["Texas", "Maine"], quote: "Texas", line: 1 };
    expect(runCheck(claimValue, corpus([doc("a", [list])], { source: ["Texas and Maine"] }))).toEqual([]);
    expect(runCheck(claimValue, corpus([doc("a", [list])], { source: ["Texas and Ohio"] }))).toHaveLength(1);
  });
});
