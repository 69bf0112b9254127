import { describe, expect, it } from "vitest";
import { numberedSequence, romanValue } from "../../src/checks/numbered-sequence.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { realCorpus, ruleOptions } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const textCorpus = (lines: string[]) => corpus([doc("d", [], [1, lines.length])], { source: lines });
const found = (lines: string[], options: object = {}) => runCheck(numberedSequence, textCorpus(lines), options).map((f) => f.message);

describe("numbered-sequence fires", () => {
  it("on sections numbered from II", () => {
    expect(found(["II. Legal basis", "1. The first paragraph.", "2. The second.", "III. The acts", "IV. Conclusion"])).toEqual([
      'd prints numbering that starts at "II.", with no "I." (line 1).',
    ]);
  });

  it("on paragraphs that jump ahead", () => {
    expect(found(["1. One.", "2. Two.", "4. Four.", "5. Five.", "6. Six."])).toEqual(['d prints "4." after "2.": the numbers between are missing (line 3).']);
  });

  it("on a list of one item, locating it at its line with its number as the quote", () => {
    const c = textCorpus(["I hereby resolve as follows:", "   1. To task the Administration.", "President"]);
    const [f] = runCheck(numberedSequence, c);
    expect(f?.message).toBe('d prints a numbered list of one item, "1." (line 2).');
    expect(f?.refs).toEqual([{ document: "d", source: 2, text: "1." }]);
    expect(f?.key).toBe("arabic|2");
  });

  it("reads numbers closed by a parenthesis", () => {
    expect(found(["3) Three.", "4) Four.", "5) Five."])).toEqual(['d prints numbering that starts at "3.", with no "1." (line 1).']);
  });
});

describe("numbered-sequence must not fire", () => {
  it("on numbering in order, sections restarting their paragraphs at 1", () => {
    expect(found(["I. Facts", "1. One.", "2. Two.", "II. Law", "1. One.", "2. Two."])).toEqual([]);
  });

  it("on a lone number at a line's start (a date), or a lone initial", () => {
    expect(found(["Baku,", "19. 02. 2015"])).toEqual([]);
    expect(found(["I. Aliyev", "President"])).toEqual([]);
  });

  it("on a number inside a line, or without a full stop", () => {
    expect(found(["It has 2. And 3. here.", "1 One", "2 Two", "4 Four", "5 Five", "6 Six"])).toEqual([]);
  });
});

describe("numbered-sequence at its boundary", () => {
  it("a late start followed by minFollowing items in order is reported, one fewer is not", () => {
    const lines = ["II. One.", "III. Two.", "IV. Three."];
    expect(found(lines, { minFollowing: 2 })).toHaveLength(1);
    expect(found(lines, { minFollowing: 3 })).toEqual([]);
  });
});

describe("Roman numerals", () => {
  it("reads canonical numerals and refuses the others", () => {
    expect(["I", "II", "IV", "IX", "XIV", "XX"].map(romanValue)).toEqual([1, 2, 4, 9, 14, 20]);
    expect(["IIII", "VX", "IIV"].map(romanValue)).toEqual([undefined, undefined, undefined]);
  });
});

describe("numbered-sequence on the real corpus", () => {
  it("finds the section numbering from II and the order of one paragraph, both judged true", { timeout: 120_000 }, () => {
    const real = realCorpus();
    expect(runCheck(numberedSequence, real, ruleOptions(real, "numbered-sequence")).map((f) => f.message)).toEqual([
      '2012-01-17-presidential-order-20th-anniversary prints a numbered list of one item, "1." (line 3554).',
      'undated-khojaly-genocide-as-international-crime prints numbering that starts at "II.", with no "I." (line 106).',
    ]);
  });
});
