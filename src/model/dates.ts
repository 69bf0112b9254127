import { z } from "zod";

/**
 * The JSON Schema format that carries calendar validity: a pattern can say "01-31", not that
 * February 1992 has 29 days. The loader registers it with ajv; editors that do not know it still
 * see the pattern and the description.
 */
export const CALENDAR_FORMAT = "calendar-date";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why an ISO date names no day of the calendar ("February 1992 has 29 days"), or undefined when
 * it does. Only the day is checked: the form (month 01-12, day 01-31) is the pattern's job.
 */
export function calendarProblem(iso: string): string | undefined {
  const m = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const year = m[1] === undefined ? undefined : Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const name = MONTHS[month - 1];
  if (name === undefined) return undefined;
  const days = daysIn(month, year);
  if (day <= days) return undefined;
  return year === undefined ? `${name} has at most ${days} days` : `${name} ${year} has ${days} days`;
}

const calendar = (s: z.ZodString): z.ZodString =>
  s.refine((v) => calendarProblem(v) === undefined, { error: "not a calendar date" }).meta({ format: CALENDAR_FORMAT });

/** Said in the description of every value with the calendar format, for people reading the schema. */
export const CALENDAR_NOTE = "A real calendar date: no 30 February, 29 February only in a leap year.";

/** The form of a partial ISO date; the loader names it in words when a value does not fit. */
export const ISO_PARTIAL_DATE = /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/;

/**
 * An ISO date at day, month or year precision ("1993-04-30", "1993-04", "1993"), or a
 * day of the year without a year ("--02-26") for "every year on February 26".
 */
export const isoPartialDate = calendar(z.string().regex(ISO_PARTIAL_DATE, "an ISO date: YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD for a day without a year"));

/** The ISO form each precision of a document date takes. */
export const PRECISION_FORMS = {
  day: { pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, form: "YYYY-MM-DD" },
  month: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, form: "YYYY-MM" },
  year: { pattern: /^\d{4}$/, form: "YYYY" },
} as const;

export type Precision = keyof typeof PRECISION_FORMS;

/** The `iso` of a document date at one precision: the form the precision names, on the calendar. */
export function isoAt(precision: Precision): z.ZodString {
  const { pattern, form } = PRECISION_FORMS[precision];
  return calendar(z.string().regex(pattern, form)).describe(`${form}, as precision "${precision}" says.`);
}
