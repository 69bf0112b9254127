import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import { findDates } from "../text/dates.js";
import { normalizeSpace } from "../text/normalize.js";
import { allClaims } from "./claims.js";
import { weekdayOf } from "./day-range.js";

const options = z.strictObject({
  facts: z.array(z.string()).min(1).describe("Text facts whose value is a weekday."),
  windowDays: z
    .number()
    .int()
    .min(0)
    .max(6)
    .default(2)
    .describe("With no date beside it, the weekday must fall on the document's date or this many days before."),
});

function dayOnOrBefore(iso: string, weekday: string, window: number): string[] {
  const days: string[] = [];
  for (let back = 0; back <= window; back++) {
    const d = new Date(Date.parse(`${iso}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
    if (weekdayOf(d) === weekday) days.push(d);
  }
  return days;
}

export const weekdayMismatch = defineCheck({
  meta: {
    id: "weekday-mismatch",
    description:
      "A weekday the text names ('on Thursday') is the weekday of the date it refers to: a date in the same quote, else the document's date or the days just before it.",
    docs: "docs/rules/weekday-mismatch.md",
  },
  options,
  selects: (o) => o.facts,
  check(corpus, o): RawFinding[] {
    return allClaims(corpus).flatMap(({ doc, claim, ref }) => {
      if (claim.kind !== "text" || !o.facts.includes(claim.fact)) return [];
      const weekday = claim.value;
      const finding = (message: string): RawFinding => ({
        subject: doc.record.id,
        key: `${claim.line}|${weekday}`,
        message,
        values: [{ value: weekday, refs: [ref] }],
        refs: [ref],
      });
      const docDate = doc.record.date?.precision === "day" ? doc.record.date.iso : undefined;
      const stated = findDates(normalizeSpace(claim.quote))[0];
      const year = docDate?.slice(0, 4);
      const day = stated ? (stated.iso.startsWith("--") ? (year ? `${year}${stated.iso.slice(1)}` : undefined) : stated.iso) : undefined;
      if (day !== undefined && day.length === 10) {
        if (weekdayOf(day) === claim.value) return [];
        return [finding(`${doc.record.id} calls ${day} a ${claim.value} (line ${claim.line}); it was a ${weekdayOf(day)}.`)];
      }
      if (docDate === undefined || dayOnOrBefore(docDate, claim.value, o.windowDays).length > 0) return [];
      return [
        finding(
          `${doc.record.id}, dated ${docDate}, names ${claim.value} (line ${claim.line}), which is not its date nor within ${o.windowDays} days before it (${docDate} was a ${weekdayOf(docDate)}).`,
        ),
      ];
    });
  },
});
