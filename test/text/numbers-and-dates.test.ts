import { describe, expect, it } from "vitest";
import { findDates } from "../../src/text/dates.js";
import { findNumbers } from "../../src/text/numbers.js";

// The corpus's own forms: compromise (number words) and our date reader are pinned on them.
describe("findNumbers on the corpus's forms", () => {
  it.each([
    ["Fifty six people", [["Fifty six", 56]]],
    ["twenty one States of the USA", [["twenty one", 21]]],
    ["more than one million innocent people", [["one million", 1000000]]],
    ["1,275 peace residents", [["1,275", 1275]]],
    ["20,000 our citizens were killed", [["20,000", 20000]]],
    [
      "5,45 caliber",
      [
        ["5", 5],
        ["45", 45],
      ],
    ],
    ["the seventeenth anniversary", [["seventeenth", 17]]],
    ["About thousands of inhabitants", [["thousands", Number.NaN]]],
  ])("%s", (text, expected) => {
    expect(findNumbers(text).map((f) => [f.text, f.value])).toEqual(expected);
  });
});

describe("findDates on the corpus's forms", () => {
  it.each([
    ["26.02.2008.", "2008-02-26", undefined],
    ["February, 21 1997", "1997-02-21", undefined],
    ["05 October, 2009", "2009-10-05", undefined],
    ["19. 02. 2015", "2015-02-19", undefined],
    ["July 29,1993", "1993-07-29", undefined],
    ["01.02.2017", "2017-02-01", undefined],
    ["(26 FEBRUARY,  2012)", "2012-02-26", undefined],
    ["On Feb. 26, 1992", "1992-02-26", undefined],
    ["on the night of February 25-26, 1992", "1992-02-25", "1992-02-26"],
    ["at the night from the 25thto 26th February of 1992", "1992-02-25", "1992-02-26"],
    ["every year on February 26", "--02-26", undefined],
    ["S/RES/S22(1993) April 1993", "1993-04", undefined],
  ])("%s", (text, iso, until) => {
    const [first] = findDates(text);
    expect(first?.iso).toBe(iso);
    expect(first?.until).toBe(until);
  });

  it("does not read 'may' as a month", () => {
    expect(findDates("since 5 may be")).toEqual([]);
  });
});

describe("findNumbers: decimals, percentages and ordinals", () => {
  it.each([
    ["or 32.30 per cent.", [["32.30", 32.3, false]]],
    ["32.3% of them", [["32.3", 32.3, false]]],
    ["1,517.5 tons", [["1,517.5", 1517.5, false]]],
    [
      "on 26.02.2008.",
      [
        ["26", 26, false],
        ["02", 2, false],
        ["2008", 2008, false],
      ],
    ],
    [
      "the end of 1912. 3 boats",
      [
        ["1912", 1912, false],
        ["3", 3, false],
      ],
    ],
    [
      "the 25th day, the third boat",
      [
        ["25", 25, true],
        ["third", 3, true],
      ],
    ],
    ["the hundred and first day", [["hundred and first", 101, true]]],
    ["Twenty-three years", [["Twenty-three", 23, false]]],
  ])("%s", (text, expected) => {
    expect(findNumbers(text).map((f) => [f.text, f.value, f.ordinal])).toEqual(expected);
  });
});
