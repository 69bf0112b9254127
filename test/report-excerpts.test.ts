import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/model/report.js";
import { excerpts, excerptSpan, markCandidates, type LineAt } from "../src/report/excerpts.js";

/** A double-spaced source, as the extraction prints it: text on odd lines, blank lines between. */
const LINES = [
  "The first line.",
  "",
  "The second line of text.",
  "",
  "A third line says that that we must",
  "",
  "live by the ideals; 286 people have been put",
  "",
  "on the wanted list in the result of the",
  "",
  "terror act. The last line.",
  "",
  "After the last.",
  "",
  "Long after.",
];
const at: LineAt = (n) => LINES[n - 1];

function finding(locations: { line: number; quote?: string }[], values: Finding["values"]): Finding {
  return {
    id: "0000000000000001",
    rule: "repetition",
    severity: "info",
    acknowledged: false,
    subject: "doc",
    message: "m",
    values,
    locations: locations.map((l) => ({
      document: "doc",
      file: "doc.yaml",
      line: 1,
      source: { file: "s.txt", line: l.line },
      ...(l.quote ? { quote: l.quote } : {}),
    })),
  };
}

describe("a location's excerpt", () => {
  it("marks the quote, whatever its case and line breaks, with three lines of text either side, blank lines not counted", () => {
    expect(excerptSpan(at, 7, ["286 PEOPLE have been put on the wanted"])).toEqual({
      from: 1,
      to: 15,
      mark: { line: 7, col: 20, endLine: 9, endCol: 13 },
    });
    expect(excerptSpan(at, 3, ["second"])).toEqual({ from: 1, to: 9, mark: { line: 3, col: 4, endLine: 3, endCol: 10 } });
  });

  it("marks words left out by an ellipsis as part of the passage", () => {
    expect(excerptSpan(at, 7, ["286 people … in the result of"])?.mark).toEqual({ line: 7, col: 20, endLine: 9, endCol: 35 });
  });

  it("marks a passage that starts before the location's line and runs over it", () => {
    expect(excerptSpan(at, 9, ["ideals; 286 people … wanted list"])?.mark).toEqual({ line: 7, col: 12, endLine: 9, endCol: 18 });
  });

  it("without a quote marks the value stated there, and without one found the whole printed line", () => {
    const f = finding([{ line: 5 }, { line: 11 }], [{ value: "that that", documents: ["doc"], locations: [0] }]);
    expect(markCandidates(f, 0)).toEqual(["that that"]);
    expect(markCandidates(f, 1)).toEqual([]);
    expect(excerptSpan(at, 5, markCandidates(f, 0))?.mark).toEqual({ line: 5, col: 18, endLine: 5, endCol: 27 });
    expect(excerptSpan(at, 11, markCandidates(f, 1))?.mark).toEqual({ line: 11, col: 0, endLine: 11, endCol: 26 });
    expect(excerptSpan(at, 2, [])).toBeUndefined();
  });

  it("prefers a quote to a value, and a match on the location's line to one before it", () => {
    const f = finding([{ line: 5, quote: "we must" }], [{ value: "that that", documents: ["doc"] }]);
    expect(markCandidates(f, 0)).toEqual(["we must", "that that"]);
    expect(excerptSpan(at, 9, ["the"])?.mark.line).toBe(9);
  });

  it("embeds only the lines of text the excerpts show", () => {
    const f = finding([{ line: 3, quote: "second" }], []);
    expect(excerpts(new Map([["s.txt", LINES]]), [f])).toEqual({
      "s.txt": { 1: "The first line.", 3: "The second line of text.", 5: LINES[4], 7: LINES[6], 9: LINES[8] },
    });
  });
});

describe("the real corpus's report", () => {
  it("gives every location with a source line an excerpt with words marked", () => {
    const html = readFileSync(join(import.meta.dirname, "../reports/consistency-report.html"), "utf8");
    const buttons = html.match(/<button type="button" class="src"[^>]*>/g) ?? [];
    expect(buttons.length).toBeGreaterThan(700);
    expect(buttons.filter((b) => !/data-span="\d+,\d+,\d+,\d+,\d+,\d+"/.test(b))).toEqual([]);
  });
});
