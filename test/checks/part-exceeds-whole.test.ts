import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partExceedsWhole } from "../../src/checks/part-exceeds-whole.js";
import { corpus, doc, figureAt } from "../helpers/build-corpus.js";
import { newFindings, REAL_CORPUS_TIMEOUT, realCorpus, withNumber } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const fig = figureAt;
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
      'In a the parts ("106" (killed.women, a line 2); "63" (killed.children, a line 3)) add up to at least 169, more than killed.total ("150" in a line 1).',
    ]);
    expect(runCheck(partExceedsWhole, c, { ...opts, sumWithinDocument: false })).toEqual([]);
  });

  it("with fillFromCorpus, counts a part the document does not state as the least the others give", () => {
    const c = corpus([
      doc("a", [fig("killed.total", 150), fig("killed.women", 106, 2)]),
      doc("b", [fig("killed.children", 63)]),
      doc("c", [fig("killed.children", 83)]),
    ]);
    expect(runCheck(partExceedsWhole, c, opts)).toEqual([]);
    expect(runCheck(partExceedsWhole, c, { ...opts, fillFromCorpus: true }).map((f) => f.message)).toEqual([
      'In a the parts ("106" (killed.women, a line 2); killed.children not stated here, borrowed from other documents: "63" (killed.children, b line 1) to "83" (killed.children, c line 1)) add up to at least 169 with the parts it does not state taken from the others, more than killed.total ("150" in a line 1).',
    ]);
  });

  it("with fillFromCorpus, leaves a document that states no part to the comparison across documents", () => {
    const c = corpus([doc("a", [fig("killed.total", 150)]), doc("b", [fig("killed.women", 106), fig("killed.children", 63, 2)])]);
    expect(runCheck(partExceedsWhole, c, { ...opts, fillFromCorpus: true })).toEqual([]);
  });

  it("property: with fillFromCorpus, a document that states every part is judged on itself alone", () => {
    const v = fc.integer({ min: 0, max: 700 });
    fc.assert(
      fc.property(v, v, v, fc.array(fc.tuple(fc.constantFrom(...opts.parts), v), { maxLength: 5 }), (w, k, ch, others) => {
        const a = doc("a", [fig("killed.total", w), fig("killed.women", k, 2), fig("killed.children", ch, 3)]);
        const rest = others.map(([f, x], i) => doc(`o${i}`, [fig(f, x)]));
        const sumOnA = (c: ReturnType<typeof corpus>): string[] =>
          runCheck(partExceedsWhole, c, { ...opts, fillFromCorpus: true })
            .filter((f) => f.subject === "killed.total in a")
            .map((f) => f.message);
        expect(sumOnA(corpus([a, ...rest]))).toEqual(sumOnA(corpus([a])));
      }),
    );
  });

  it(
    "planted fault: a real total lowered below its own groups and the elderly the others count is reported there and only there",
    () => {
      const real = realCorpus();
      const id = "2009-02-26-yonhap-azerbaijan-denounces-armenians";
      const planted = withNumber(real, id, "killed.total", 230);
      const found = newFindings(partExceedsWhole, "killed-groups-within-killed", real, planted);
      expect(found.map((f) => f.subject)).toEqual([`killed.total in ${id}`]);
      expect(found[0]?.message).toContain("killed.elderly not stated here");
    },
    REAL_CORPUS_TIMEOUT,
  );

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
