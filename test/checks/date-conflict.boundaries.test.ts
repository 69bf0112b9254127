import { describe, expect, it } from "vitest";
import { dateConflict } from "../../src/checks/date-conflict.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const d = (value: string, until?: string, fact = "event.date", line = 2): Claim => ({
  kind: "date",
  fact,
  value,
  quote: value,
  line,
  ...(until ? { until } : {}),
});
const dated = (id: string, iso: string, claims: Claim[], title?: string): LoadedDocument => {
  const x = doc(id, claims);
  return { ...x, record: { ...x.record, ...(title ? { title } : {}), date: { printed: iso, iso, precision: "day" } } };
};
const run = (docs: LoadedDocument[], options: object) => runCheck(dateConflict, corpus(docs), options);
const across = { facts: ["event.date"] };

describe("date-conflict at its boundaries", () => {
  it("a finding groups the documents by date, in order, and refers to every claim", () => {
    expect(run([doc("b", [d("1992-02-26")]), doc("a", [d("1992-02-25")]), doc("c", [d("1992-02-25")])], across)).toEqual([
      {
        subject: "event.date",
        message: 'Documents date event.date differently: "1992-02-25" (a, c) and "1992-02-26" (b).',
        values: [
          {
            value: "1992-02-25",
            refs: [
              { document: "a", claim: 0 },
              { document: "c", claim: 0 },
            ],
          },
          { value: "1992-02-26", refs: [{ document: "b", claim: 0 }] },
        ],
        refs: [
          { document: "a", claim: 0 },
          { document: "b", claim: 0 },
          { document: "c", claim: 0 },
        ],
      },
    ]);
  });

  it("slackDays days apart agree, one more does not", () => {
    expect(run([doc("b", [d("1992-02-26")]), doc("a", [d("1992-02-25")])], { ...across, slackDays: 1 })).toEqual([]);
    expect(run([doc("b", [d("1992-02-27")]), doc("a", [d("1992-02-25")])], { ...across, slackDays: 1 }).map((f) => f.message)).toEqual([
      'Documents date event.date differently: "1992-02-25" (a) and "1992-02-27" (b).',
    ]);
  });

  it("a span agrees with a day inside it; other facts and kinds are not compared", () => {
    expect(run([doc("a", [d("1992-02-25", "1992-02-26")]), doc("b", [d("1992-02-26")])], across)).toEqual([]);
    expect(run([doc("a", [d("1992-02-25", undefined, "other")]), doc("b", [d("1992-02-26")])], across)).toEqual([]);
    expect(run([doc("a", [{ kind: "text", fact: "event.date", value: "x", quote: "x", line: 1 }]), doc("b", [d("1992-02-26")])], across)).toEqual([]);
  });

  it("a document's own date against its date claims and the dates in its title", () => {
    const self = { selfFacts: ["document.date"] };
    expect(run([dated("a", "1993-04-30", [d("1993-04-29", undefined, "document.date")], "RESOLUTION 822 (1993) of 30 April 1993")], self)).toEqual([
      {
        subject: "a",
        key: "self",
        message: 'a is dated "1993-04-30" but also "1993-04-29" (document.date, line 2).',
        values: [
          { value: "1993-04-30", refs: [{ document: "a" }] },
          { value: "1993-04-29", refs: [{ document: "a", claim: 0 }] },
        ],
        refs: [{ document: "a" }, { document: "a", claim: 0 }],
      },
    ]);
    expect(run([dated("a", "1993-04-30", [d("1993-04-30", undefined, "document.date")], "RESOLUTION of 29 April 1993")], self).map((f) => f.message)).toEqual([
      'a is dated "1993-04-30" but also "1993-04-29" (title).',
    ]);
    expect(run([dated("a", "1993-04-30", [d("1993-04-29", undefined, "other")], "X")], self)).toEqual([]);
    expect(run([dated("a", "1993-04-30", [d("1993-04", undefined, "document.date")], "X")], self)).toEqual([]);
    expect(run([doc("a", [d("1993-04-29", undefined, "document.date")])], self)).toEqual([]);
  });
});

describe("date-conflict does not depend on claim order", () => {
  it("names a document's own other dates in source order whatever the order of its claims", () => {
    const self = { selfFacts: ["document.date"] };
    const claims = [
      d("1992-03-01", undefined, "document.date", 7),
      d("1992-03-01", undefined, "document.date", 3),
      d("1992-02-28", undefined, "document.date", 5),
    ];
    const message = (cs: Claim[]): string | undefined => run([dated("a", "1992-02-26", cs)], self)[0]?.message;
    expect(message(claims)).toBe(
      'a is dated "1992-02-26" but also "1992-03-01" (document.date, line 3), "1992-02-28" (document.date, line 5) and "1992-03-01" (document.date, line 7).',
    );
    expect(message([...claims].reverse())).toBe(message(claims));
  });
});
