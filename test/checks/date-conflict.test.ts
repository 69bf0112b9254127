import { describe, expect, it } from "vitest";
import { dateConflict } from "../../src/checks/date-conflict.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const attack = (value: string, until?: string, line = 1): Claim => ({
  kind: "date",
  fact: "event.attack.date",
  value,
  quote: value,
  line,
  ...(until ? { until } : {}),
});
const opts = { facts: ["event.attack.date"], slackDays: 1, selfFacts: ["document.date.line"] };
const dated = (d: LoadedDocument, iso: string, title = d.record.title): LoadedDocument => ({
  ...d,
  record: { ...d.record, title, date: { printed: iso, iso, precision: "day" } },
});

describe("date-conflict", () => {
  it("is silent on the same night given as a span, a day, a month and a recurring day", () => {
    const c = corpus([
      doc("a", [attack("1992-02-25", "1992-02-26")]),
      doc("b", [attack("1992-02-26")]),
      doc("c", [attack("1992-02")]),
      doc("d", [attack("--02-26")]),
    ]);
    expect(runCheck(dateConflict, c, opts)).toEqual([]);
  });

  it("reports dates of one event that cannot be the same day", () => {
    const c = corpus([doc("a", [attack("1992-02-26")]), doc("b", [attack("1992-03-26")])]);
    expect(runCheck(dateConflict, c, opts).map((f) => f.message)).toEqual([
      'Documents date event.attack.date differently: "1992-02-26" (a) and "1992-03-26" (b).',
    ]);
  });

  it("allows the configured slack and no more", () => {
    const c = corpus([doc("a", [attack("1992-02-25")]), doc("b", [attack("1992-02-26")])]);
    expect(runCheck(dateConflict, c, opts)).toEqual([]);
    expect(runCheck(dateConflict, c, { ...opts, slackDays: 0 })).toHaveLength(1);
  });

  it("reports a document whose title or date line disagrees with its date", () => {
    const line: Claim = { kind: "date", fact: "document.date.line", value: "2012-02-26", quote: "26.02.2012", line: 9 };
    const c = corpus([dated(doc("a", [line]), "2012-02-23", "MESSAGE (23 FEBRUARY 2012)")]);
    expect(runCheck(dateConflict, c, opts).map((f) => f.message)).toEqual(['a is dated "2012-02-23" but also "2012-02-26" (document.date.line, line 9).']);
    const ok = corpus([dated(doc("a", []), "2012-02-23", "MESSAGE (23 FEBRUARY 2012)")]);
    expect(runCheck(dateConflict, ok, opts)).toEqual([]);
  });
});

describe("allCompatible", () => {
  it("property: for calendar dates, linear agreement equals pairwise agreement", async () => {
    const fc = (await import("fast-check")).default;
    const { allCompatible, datesCompatible } = await import("../../src/checks/day-range.js");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 2 }),
        (spans, slack) => {
          const ranges = spans.map(([from, len]) => ({ from, to: from + len, recurring: false }));
          const pairwise = ranges.every((a) => ranges.every((b) => datesCompatible(a, b, slack)));
          expect(allCompatible(ranges, slack)).toBe(pairwise);
        },
      ),
    );
  });
});
