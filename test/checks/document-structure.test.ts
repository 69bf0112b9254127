import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentStructure } from "../../src/checks/document-structure.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { newFindings, REAL_CORPUS_TIMEOUT, realCorpus, SOURCE_FILE, withSourceLine } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const claim = (fact: string, line: number): Claim => ({ kind: "text", fact, value: "x", quote: "x", line });
const resolution = (id: string, claims: Claim[], span: [number, number]): LoadedDocument => {
  const d = doc(id, claims, span);
  return { ...d, record: { ...d.record, type: "un-security-council-resolution" } };
};
const opts = {
  types: {
    "un-security-council-resolution": [
      { id: "symbol-line", label: "symbol line", facts: ["document.number.symbol"] },
      { id: "distribution-line", label: "distribution line", line: "^\\s*Distr\\." },
    ],
  },
};
const source = ["Distr. GENERAL", "text", "Distr. GENERAL", "text", "Distr. GENERAL", "text", "text"];

describe("document-structure", () => {
  it("reports a document without parts most of its type show, with how many show them; the document is the location, the others' parts the evidence", () => {
    const c = corpus(
      [
        resolution("a", [claim("document.number.symbol", 1)], [1, 2]),
        resolution("b", [claim("document.number.symbol", 3)], [3, 4]),
        resolution("c", [claim("document.number.symbol", 5)], [5, 6]),
        resolution("d", [], [7, 7]),
      ],
      { source },
    );
    const found = runCheck(documentStructure, c, opts);
    expect(found.map((f) => f.message)).toEqual([
      "d has no symbol line (3 of the 4 have one) and no distribution line (3 of the 4 have one); most documents of type un-security-council-resolution show them.",
    ]);
    expect(found[0]?.values.map((v) => v.value)).toEqual(["symbol line: 3 of 4", "distribution line: 3 of 4"]);
    expect(found[0]?.values[1]?.refs).toEqual([
      { document: "a", source: 1 },
      { document: "b", source: 3 },
      { document: "c", source: 5 },
    ]);
    expect(found[0]?.refs).toEqual([{ document: "d" }]);
  });

  it("is silent when fewer than minHaving, or less than the share, show a part", () => {
    const three = corpus(
      [
        resolution("a", [claim("document.number.symbol", 1)], [1, 2]),
        resolution("b", [claim("document.number.symbol", 3)], [3, 4]),
        resolution("d", [], [7, 7]),
      ],
      { source },
    );
    expect(runCheck(documentStructure, three, opts)).toEqual([]);
    const five = corpus(
      [
        resolution("a", [claim("document.number.symbol", 1)], [1, 2]),
        resolution("b", [claim("document.number.symbol", 3)], [3, 4]),
        resolution("c", [claim("document.number.symbol", 5)], [5, 6]),
        resolution("d", [], [7, 7]),
        resolution("e", [], [7, 7]),
      ],
      { source },
    );
    // 3 of 5 is less than two thirds.
    expect(runCheck(documentStructure, five, opts)).toEqual([]);
  });

  it("refuses a part with no way to recognise it, and an invalid pattern", () => {
    expect(documentStructure.parseOptions({ types: { x: [{ id: "a", label: "a" }] } }).ok).toBe(false);
    expect(documentStructure.parseOptions({ types: { x: [{ id: "a", label: "a", line: "(" }] } }).ok).toBe(false);
  });

  it("property: the order of documents does not change the findings, and a document with every part is never reported", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (hasSymbol) => {
        const docs = hasSymbol.map((h, i) => resolution(`d${String(i)}`, h ? [claim("document.number.symbol", 1)] : [], [1, 1]));
        const c = corpus(docs, { source: ["Distr."] });
        const found = runCheck(documentStructure, c, opts);
        expect(runCheck(documentStructure, corpus([...docs].reverse(), { source: ["Distr."] }), opts)).toEqual(found);
        for (const f of found) expect(hasSymbol[Number(f.subject.slice(1))]).toBe(false);
      }),
    );
  });

  it(
    "planted fault: a real news report whose source lines are blanked is reported there and only there",
    () => {
      const real = realCorpus();
      const id = "2010-02-01-286-people-on-wanted-list";
      const d = real.documents.find((x) => x.record.id === id);
      const lines = real.sources.get(SOURCE_FILE) ?? [];
      let planted = real;
      for (let l = d?.record.source.first ?? 0; l <= (d?.record.source.last ?? -1); l++)
        if ((lines[l - 1] ?? "").includes("1news.az")) planted = withSourceLine(planted, SOURCE_FILE, l, "");
      const found = newFindings(documentStructure, "document-structure", real, planted);
      expect(found.map((f) => [f.subject, f.key])).toEqual([[id, "source"]]);
    },
    REAL_CORPUS_TIMEOUT,
  );
});

describe("document-structure: a date part printed without its day", () => {
  const date = (value: string, line: number): Claim => ({ kind: "date", fact: "document.date.line", value, quote: value, line });
  const dayOpts = (extra: object = {}) => ({
    types: { "un-security-council-resolution": [{ id: "date", label: "date", facts: ["document.date.line"], day: true }] },
    ...extra,
  });
  const four = (last: string, third = "1993-10-14") => [
    resolution("a", [date("1993-04-30", 1)], [1, 1]),
    resolution("b", [date("1993-07-29", 2)], [2, 2]),
    resolution("c", [date(third, 3)], [3, 3]),
    resolution("d", [date("1993-11-11", 4), date(last, 5)], [4, 5]),
  ];
  const run = (docs: LoadedDocument[], extra: object = {}) => runCheck(documentStructure, corpus(docs, { source }), dayOpts(extra));

  it("reports a date given to the month where the type gives every date to the day, at the claim", () => {
    expect(run(four("1993-04"))).toEqual([
      {
        subject: "d",
        key: "day:date",
        message:
          'd gives its date without a day: "1993-04" (line 5); 3 of the 4 documents of type un-security-council-resolution give every such date to the day.',
        values: [
          { value: "1993-04", refs: [{ document: "d", claim: 1 }] },
          {
            value: "date to the day: 3 of 4",
            refs: [
              { document: "a", claim: 0 },
              { document: "b", claim: 0 },
              { document: "c", claim: 0 },
            ],
          },
        ],
        refs: [{ document: "d", claim: 1 }],
      },
    ]);
  });

  it("reads a year alone as no day either, and a full date as whole", () => {
    expect(run(four("1993")).map((f) => f.message)).toEqual([
      'd gives its date without a day: "1993" (line 5); 3 of the 4 documents of type un-security-council-resolution give every such date to the day.',
    ]);
    expect(run(four("1993-04-30"))).toEqual([]);
  });

  it("needs minHaving documents with every date to the day: 3 of 3 needed is enough, 3 of 4 needed too few", () => {
    expect(run(four("1993-04"), { minHaving: 3 })).toHaveLength(1);
    expect(run(four("1993-04"), { minHaving: 4 })).toEqual([]);
    // Two documents to the day: the others' month-only dates are reported only when two are enough.
    expect(run(four("1993-04", "1993-10"))).toEqual([]);
    expect(run(four("1993-04", "1993-10"), { minHaving: 2, share: 0.5 }).map((f) => f.subject)).toEqual(["c", "d"]);
  });

  it("needs the share of the type's documents: 3 of 4 is 0.75, not 0.76", () => {
    expect(run(four("1993-04"), { share: 0.75 })).toHaveLength(1);
    expect(run(four("1993-04"), { share: 0.76 })).toEqual([]);
  });

  it("leaves alone a part without day: true, and a document with no date of the part (the missing part's)", () => {
    const plain = { types: { "un-security-council-resolution": [{ id: "date", label: "date", facts: ["document.date.line"] }] } };
    expect(runCheck(documentStructure, corpus(four("1993-04"), { source }), plain)).toEqual([]);
    const docs = [...four("1993-04-30").slice(0, 3), resolution("d", [], [4, 5])];
    expect(run(docs).map((f) => f.key)).toEqual(["date"]);
  });

  it("rejects day: true on a part with no facts", () => {
    const parsed = documentStructure.parseOptions({ types: { "un-security-council-resolution": [{ id: "date", label: "date", line: "x", day: true }] } });
    expect(parsed.ok).toBe(false);
  });
});
