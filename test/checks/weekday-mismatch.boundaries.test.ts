import { describe, expect, it } from "vitest";
import { weekdayMismatch } from "../../src/checks/weekday-mismatch.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const opts = { facts: ["mentioned.weekday"] };
const day = (value: string, quote: string, fact = "mentioned.weekday"): Claim => ({ kind: "text", fact, value, quote, line: 5 });
const dated = (iso: string | undefined, claims: Claim[], precision: "day" | "month" = "day"): LoadedDocument => {
  const d = doc("a", claims);
  return iso === undefined ? d : { ...d, record: { ...d.record, date: { printed: iso, iso, precision } } };
};
const run = (d: LoadedDocument, options: object = opts) => runCheck(weekdayMismatch, corpus([d]), options);

describe("weekday-mismatch at its boundaries", () => {
  it("a finding names the weekday, the claim and its line", () => {
    expect(run(dated("2010-02-26", [day("Thursday", "on Thursday, February 26")]))).toEqual([
      {
        subject: "a",
        key: "5|Thursday",
        message: "a calls 2010-02-26 a Thursday (line 5); it was a Friday.",
        values: [{ value: "Thursday", refs: [{ document: "a", claim: 0 }] }],
        refs: [{ document: "a", claim: 0 }],
      },
    ]);
  });

  it("reads only text claims of the facts it is given", () => {
    const wrong = day("Thursday", "on Thursday, February 26");
    expect(run(dated("2010-02-26", [{ ...wrong, fact: "other.fact" }]))).toEqual([]);
    expect(run(dated("2010-02-26", [{ kind: "number", fact: "mentioned.weekday", value: 26, quote: "February 26", line: 5 }]))).toEqual([]);
    expect(run(dated("2010-02-26", [{ ...wrong, fact: "other.fact" }]), { facts: ["mentioned.weekday", "other.fact"] })).toHaveLength(1);
  });

  it("a day and month beside it take the year of the document's date", () => {
    expect(run(dated("2010-03-01", [day("Friday", "on Friday, February 26")]))).toEqual([]);
    expect(run(dated("2011-03-01", [day("Friday", "on Friday, February 26")])).map((f) => f.message)).toEqual([
      "a calls 2011-02-26 a Friday (line 5); it was a Saturday.",
    ]);
  });

  it("a day and month beside it, in a document with no day date, decide nothing", () => {
    expect(run(dated(undefined, [day("Monday", "on Monday, February 26")]))).toEqual([]);
    expect(run(dated("2010-02", [day("Monday", "on Monday, February 26")], "month"))).toEqual([]);
  });

  it("a date of a month only beside it does not decide the weekday; the document's date does", () => {
    expect(run(dated("2010-02-26", [day("Friday", "on Friday, in February 2010")]))).toEqual([]);
    expect(run(dated("2010-02-26", [day("Monday", "on Monday, in February 2010")]))).toHaveLength(1);
  });

  it("with no date beside it: the document's day and windowDays before it, not one more", () => {
    // 2009-02-28 was a Saturday.
    const at = (weekday: string, windowDays?: number) =>
      run(dated("2009-02-28", [day(weekday, `organized ${weekday} a ceremony`)]), windowDays === undefined ? opts : { ...opts, windowDays });
    expect(at("Saturday", 0)).toEqual([]);
    expect(at("Friday", 0)).toHaveLength(1);
    expect(at("Friday", 1)).toEqual([]);
    expect(at("Thursday", 1)).toHaveLength(1);
    expect(at("Thursday")).toEqual([]);
    expect(at("Wednesday")).toHaveLength(1);
    expect(at("Sunday", 6)).toEqual([]);
    expect(at("Sunday", 5)).toHaveLength(1);
    expect(at("Wednesday").map((f) => f.message)).toEqual([
      "a, dated 2009-02-28, names Wednesday (line 5), which is not its date nor within 2 days before it (2009-02-28 was a Saturday).",
    ]);
    expect(at("Wednesday")[0]?.key).toBe("5|Wednesday");
  });

  it("a document dated only to the month, or not at all, is not judged without a date beside the weekday", () => {
    expect(run(dated("2009-02", [day("Wednesday", "organized Wednesday a ceremony")], "month"))).toEqual([]);
    expect(run(dated(undefined, [day("Wednesday", "organized Wednesday a ceremony")]))).toEqual([]);
  });
});
