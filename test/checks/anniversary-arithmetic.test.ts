import { describe, expect, it } from "vitest";
import { anniversaryArithmetic } from "../../src/checks/anniversary-arithmetic.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const opts = { eventDate: "1992-02-26", ordinalFacts: ["anniversary.ordinal"], yearsFacts: ["event.years-since"] };
const n = (fact: string, value: number): Claim => ({ kind: "number", fact, value, quote: String(value), line: 3 });
const dated = (iso: string, claims: Claim[]): LoadedDocument => {
  const d = doc("a", claims);
  return { ...d, record: { ...d.record, date: { printed: iso, iso, precision: "day" } } };
};

describe("anniversary-arithmetic", () => {
  it("accepts the anniversary of the document's year, before or after the day", () => {
    expect(runCheck(anniversaryArithmetic, corpus([dated("2009-02-17", [n("anniversary.ordinal", 17)])]), opts)).toEqual([]);
    expect(runCheck(anniversaryArithmetic, corpus([dated("2009-02-28", [n("anniversary.ordinal", 17)])]), opts)).toEqual([]);
  });

  it("reports an ordinal that the document's date cannot have", () => {
    expect(runCheck(anniversaryArithmetic, corpus([dated("2010-02-26", [n("anniversary.ordinal", 17)])]), opts).map((f) => f.message)).toEqual([
      "a, dated 2010-02-26, gives 17 (anniversary.ordinal, line 3); counted from 1992-02-26 that date gives 18.",
    ]);
  });

  it("accepts years elapsed rounded either way, and reports a count off by more", () => {
    expect(runCheck(anniversaryArithmetic, corpus([dated("2010-01-30", [n("event.years-since", 17), n("event.years-since", 18)])]), opts)).toEqual([]);
    expect(runCheck(anniversaryArithmetic, corpus([dated("2010-01-30", [n("event.years-since", 16)])]), opts)).toHaveLength(1);
  });

  it("skips undated documents", () => {
    expect(runCheck(anniversaryArithmetic, corpus([doc("u", [n("anniversary.ordinal", 10)])]), opts)).toEqual([]);
  });
});
