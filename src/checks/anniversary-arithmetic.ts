import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import { isoPartialDate } from "../model/dates.js";
import { allClaims } from "./claims.js";
import { daysBetween } from "./day-range.js";

const options = z.strictObject({
  eventDate: isoPartialDate.describe("The day the anniversaries count from."),
  ordinalFacts: z.array(z.string()).default([]).describe("Facts stating which anniversary ('17th')."),
  yearsFacts: z.array(z.string()).default([]).describe("Facts stating years elapsed ('17 years ago')."),
});

/** Years from the event to a day; fractional. */
function elapsed(eventDate: string, iso: string): number {
  return daysBetween(eventDate, iso) / 365.2425;
}

export const anniversaryArithmetic = defineCheck({
  meta: {
    id: "anniversary-arithmetic",
    description: "'The 17th anniversary' and '17 years ago' agree with the document's own date and the date of the event.",
    docs: "docs/rules/anniversary-arithmetic.md",
  },
  options,
  selects: (o) => [...o.ordinalFacts, ...o.yearsFacts],
  check(corpus, o): RawFinding[] {
    const eventYear = Number(o.eventDate.slice(0, 4));
    return allClaims(corpus).flatMap(({ doc, claim, ref }) => {
      const date = doc.record.date;
      if (claim.kind !== "number" || !date || date.precision === "year") return [];
      const ordinal = o.ordinalFacts.includes(claim.fact);
      if (!ordinal && !o.yearsFacts.includes(claim.fact)) return [];
      const docYear = Number(date.iso.slice(0, 4));
      // The Nth anniversary falls in the year event + N; years elapsed may be rounded either way.
      const years = elapsed(o.eventDate, date.iso.length === 7 ? `${date.iso}-15` : date.iso);
      const ok = ordinal ? claim.value === docYear - eventYear : Math.abs(claim.value - years) < 1;
      if (ok) return [];
      const expected = ordinal ? `${docYear - eventYear}` : `${Math.floor(years)} to ${Math.ceil(years)}`;
      return [
        {
          subject: doc.record.id,
          key: `${claim.fact}|${claim.line}`,
          message: `${doc.record.id}, dated ${date.iso}, gives ${claim.value} (${claim.fact}, line ${claim.line}); counted from ${o.eventDate} that date gives ${expected}.`,
          values: [{ value: claim.value, refs: [ref] }],
          refs: [ref],
        },
      ];
    });
  },
});
