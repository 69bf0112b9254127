import { describe, expect, it } from "vitest";
import { uncoveredFigure } from "../../src/checks/uncovered-figure.js";
import type { DocumentRecord } from "../../src/model/document.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const source = [
  "1. In Khojaly 613 people were killed,",
  "",
  "Fifty six of them with particular brutality.",
  "Administrative Department of the President of the Republic of Azerbaijan",
  "P R E S I D E N T I A L   L I B R A R Y",
  " 11",
];
const killed = { kind: "number" as const, fact: "killed.total", value: 613, quote: "613 people were killed", line: 1 };
const brutal = { kind: "number" as const, fact: "killed.with-particular-brutality", value: 56, quote: "Fifty six of them", line: 3 };
const numbering: NonNullable<DocumentRecord["waivers"]>[number] = { line: 1, text: "1.", reason: "list-numbering" };

function withWaivers(d: ReturnType<typeof doc>, waivers: DocumentRecord["waivers"]): ReturnType<typeof doc> {
  return { ...d, record: { ...d.record, waivers } };
}

describe("uncovered-figure", () => {
  it("is silent when every figure is claimed or waived; page headers are not figures of a document", () => {
    const c = corpus([withWaivers(doc("a", [killed, brutal], [1, 6]), [numbering])], { source });
    expect(runCheck(uncoveredFigure, c)).toEqual([]);
  });

  it("reports a number word that no claim states", () => {
    const c = corpus([withWaivers(doc("a", [killed], [1, 6]), [numbering])], { source });
    expect(runCheck(uncoveredFigure, c)).toEqual([
      {
        subject: "a",
        key: "3|0|Fifty six",
        message: 'Figure "Fifty six" at source line 3 of a is neither claimed nor waived ("…Fifty six of them with particular bruta…").',
        values: [{ value: "Fifty six", refs: [{ document: "a", source: 3 }] }],
        refs: [{ document: "a", source: 3 }],
      },
    ]);
  });

  it("reports digits outside every quote on a line that has a claim", () => {
    const c = corpus([doc("a", [killed, brutal], [1, 6])], { source });
    expect(runCheck(uncoveredFigure, c).map((f) => f.message)).toEqual([
      'Figure "1" at source line 1 of a is neither claimed nor waived ("…1. In Khojaly 613 people were k…").',
    ]);
  });

  it("reports a waiver whose text is not at its line", () => {
    const c = corpus([withWaivers(doc("a", [killed, brutal], [1, 6]), [numbering, { line: 3, text: "1.", reason: "list-numbering" }])], { source });
    expect(runCheck(uncoveredFigure, c).map((f) => f.message)).toEqual(['Waiver "1." (list-numbering) of a is not at source line 3.']);
  });

  it("covers a quote's columns on each line it runs over, and only those", () => {
    const lines = ["In all 613   people,", "  of them 56 children and", "8 elderly 9"];
    // The quote runs from "613" on line 1 to "8" on line 3; "9" on line 3 is past its end.
    const q = { kind: "number" as const, fact: "killed.total", value: 613, quote: "613 people, of them 56 children and 8", line: 1 };
    const c = corpus([doc("a", [q], [1, 3])], { source: lines });
    expect(runCheck(uncoveredFigure, c).map((f) => f.key)).toEqual(["3|10|9"]);
    const short = { ...q, quote: "613 people, of them" };
    expect(runCheck(uncoveredFigure, corpus([doc("a", [short], [1, 3])], { source: lines })).map((f) => f.key)).toEqual(["2|10|56", "3|0|8", "3|10|9"]);
  });
});
