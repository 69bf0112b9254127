import { describe, expect, it } from "vitest";
import { z } from "zod";
import { memoPerRun, signTail, signTestOptions, times, wordFinding } from "../../src/checks/sign-test-evidence.js";

describe("signTail", () => {
  it("is the binomial lower tail of a fair coin", () => {
    expect(signTail(0, 0)).toBe(1);
    expect(signTail(0, 2)).toBe(1 / 4);
    expect(signTail(1, 4)).toBe(5 / 16);
  });
});

describe("signTestOptions", () => {
  const o = z.strictObject(signTestOptions({ maxSeen: "rare", significance: "level" }));
  it("defaults to at most 2 printings and the 0.05 level", () => {
    expect(o.parse({})).toEqual({ maxSeen: 2, significance: 0.05 });
  });
  it("takes a whole maxSeen of 1 or more and a level strictly between 0 and 1", () => {
    expect(o.safeParse({ maxSeen: 1 }).success).toBe(true);
    expect(o.safeParse({ maxSeen: 0 }).success).toBe(false);
    expect(o.safeParse({ maxSeen: 1.5 }).success).toBe(false);
    expect(o.safeParse({ significance: 0 }).success).toBe(false);
    expect(o.safeParse({ significance: 1 }).success).toBe(false);
    expect(o.safeParse({ significance: 0.999 }).success).toBe(true);
  });
  it("carries each rule's own descriptions", () => {
    expect(o.shape.maxSeen.description).toBe("rare");
    expect(o.shape.significance.description).toBe("level");
  });
});

describe("times", () => {
  it("says one time, and groups the digits of larger counts", () => {
    expect(times(1)).toBe("1 time");
    expect(times(0)).toBe("0 times");
    expect(times(2)).toBe("2 times");
    expect(times(1234)).toBe("1,234 times");
  });
});

describe("wordFinding", () => {
  it("quotes the words at the line, keys the place and values the printed phrase", () => {
    const ref = { document: "d1", source: 7, text: "region" };
    expect(wordFinding("d1", { line: 7, col: 12, words: ["in", "region"] }, "region", "in region", "msg.")).toEqual({
      subject: "d1",
      key: "7|12|in|region",
      message: "msg.",
      values: [{ value: "in region", refs: [ref] }],
      refs: [ref],
    });
  });
});

describe("memoPerRun", () => {
  it("keeps one memo per corpus and options", () => {
    const memoOf = memoPerRun<number>();
    const [corpus, other, o, p] = [{}, {}, {}, {}];
    memoOf(corpus, o).set("a", 1);
    expect(memoOf(corpus, o).get("a")).toBe(1);
    expect(memoOf(corpus, p).has("a")).toBe(false);
    expect(memoOf(other, o).has("a")).toBe(false);
    memoOf(corpus, p).set("b", 2);
    expect(memoOf(corpus, o).get("a")).toBe(1);
    expect(memoOf(corpus, p).get("b")).toBe(2);
  });
});
