import { describe, expect, it } from "vitest";
import { draftClaims } from "../src/draft/claims.js";
import { keyOf, quantityWords, registryKeyFor } from "../src/draft/fact-key.js";
import { draftNames } from "../src/draft/names.js";
import { splitDocuments } from "../src/draft/split.js";

const one = (line: string): ReturnType<typeof draftClaims> => draftClaims([line], 1, 1);
const key = (before: string, after: string): string | undefined => keyOf(quantityWords(before, after), false);

describe("splitDocuments", () => {
  it("splits at separator lines and at three blank lines, and keeps a source without either whole", () => {
    expect(splitDocuments(["A", "b", "---", "C", "", "", "", "D", "", "", "E"])).toEqual([
      { first: 1, last: 2 },
      { first: 4, last: 4 },
      { first: 8, last: 11 },
    ]);
    expect(splitDocuments(["", "A", "", "b", ""])).toEqual([{ first: 2, last: 4 }]);
    expect(splitDocuments(["", " "])).toEqual([]);
  });
});

describe("fact keys from the words around a figure", () => {
  it.each([
    ["", " were saved.", "survivor"],
    ["", " lives were lost.", "dead"],
    ["", " perished in the fire", "dead"],
    ["the survivors numbered ", ".", "survivor"],
    ["", " men and boys died", "dead"],
    ["", " crew were drowned", "crew.dead"],
    ["", " tons of coal", "ton.coal"],
    ["", " were drowned and 155 were saved", "dead"],
    ["It was ", ".", undefined],
  ])("%j %j", (before, after, expected) => {
    expect(key(before, after)).toBe(expected);
  });

  it("marks a percentage", () => {
    expect(keyOf(quantityWords("", " survived"), true)).toBe("survivor.percent");
  });

  it("reuses a registry key with the same words, never a catch-all", () => {
    const facts = [
      { key: "mentioned.number", label: "Other figure", meaning: "m", unit: "count" },
      { key: "crew.dead", label: "Crew who died", meaning: "m", unit: "count" },
      { key: "killed.total", label: "Dead", meaning: "m", unit: "people" },
      { key: "injured.total", label: "Injured, all ages", meaning: "m", unit: "people" },
    ];
    expect(registryKeyFor("crew.dead", facts)).toBe("crew.dead");
    expect(registryKeyFor("dead", facts)).toBe("killed.total");
    expect(registryKeyFor("number", facts)).toBeUndefined();
    expect(registryKeyFor("survivor", facts)).toBeUndefined();
    expect(registryKeyFor("injured", facts)).toBeUndefined();
  });
});

describe("draftClaims", () => {
  it("reads qualifiers into the claim and its quote", () => {
    expect(one("more than 60 drowned, and some 150 people survived").claims).toEqual([
      expect.objectContaining({ kind: "number", value: 60, qualifier: "more-than", quote: "more than 60" }),
      expect.objectContaining({ kind: "number", value: 150, qualifier: "about", quote: "some 150" }),
    ]);
  });

  it("reads a range as its two ends, both of what the high end counts", () => {
    const d = one("Between 40 and 60 persons were injured.");
    expect(d.claims.map((c) => (c.kind === "number" ? [c.value, c.qualifier, c.quote] : []))).toEqual([
      [40, "at-least", "Between 40"],
      [60, "up-to", "60"],
    ]);
    expect([...d.proposals.values()].map((p) => p.key)).toEqual(["injured", "injured"]);
  });

  it("waives ranks and times of day, and reads a year alone as a date", () => {
    const d = one("The third boat left at 7.02 p.m. on the 25th, in 1921, with 212 aboard.");
    expect(d.waivers.map((w) => [w.text, w.reason])).toEqual([
      ["third", "ordinal"],
      ["7.02", "time-of-day"],
      ["25", "ordinal"],
    ]);
    expect(d.claims.map((c) => [c.kind, c.quote])).toEqual([
      ["date", "1921"],
      ["number", "212"],
    ]);
  });

  it("reads decimals, percentages and compound number words, and marks every claim a draft", () => {
    const d = draftClaims(["Eight hundred and ninety-eight", "tons were raised, or 32.30 per cent."], 1, 2);
    expect(d.claims.map((c) => (c.kind === "number" ? [c.value, c.quote, c.draft] : []))).toEqual([
      [898, "Eight hundred and ninety-eight", true],
      [32.3, "32.30", true],
    ]);
    expect([...d.proposals.values()].map((p) => [p.key, p.percent])).toEqual([["ton.raised", false]]);
  });

  it("records whom a figure is attributed to", () => {
    expect(one("According to the Harbour Board, 212 were aboard.").claims).toEqual([
      expect.objectContaining({ kind: "number", value: 212, attributedTo: "Harbour Board" }),
    ]);
  });
});

describe("draftNames", () => {
  it("claims the first place of each name of two capitalised words or more, without a leading function word or a month", () => {
    expect(
      draftNames(["The Board of Trade heard Captain John Harlow on Monday.", "Captain John Harlow and April Fool; March 1921"], 1, 2).map((n) => [
        n.claim.quote,
        n.claim.line,
        n.surname,
      ]),
    ).toEqual([
      ["Board of Trade", 1, undefined],
      ["John Harlow", 1, "Harlow"],
    ]);
  });
});
