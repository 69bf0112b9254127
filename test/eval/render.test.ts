import { describe, expect, it } from "vitest";
import type { Annotation, EvalResult } from "../../src/eval/match.js";
import { renderDetails, renderEvalJson } from "../../src/eval/render.js";

const annotation = (line: number, byTool: boolean): Annotation => ({
  document: "d",
  line,
  related: [],
  category: "real-word",
  text: "x",
  note: "n",
  file: "a.yaml",
  at: line,
  ...(byTool ? { byTool } : {}),
});
const result: EvalResult = {
  rows: [],
  annotations: [
    { annotation: annotation(2, true), foundBy: ["grammar-pattern"] },
    { annotation: annotation(1, false), foundBy: [] },
  ],
  unmatched: [{ rule: "grammar-pattern", finding: "f", document: "d", lines: [7, 8], message: "m", quote: "q" }],
};

describe("eval output", () => {
  it("marks in eval.json the annotations added after a finding showed them, and only those", () => {
    const json = JSON.parse(renderEvalJson(result)) as { annotations: Record<string, unknown>[] };
    expect(json.annotations).toEqual([
      { document: "d", line: 1, category: "real-word", text: "x", foundBy: [] },
      { document: "d", line: 2, category: "real-word", text: "x", foundBy: ["grammar-pattern"], addedAfterFinding: true },
    ]);
  });

  it("lists each missed annotation and each location that matches none", () => {
    expect(renderDetails(result)).toEqual([
      "Missed annotations (1):",
      '  d line 1 [real-word] "x": n (a.yaml:1)',
      "Finding locations that match no annotation (1):",
      '  d lines 7-8 [grammar-pattern] "q": m',
    ]);
  });
});
