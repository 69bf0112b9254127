/** A date claim as a span of days: "1992-02" is the whole of February 1992. */
export interface DayRange {
  /** Days since 1970-01-01 (UTC), or day of year 1-366 for recurring dates ("--02-26"). */
  from: number;
  to: number;
  recurring: boolean;
}

const DAY = 86_400_000;

function dayNo(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function bounds(iso: string): { from: number; to: number; recurring: boolean } {
  const rec = /^--(\d\d)-(\d\d)$/.exec(iso);
  if (rec) {
    const n = dayNo(2000, Number(rec[1]), Number(rec[2])) - dayNo(2000, 1, 1) + 1;
    return { from: n, to: n, recurring: true };
  }
  const [y = 0, m, d] = iso.split("-").map(Number);
  if (m === undefined) return { from: dayNo(y, 1, 1), to: dayNo(y, 12, 31), recurring: false };
  if (d === undefined) return { from: dayNo(y, m, 1), to: dayNo(y, m, daysInMonth(y, m)), recurring: false };
  return { from: dayNo(y, m, d), to: dayNo(y, m, d), recurring: false };
}

/** The days a date (and its `until`, for a span such as "25-26 February") covers. */
export function dayRange(iso: string, until?: string): DayRange {
  const a = bounds(iso);
  const b = until ? bounds(until) : a;
  return { from: a.from, to: Math.max(a.to, b.to), recurring: a.recurring };
}

/** Day of the year (leap-year calendar) of a calendar day number, for comparing with recurring dates. */
function dayOfYear(day: number): number {
  const d = new Date(day * DAY);
  return dayNo(2000, d.getUTCMonth() + 1, d.getUTCDate()) - dayNo(2000, 1, 1) + 1;
}

/** Whether two dates can name the same day, allowing `slack` days either way. */
export function datesCompatible(a: DayRange, b: DayRange, slack = 0): boolean {
  if (a.recurring === b.recurring) return a.from <= b.to + slack && b.from <= a.to + slack;
  const [rec, full] = a.recurring ? [a, b] : [b, a];
  if (full.to - full.from > 40) return true; // a whole year contains every day of the year
  const f = { from: dayOfYear(full.from), to: dayOfYear(full.to) };
  return rec.from <= f.to + slack && f.from <= rec.to + slack;
}

/** The weekday of an ISO day, in English. */
export function weekdayOf(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  return ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? "";
}

/** Whole days from one ISO day to another. */
export function daysBetween(fromIso: string, toIso: string): number {
  return bounds(toIso).from - bounds(fromIso).from;
}

/**
 * Whether all dates can name one day (allowing `slack` days): intervals on a line share a point iff
 * the latest start is not after the earliest end, so this is linear, not pairwise. Recurring days
 * ("--02-26") are compared by day of the year with each other and with the common full-date span.
 */
export function allCompatible(ranges: readonly DayRange[], slack = 0): boolean {
  const full = ranges.filter((r) => !r.recurring);
  const rec = ranges.filter((r) => r.recurring);
  const meet = (rs: readonly DayRange[]): { from: number; to: number } => ({ from: Math.max(...rs.map((r) => r.from)), to: Math.min(...rs.map((r) => r.to)) });
  const f = full.length > 0 ? meet(full) : undefined;
  const r = rec.length > 0 ? meet(rec) : undefined;
  if (f && f.from > f.to + slack) return false;
  if (r && r.from > r.to + slack) return false;
  if (!f || !r) return true;
  return datesCompatible(
    { from: Math.min(f.from, f.to), to: Math.max(f.from, f.to), recurring: false },
    { from: Math.min(r.from, r.to), to: Math.max(r.from, r.to), recurring: true },
    slack,
  );
}

/** Dates at different precision agree when one contains the other ("1993-04" and "1993-04-30"). */
export function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
