import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lostStop } from "../../src/checks/lost-stop.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

/** One document per line, in the order given. */
function run(lines: string[], options: Record<string, unknown> = {}) {
  const docs = lines.map((_, i) => doc(`d${i}`, [], [i + 1, i + 1]));
  return runCheck(lostStop, corpus(docs, { source: lines }), options);
}

const stop = "Baku, 27 February (AzerTAc). The embassy met.";
const lost = "Rabat, 28 February (AzerTAc) Azerbaijan`s embassy met.";

describe("lost-stop", () => {
  it("reports a bracketed word printed before a capitalised word where the corpus follows it with a stop", () => {
    expect(run([stop, stop, stop, lost])).toEqual([
      {
        subject: "(AzerTAc)",
        key: "d3:4",
        message: '"(AzerTAc) Azerbaijan`s" (d3 line 4) has no full stop after "(AzerTAc)", which the corpus follows with one 3 of 4 times.',
        values: [{ value: "(AzerTAc) Azerbaijan`s", refs: [{ document: "d3", source: 4, text: "(AzerTAc) Azerbaijan`s" }] }],
        refs: [{ document: "d3", source: 4, text: "(AzerTAc) Azerbaijan`s" }],
      },
    ]);
  });

  it("needs minStops stops: 2 are too few, 3 enough", () => {
    expect(run([stop, stop, lost], { minShare: 0.5 })).toEqual([]);
    expect(run([stop, stop, lost], { minShare: 0.5, minStops: 2 })).toHaveLength(1);
  });

  it("needs the stop in minShare (two thirds) of the uses: 3 of 5 too few, 4 of 6 enough", () => {
    expect(run([stop, stop, stop, lost, lost])).toEqual([]);
    expect(run([stop, stop, stop, stop, lost, lost])).toHaveLength(2);
    expect(run([stop, stop, stop, lost, lost], { minShare: 0.6 })).toHaveLength(2);
  });

  it("leaves alone a bracketed word before a lower-case word, a mark, or with no space", () => {
    const others = ["the year (AzerTAc) and then.", "the year (AzerTAc), then.", "the year (AzerTAc)The end."];
    expect(run([stop, stop, stop, ...others])).toEqual([]);
  });

  it("leaves alone a tag at a line's end: a heading ends there too", () => {
    const lines = [stop, stop, stop, "Rabat, 28 February (AzerTAc)", "Azerbaijan`s embassy met."];
    const docs = [0, 1, 2].map((i) => doc(`d${i}`, [], [i + 1, i + 1])).concat([doc("d3", [], [4, 5])]);
    expect(runCheck(lostStop, corpus(docs, { source: lines }), {})).toEqual([]);
  });

  it("reads two or more words in brackets as no tag", () => {
    expect(run([stop, stop, stop, "the text (see above) Then it went."])).toEqual([]);
  });

  it("property: the findings do not depend on the order of the documents", () => {
    const lines = [stop, stop, stop, stop, lost, "Washington, 28 February (AzerTAc) Member of it."];
    const texts = (fs: ReturnType<typeof run>) => fs.map((f) => f.values[0]?.value).sort();
    const all = texts(run(lines));
    expect(all).toHaveLength(2);
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }), (order) => {
        expect(texts(run(order.map((i) => lines[i] ?? "")))).toEqual(all);
      }),
    );
  });
});
