import { describe, expect, it } from "vitest";
import { spelling } from "../../src/checks/spelling.js";
import { BASIC_ENGLISH, corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const english = [...BASIC_ENGLISH, "genocide", "ceasefire", "regime"];

describe("spelling at its boundaries", () => {
  it("names every document with its lines, a line once however often the word stands on it", () => {
    const source = ["the qwzx qwzx town", "the town", "the qwzx", "the qwzx town"];
    const c = corpus([doc("a", [], [1, 2]), doc("b", [], [3, 4])], { source, english });
    expect(runCheck(spelling, c)).toEqual([
      {
        subject: "qwzx",
        key: "qwzx",
        message: '"qwzx" is in no English dictionary and not in the project word list (a line 1; b lines 3, 4).',
        values: [
          {
            value: "qwzx",
            refs: [
              { document: "a", source: 1, text: "qwzx" },
              { document: "b", source: 3, text: "qwzx" },
              { document: "b", source: 4, text: "qwzx" },
            ],
          },
        ],
        refs: [
          { document: "a", source: 1, text: "qwzx" },
          { document: "b", source: 3, text: "qwzx" },
          { document: "b", source: 4, text: "qwzx" },
        ],
      },
    ]);
  });

  it("leaves a capitalised unknown word near no frequent word to the name rule", () => {
    const source = ["the Qwzxvb town"];
    expect(runCheck(spelling, corpus([doc("a", [], [1, 1])], { source, english }))).toEqual([]);
  });

  it("a capitalised slip needs a word minRatio times as frequent, seen minCount times, and minLength letters", () => {
    const source = (n: number): string[] => [...Array<string>(n).fill("genocide"), "the Genecide"];
    const subjects = (n: number, o: object): string[] =>
      runCheck(spelling, corpus([doc("a", [], [1, n + 1])], { source: source(n), english }), o).map((f) => f.subject);
    expect(subjects(10, {})).toEqual(["Genecide"]);
    expect(subjects(9, {})).toEqual([]);
    expect(subjects(9, { minCount: 9, minRatio: 9 })).toEqual(["Genecide"]);
    expect(subjects(9, { minCount: 9, minRatio: 10 })).toEqual([]);
    expect(subjects(10, { minLength: 8 })).toEqual(["Genecide"]);
    expect(subjects(10, { minLength: 9 })).toEqual([]);
  });
});
