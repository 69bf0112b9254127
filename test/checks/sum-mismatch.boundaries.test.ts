import { describe, expect, it } from "vitest";
import { sumMismatch } from "../../src/checks/sum-mismatch.js";
import type { Qualifier } from "../../src/model/claim.js";
import { corpus, doc, figureAt } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const fig = figureAt;
const bySex = { total: "bodies.examined", parts: ["bodies.examined.men", "bodies.examined.women"] };
const total = (value: number, qualifier?: Qualifier) =>
  runCheck(
    sumMismatch,
    corpus([doc("a", [fig("bodies.examined", value, 1, qualifier), fig("bodies.examined.men", 130, 2), fig("bodies.examined.women", 51, 3)])]),
    bySex,
  );

describe("sum-mismatch at its boundaries", () => {
  it("a total one below or one above the sum of its parts is reported, with every claim involved", () => {
    expect(total(181)).toEqual([]);
    expect(total(182).map((f) => f.message)).toEqual([
      'bodies.examined is stated as "182" (bodies.examined, a line 1), but its parts add up to 181: "130" (bodies.examined.men, a line 2); "51" (bodies.examined.women, a line 3).',
    ]);
    expect(total(180)).toEqual([
      {
        subject: "bodies.examined in a",
        key: " in a",
        message:
          'bodies.examined is stated as "180" (bodies.examined, a line 1), but its parts add up to 181: "130" (bodies.examined.men, a line 2); "51" (bodies.examined.women, a line 3).',
        values: [
          { value: "bodies.examined 180", refs: [{ document: "a", claim: 0 }] },
          { value: "bodies.examined.men 130", refs: [{ document: "a", claim: 1 }] },
          { value: "bodies.examined.women 51", refs: [{ document: "a", claim: 2 }] },
        ],
        refs: [
          { document: "a", claim: 0 },
          { document: "a", claim: 1 },
          { document: "a", claim: 2 },
        ],
      },
    ]);
  });

  it("an open total agrees when the sum lies inside it", () => {
    expect(total(180, "over")).toEqual([]);
    expect(total(181, "over")).toHaveLength(1);
    expect(total(182, "less-than")).toEqual([]);
    expect(total(181, "less-than")).toHaveLength(1);
  });

  it("parts with an open bound add up to an open range", () => {
    const c = corpus([doc("a", [fig("bodies.examined", 100), fig("bodies.examined.men", 130, 2, "at-least"), fig("bodies.examined.women", 51, 3)])]);
    expect(runCheck(sumMismatch, c, bySex).map((f) => f.message)).toEqual([
      'bodies.examined is stated as "100" (bodies.examined, a line 1), but its parts add up to at least 181: "at least 130" (bodies.examined.men, a line 2); "51" (bodies.examined.women, a line 3).',
    ]);
  });

  it("in corpus scope a part the document does not state is the range the others give", () => {
    const c = corpus([
      doc("a", [fig("bodies.examined", 100), fig("bodies.examined.men", 130, 2)]),
      doc("b", [fig("bodies.examined.women", 51, 3), fig("bodies.examined.women", 60, 4)]),
    ]);
    expect(runCheck(sumMismatch, c, { ...bySex, scope: "corpus" }).map((f) => f.message)).toEqual([
      'bodies.examined is stated as "100" (bodies.examined, a line 1), but its parts add up to 181 to 190 if the part it does not state is borrowed from other documents: "130" (bodies.examined.men, a line 2); bodies.examined.women not stated here, borrowed from other documents: "51" (bodies.examined.women, b line 3) to "60" (bodies.examined.women, b line 4).',
    ]);
    expect(runCheck(sumMismatch, c, bySex)).toEqual([]);
  });
});
