import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partExceedsWhole } from "../../src/checks/part-exceeds-whole.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const fig = (fact: string, value: number, line = 1): Claim => ({ kind: "number", fact, value, quote: String(value), line });
const opts = { whole: "killed.total", parts: ["killed.women", "killed.children"] };

describe("part-exceeds-whole", () => {
  it("is silent when parts fit in the whole", () => {
    const c = corpus([
      doc("a", [fig("killed.total", 613), fig("killed.women", 106, 2), fig("killed.children", 63, 3)]),
      doc("b", [fig("killed.children", 83)]),
    ]);
    expect(runCheck(partExceedsWhole, c, opts)).toEqual([]);
  });

  it("reports a part in one document that exceeds the whole in another", () => {
    const c = corpus([doc("a", [fig("killed.total", 60)]), doc("b", [fig("killed.children", 83)])]);
    expect(runCheck(partExceedsWhole, c, opts).map((f) => f.message)).toEqual([
      'killed.children as stated ("83" in b line 1) exceeds killed.total as stated ("60" in a line 1).',
    ]);
  });

  it("reports a document whose parts add up to more than its whole", () => {
    const c = corpus([doc("a", [fig("killed.total", 150), fig("killed.women", 106, 2), fig("killed.children", 63, 3)])]);
    expect(runCheck(partExceedsWhole, c, opts).map((f) => f.message)).toEqual([
      'In a the parts ("106" in a line 2; "63" in a line 3) add up to at least 169, more than killed.total ("150" in a line 1).',
    ]);
    expect(runCheck(partExceedsWhole, c, { ...opts, sumWithinDocument: false })).toEqual([]);
  });

  it("property: the order of documents does not change the findings", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("killed.total", "killed.children"), fc.integer({ min: 1, max: 700 })), { minLength: 1, maxLength: 6 }),
        (xs) => {
          const docs = xs.map(([f, v], i) => doc(`d${i}`, [fig(f, v)]));
          expect(runCheck(partExceedsWhole, corpus([...docs].reverse()), opts)).toEqual(runCheck(partExceedsWhole, corpus(docs), opts));
        },
      ),
    );
  });
});
