import { describe, expect, it } from "vitest";
import { allClaims, compareClaimAt, factName, groupBy, listWords } from "../../src/checks/claims.js";
import { allOverlap, intervalOf, labelOf } from "../../src/checks/interval.js";
import type { Claim, Qualifier } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";

const num = (value: number, qualifier?: Qualifier): Claim => ({ kind: "number", fact: "f", value, quote: "q", line: 1, ...(qualifier ? { qualifier } : {}) });
const vague = (value: Extract<Claim, { kind: "vague" }>["value"], qualifier?: Qualifier): Claim => ({
  kind: "vague",
  fact: "f",
  value,
  quote: "q",
  line: 1,
  ...(qualifier ? { qualifier } : {}),
});

describe("intervalOf", () => {
  it("a bare figure is itself; open bounds exclude or include it", () => {
    expect(intervalOf(num(613))).toEqual({ lo: 613, hi: 613 });
    expect(intervalOf(num(613, "at-least"))).toEqual({ lo: 613, hi: Infinity });
    expect(intervalOf(num(613, "up-to"))).toEqual({ lo: 0, hi: 613 });
    const over = intervalOf(num(613, "over"));
    expect(over?.hi).toBe(Infinity);
    expect(over?.lo).toBeGreaterThan(613);
    expect(over?.lo).toBeLessThan(613.001);
    expect(intervalOf(num(613, "more-than"))).toEqual(over);
    const less = intervalOf(num(613, "less-than"));
    expect(less?.lo).toBe(0);
    expect(less?.hi).toBeLessThan(613);
    expect(less?.hi).toBeGreaterThan(612.999);
    expect(intervalOf(num(0, "over"))?.lo).toBeGreaterThan(0);
    expect(intervalOf(num(0, "less-than"))?.hi).toBeLessThan(0);
  });

  it("'about' reaches the tolerance either way, 'nearly' and 'almost' below only, rounded outwards", () => {
    expect(intervalOf(num(1000, "about"))).toEqual({ lo: 900, hi: 1100 });
    expect(intervalOf(num(613, "about"))).toEqual({ lo: 551, hi: 675 });
    expect(intervalOf(num(1000, "about"), { about: 0.2, nearly: 0.1 })).toEqual({ lo: 800, hi: 1200 });
    expect(intervalOf(num(1000, "nearly"))).toEqual({ lo: 900, hi: 1000 });
    expect(intervalOf(num(613, "almost"))).toEqual({ lo: 551, hi: 613 });
    expect(intervalOf(num(1000, "almost"), { about: 0.1, nearly: 0.3 })).toEqual({ lo: 700, hi: 1000 });
  });

  it("vague words are their order of magnitude, qualified the same way", () => {
    expect(intervalOf(vague("thousands"))).toEqual({ lo: 1000, hi: 999999 });
    expect(intervalOf(vague("dozens"))).toEqual({ lo: 24, hi: 9999 });
    expect(intervalOf(vague("hundreds", "about"))).toEqual({ lo: 90, hi: 109999 });
    expect(intervalOf(vague("millions", "over"))?.lo).toBe(Infinity);
  });

  it("other kinds have none", () => {
    expect(intervalOf({ kind: "text", fact: "f", value: "x", quote: "x", line: 1 })).toBeUndefined();
  });
});

describe("allOverlap and labelOf", () => {
  it("intervals overlap when the largest low end is not above the smallest high end", () => {
    expect(allOverlap([])).toBe(true);
    expect(allOverlap([{ lo: 1, hi: 5 }])).toBe(true);
    expect(
      allOverlap([
        { lo: 1, hi: 5 },
        { lo: 5, hi: 9 },
      ]),
    ).toBe(true);
    expect(
      allOverlap([
        { lo: 1, hi: 5 },
        { lo: 6, hi: 9 },
      ]),
    ).toBe(false);
    expect(
      allOverlap([
        { lo: 6, hi: 9 },
        { lo: 1, hi: 5 },
      ]),
    ).toBe(false);
    expect(
      allOverlap([
        { lo: 1, hi: 9 },
        { lo: 2, hi: 8 },
        { lo: 3, hi: 3 },
      ]),
    ).toBe(true);
  });

  it("a label reads as a person says it", () => {
    expect(labelOf(num(613))).toBe("613");
    expect(labelOf(num(613, "more-than"))).toBe("more than 613");
    expect(labelOf(num(613, "at-least"))).toBe("at least 613");
    expect(labelOf(vague("tens-of-thousands", "up-to"))).toBe("up to tens-of-thousands");
    expect(labelOf({ kind: "text", fact: "f", value: "x", quote: "x", line: 1 })).toBe("");
  });
});

describe("claims helpers", () => {
  it("every claim with its reference, in document and claim order", () => {
    const c = corpus([doc("a", [num(1), num(2)]), doc("b", [num(3)])]);
    expect(allClaims(c).map((x) => [x.doc.record.id, x.ref, x.claim.kind === "number" ? x.claim.value : 0])).toEqual([
      ["a", { document: "a", claim: 0 }, 1],
      ["a", { document: "a", claim: 1 }, 2],
      ["b", { document: "b", claim: 0 }, 3],
    ]);
  });

  it("groups keep first-seen order", () => {
    expect([...groupBy(["b1", "a1", "b2", "c1", "a2"], (s) => s.slice(0, 1))]).toEqual([
      ["b", ["b1", "b2"]],
      ["a", ["a1", "a2"]],
      ["c", ["c1"]],
    ]);
  });

  it("a fact's name is its label with its key, or the key", () => {
    const c = { ...corpus([]), facts: new Map([["killed.total", { label: "Killed, all ages" }]]) } as unknown as Parameters<typeof factName>[0];
    expect(factName(c, "killed.total")).toBe("Killed, all ages (killed.total)");
    expect(factName(c, "other")).toBe("other");
  });

  it("lists words with commas and 'and'", () => {
    expect(listWords([])).toBe("");
    expect(listWords(["a"])).toBe("a");
    expect(listWords(["a", "b"])).toBe("a and b");
    expect(listWords(["a", "b", "c"])).toBe("a, b and c");
  });

  it("orders claims by document, source line, then YAML line", () => {
    const c = corpus([
      doc("b", [num(1)]),
      doc("a", [
        { ...num(1), line: 5 },
        { ...num(2), line: 3 },
        { ...num(3), line: 3 },
      ]),
    ]);
    const sorted = [...allClaims(c)].sort(compareClaimAt).map((x) => [x.doc.record.id, x.ref.claim]);
    expect(sorted).toEqual([
      ["a", 1],
      ["a", 2],
      ["a", 0],
      ["b", 0],
    ]);
    const [x, y] = allClaims(c).filter((z) => z.doc.record.id === "a" && z.claim.line === 3);
    if (!x || !y) throw new Error("fixture");
    expect(compareClaimAt(x, y)).toBeLessThan(0);
    expect(compareClaimAt(y, x)).toBeGreaterThan(0);
    expect(compareClaimAt(x, x)).toBe(0);
  });
});
