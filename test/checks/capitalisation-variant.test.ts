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
