/** 1275 as "1,275", 1200000 as "1,200,000", 12.5 as "12.5": the form people read. Not locale-dependent. */
export function formatNumber(n: number): string {
  const [whole = "", fraction] = String(Math.abs(n)).split(".");
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; the pattern puts no comma in three digits or fewer
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return `${n < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/**
 * A figure's label with its digits grouped: "over 1000000" as "over 1,000,000". Only a label that is
 * a quantity (optional words, then one number) changes; a date, a year or an identifier never does.
 */
export function formatFigure(label: string): string {
  const m = /^([a-z -]+ )?(\d+(?:\.\d+)?)$/.exec(label);
  return m?.[2] ? `${m[1] ?? ""}${formatNumber(Number(m[2]))}` : label;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "1993-11-12" as "12 November 1993", "1993-11" as "November 1993": a date as documents print it. Other forms unchanged. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(iso);
  if (!m) return iso;
  const month = m[2] === undefined ? undefined : MONTHS[Number(m[2]) - 1];
  if (month === undefined) return m[1] ?? iso;
  return m[3] === undefined ? `${month} ${m[1] ?? ""}` : `${Number(m[3])} ${month} ${m[1] ?? ""}`;
}
