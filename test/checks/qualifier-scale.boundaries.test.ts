import { describe, expect, it } from "vitest";
import { qualifierScale } from "../../src/checks/qualifier-scale.js";
import type { Claim, Qualifier } from "../../src/model/claim.js";
import { corpus, doc, figureAt } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const fig = (value: number, qualifier?: Qualifier, fact = "killed.total", line = 1): Claim => figureAt(fact, value, line, qualifier);
const messages = (docs: Parameters<typeof corpus>[0], o: object = {}): string[] => runCheck(qualifierScale, corpus(docs), o).map((f) => f.message);

describe("qualifier-scale at its boundaries", () => {
  it("an open lower bound: a figure exactly ratio times it fires, one less does not", () => {
    expect(messages([doc("a", [fig(60, "over")]), doc("b", [fig(600)])])).toEqual([
      'For killed.total document a says "over 60"; document b gives "600": ratio 10.0, compatible with "over 60" but the size of a digit dropped or added.',
    ]);
    expect(messages([doc("a", [fig(60, "over")]), doc("b", [fig(599)])])).toEqual([]);
    expect(messages([doc("a", [fig(60, "at-least")]), doc("b", [fig(120)])], { ratio: 2 })).toHaveLength(1);
    expect(messages([doc("a", [fig(60, "at-least")]), doc("b", [fig(119)])], { ratio: 2 })).toEqual([]);
  });

  it("an open upper bound: a figure a ratio below it fires, one more does not; almost and less-than are open downwards", () => {
    expect(messages([doc("a", [fig(600, "less-than")]), doc("b", [fig(60)])])).toEqual([
      'For killed.total document a says "less than 600"; document b gives "60": ratio 10.0, compatible with "less than 600" but the size of a digit dropped or added.',
    ]);
    expect(messages([doc("a", [fig(600, "less-than")]), doc("b", [fig(61)])])).toEqual([]);
    expect(messages([doc("a", [fig(600, "almost")]), doc("b", [fig(60)])])).toHaveLength(1);
  });

  it("names the closest figure's ratio, every figure far away, grouped by label, and the documents in claim order (document, then claim)", () => {
    const found = runCheck(
      qualifierScale,
      corpus([
        doc("a", [fig(60, "more-than", "killed.total", 5)]),
        doc("c", [fig(6000, undefined, "killed.total", 2)]),
        doc("b", [fig(613, undefined, "killed.total", 3), fig(700, "over", "killed.total", 4)]),
        doc("d", [fig(613, undefined, "killed.total", 1)]),
      ]),
    );
    expect(found).toEqual([
      {
        subject: "killed.total",
        key: "more than 60",
        message:
          'For killed.total document a says "more than 60"; document c gives "6,000", documents b and d give "613" and document b gives "over 700": ratio 10.2, compatible with "more than 60" but the size of a digit dropped or added.',
        values: [
          { value: "more than 60", refs: [{ document: "a", claim: 0 }] },
          { value: "6000", refs: [{ document: "c", claim: 0 }] },
          {
            value: "613",
            refs: [
              { document: "b", claim: 0 },
              { document: "d", claim: 0 },
            ],
          },
          { value: "over 700", refs: [{ document: "b", claim: 1 }] },
        ],
        refs: [
          { document: "a", claim: 0 },
          { document: "b", claim: 0 },
          { document: "b", claim: 1 },
          { document: "c", claim: 0 },
          { document: "d", claim: 0 },
        ],
      },
    ]);
  });

  it("two documents giving one open figure are named together, in claim order", () => {
    expect(messages([doc("b", [fig(60, "over", "killed.total", 2)]), doc("a", [fig(60, "over", "killed.total", 1)]), doc("c", [fig(700)])])).toEqual([
      'For killed.total documents a and b say "over 60"; document c gives "700": ratio 11.7, compatible with "over 60" but the size of a digit dropped or added.',
    ]);
  });

  it("an open figure of zero is no bound to measure against", () => {
    expect(messages([doc("a", [fig(0, "over")]), doc("b", [fig(600)])])).toEqual([]);
  });

  it("facts limits the facts compared; exclude leaves out a fact and every fact under a prefix ending in '.'", () => {
    const docs = [
      doc("a", [fig(60, "over"), fig(60, "over", "wounded"), fig(60, "over", "killed.men")]),
      doc("b", [fig(600), fig(600, undefined, "wounded"), fig(600, undefined, "killed.men")]),
    ];
    const subjects = (o: object): string[] => runCheck(qualifierScale, corpus(docs), o).map((f) => f.subject);
    expect(subjects({})).toEqual(["killed.men", "killed.total", "wounded"]);
    expect(subjects({ facts: ["wounded"] })).toEqual(["wounded"]);
    expect(subjects({ exclude: ["wounded"] })).toEqual(["killed.men", "killed.total"]);
    expect(subjects({ exclude: ["killed."] })).toEqual(["wounded"]);
    expect(subjects({ exclude: ["killed"] })).toEqual(["killed.men", "killed.total", "wounded"]);
    expect(subjects({ exclude: ["killed.me"] })).toEqual(["killed.men", "killed.total", "wounded"]);
  });

  it("selects the facts it is given", () => {
    const parsed = qualifierScale.parseOptions({ facts: ["wounded"] });
    expect(parsed.ok && parsed.selects).toEqual(["wounded"]);
  });
});
