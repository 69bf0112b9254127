import { describe, expect, it } from "vitest";
import { duplicatedPassage } from "../../src/checks/duplicated-passage.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const para = "sixty people fled from the town during the assault and were questioned";

describe("duplicated-passage", () => {
  it("reports a passage printed twice in a row inside a document", () => {
    const source = [`${para} by observers.`, "", `Observers questioned ${para} later.`];
    expect(runCheck(duplicatedPassage, corpus([doc("a", [], [1, 3])], { source }), { scope: "within", words: 8 }).map((f) => f.message)).toEqual([
      `a prints the passage "${para}" at line 1 and again at line 3.`,
    ]);
  });

  it("does not report a phrase quoted again far away, nor a headline restated in the lead", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    const far = [para, filler, para];
    expect(runCheck(duplicatedPassage, corpus([doc("a", [], [1, 3])], { source: far }), { scope: "within", words: 8 })).toEqual([]);
    const d = doc("a", [], [1, 2]);
    const headline = { ...d, record: { ...d.record, title: para.toUpperCase() } };
    expect(runCheck(duplicatedPassage, corpus([headline], { source: [para.toUpperCase(), `Today ${para}.`] }), { scope: "within", words: 8 })).toEqual([]);
  });

  it("reports passages shared between documents, once per pair", () => {
    const source = [`${para} one`, `${para} two`, "nothing in common here at all today"];
    const c = corpus([doc("a", [], [1, 1]), doc("b", [], [2, 2]), doc("c", [], [3, 3])], { source });
    expect(runCheck(duplicatedPassage, c, { scope: "across", words: 8, minShared: 2 }).map((f) => f.subject)).toEqual(["a / b"]);
  });
});
