import { describe, expect, it } from "vitest";
import { componentsFor, corpusRange, describeComponent, hull, statedByFact, sumOf, valueOf, whereStated, type Stated } from "../../src/checks/aggregate.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc, figureAt } from "../helpers/build-corpus.js";

const vague = (fact: string, value: "hundreds" | "thousands", line: number): Claim => ({ kind: "vague", fact, value, quote: value, line });
const said = (fact: string, value: number, line: number, attributedTo: string): Claim => ({
  kind: "number",
  fact,
  value,
  quote: String(value),
  line,
  attributedTo,
});

/** Who states what, and where: "fact value doc:line", in the order the map gives them. */
const summary = (byDoc: ReadonlyMap<string, Stated[]> | undefined): string[] =>
  [...(byDoc ?? [])].flatMap(([voice, ss]) =>
    ss.map((s) => `${voice}: ${valueOf(s)} ${s.at.doc.record.id}:${s.at.claim.line} [${s.interval.lo}, ${s.interval.hi}]`),
  );

describe("aggregate helpers", () => {
  const c = corpus([
    doc("a", [
      figureAt("killed", 613, 1),
      figureAt("wounded", 487, 2),
      figureAt("killed", 600, 3, "over"),
      { kind: "date", fact: "killed", value: "1992-02-26", quote: "26 February", line: 4 },
    ]),
    doc("b", [figureAt("killed", 485, 5), said("killed", 1000, 6, "British inquiry"), figureAt("missing", 150, 7)]),
  ]);
  const stated = statedByFact(c, ["killed", "wounded", "captured"]);

  it("statedByFact: every figure of the facts asked for, by fact then voice, in corpus order; other kinds and facts left out", () => {
    expect([...stated.keys()]).toEqual(["killed", "wounded", "captured"]);
    expect(summary(stated.get("killed"))).toEqual([
      "a: killed 613 a:1 [613, 613]",
      `a: killed over 600 a:3 [${600 + 600 * Number.EPSILON}, Infinity]`,
      "b: killed 485 b:5 [485, 485]",
      "British inquiry: killed 1000 b:6 [1000, 1000]",
    ]);
    expect(summary(stated.get("wounded"))).toEqual(["a: wounded 487 a:2 [487, 487]"]);
    expect(stated.get("captured")).toEqual(new Map());
  });

  it("hull: the lowest low end and the highest high end", () => {
    const killed = stated.get("killed")?.get("a") ?? [];
    expect(hull(killed)).toEqual({ lo: 600 + 600 * Number.EPSILON, hi: Number.POSITIVE_INFINITY });
    expect(hull(killed.slice(0, 1))).toEqual({ lo: 613, hi: 613 });
  });

  it("whereStated and valueOf name the figure, the fact, the voice and the line", () => {
    const [own, , , reported] = [...(stated.get("killed")?.values() ?? [])].flat();
    expect(own && whereStated(own)).toBe('"613" (killed, a line 1)');
    expect(reported && whereStated(reported)).toBe('"1,000" (killed, British inquiry (reported in b) line 6)');
    expect(reported && valueOf(reported)).toBe("killed 1000");
  });

  it("corpusRange: the statements at the corpus's extremes, lowest first; undefined when nobody states the fact", () => {
    const range = corpusRange(stated.get("killed") ?? new Map());
    expect(range?.map(valueOf)).toEqual(["killed 485", "killed over 600"]);
    expect(corpusRange(new Map())).toBeUndefined();
    expect(corpusRange(new Map([["a", []]]))).toBeUndefined();
  });

  it("corpusRange: one statement holding both extremes is named once", () => {
    const one = statedByFact(corpus([doc("a", [figureAt("killed", 613, 1)])]), ["killed"]);
    expect(corpusRange(one.get("killed") ?? new Map())?.map(valueOf)).toEqual(["killed 613"]);
  });

  it("corpusRange: of two statements at one extreme, the earlier document, then the earlier line", () => {
    const tie = statedByFact(
      corpus([doc("b", [figureAt("killed", 5, 2), figureAt("killed", 5, 1)]), doc("a", [figureAt("killed", 5, 9), figureAt("killed", 9, 3)])]),
      ["killed"],
    );
    const range = corpusRange(tie.get("killed") ?? new Map()) ?? [];
    expect(range.map((s) => `${s.at.doc.record.id}:${s.at.claim.line}`)).toEqual(["a:9", "a:3"]);
    const lines = statedByFact(corpus([doc("b", [figureAt("killed", 5, 2), figureAt("killed", 5, 1), figureAt("killed", 7, 4), figureAt("killed", 7, 3)])]), [
      "killed",
    ]);
    expect((corpusRange(lines.get("killed") ?? new Map()) ?? []).map((s) => s.at.claim.line)).toEqual([1, 3]);
  });

  it("corpusRange: an order of magnitude is left out where any document gives a figure, and is the range where none does", () => {
    const mixed = statedByFact(corpus([doc("a", [vague("killed", "thousands", 1)]), doc("b", [figureAt("killed", 613, 2)])]), ["killed"]);
    expect(corpusRange(mixed.get("killed") ?? new Map())?.map(valueOf)).toEqual(["killed 613"]);
    const words = statedByFact(corpus([doc("a", [vague("killed", "thousands", 1)]), doc("b", [vague("killed", "hundreds", 2)])]), ["killed"]);
    expect(corpusRange(words.get("killed") ?? new Map())?.map(valueOf)).toEqual(["killed hundreds", "killed thousands"]);
  });

  it("componentsFor: the document's own statements first; a missing one from the corpus only when filling", () => {
    const own = componentsFor("a", ["killed", "wounded"], stated, false);
    expect(own?.map((x) => [x.fact, x.from, x.stated.map(valueOf), x.interval])).toEqual([
      ["killed", "document", ["killed 613", "killed over 600"], { lo: 600 + 600 * Number.EPSILON, hi: Number.POSITIVE_INFINITY }],
      ["wounded", "document", ["wounded 487"], { lo: 487, hi: 487 }],
    ]);
    expect(componentsFor("b", ["killed", "wounded"], stated, false)).toBeUndefined();
    const filled = componentsFor("b", ["killed", "wounded"], stated, true);
    expect(filled?.map((x) => [x.fact, x.from, x.stated.map(valueOf), x.interval])).toEqual([
      ["killed", "document", ["killed 485"], { lo: 485, hi: 485 }],
      ["wounded", "corpus", ["wounded 487"], { lo: 487, hi: 487 }],
    ]);
    expect(componentsFor("b", ["killed", "captured"], stated, true)).toBeUndefined();
    expect(componentsFor("b", ["killed", "unknown"], stated, true)).toBeUndefined();
  });

  it("componentsFor: an empty list of own statements is no statement", () => {
    const empty = new Map([["killed", new Map([["a", [] as Stated[]]])]]);
    expect(componentsFor("a", ["killed"], empty, false)).toBeUndefined();
  });

  it("sumOf adds low ends and high ends; describeComponent names own statements, or where a borrowed one comes from", () => {
    const filled = componentsFor("b", ["killed", "wounded"], stated, true) ?? [];
    expect(sumOf(filled)).toEqual({ lo: 972, hi: 972 });
    expect(sumOf([])).toEqual({ lo: 0, hi: 0 });
    expect(filled.map(describeComponent)).toEqual([
      '"485" (killed, b line 5)',
      'wounded not stated here, borrowed from other documents: "487" (wounded, a line 2)',
    ]);
    const both = componentsFor("a", ["killed"], stated, false) ?? [];
    expect(both.map(describeComponent)).toEqual(['"613" (killed, a line 1); "over 600" (killed, a line 3)']);
    const range = componentsFor("x", ["killed"], stated, true) ?? [];
    expect(range.map(describeComponent)).toEqual([
      'killed not stated here, borrowed from other documents: "485" (killed, b line 5) to "over 600" (killed, a line 3)',
    ]);
  });
});
