import { describe, expect, it } from "vitest";
import { citationConsistency } from "../../src/checks/citation-consistency.js";
import type { Claim } from "../../src/model/claim.js";
import { cite, corpus, doc, instrument } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const reg = { instruments: [{ ...instrument("r-260", "260 (III)", "1948-12-09"), meeting: 179 }] };
const withMeeting = (c: Claim, meeting: number): Claim => ({ ...c, meeting }) as Claim;
const keys = (docs: ReturnType<typeof doc>[], options: object = {}, registry: object = reg) =>
  runCheck(citationConsistency, corpus(docs, registry), options).map((f) => [f.key, f.message]);

describe("citation-consistency at its boundaries", () => {
  it("numbers that differ only in spacing, punctuation or case agree", () => {
    expect(keys([doc("a", [cite("r-260", "260(III)", undefined, 1)]), doc("b", [cite("r-260", "260 (iii)", undefined, 2)])])).toEqual([]);
    expect(keys([doc("a", [cite("r-260", "260(II)", undefined, 1)])])).toEqual([
      ["number", 'Instrument r-260 is cited with the number "260(II)" (a line 1); the registry (S/RES/260 (III)) gives "260 (III)".'],
    ]);
  });

  it("a date at another precision agrees when it contains the other", () => {
    expect(keys([doc("a", [cite("r-260", "260 (III)", "1948-12", 1)]), doc("b", [cite("r-260", "260 (III)", "1948", 2)])])).toEqual([]);
    expect(keys([doc("a", [cite("r-260", "260 (III)", "1948-11", 1)])]).map(([k]) => k)).toEqual(["date"]);
  });

  it("meetings are compared too, and only the fields asked for", () => {
    const a = doc("a", [withMeeting(cite("r-260", "260 (III)", undefined, 1), 178)]);
    expect(keys([a])).toEqual([["meeting", 'Instrument r-260 is cited with the meeting "178" (a line 1); the registry (S/RES/260 (III)) gives "179".']]);
    expect(keys([a], { fields: ["number", "date"] })).toEqual([]);
    expect(keys([doc("a", [withMeeting(cite("r-260", "260 (III)", undefined, 1), 179)])])).toEqual([]);
  });

  it("without a registry entry, only the citations are compared; two lines of one document are named once each", () => {
    const none = { instruments: [] };
    expect(keys([doc("a", [cite("r-9", "9", undefined, 1)]), doc("b", [cite("r-9", "9", undefined, 2)])], {}, none)).toEqual([]);
    expect(keys([doc("a", [cite("r-9", "9", undefined, 1), cite("r-9", "9", undefined, 3)]), doc("b", [cite("r-9", "8", undefined, 2)])], {}, none)).toEqual([
      ["number", 'Instrument r-9 is cited with the number "8" (b line 2) and "9" (a line 1, a line 3).'],
    ]);
  });

  it("a finding refers to every citation with the field, and no other claim", () => {
    const c = corpus(
      [
        doc("a", [cite("r-9", "9", undefined, 1), { kind: "text", fact: "t", value: "x", quote: "x", line: 2 }]),
        doc("b", [cite("r-9", "8", undefined, 2), cite("r-9", undefined as unknown as string, undefined, 3)]),
      ],
      { instruments: [] },
    );
    const [f] = runCheck(citationConsistency, c, { fields: ["number"] });
    expect(f?.refs).toEqual([
      { document: "a", claim: 0 },
      { document: "b", claim: 0 },
    ]);
    expect(f?.subject).toBe("r-9");
  });
});
