import { describe, expect, it } from "vitest";
import { partExceedsWhole } from "../../src/checks/part-exceeds-whole.js";
import { corpus, doc, figureAt } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const fig = figureAt;
const o = { whole: "killed", parts: ["killed.children", "killed.women"] };
const run = (docs: ReturnType<typeof doc>[], options: object = o) => runCheck(partExceedsWhole, corpus(docs), options);

describe("part-exceeds-whole at its boundaries", () => {
  it("a part equal to the whole is within it, one more is not", () => {
    expect(run([doc("a", [fig("killed", 613)]), doc("b", [fig("killed.children", 613)])])).toEqual([]);
    expect(run([doc("a", [fig("killed", 613)]), doc("b", [fig("killed.children", 614)])])).toEqual([
      {
        subject: "killed.children / killed",
        key: "part|killed.children",
        message: 'killed.children as stated ("614" in b line 1) exceeds killed as stated ("613" in a line 1).',
        values: [
          { value: "killed.children 614", refs: [{ document: "b", claim: 0 }] },
          { value: "killed 613", refs: [{ document: "a", claim: 0 }] },
        ],
        refs: [
          { document: "b", claim: 0 },
          { document: "a", claim: 0 },
        ],
      },
    ]);
  });

  it("names every part over the smallest whole, and the wholes below the smallest of them", () => {
    const docs = [doc("a", [fig("killed", 613), fig("killed", 700, 2)]), doc("c", [fig("killed.children", 620, 3)]), doc("b", [fig("killed.children", 650)])];
    expect(run(docs).map((f) => f.message)).toEqual([
      'killed.children as stated ("650" in b line 1; "620" in c line 3) exceeds killed as stated ("613" in a line 1).',
    ]);
  });

  it("the parts one document states add up within its whole, one more is reported", () => {
    expect(run([doc("a", [fig("killed", 100), fig("killed.children", 60, 2), fig("killed.women", 40, 3)])])).toEqual([]);
    expect(run([doc("a", [fig("killed", 100), fig("killed.children", 60, 2), fig("killed.women", 41, 3)])])).toEqual([
      {
        subject: "killed in a",
        key: "sum|a",
        message:
          'In a the parts ("60" (killed.children, a line 2); "41" (killed.women, a line 3)) add up to at least 101, more than killed ("100" in a line 1).',
        values: [
          { value: "killed.children 60", refs: [{ document: "a", claim: 1 }] },
          { value: "killed.women 41", refs: [{ document: "a", claim: 2 }] },
          { value: "killed 100", refs: [{ document: "a", claim: 0 }] },
        ],
        refs: [
          { document: "a", claim: 1 },
          { document: "a", claim: 2 },
          { document: "a", claim: 0 },
        ],
      },
    ]);
    expect(run([doc("a", [fig("killed", 100), fig("killed.children", 60, 2), fig("killed.women", 41, 3)])], { ...o, sumWithinDocument: false })).toEqual([]);
  });

  it("fillFromCorpus counts a part the document does not state as the least the others give, only beside a part it states", () => {
    const docs = (women: number) => [doc("a", [fig("killed", 100), fig("killed.children", 60, 2)]), doc("b", [fig("killed.women", women, 3)])];
    expect(run(docs(41), { ...o, fillFromCorpus: true }).map((f) => f.message)).toEqual([
      'In a the parts ("60" (killed.children, a line 2); killed.women not stated here, borrowed from other documents: "41" (killed.women, b line 3)) add up to at least 101 with the parts it does not state taken from the others, more than killed ("100" in a line 1).',
    ]);
    expect(run(docs(40), { ...o, fillFromCorpus: true })).toEqual([]);
    expect(run(docs(41))).toEqual([]);
    expect(
      run([doc("a", [fig("killed", 100)]), doc("b", [fig("killed.women", 41, 3), fig("killed.children", 60, 2)])], { ...o, fillFromCorpus: true }),
    ).toEqual([]);
  });
});
