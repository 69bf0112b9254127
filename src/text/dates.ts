/** A calendar date found in a text, at the precision printed. */
export interface FoundDate {
  text: string;
  start: number;
  /** "1993-04-30", "1993-04", or "--02-26" when no year is printed. */
  iso: string;
  /** The last day of a printed range ("25-26 February 1992"), if any. */
  until?: string;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
// Capitalized or upper case only ("5 may be" is not a date); "Feb." is February.
const MONTH = `(${MONTHS.flatMap((m) => {
  const cap = m.charAt(0).toUpperCase() + m.slice(1);
  return [cap, m.toUpperCase(), ...(m.length > 4 ? [`${cap.slice(0, 3)}\\.`, `${cap.slice(0, 4)}\\.`] : [])];
}).join("|")})`;
// "25-26", "25 to 26", "25 and 26", "25th to 26th", "25thto 26th": a range of days.
const RANGE = `(?:\\s*(?:-|–|to|and)\\s*(?:the\\s+)?(\\d{1,2})(?:th|st|nd|rd)?)?`;
// ", 1992", " 1992", " of 1992", " in 1992".
const YEAR = `(?:,?\\s*(?:(?:of|in)\\s+)?(\\d{4})\\b)?`;
const pad = (n: number): string => String(n).padStart(2, "0");
const monthNo = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(".", ""))) + 1;

// The forms the corpus prints, most specific first. Day ranges keep both days.
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => { y?: number; mo: number; d?: number; d2?: number } }[] = [
  { re: /\b(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})\b/g, read: (m) => ({ d: +(m[1] ?? 0), mo: +(m[2] ?? 0), y: +(m[3] ?? 0) }) },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:th|st|nd|rd)?${RANGE}(?:\\s+of)?\\s+${MONTH}(?![a-z])${YEAR}`, "g"),
    read: (m) => ({ d: +(m[1] ?? 0), ...(m[2] ? { d2: +m[2] } : {}), mo: monthNo(m[3] ?? ""), ...(m[4] ? { y: +m[4] } : {}) }),
  },
  {
    re: new RegExp(`\\b${MONTH},?\\s+(\\d{1,2})(?:th|st|nd|rd)?${RANGE}\\b${YEAR}`, "g"),
    read: (m) => ({ mo: monthNo(m[1] ?? ""), d: +(m[2] ?? 0), ...(m[3] ? { d2: +m[3] } : {}), ...(m[4] ? { y: +m[4] } : {}) }),
  },
  { re: new RegExp(`\\b${MONTH},?\\s+(?:(?:of|in)\\s+)?(\\d{4})\\b`, "g"), read: (m) => ({ mo: monthNo(m[1] ?? ""), y: +(m[2] ?? 0) }) },
];

function iso(y: number | undefined, mo: number, d: number | undefined): string | undefined {
  if (mo < 1 || mo > 12 || (d !== undefined && (d < 1 || d > 31))) return undefined;
  if (y === undefined) return d === undefined ? undefined : `--${pad(mo)}-${pad(d)}`;
  return d === undefined ? `${y}-${pad(mo)}` : `${y}-${pad(mo)}-${pad(d)}`;
}

/**
 * Dates in a text, day first where digits are ambiguous ("01.02.2017" is 1 February), as the
 * corpus prints them. A date already covered by a longer match is not reported again.
 */
export function findDates(text: string): FoundDate[] {
  // Most lines have no date: a cheap test first spares the month patterns.
  // Stryker disable next-line ConditionalExpression: a fast path; where it finds neither, no pattern below matches either
  if (!/\d\s*\.\s*\d|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/i.test(text)) return [];
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const p = read(m);
      const from = iso(p.y, p.mo, p.d);
      if (from === undefined) continue;
      const until = p.d2 !== undefined ? iso(p.y, p.mo, p.d2) : undefined;
      taken.push([start, end]);
      found.push({ text: m[0], start, iso: from, ...(until ? { until } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
