import { describe, expect, it } from "vitest";
import { repetition } from "../../src/checks/repetition.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const textCorpus = (lines: string[], claims: Claim[] = []) => corpus([doc("d", claims, [1, lines.length])], { source: lines });
const found = (lines: string[], options: object = {}) => runCheck(repetition, textCorpus(lines), options).map((f) => [f.key, f.message]);

describe("repetition at its boundaries", () => {
  it("a sentence repeated maxGap words after its first copy is reported, one word further is not", () => {
    const lines = ["The town burned.", "Nothing was left there.", "The town burned."];
    expect(found(lines, { maxGap: 4 })).toEqual([["sentence|3|the town burned", 'd prints the sentence "the town burned" at line 1 and again at line 3.']]);
    expect(found(lines, { maxGap: 3 })).toEqual([]);
  });

  it("a sentence of two words counts, one word does not", () => {
    expect(found(["Town burned.", "Nothing.", "Town burned."])).toEqual([
      ["sentence|3|town burned", 'd prints the sentence "town burned" at line 1 and again at line 3.'],
    ]);
    expect(found(["Burned.", "Nothing.", "Burned."])).toEqual([]);
  });

  it("a repeat of passageWords words is duplicated-passage's, one word shorter is this rule's", () => {
    const lines = ["The town burned down.", "The town burned down."];
    expect(found(lines, { passageWords: 4 })).toEqual([]);
    expect(found(lines, { passageWords: 5 })).toEqual([
      ["line|2|the town burned down", 'd prints the line "The town burned down." at line 1 and again at line 2.'],
    ]);
  });

  it("an item repeated in one list, the list's items running over lines; a line outside every item ends the list", () => {
    expect(found(["- Baku;", "- Shusha;", "- Baku;"])).toEqual([["list item|3|baku", 'd lists the item "Baku;" at line 1 and again at line 3.']]);
    expect(found(["1. Baku and", "Shusha.", "2) Baku and Shusha."])).toEqual([
      ["list item|3|baku and shusha", 'd lists the item "Baku and Shusha." at line 1 and again at line 3.'],
    ]);
    expect(found(["- Baku;", "Some text here", "- Baku;"])).toEqual([]);
  });

  it("doubled words: single letters in a run of three are lettering, two are a doubling", () => {
    expect(found(["I I I saw"])).toEqual([]);
    expect(found(["a a went"])).toEqual([["word|1|a a", 'd prints a word twice, "a a" at line 1.']]);
    expect(found(["It was The The end"])).toEqual([["word|1|the the", 'd prints a word twice, "The The" at line 1.']]);
    expect(found(["the the", "the"])).toEqual([
      ["word|1|the the", 'd prints a word twice, "the the" at line 1.'],
      ["word|2|the the", 'd prints a word twice, "the the" at line 1 and again at line 2.'],
    ]);
  });

  it("a doubled word across a line break is reported beside the repeated line it makes", () => {
    expect(found(["Baku", "Baku"])).toEqual([
      ["word|2|baku baku", 'd prints a word twice, "Baku Baku" at line 1 and again at line 2.'],
      ["line|2|baku", 'd prints the line "Baku" at line 1 and again at line 2.'],
    ]);
  });

  it("a finding refers to both lines once each, or to the one line", () => {
    const [f] = runCheck(repetition, textCorpus(["Town burned.", "Nothing.", "Town burned."]));
    expect(f).toEqual({
      subject: "d",
      key: "sentence|3|town burned",
      message: 'd prints the sentence "town burned" at line 1 and again at line 3.',
      values: [
        {
          value: "town burned",
          refs: [
            { document: "d", source: 1 },
            { document: "d", source: 3 },
          ],
        },
      ],
      refs: [
        { document: "d", source: 1 },
        { document: "d", source: 3 },
      ],
    });
    const [g] = runCheck(repetition, textCorpus(["a a went"]));
    expect(g?.refs).toEqual([{ document: "d", source: 1 }]);
    expect(g?.values).toEqual([{ value: "a a", refs: [{ document: "d", source: 1 }] }]);
  });

  it("a list claim naming an item twice, compared as a reader would", () => {
    const list: Claim = { kind: "list", fact: "places", items: ["Baku", "Shusha", "baku "], quote: "x", line: 3 };
    expect(runCheck(repetition, textCorpus(["x"], [list]))).toEqual([
      {
        subject: "d",
        key: "claim|places|3|baku",
        message: 'The list claim places of d (line 3) names "baku " twice.',
        values: [{ value: "baku ", refs: [{ document: "d", claim: 0 }] }],
        refs: [{ document: "d", claim: 0 }],
      },
    ]);
    expect(runCheck(repetition, textCorpus(["x"], [{ ...list, items: ["Baku", "Shusha"] }]))).toEqual([]);
    expect(runCheck(repetition, textCorpus(["x"], [{ kind: "text", fact: "places", value: "Baku", quote: "x", line: 3 }]))).toEqual([]);
  });
});
