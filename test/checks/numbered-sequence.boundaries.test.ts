import { describe, expect, it } from "vitest";
import { numberedSequence, romanValue } from "../../src/checks/numbered-sequence.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const textCorpus = (lines: string[]) => corpus([doc("d", [], [1, lines.length])], { source: lines });
const found = (lines: string[], options: object = {}) => runCheck(numberedSequence, textCorpus(lines), options).map((f) => f.message);

const ROMAN = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
  "XVIII",
  "XIX",
  "XX",
  "XXI",
  "XXIX",
  "XXX",
  "XXXIX",
];

describe("romanValue", () => {
  it("reads every canonical numeral from I to XXXIX", () => {
    expect(ROMAN.map(romanValue)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 29, 30, 39]);
  });

  it("refuses letters that are no canonical numeral", () => {
    expect(["IIII", "VV", "XXXX", "IXI", "VIIII", "IIX", "XIIII"].map(romanValue)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("numbered-sequence reads a line's opening number", () => {
  it("reads two-digit numbers and Roman numerals of several letters", () => {
    expect(found(["10. Ten.", "11. Eleven.", "12. Twelve."])).toEqual(['d prints numbering that starts at "10.", with no "1." (line 1).']);
    expect(found(["VIII. Eight.", "IX. Nine.", "X. Ten."])).toEqual(['d prints numbering that starts at "VIII.", with no "I." (line 1).']);
  });

  it("needs a full stop or parenthesis and then white space after the number", () => {
    expect(found(["3.Three.", "4.Four.", "5.Five."])).toEqual([]);
    expect(found(["3: Three.", "4: Four.", "5: Five."])).toEqual([]);
    expect(found(["  3. Three.", "\t4. Four.", "5. Five."])).toEqual(['d prints numbering that starts at "3.", with no "1." (line 1).']);
  });

  it("refuses three digits, and letters that are no Roman numeral", () => {
    expect(found(["300. a", "301. b", "302. c"])).toEqual([]);
    // "IIII." is no item, so the list starts at "V.", not at a fourth item.
    expect(found(["IIII. a", "V. b", "VI. c", "VII. d"])).toEqual(['d prints numbering that starts at "V.", with no "I." (line 2).']);
  });
});

describe("numbered-sequence breaks", () => {
  it("names the gap after a lone first item followed by a later run, and no list of one", () => {
    expect(found(["1. One.", "5. Five.", "6. Six.", "7. Seven."])).toEqual(['d prints "5." after "1.": the numbers between are missing (line 2).']);
  });

  it("reports a run that starts below the previous one as a late start, not a gap", () => {
    expect(found(["5. a", "6. b", "7. c", "3. d", "4. e", "5. f"])).toEqual([
      'd prints numbering that starts at "5.", with no "1." (line 1).',
      'd prints numbering that starts at "3.", with no "1." (line 4).',
    ]);
  });

  it("continues a run only with the next number", () => {
    expect(found(["1. a", "2. b", "2. c", "3. d", "4. e"])).toEqual(['d prints numbering that starts at "2.", with no "1." (line 3).']);
  });

  it("orders findings by line across Roman and Arabic numbering", () => {
    expect(found(["4. a", "5. b", "6. c", "III. x", "IV. y", "V. z", "9. a", "10. b", "11. c"])).toEqual([
      'd prints numbering that starts at "4.", with no "1." (line 1).',
      'd prints numbering that starts at "III.", with no "I." (line 4).',
      'd prints "9." after "6.": the numbers between are missing (line 7).',
    ]);
  });

  it("a list of one item is Arabic only, and only when no list follows", () => {
    expect(found(["1. a", "x", "1. b", "2. c"])).toEqual([]);
    expect(found(["I. Aliyev"])).toEqual([]);
    expect(found(["x", "1. a"])).toEqual(['d prints a numbered list of one item, "1." (line 2).']);
  });

  it("gives a finding its key, value and reference", () => {
    const [f] = runCheck(numberedSequence, textCorpus(["x", "II. a", "III. b", "IV. c"]));
    expect(f).toMatchObject({
      subject: "d",
      key: "roman|2",
      values: [{ value: "II.", refs: [{ document: "d", source: 2, text: "II." }] }],
      refs: [{ document: "d", source: 2, text: "II." }],
    });
  });

  it("minFollowing 1: one item following a late start is enough, none is not", () => {
    expect(found(["3. a", "4. b"], { minFollowing: 1 })).toEqual(['d prints numbering that starts at "3.", with no "1." (line 1).']);
    expect(found(["3. a"], { minFollowing: 1 })).toEqual([]);
  });
});
