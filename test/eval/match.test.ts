import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, quoteSpan, type Annotation, type SpanLocation } from "../../src/eval/match.js";
import type { EvalCategory } from "../../src/model/evaluation.js";

const note = (a: Omit<Annotation, "text" | "note" | "file" | "at" | "related"> & { related?: number[] }): Annotation => ({
  related: [],
  text: "x",
  note: "n",
  file: "a.yaml",
  at: 1,
  ...a,
});
const loc = (rule: string, lines: number[], document = "d"): SpanLocation => ({ rule, finding: `${rule}-f`, document, lines, message: "m" });
const mapping = new Map<string, readonly EvalCategory[]>([
  ["mixed-script", ["script"]],
  ["ocr-damage", ["ocr", "spelling"]],
  ["figure-conflict", ["figure"]],
  ["shared-passage", []],
]);
const row = (r: ReturnType<typeof evaluate>, category: string) => r.rows.find((x) => x.category === category);

describe("evaluate", () => {
  it("finds an annotation when a location of a mapped rule is on its line (a hit)", () => {
    const r = evaluate([note({ document: "d", line: 5, category: "script" })], [loc("mixed-script", [5])], mapping);
    expect(row(r, "script")).toEqual({ category: "script", annotations: 1, found: 1, recall: 1, locations: 1, correct: 1, precision: 1 });
    expect(r.annotations[0]?.foundBy).toEqual(["mixed-script"]);
    expect(r.unmatched).toEqual([]);
  });

  it("misses an annotation no location covers, and counts a location on no annotated line as wrong (a miss)", () => {
    const r = evaluate([note({ document: "d", line: 5, category: "script" })], [loc("mixed-script", [6]), loc("mixed-script", [5], "other")], mapping);
    expect(row(r, "script")).toMatchObject({ annotations: 1, found: 0, recall: 0, locations: 2, correct: 0, precision: 0 });
    expect(r.unmatched.map((l) => [l.document, l.lines])).toEqual([
      ["d", [6]],
      ["other", [5]],
    ]);
  });

  it("does not count a finding of a rule for another category on the right line (a wrong category)", () => {
    const r = evaluate([note({ document: "d", line: 5, category: "script" })], [loc("figure-conflict", [5])], mapping);
    expect(row(r, "script")).toMatchObject({ found: 0, locations: 0 });
    expect(row(r, "figure")).toMatchObject({ annotations: 0, locations: 1, correct: 0, precision: 0 });
    expect(row(r, "all")).toMatchObject({ annotations: 1, found: 0, locations: 1, correct: 0 });
  });

  it("matches a location whose quote runs over several lines on any of them, and an annotation on its related lines", () => {
    const annotations = [note({ document: "d", line: 9, category: "figure" }), note({ document: "d", line: 20, category: "figure", related: [30] })];
    const r = evaluate(annotations, [loc("figure-conflict", [7, 8, 9]), loc("figure-conflict", [30])], mapping);
    expect(row(r, "figure")).toMatchObject({ annotations: 2, found: 2, locations: 2, correct: 2 });
  });

  it("counts a correct location of a rule of several categories in the row it matched, a wrong one in every row of its rule", () => {
    const r = evaluate([note({ document: "d", line: 5, category: "ocr" })], [loc("ocr-damage", [5]), loc("ocr-damage", [6])], mapping);
    expect(row(r, "ocr")).toMatchObject({ locations: 2, correct: 1, precision: 0.5 });
    expect(row(r, "spelling")).toMatchObject({ locations: 1, correct: 0, precision: 0 });
    expect(row(r, "all")).toMatchObject({ locations: 2, correct: 1, precision: 0.5 });
  });

  it("counts an annotation added after a finding showed it (found-by: tool) for precision, not for recall", () => {
    const annotations = [note({ document: "d", line: 5, category: "script" }), { ...note({ document: "d", line: 7, category: "script" }), byTool: true }];
    const r = evaluate(annotations, [loc("mixed-script", [7])], mapping);
    expect(row(r, "script")).toMatchObject({ annotations: 1, found: 0, recall: 0, locations: 1, correct: 1, precision: 1 });
    expect(row(r, "all")).toMatchObject({ annotations: 1, found: 0, correct: 1 });
    expect(r.annotations.map((a) => a.foundBy)).toEqual([[], ["mixed-script"]]);
  });

  it("leaves out locations of rules mapped to no category", () => {
    const r = evaluate([note({ document: "d", line: 5, category: "repetition" })], [loc("shared-passage", [5])], mapping);
    expect(row(r, "all")).toMatchObject({ found: 0, locations: 0, precision: null });
  });
});

describe("quoteSpan", () => {
  const lines = ["one two", "three", "", "four five six", "seven"];
  it("covers every line a quote runs over, whitespace aside", () => {
    expect(quoteSpan(lines, 1, "two three")).toEqual([1, 2]);
    expect(quoteSpan(lines, 2, "three four  five")).toEqual([2, 3, 4]);
    expect(quoteSpan(lines, 4, "five")).toEqual([4]);
  });
  it("is the first line alone without a quote or when the quote is not there", () => {
    expect(quoteSpan(lines, 2, undefined)).toEqual([2]);
    expect(quoteSpan(lines, 2, "nowhere")).toEqual([2]);
  });
});

describe("evaluate (laws)", () => {
  const categories = ["script", "ocr", "figure"] as const;
  const annotation = fc.record({ line: fc.integer({ min: 1, max: 12 }), category: fc.constantFrom(...categories) }).map((a) => note({ document: "d", ...a }));
  const location = fc
    .record({
      rule: fc.constantFrom("mixed-script", "ocr-damage", "figure-conflict"),
      first: fc.integer({ min: 1, max: 12 }),
      n: fc.integer({ min: 1, max: 3 }),
    })
    .map((l) =>
      loc(
        l.rule,
        Array.from({ length: l.n }, (_, i) => l.first + i),
      ),
    );
  const all = (r: ReturnType<typeof evaluate>) => row(r, "all");

  it("adding an annotation never lowers the number found", () => {
    fc.assert(
      fc.property(fc.array(annotation), fc.array(location), annotation, (as, ls, extra) => {
        expect(all(evaluate([...as, extra], ls, mapping))?.found ?? 0).toBeGreaterThanOrEqual(all(evaluate(as, ls, mapping))?.found ?? 0);
      }),
    );
  });

  it("adding a finding location never lowers recall", () => {
    fc.assert(
      fc.property(fc.array(annotation, { minLength: 1 }), fc.array(location), location, (as, ls, extra) => {
        for (const c of [...categories, "all"]) {
          const before = row(evaluate(as, ls, mapping), c)?.recall ?? 0;
          expect(row(evaluate(as, [...ls, extra], mapping), c)?.recall ?? 0).toBeGreaterThanOrEqual(before);
        }
      }),
    );
  });
});
