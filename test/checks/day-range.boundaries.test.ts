import { describe, expect, it } from "vitest";
import { allCompatible, datesAgree, datesCompatible, dayRange, daysBetween, weekdayOf } from "../../src/checks/day-range.js";

const DAY0 = Date.UTC(1992, 1, 26) / 86_400_000; // 1992-02-26 as days since 1970

describe("dayRange", () => {
  it("a day, a month and a year are the days they cover", () => {
    expect(dayRange("1992-02-26")).toEqual({ from: DAY0, to: DAY0, recurring: false });
    expect(dayRange("1992-02")).toEqual({ from: DAY0 - 25, to: DAY0 + 3, recurring: false }); // 1992 is a leap year
    expect(dayRange("1993-02")).toEqual({ from: DAY0 + 366 - 25, to: DAY0 + 366 + 2, recurring: false });
    expect(dayRange("1992")).toEqual({ from: DAY0 - 56, to: DAY0 - 56 + 365, recurring: false });
  });

  it("a recurring day is its day of the (leap) year, whatever comes around it", () => {
    expect(dayRange("--02-26")).toEqual({ from: 57, to: 57, recurring: true });
    expect(dayRange("--03-01")).toEqual({ from: 61, to: 61, recurring: true });
    expect(dayRange("--01-01")).toEqual({ from: 1, to: 1, recurring: true });
    // The pattern is anchored: a full date that contains "--mm-dd"-like text is not recurring.
    expect(dayRange("1992-02-26").recurring).toBe(false);
    expect(dayRange("x--02-26").recurring).toBe(false);
    expect(dayRange("--02-26x").recurring).toBe(false);
  });

  it("a span runs to the end of its `until`, never backwards", () => {
    expect(dayRange("1992-02-25", "1992-02-26")).toEqual({ from: DAY0 - 1, to: DAY0, recurring: false });
    expect(dayRange("1992-02-26", "1992-02-25")).toEqual({ from: DAY0, to: DAY0, recurring: false });
    expect(dayRange("1992-02-25", "1992-03")).toEqual({ from: DAY0 - 1, to: DAY0 + 34, recurring: false });
    expect(dayRange("--02-25", "--02-26")).toEqual({ from: 56, to: 57, recurring: true });
  });
});

describe("datesCompatible", () => {
  const day = (n: number) => ({ from: n, to: n, recurring: false });
  const rec = (n: number) => ({ from: n, to: n, recurring: true });

  it("two days meet when at most `slack` days apart, either way round", () => {
    expect(datesCompatible(day(10), day(10))).toBe(true);
    expect(datesCompatible(day(10), day(11))).toBe(false);
    expect(datesCompatible(day(11), day(10))).toBe(false);
    expect(datesCompatible(day(10), day(11), 1)).toBe(true);
    expect(datesCompatible(day(11), day(10), 1)).toBe(true);
    expect(datesCompatible(day(10), day(12), 1)).toBe(false);
    expect(datesCompatible(day(12), day(10), 1)).toBe(false);
  });

  it("two recurring days compare by day of the year", () => {
    expect(datesCompatible(rec(57), rec(57))).toBe(true);
    expect(datesCompatible(rec(57), rec(58))).toBe(false);
    expect(datesCompatible(rec(58), rec(57), 1)).toBe(true);
  });

  it("a recurring day meets a full date on the same day of the year, within slack", () => {
    const feb26 = dayRange("1992-02-26");
    expect(datesCompatible(rec(57), feb26)).toBe(true);
    expect(datesCompatible(feb26, rec(57))).toBe(true);
    expect(datesCompatible(rec(58), feb26)).toBe(false);
    expect(datesCompatible(feb26, rec(56))).toBe(false);
    expect(datesCompatible(rec(58), feb26, 1)).toBe(true);
    expect(datesCompatible(rec(56), feb26, 1)).toBe(true);
    expect(datesCompatible(rec(59), feb26, 1)).toBe(false);
  });

  it("a full span longer than 40 days holds every day of the year; one of 40 days does not", () => {
    const span = (days: number) => ({ from: DAY0, to: DAY0 + days, recurring: false });
    expect(datesCompatible(rec(1), span(41))).toBe(true);
    expect(datesCompatible(rec(1), span(40))).toBe(false);
    expect(datesCompatible(rec(57 + 40), span(40))).toBe(true);
    expect(datesCompatible(rec(1), dayRange("1992"))).toBe(true);
    expect(datesCompatible(rec(200), dayRange("1992-02"))).toBe(false);
  });
});

describe("allCompatible", () => {
  const day = (n: number) => ({ from: n, to: n, recurring: false });
  const rec = (n: number) => ({ from: n, to: n, recurring: true });

  it("full dates share a day, within slack", () => {
    expect(allCompatible([])).toBe(true);
    expect(allCompatible([day(10), day(10)])).toBe(true);
    expect(allCompatible([day(10), day(11)])).toBe(false);
    expect(allCompatible([day(10), day(11)], 1)).toBe(true);
    expect(allCompatible([day(10), day(12)], 1)).toBe(false);
  });

  it("recurring days share a day, within slack", () => {
    expect(allCompatible([rec(57), rec(57)])).toBe(true);
    expect(allCompatible([rec(57), rec(58)])).toBe(false);
    expect(allCompatible([rec(57), rec(58)], 1)).toBe(true);
  });

  it("recurring days are compared with the span the full dates share", () => {
    const feb26 = dayRange("1992-02-26");
    expect(allCompatible([feb26, rec(57)])).toBe(true);
    expect(allCompatible([rec(57), feb26, feb26])).toBe(true);
    expect(allCompatible([feb26, rec(58)])).toBe(false);
    expect(allCompatible([feb26, rec(58)], 1)).toBe(true);
    expect(allCompatible([dayRange("1992-02"), dayRange("1992-02-26"), rec(57)])).toBe(true);
    expect(allCompatible([dayRange("1992-02"), dayRange("1992-02-10"), rec(57)])).toBe(false);
    // With slack the shared span may be "inverted" (from after to); it is read as the span between them.
    expect(allCompatible([day(DAY0), day(DAY0 + 1), rec(58)], 1)).toBe(true);
    expect(allCompatible([day(DAY0 + 1), day(DAY0), rec(56)], 1)).toBe(true);
  });
});

describe("weekdayOf, daysBetween, datesAgree", () => {
  it("names the weekday of a day", () => {
    expect(["1992-02-23", "1992-02-24", "1992-02-25", "1992-02-26", "1992-02-27", "1992-02-28", "1992-02-29"].map(weekdayOf)).toEqual([
      "Sunday",
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday",
    ]);
  });

  it("counts days from the first day of each date", () => {
    expect(daysBetween("1992-02-26", "1993-02-26")).toBe(366);
    expect(daysBetween("1993-02-26", "1992-02-26")).toBe(-366);
    expect(daysBetween("1992-02", "1992-03")).toBe(29);
    expect(daysBetween("1992", "1993")).toBe(366);
  });

  it("dates at different precision agree when one contains the other", () => {
    expect(datesAgree("1993-04", "1993-04-30")).toBe(true);
    expect(datesAgree("1993-04-30", "1993-04")).toBe(true);
    expect(datesAgree("1993-04-30", "1993-05")).toBe(false);
    expect(datesAgree("1993-04", "1993-05-04")).toBe(false);
  });
});
