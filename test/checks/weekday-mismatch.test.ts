import { describe, expect, it } from "vitest";
import { weekdayMismatch } from "../../src/checks/weekday-mismatch.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const opts = { facts: ["mentioned.weekday"] };
const day = (value: string, quote: string): Claim => ({ kind: "text", fact: "mentioned.weekday", value, quote, line: 5 });
const dated = (iso: string, claims: Claim[]): LoadedDocument => {
  const d = doc("a", claims);
  return { ...d, record: { ...d.record, date: { printed: iso, iso, precision: "day" } } };
};

describe("weekday-mismatch", () => {
  it("accepts a weekday that matches the date beside it", () => {
    expect(runCheck(weekdayMismatch, corpus([dated("2010-02-26", [day("Friday", "Since early hours of Friday, February 26")])]), opts)).toEqual([]);
  });

  it("reports a weekday that does not match the date beside it", () => {
    expect(runCheck(weekdayMismatch, corpus([dated("2010-02-26", [day("Thursday", "on Thursday, February 26")])]), opts).map((f) => f.message)).toEqual([
      "a calls 2010-02-26 a Thursday (line 5); it was a Friday.",
    ]);
  });

  it("with no date beside it, accepts the document's day or the two days before", () => {
    expect(runCheck(weekdayMismatch, corpus([dated("2009-02-28", [day("Thursday", "organized Thursday a ceremony")])]), opts)).toEqual([]);
    expect(runCheck(weekdayMismatch, corpus([dated("2009-02-28", [day("Monday", "organized Monday a ceremony")])]), opts)).toHaveLength(1);
  });
});
