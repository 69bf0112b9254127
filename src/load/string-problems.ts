import { CALENDAR_FORMAT, calendarProblem, ISO_PARTIAL_DATE, PRECISION_FORMS } from "../model/dates.js";
import { CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS } from "../model/json-schemas.js";

const CONTROL = new RegExp(`[${CONTROL_CHARACTERS}]`, "u");

/**
 * What is wrong with a string that failed a pattern or format the model gives a meaning to,
 * said the way a curator reads it; undefined for other patterns (ajv's message serves).
 */
export function stringProblem(keyword: string, params: { format?: string; pattern?: string }, value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  if (keyword === "format" && params.format === CALENDAR_FORMAT) {
    const problem = calendarProblem(value);
    return problem && `${JSON.stringify(value)} is not a calendar date: ${problem}`;
  }
  if (keyword !== "pattern") return undefined;
  if (params.pattern === NO_CONTROL_CHARACTERS) return controlCharacterProblem(value);
  if (params.pattern === ISO_PARTIAL_DATE.source)
    return `${JSON.stringify(value)} is not a date in the form the records use: expected a date like 1992-02-26 (or 1992-02, 1992, or --02-26 for a day in every year)`;
  for (const [precision, { pattern, form }] of Object.entries(PRECISION_FORMS)) {
    if (params.pattern === pattern.source) return `${JSON.stringify(value)} does not match precision "${precision}" (${form})`;
  }
  return undefined;
}

function controlCharacterProblem(value: string): string | undefined {
  const m = CONTROL.exec(value);
  if (!m) return undefined;
  const code = (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  const at = Array.from(value.slice(0, m.index)).length + 1;
  return `contains the control character U+${code} at character ${at}; only tab and newline are allowed`;
}
