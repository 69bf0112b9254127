import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sumMismatch } from "../../src/checks/sum-mismatch.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc, figureAt } from "../helpers/build-corpus.js";
import { newFindings, REAL_CORPUS_TIMEOUT, realCorpus, withRecord } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const fig = figureAt;
const vague = (fact: string, value: "hundreds", line = 1): Claim => ({ kind: "vague", fact, value, quote: value, line });
const bySex = { total: "bodies.examined", parts: ["bodies.examined.men", "bodies.examined.women"] };
const aggregate = { total: "casualties", parts: ["killed.total", "wounded", "hostages.taken"], scope: "corpus" };

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

  it("adds up the figures of each source a document reports, not the document's figures together", () => {
    const from = (c: Claim, to: string): Claim => (c.kind === "number" ? { ...c, attributedTo: to } : c);
    const c = corpus([
      doc("later", [
        from(fig("bodies.examined", 181), "first-inquiry"),
        from(fig("bodies.examined.men", 130, 2), "first-inquiry"),
        from(fig("bodies.examined.women", 51, 3), "first-inquiry"),
        from(fig("bodies.examined", 190, 4), "second-inquiry"),
        from(fig("bodies.examined.men", 140, 5), "second-inquiry"),
        from(fig("bodies.examined.women", 40, 6), "second-inquiry"),
      ]),
    ]);
    expect(runCheck(sumMismatch, c, bySex).map((f) => f.message)).toEqual([
      'bodies.examined is stated as "190" (bodies.examined, second-inquiry (reported in later) line 4), but its parts add up to 180: "140" (bodies.examined.men, second-inquiry (reported in later) line 5); "40" (bodies.examined.women, second-inquiry (reported in later) line 6).',
    ]);
  });

  it("does not add parts from other documents in document scope", () => {
    const c = corpus([doc("a", [fig("bodies.examined", 181), fig("bodies.examined.men", 130, 2)]), doc("b", [fig("bodies.examined.women", 61)])]);
    expect(runCheck(sumMismatch, c, bySex)).toEqual([]);
  });

  it("compares an aggregate with the document's own components before the corpus's", () => {
    // b's 5000 wounded would push any corpus-wide sum past 2000; a states its own wounded.
    const own = corpus([
      doc("a", [fig("casualties", 2000, 1, "nearly"), fig("killed.total", 613, 2), fig("wounded", 100, 3), fig("hostages.taken", 1275, 4)]),
      doc("b", [fig("wounded", 5000)]),
    ]);
    expect(runCheck(sumMismatch, own, aggregate)).toEqual([]);
  });

  it("fills a component the document does not state from the figures of the others", () => {
    const c = corpus([
      doc("a", [fig("casualties", 2000, 1, "nearly"), fig("killed.total", 613, 2), fig("hostages.taken", 1275, 4)]),
      doc("b", [fig("wounded", 421)]),
      doc("c", [vague("wounded", "hundreds")]),
    ]);
    expect(runCheck(sumMismatch, c, aggregate).map((f) => f.message)).toEqual([
      'casualties is stated as "nearly 2,000" (casualties, a line 1), but its parts add up to 2,309 if the part it does not state is borrowed from other documents: "613" (killed.total, a line 2); wounded not stated here, borrowed from other documents: "421" (wounded, b line 1); "1,275" (hostages.taken, a line 4).',
    ]);
  });

  it("splits a document's own arithmetic (scope document) from an inference with borrowed parts (scope inferred)", () => {
    const borrowed = corpus([
      doc("a", [fig("casualties", 2000, 1, "nearly"), fig("killed.total", 613, 2), fig("hostages.taken", 1275, 4)]),
      doc("b", [fig("wounded", 421)]),
    ]);
    const own = corpus([doc("a", [fig("casualties", 2000, 1, "nearly"), fig("killed.total", 613, 2), fig("wounded", 421, 3), fig("hostages.taken", 1275, 4)])]);
    const subjects = (c: ReturnType<typeof corpus>, scope: string): string[] => runCheck(sumMismatch, c, { ...aggregate, scope }).map((f) => f.subject);
    expect(subjects(borrowed, "inferred")).toEqual(["casualties in a"]);
    expect(subjects(borrowed, "document")).toEqual([]);
    expect(subjects(own, "inferred")).toEqual([]);
    expect(subjects(own, "document")).toEqual(["casualties in a"]);
    expect(subjects(own, "corpus")).toEqual(["casualties in a"]);
    expect(subjects(borrowed, "corpus")).toEqual(["casualties in a"]);
  });

  it("says which parts were borrowed from which documents: the lowest and the highest figure", () => {
    const c = corpus([
      doc("a", [fig("casualties", 2000, 1, "nearly"), fig("killed.total", 613, 2)]),
      doc("b", [fig("wounded", 421), fig("hostages.taken", 1275, 2)]),
      doc("c", [fig("wounded", 1000)]),
    ]);
    expect(runCheck(sumMismatch, c, { ...aggregate, scope: "inferred" }).map((f) => f.message)).toEqual([
      'casualties is stated as "nearly 2,000" (casualties, a line 1), but its parts add up to 2,309 to 2,888 if the parts it does not state are borrowed from other documents: "613" (killed.total, a line 2); wounded not stated here, borrowed from other documents: "421" (wounded, b line 1) to "1,000" (wounded, c line 1); hostages.taken not stated here, borrowed from other documents: "1,275" (hostages.taken, b line 2).',
    ]);
  });

  it("does not let an order of magnitude stand for a figure when a figure exists, but uses it when none does", () => {
    const onlyVague = corpus([
      doc("a", [fig("casualties", 2000, 1, "nearly"), fig("killed.total", 613, 2), fig("hostages.taken", 1275, 4)]),
      doc("c", [vague("wounded", "hundreds")]),
    ]);
    // "hundreds" reaches down to 100: 613 + 100 + 1275 = 1988 is within "nearly 2000".
    expect(runCheck(sumMismatch, onlyVague, aggregate)).toEqual([]);
  });

  it("property: a document that states every component is judged on itself alone", () => {
    const value = fc.integer({ min: 0, max: 3000 });
    fc.assert(
      fc.property(
        value,
        value,
        value,
        value,
        fc.array(fc.tuple(fc.constantFrom(...aggregate.parts, "casualties"), value), { maxLength: 6 }),
        (t, k, w, h, others) => {
          const a = doc("a", [fig("casualties", t), fig("killed.total", k, 2), fig("wounded", w, 3), fig("hostages.taken", h, 4)]);
          const rest = others.map(([f, v], i) => doc(`o${i}`, [fig(f, v)]));
          const onA = (c: ReturnType<typeof corpus>): string[] =>
            runCheck(sumMismatch, c, aggregate)
              .filter((f) => f.subject === "casualties in a")
              .map((f) => f.message);
          expect(onA(corpus([a, ...rest]))).toEqual(onA(corpus([a])));
        },
      ),
    );
  });

  it(
    "planted fault: an aggregate added to a real record that states every component is reported there and only there",
    () => {
      const real = realCorpus();
      const id = "2008-02-26-mfa-press-service-report";
      const planted = withRecord(real, id, (r) => ({
        ...r,
        claims: [...r.claims, { kind: "number", fact: "casualties.killed-wounded-or-hostage", value: 1500, qualifier: "nearly", quote: "planted", line: 2145 }],
      }));
      const found = newFindings(sumMismatch, "casualties-aggregate-own", real, planted);
      expect(found.map((f) => f.subject)).toEqual([`casualties.killed-wounded-or-hostage in ${id}`]);
      expect(new Set(found.flatMap((f) => f.refs.map((r) => r.document)))).toEqual(new Set([id]));
    },
    REAL_CORPUS_TIMEOUT,
  );
});
