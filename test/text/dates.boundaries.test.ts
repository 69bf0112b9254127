import { describe, expect, it } from "vitest";
import { findDates } from "../../src/text/dates.js";

const one = (text: string) => findDates(text).map((d) => [d.text, d.start, d.iso, d.until]);

describe("findDates at its boundaries", () => {
  it("days 1 to 31 and months 1 to 12, not one outside", () => {
    expect(one("31.01.1992")).toEqual([["31.01.1992", 0, "1992-01-31", undefined]]);
    expect(one("32.01.1992")).toEqual([]);
    expect(one("00.01.1992")).toEqual([]);
    expect(one("01.12.1992")).toEqual([["01.12.1992", 0, "1992-12-01", undefined]]);
    expect(one("01.13.1992")).toEqual([]);
    expect(one("01.00.1992")).toEqual([]);
    expect(one("February 32, 1992")).toEqual([]);
    expect(one("February 1, 1992")).toEqual([["February 1, 1992", 0, "1992-02-01", undefined]]);
  });

  it("a range's second day outside 1-31 is no range", () => {
    expect(one("25-32 February 1992")).toEqual([["25-32 February 1992", 0, "1992-02-25", undefined]]);
  });

  it("abbreviates months longer than four letters only", () => {
    expect(one("Sept. 5, 1992")).toEqual([["Sept. 5, 1992", 0, "1992-09-05", undefined]]);
    expect(one("Sep. 5, 1992")).toEqual([["Sep. 5, 1992", 0, "1992-09-05", undefined]]);
    expect(one("Janu. 5, 1992")).toEqual([["Janu. 5, 1992", 0, "1992-01-05", undefined]]);
    expect(one("Jun. 5, 1992")).toEqual([]);
    expect(one("Sep 5, 1992")).toEqual([]);
  });

  it("a month name is capitalised or upper case, and a whole word", () => {
    expect(one("FEBRUARY 1992")).toEqual([["FEBRUARY 1992", 0, "1992-02", undefined]]);
    expect(one("february 1992")).toEqual([]);
    expect(one("Februaryx 1992")).toEqual([]);
    expect(one("5 Mayday")).toEqual([]);
    expect(one("February 2019x")).toEqual([]);
    expect(one("12.5.2009x")).toEqual([]);
    expect(one("1.2.3")).toEqual([]);
  });

  it("the words between day, month and year", () => {
    expect(one("26th of February 1992")).toEqual([["26th of February 1992", 0, "1992-02-26", undefined]]);
    expect(one("26 February in 1992")).toEqual([["26 February in 1992", 0, "1992-02-26", undefined]]);
    expect(one("February of 1992")).toEqual([["February of 1992", 0, "1992-02", undefined]]);
    expect(one("the 26th February")).toEqual([["26th February", 4, "--02-26", undefined]]);
    expect(one("February 26, 19923")).toEqual([["February 26", 0, "--02-26", undefined]]);
  });

  it("day ranges with -, –, to, and, and 'the'", () => {
    expect(one("February 26 and 27")).toEqual([["February 26 and 27", 0, "--02-26", "--02-27"]]);
    expect(one("25 to 26 February")).toEqual([["25 to 26 February", 0, "--02-25", "--02-26"]]);
    expect(one("25 and the 26th of February, 1992")).toEqual([["25 and the 26th of February, 1992", 0, "1992-02-25", "1992-02-26"]]);
    expect(one("February 25 – 26 1992")).toEqual([["February 25 – 26 1992", 0, "1992-02-25", "1992-02-26"]]);
  });

  it("finds every date, in text order, each once", () => {
    expect(one("On 26.02.2008 and 25.02.2008.")).toEqual([
      ["26.02.2008", 3, "2008-02-26", undefined],
      ["25.02.2008", 18, "2008-02-25", undefined],
    ]);
    expect(one("in May 1992 and on 3 June 1993")).toEqual([
      ["May 1992", 3, "1992-05", undefined],
      ["3 June 1993", 19, "1993-06-03", undefined],
    ]);
    expect(one("26 February 1992 February 1992")).toEqual([
      ["26 February 1992", 0, "1992-02-26", undefined],
      ["February 1992", 17, "1992-02", undefined],
    ]);
  });

  it("a text with no digit-dot-digit and no month is skipped, whatever the case", () => {
    expect(findDates("nothing here 1992")).toEqual([]);
    expect(one("on 5 dec. 1992 and 5 Dec. 1992")).toEqual([["5 Dec. 1992", 19, "1992-12-05", undefined]]);
    expect(one("26 . 02 . 2008")).toEqual([["26 . 02 . 2008", 0, "2008-02-26", undefined]]);
  });
});
