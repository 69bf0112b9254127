import { describe, expect, it } from "vitest";
import { anniversaryArithmetic } from "../../src/checks/anniversary-arithmetic.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const opts = { eventDate: "1992-02-26", ordinalFacts: ["anniversary.ordinal"], yearsFacts: ["event.years-since"] };
const n = (fact: string, value: number): Claim => ({ kind: "number", fact, value, quote: String(value), line: 3 });
const dated = (iso: string, claims: Claim[], precision: "day" | "month" | "year" = "day"): LoadedDocument => {
  const d = doc("a", claims);
  return { ...d, record: { ...d.record, date: { printed: iso, iso, precision } } };
};
const run = (d: LoadedDocument, options: object = opts) => runCheck(anniversaryArithmetic, corpus([d]), options);

describe("anniversary-arithmetic at its boundaries", () => {
  it("a finding names the document, its date, the claim and what the date gives", () => {
    expect(run(dated("2010-02-26", [n("anniversary.ordinal", 17)]))).toEqual([
      {
        subject: "a",
        key: "anniversary.ordinal|3",
        message: "a, dated 2010-02-26, gives 17 (anniversary.ordinal, line 3); counted from 1992-02-26 that date gives 18.",
        values: [{ value: 17, refs: [{ document: "a", claim: 0 }] }],
        refs: [{ document: "a", claim: 0 }],
      },
    ]);
  });

  it("years elapsed within one year of the exact count pass, a whole year off does not", () => {
    // 2010-02-26 is 6,575 days on, 18.002 years of 365.2425 days: 19 is within a year of it, 17 is not.
    expect(run(dated("2010-02-26", [n("event.years-since", 18), n("event.years-since", 19)]))).toEqual([]);
    expect(run(dated("2010-02-26", [n("event.years-since", 17), n("event.years-since", 20)])).map((f) => f.message)).toEqual([
      "a, dated 2010-02-26, gives 17 (event.years-since, line 3); counted from 1992-02-26 that date gives 18 to 19.",
      "a, dated 2010-02-26, gives 20 (event.years-since, line 3); counted from 1992-02-26 that date gives 18 to 19.",
    ]);
    expect(run(dated("2010-01-30", [n("event.years-since", 16)])).map((f) => f.message)).toEqual([
      "a, dated 2010-01-30, gives 16 (event.years-since, line 3); counted from 1992-02-26 that date gives 17 to 18.",
    ]);
  });

  it("a document dated to the month counts from the middle of it; one dated to the year is not judged", () => {
    expect(run(dated("2010-02", [n("event.years-since", 17)], "month"))).toEqual([]);
    expect(run(dated("2010-03", [n("event.years-since", 17)], "month"))).toHaveLength(1);
    expect(run(dated("2010", [n("anniversary.ordinal", 3)], "year"))).toEqual([]);
  });

  it("reads only number claims of the facts it is given", () => {
    expect(run(dated("2010-02-26", [n("other.fact", 3)]))).toEqual([]);
    expect(run(dated("2010-02-26", [{ kind: "text", fact: "anniversary.ordinal", value: "3", quote: "3", line: 3 }]))).toEqual([]);
    expect(run(dated("2010-02-26", [n("anniversary.ordinal", 3)]), { eventDate: "1992-02-26" })).toEqual([]);
    expect(run(dated("2010-02-26", [n("anniversary.ordinal", 3)]), { eventDate: "1992-02-26", yearsFacts: ["anniversary.ordinal"] })).toHaveLength(1);
  });

  it("a month date counts from its fifteenth day, not its first", () => {
    // From 1992-02-10 to 2010-02-15 is 18.01 years; to 2010-02-01 it would be 17.98.
    const o = { ...opts, eventDate: "1992-02-10" };
    expect(run(dated("2010-02", [n("event.years-since", 19)], "month"), o)).toEqual([]);
    expect(run(dated("2010-02", [n("event.years-since", 17)], "month"), o)).toHaveLength(1);
  });

  it("years elapsed exactly one year off the count are reported", () => {
    // 400 Gregorian years are exactly 146,097 days.
    const o = { ...opts, eventDate: "1600-01-01" };
    expect(run(dated("2000-01-01", [n("event.years-since", 400)]), o)).toEqual([]);
    expect(run(dated("2000-01-01", [n("event.years-since", 399), n("event.years-since", 401)]), o)).toHaveLength(2);
  });
});
