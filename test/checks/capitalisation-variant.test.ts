import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalisationVariant } from "../../src/checks/capitalisation-variant.js";
import { BASIC_ENGLISH, corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const ENGLISH = [...BASIC_ENGLISH, "army", "armenian", "united", "nations", "foundation", "forces", "came", "countrymen", "by", "one", "land"];
const times = (n: number, line: string): string[] => Array.from({ length: n }, () => line);

/** One document per group of lines, in the order given. */
function run(groups: string[][], options: Record<string, unknown> = {}) {
  const source = groups.flat();
  let first = 1;
  const docs = groups.map((g, i) => {
    const d = doc(`d${i}`, [], [first, first + g.length - 1]);
    first += g.length;
    return d;
  });
  return runCheck(capitalisationVariant, corpus(docs, { source, english: ENGLISH }), options);
}

describe("capitalisation-variant", () => {
  it("reports a proper adjective printed in lower case where the corpus capitalises it inside sentences", () => {
    expect(run([times(10, "Then the Armenian army came."), ["Then the armenian army came."]])).toEqual([
      {
        subject: "armenian",
        message: '"armenian" is printed in lower case (d1 line 11) where the corpus prints "Armenian" capitalised inside a sentence 10 times.',
        values: [{ value: "armenian", refs: [{ document: "d1", source: 11, text: "armenian" }] }],
        refs: [{ document: "d1", source: 11, text: "armenian" }],
      },
    ]);
  });

  it("needs minCapitalised capitalised uses: 9 are too few, 10 enough", () => {
    const lower = ["Then the armenian army came."];
    expect(run([times(9, "Then the Armenian army came."), lower], { minRatio: 1 })).toEqual([]);
    expect(run([times(10, "Then the Armenian army came."), lower], { minRatio: 1 })).toHaveLength(1);
  });

  it("needs minRatio times as many capitalised uses as lower-case ones: 19 to 2 is too few, 20 to 2 enough", () => {
    const lower = ["Then the armenian army came.", "Then the armenian army came."];
    expect(run([times(19, "Then the Armenian army came."), lower])).toEqual([]);
    const [f] = run([times(20, "Then the Armenian army came."), lower]);
    expect(f?.refs).toEqual([
      { document: "d1", source: 21, text: "armenian" },
      { document: "d1", source: 22, text: "armenian" },
    ]);
  });

  it("counts neither a sentence's first word nor a heading in capitals as evidence of case", () => {
    expect(run([times(10, "Armenian forces came."), ["Then the armenian army came."]])).toEqual([]);
    expect(run([times(10, "Then the ARMENIAN army came."), ["Then the armenian army came."]])).toEqual([]);
  });

  it("leaves alone a word that can be a verb or a common noun", () => {
    expect(run([times(12, "Then the United Nations came."), ["Then countrymen united by one land came."]])).toEqual([]);
  });

  it("reports a word of a name printed in lower case after the name, from 10 capitalised pairs", () => {
    const lower = ["Then the Zorbov foundation came."];
    expect(run([times(9, "Then the Zorbov Foundation came."), lower])).toEqual([]);
    expect(run([times(10, "Then the Zorbov Foundation came."), lower])).toEqual([
      {
        subject: "zorbov foundation",
        message:
          '"Zorbov foundation" is printed in lower case (d1 line 11) where the corpus prints "Zorbov Foundation" capitalised inside a sentence 10 times.',
        values: [{ value: "Zorbov foundation", refs: [{ document: "d1", source: 11, text: "foundation" }] }],
        refs: [{ document: "d1", source: 11, text: "foundation" }],
      },
    ]);
  });

  it("locates a word of a name only where it is printed in lower case after the name", () => {
    const [f, ...rest] = run([times(10, "Then the Zorbov Foundation came."), ["Then the foundation came.", "Then the Zorbov foundation came."]]);
    expect(rest).toEqual([]);
    expect(f?.subject).toBe("zorbov foundation");
    expect(f?.refs).toEqual([{ document: "d1", source: 12, text: "foundation" }]);
  });

  it("reports a word once, alone, when it is also printed in lower case after a name", () => {
    const found = run([times(10, "Then the Zorbov Armenian army came."), ["Then the Zorbov armenian army came."]]);
    expect(found.map((f) => [f.subject, f.message])).toEqual([
      ["armenian", '"armenian" is printed in lower case (d1 line 11) where the corpus prints "Armenian" capitalised inside a sentence 10 times.'],
    ]);
  });

  it("names every place the word is printed in lower case", () => {
    const lower = ["Then the armenian army came.", "Then the armenian army came."];
    expect(run([times(20, "Then the Armenian army came."), lower]).map((f) => f.message)).toEqual([
      '"armenian" is printed in lower case (d1 line 21, d1 line 22) where the corpus prints "Armenian" capitalised inside a sentence 20 times.',
    ]);
  });

  it("needs minCapitalised uses capitalised inside a sentence, however often the word is printed in all", () => {
    const uses = [...times(9, "Then the Armenian army came."), "Armenian forces came.", "Armenian forces came."];
    expect(run([uses, ["Then the armenian army came."]], { minRatio: 1 })).toEqual([]);
  });

  it("counts a sentence's first word as no lower-case use either", () => {
    const [f, ...rest] = run([times(10, "Then the Armenian army came."), ["Armenian forces came.", "Then the armenian army came."]]);
    expect([f?.refs, rest]).toEqual([[{ document: "d1", source: 12, text: "armenian" }], []]);
  });

  it("counts a word with a capital inside it (aRmenian) as neither capitalised nor lower case", () => {
    const capitalised = [...times(9, "Then the Armenian army came."), "Then the aRmenian army came."];
    expect(run([capitalised, ["Then the armenian army came."]], { minRatio: 1 })).toEqual([]);
    expect(run([times(10, "Then the Armenian army came."), ["Then the armenian army came.", "Then the armeniaN army came."]])).toHaveLength(1);
  });

  it("reads a word with an apostrophe as lower case", () => {
    expect(run([times(10, "Then the Armenian's army came."), ["Then the armenian's army came."]]).map((f) => f.subject)).toEqual(["armenian's"]);
  });

  it("names the capitalised form printed most often", () => {
    const capitalised = [...times(2, "Then the ArmeNian army came."), ...times(9, "Then the Armenian army came.")];
    const [f] = run([capitalised, ["Then the armenian army came."]]);
    expect(f?.message).toContain('where the corpus prints "Armenian" capitalised inside a sentence 11 times.');
  });

  it("names the first form in code-point order of two printed equally often", () => {
    const capitalised = [...times(5, "Then the Armenian army came."), ...times(5, "Then the ArmeNian army came.")];
    const [f] = run([capitalised, ["Then the armenian army came."]]);
    expect(f?.message).toContain('where the corpus prints "ArmeNian" capitalised inside a sentence 10 times.');
  });

  it("locates no lower-case use inside a web address", () => {
    const [f] = run([times(10, "Then the Armenian army came."), ["Then the armenian army came.", "See www.armenian.am today."]]);
    expect(f?.refs).toEqual([{ document: "d1", source: 11, text: "armenian" }]);
  });

  it("reads a word after a capitalised word that is no name as the word alone", () => {
    expect(run([times(10, "The Armenian army came."), ["Then the armenian army came."]]).map((f) => f.subject)).toEqual(["armenian"]);
  });

  it("reads a name in capitals before a word as no name: a heading says nothing of case", () => {
    const heading = [...times(10, "Then the ZORBOV Foundation came."), "Then the ZORBOV foundation came."];
    expect(run([times(10, "Then the Zorbov Foundation came."), heading])).toEqual([]);
  });

  it("lists the findings by subject, pairs among words", () => {
    const groups = [
      times(10, "Then the Armenian army came."),
      times(10, "Then the Aabov Foundation came."),
      ["Then the armenian army came.", "Then the Aabov foundation came."],
    ];
    expect(run(groups).map((f) => f.subject)).toEqual(["aabov foundation", "armenian"]);
  });

  it("gives the same findings whatever the order of the documents", () => {
    const groups = [times(6, "Then the Armenian army came."), times(5, "Then the Armenian army came."), ["Then the armenian army came."], ["The war."]];
    const key = (gs: string[][]) =>
      run(gs)
        .map((f) => `${f.subject}:${f.refs.map((r) => r.text).join(",")}`)
        .sort();
    const expected = key(groups);
    expect(expected).toEqual(["armenian:armenian"]);
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), (order) => {
        expect(key(order.map((i) => groups[i] ?? []))).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });
});
