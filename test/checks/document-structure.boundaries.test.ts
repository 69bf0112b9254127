import { describe, expect, it } from "vitest";
import { documentStructure } from "../../src/checks/document-structure.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const claim = (fact: string, line: number): Claim => ({ kind: "text", fact, value: "x", quote: "x", line });
const typed = (
  id: string,
  claims: Claim[],
  span: [number, number],
  outlet?: string,
  type: LoadedDocument["record"]["type"] = "news-report",
): LoadedDocument => {
  const d = doc(id, claims, span);
  return { ...d, record: { ...d.record, type, ...(outlet ? { outlet } : {}) } };
};
const symbol = { id: "symbol-line", label: "symbol line", facts: ["document.symbol"] };
const source = ["AzerTAc", "text", "AZERTAC", "text", "azertac.", "text", "text"];
const four = [
  typed("a", [claim("document.symbol", 1)], [1, 2], "AzerTAc"),
  typed("b", [claim("document.symbol", 3)], [3, 4], "AzerTAc"),
  typed("c", [claim("document.symbol", 5)], [5, 6], "AzerTAc"),
  typed("d", [], [7, 7], "AzerTAc"),
];
const run = (docs: LoadedDocument[], options: object) => runCheck(documentStructure, corpus(docs, { source }), options);

describe("document-structure at its boundaries", () => {
  it("a part is expected when exactly minHaving documents show it, not when one fewer", () => {
    const o = (minHaving: number) => ({ types: { "news-report": [symbol] }, minHaving });
    expect(run(four, o(3)).map((f) => f.subject)).toEqual(["d"]);
    expect(run(four, o(4))).toEqual([]);
  });

  it("a part is expected when exactly the share of documents show it, not when the share is higher", () => {
    const o = (share: number) => ({ types: { "news-report": [symbol] }, share, minHaving: 1 });
    expect(run(four, o(0.75)).map((f) => f.subject)).toEqual(["d"]);
    expect(run(four, o(0.76))).toEqual([]);
  });

  it("one missing part is 'it', with its id as key, the document as the ref and the others' places as the value's refs", () => {
    expect(run(four, { types: { "news-report": [symbol] } })).toEqual([
      {
        subject: "d",
        key: "symbol-line",
        message: "d has no symbol line (3 of the 4 have one); most documents of type news-report show it.",
        values: [
          {
            value: "symbol line: 3 of 4",
            refs: [
              { document: "a", claim: 0 },
              { document: "b", claim: 0 },
              { document: "c", claim: 0 },
            ],
          },
        ],
        refs: [{ document: "d" }],
      },
    ]);
  });

  it("an outlet part is a line naming the record's outlet in any case; documents of other types are not counted", () => {
    const outlet = { id: "outlet", label: "outlet line", outlet: true };
    const o = { types: { "news-report": [outlet, symbol] } };
    expect(run(four, o).map((f) => [f.key, f.message])).toEqual([
      [
        "outlet+symbol-line",
        "d has no outlet line (3 of the 4 have one) and no symbol line (3 of the 4 have one); most documents of type news-report show them.",
      ],
    ]);
    const other = typed("e", [], [7, 7], "AzerTAc", "decree");
    expect(run([...four.slice(0, 3), other], o)).toEqual([]);
    expect(run([...four.slice(0, 3), typed("d", [], [7, 7], "APA")], { types: { "news-report": [outlet] } }).map((f) => f.key)).toEqual(["outlet"]);
    expect(run([...four.slice(0, 3), typed("d", [], [7, 7])], { types: { "news-report": [outlet] } }).map((f) => f.key)).toEqual(["outlet"]);
  });

  it("types are reported in order of their names", () => {
    const decrees = four.map((d) => ({ ...d, record: { ...d.record, id: `${d.record.id}2`, type: "decree" as const } }));
    const o = { types: { "news-report": [symbol], decree: [symbol] } };
    expect(run([...four, ...decrees], o).map((f) => f.subject)).toEqual(["d2", "d"]);
  });
});
