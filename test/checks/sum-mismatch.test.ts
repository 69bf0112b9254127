import { describe, expect, it } from "vitest";
import { sumMismatch } from "../../src/checks/sum-mismatch.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const fig = (fact: string, value: number, line = 1, qualifier?: "nearly"): Claim => ({
  kind: "number",
  fact,
  value,
  quote: String(value),
  line,
  ...(qualifier ? { qualifier } : {}),
});
const bySex = { total: "bodies.examined", parts: ["bodies.examined.men", "bodies.examined.women"] };

describe("sum-mismatch", () => {
  it("is silent when a document's parts add up to its total", () => {
    const c = corpus([doc("a", [fig("bodies.examined", 181), fig("bodies.examined.men", 130, 2), fig("bodies.examined.women", 51, 3)])]);
    expect(runCheck(sumMismatch, c, bySex)).toEqual([]);
  });

  it("reports parts that do not add up", () => {
    const c = corpus([doc("a", [fig("bodies.examined", 181), fig("bodies.examined.men", 130, 2), fig("bodies.examined.women", 61, 3)])]);
    expect(runCheck(sumMismatch, c, bySex).map((f) => f.message)).toEqual([
      'bodies.examined is stated as "181" (bodies.examined, a line 1), but its parts add up to 191: "130" (bodies.examined.men, a line 2); "61" (bodies.examined.women, a line 3).',
    ]);
  });

  it("does not add parts from other documents in document scope", () => {
    const c = corpus([doc("a", [fig("bodies.examined", 181), fig("bodies.examined.men", 130, 2)]), doc("b", [fig("bodies.examined.women", 61)])]);
    expect(runCheck(sumMismatch, c, bySex)).toEqual([]);
  });

  it("compares an aggregate with components anywhere in the corpus", () => {
    const opts = { total: "casualties", parts: ["killed.total", "wounded"], scope: "corpus" };
    const ok = corpus([doc("a", [fig("casualties", 2000, 1, "nearly")]), doc("b", [fig("killed.total", 613), fig("wounded", 1275, 2)])]);
    expect(runCheck(sumMismatch, ok, opts)).toEqual([]);
    const off = corpus([doc("a", [fig("casualties", 5000, 1, "nearly")]), doc("b", [fig("killed.total", 613), fig("wounded", 1000, 2)])]);
    expect(runCheck(sumMismatch, off, opts).map((f) => f.subject)).toEqual(["casualties"]);
  });
});
