import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { after, anachronism } from "../../src/checks/anachronism.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import type { OrganisationEntry } from "../../src/model/registry.js";
import { cite, corpus, doc, instrument } from "../helpers/build-corpus.js";
import { newFindings, REAL_CORPUS_TIMEOUT, realCorpus, SOURCE_FILE, withSourceLine } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const dated = (id: string, iso: string, claims: Claim[], span: [number, number] = [1, 100]): LoadedDocument => {
  const d = doc(id, claims, span);
  return { ...d, record: { ...d.record, date: { printed: iso, iso, precision: "day", line: span[0] } } };
};
const osce: OrganisationEntry = {
  id: "osce",
  names: [
    { name: "Conference on Security and Co-operation in Europe", spellings: ["CSCE"], until: "1994-12-31", reference: "Budapest Document 1994" },
    { name: "Organization for Security and Co-operation in Europe", spellings: ["OSCE"], from: "1995-01-01", reference: "Budapest Document 1994" },
  ],
};
const when = (fact: string, value: string, quote: string, line: number): Claim => ({ kind: "date", fact, value, quote, line });

describe("anachronism", () => {
  it("reports an instrument cited before it was adopted", () => {
    const c = corpus([dated("a", "1993-05-01", [cite("r874", "874", undefined, 2)])], { instruments: [instrument("r874", "874", "1993-10-14")] });
    expect(runCheck(anachronism, c).map((f) => f.message)).toEqual([
      "a, dated 1993-05-01, cites Resolution 874 (line 2), adopted on 1993-10-14, after the document's date.",
    ]);
  });

  it("reports an organisation called by a name it took only later, in full or as an acronym", () => {
    const source = ["Statement", "the OSCE Minsk Group and the Organization for Security", "and Co-operation in Europe met; the CSCE too."];
    const c = corpus([dated("a", "1993-05-01", [], [1, 3])], { source, organisations: [osce] });
    const found = runCheck(anachronism, c);
    expect(found.map((f) => f.message)).toEqual([
      'a, dated 1993-05-01, names the organisation "OSCE", "Organization for Security and Co-operation in Europe" (line 2), the name "Organization for Security and Co-operation in Europe" it took on 1995-01-01, after the document\'s date.',
    ]);
    expect(found[0]?.refs).toEqual([
      { document: "a", source: 2 },
      { document: "a", source: 1 },
    ]);
  });

  it("reports an event dated after the document that reports it as past, not a plan or a deadline", () => {
    const source = ["Report", "The version of 13 August was adopted.", "The lesson will be held on 24 August.", "Send it by 8 September."];
    const c = corpus(
      [
        dated(
          "a",
          "1993-07-29",
          [
            when("mentioned.date", "1993-08-13", "13 August was adopted", 2),
            when("mentioned.date", "1993-08-24", "24 August", 3),
            when("mentioned.date", "1993-09-08", "by 8 September", 4),
            when("document.date.line", "1993-08-30", "Report", 1),
          ],
          [1, 4],
        ),
      ],
      { source },
    );
    expect(runCheck(anachronism, c).map((f) => f.message)).toEqual([
      'a, dated 1993-07-29, reports "13 August was adopted" (line 2) as past with the date 1993-08-13, after the document\'s date.',
    ]);
  });

  it("is silent for the right name, a lower-case word in an address, an undated document, and a date in the same month", () => {
    const source = ["the CSCE Minsk Group; www.osce.org", "in July 1993"];
    const c = corpus([dated("a", "1993-07-29", [when("mentioned.date", "1993-07", "July 1993", 2)], [1, 2]), doc("b", [], [1, 2])], {
      source,
      organisations: [osce],
    });
    expect(runCheck(anachronism, c)).toEqual([]);
  });

  it("a later instrument: every field of the finding; an earlier or unregistered instrument is not reported", () => {
    const c = corpus([dated("a", "1993-05-01", [cite("r874", "874", undefined, 2), cite("r822", "822", undefined, 3), cite("r999", "999", undefined, 4)])], {
      instruments: [instrument("r874", "874", "1993-10-14"), instrument("r822", "822", "1993-04-30")],
    });
    expect(runCheck(anachronism, c)).toEqual([
      {
        subject: "a",
        key: "instrument|r874|2",
        message: "a, dated 1993-05-01, cites Resolution 874 (line 2), adopted on 1993-10-14, after the document's date.",
        values: [
          { value: "1993-05-01", refs: [{ document: "a", source: 1 }] },
          { value: "1993-10-14", refs: [{ document: "a", claim: 0 }] },
        ],
        refs: [
          { document: "a", claim: 0 },
          { document: "a", source: 1 },
        ],
      },
    ]);
  });

  it("a document date printed on no line adds no location", () => {
    const d = doc("a", [cite("r874", "874", undefined, 2)]);
    const undated = { ...d, record: { ...d.record, date: { printed: "1993-05-01", iso: "1993-05-01", precision: "day" as const } } };
    const [found] = runCheck(anachronism, corpus([undated], { instruments: [instrument("r874", "874", "1993-10-14")] }));
    expect(found?.refs).toEqual([{ document: "a", claim: 0 }]);
    expect(found?.values[0]).toEqual({ value: "1993-05-01", refs: [] });
  });

  it("a later name: every field of the finding, its lines in order, organisations in id order", () => {
    const hrc: OrganisationEntry = {
      id: "hrc",
      names: [
        { name: "Commission on Human Rights", until: "2006-06-15", reference: "A/RES/60/251" },
        { name: "Human Rights Council", from: "2006-06-16", reference: "A/RES/60/251" },
      ],
    };
    const helsinki: OrganisationEntry = { id: "zz", names: [{ name: "Helsinki Watch", from: "1978-01-01", reference: "HRW" }] };
    const source = ["Statement", "the OSCE and the Human Rights Council;", "the Organization for Security and Co-operation in Europe and Helsinki Watch"];
    const found = runCheck(anachronism, corpus([dated("a", "1993-05-01", [], [1, 3])], { source, organisations: [osce, hrc, helsinki] }));
    const osceName = "Organization for Security and Co-operation in Europe";
    expect(found).toEqual([
      {
        subject: "a",
        key: "name|hrc|Human Rights Council",
        message:
          'a, dated 1993-05-01, names the organisation "Human Rights Council" (line 2), the name "Human Rights Council" it took on 2006-06-16, after the document\'s date.',
        values: [
          { value: "1993-05-01", refs: [{ document: "a", source: 1 }] },
          { value: "Human Rights Council from 2006-06-16", refs: [{ document: "a", source: 2 }] },
        ],
        refs: [
          { document: "a", source: 2 },
          { document: "a", source: 1 },
        ],
      },
      {
        subject: "a",
        key: `name|osce|${osceName}`,
        message: `a, dated 1993-05-01, names the organisation "OSCE", "${osceName}" (line 2, 3), the name "${osceName}" it took on 1995-01-01, after the document's date.`,
        values: [
          { value: "1993-05-01", refs: [{ document: "a", source: 1 }] },
          {
            value: `${osceName} from 1995-01-01`,
            refs: [
              { document: "a", source: 2 },
              { document: "a", source: 3 },
            ],
          },
        ],
        refs: [
          { document: "a", source: 2 },
          { document: "a", source: 3 },
          { document: "a", source: 1 },
        ],
      },
    ]);
  });

  it("a later event: every field of the finding, and a date read from the words says so", () => {
    const source = ["Report", "The text of 13 August was adopted.", "On 20 August it was signed."];
    const derived: Claim = { kind: "date", fact: "mentioned.signed", value: "1993-08-20", quote: "20 August", line: 3, derived: true };
    const found = runCheck(
      anachronism,
      corpus([dated("a", "1993-07-29", [when("mentioned.date", "1993-08-13", "13 August", 2), derived], [1, 3])], { source }),
    );
    expect(found[0]).toEqual({
      subject: "a",
      key: "date|mentioned.date|2",
      message: 'a, dated 1993-07-29, reports "13 August" (line 2) as past with the date 1993-08-13, after the document\'s date.',
      values: [
        { value: "1993-07-29", refs: [{ document: "a", source: 1 }] },
        { value: "1993-08-13", refs: [{ document: "a", claim: 0 }] },
      ],
      refs: [
        { document: "a", claim: 0 },
        { document: "a", source: 1 },
      ],
    });
    expect(found[1]?.message).toBe(
      'a, dated 1993-07-29, reports "20 August" (line 3) as past with the date 1993-08-20 (read from the words, not printed as such), after the document\'s date.',
    );
  });

  it("only date claims are read as events: a text claim that reads like a later year is not", () => {
    const text: Claim = { kind: "text", fact: "mentioned.year", value: "1995", quote: "1995", line: 2 };
    expect(runCheck(anachronism, corpus([dated("a", "1993-07-29", [text], [1, 2])], { source: ["Report", "in 1995"] }))).toEqual([]);
  });

  it("exclude: a fact named exactly, or a prefix ending in '.', any one of the list", () => {
    const source = ["Report", "The text of 13 August was adopted."];
    const c = corpus([dated("a", "1993-07-29", [when("mentioned.date", "1993-08-13", "13 August", 2)], [1, 2])], { source });
    const keys = (exclude: string[]): (string | undefined)[] => runCheck(anachronism, c, { exclude }).map((f) => f.key);
    expect(keys([])).toEqual(["date|mentioned.date|2"]);
    expect(keys(["mentioned.date"])).toEqual([]);
    expect(keys(["document.", "mentioned."])).toEqual([]);
    // A prefix without the final '.' is not a prefix: "mentioned" names no fact here.
    expect(keys(["mentioned"])).toEqual(["date|mentioned.date|2"]);
    expect(keys(["mention."])).toEqual(["date|mentioned.date|2"]);
  });

  it("a future word counts only in the sentence the quote starts in, on the quote's own line", () => {
    // "13" also starts a sentence with "will" on line 2, and line 3 opens with one: neither is the quote's sentence.
    const source = ["Report", "On 13 July they said it will wait.", "It will close. The text of 13 August was adopted."];
    const c = corpus([dated("a", "1993-07-29", [when("mentioned.date", "1993-08-13", "13 August", 3)], [1, 3])], { source });
    expect(runCheck(anachronism, c).map((f) => f.key)).toEqual(["date|mentioned.date|3"]);
  });

  it("property: a date is after another only when every reading of it is", () => {
    const day = fc.date({ min: new Date("1990-01-01"), max: new Date("2020-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const cut = fc.constantFrom(4, 7, 10);
    fc.assert(
      fc.property(day, day, cut, cut, (a, b, ca, cb) => {
        const x = a.slice(0, ca);
        const y = b.slice(0, cb);
        // Never both ways, and never when the two can be the same day.
        expect(after(x, y) && after(y, x)).toBe(false);
        if (a.startsWith(y) || b.startsWith(x)) expect(after(x, y)).toBe(false);
        if (after(x, y)) expect(a > b).toBe(true);
      }),
    );
  });

  it(
    "planted fault: a later name put into a real 1993 resolution is reported there and only there",
    () => {
      const real = realCorpus();
      const line = real.sources.get(SOURCE_FILE)?.findIndex((l) => l.includes("CSCE")) ?? -1;
      expect(line).toBeGreaterThan(0);
      const text = real.sources.get(SOURCE_FILE)?.[line] ?? "";
      const planted = withSourceLine(real, SOURCE_FILE, line + 1, text.replace("CSCE", "OSCE"));
      const found = newFindings(anachronism, "anachronism", real, planted);
      expect(found.map((f) => f.key)).toEqual(["name|osce|Organization for Security and Co-operation in Europe"]);
      expect(found[0]?.refs[0]).toEqual({ document: found[0]?.subject, source: line + 1 });
      expect(found[0]?.subject).toMatch(/^unsc-res-8\d\d-1993$/);
    },
    REAL_CORPUS_TIMEOUT,
  );
});
