import { describe, expect, it } from "vitest";
import { after, span } from "../../src/checks/anachronism.js";

describe("anachronism's reading of partial dates", () => {
  it.each([
    ["1993", { first: "1993-01-01", last: "1993-12-31" }],
    ["1993-04", { first: "1993-04-01", last: "1993-04-30" }],
    ["1993-12", { first: "1993-12-01", last: "1993-12-31" }],
    // February is read as 29 days, whatever the year: "after" only needs an upper bound.
    ["1993-02", { first: "1993-02-01", last: "1993-02-29" }],
    ["1993-02-26", { first: "1993-02-26", last: "1993-02-26" }],
  ])("%s spans %j", (iso, expected) => {
    expect(span(iso)).toEqual(expected);
  });

  it("a day without a year, or anything else, has no span", () => {
    expect(["--02-26", "93", "1993-2", "x1993", "1993-02-26x", ""].map(span)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it("a date is after another when its first day is after the other's last", () => {
    expect(after("1993-05", "1993-04")).toBe(true);
    expect(after("1993-05-01", "1993-04")).toBe(true);
    expect(after("1993-04-30", "1993-04")).toBe(false);
    expect(after("1994", "1993-12-31")).toBe(true);
    expect(after("1993-12-31", "1993")).toBe(false);
    expect(after("--02-26", "1993")).toBe(false);
    expect(after("1993", "--02-26")).toBe(false);
  });
});
