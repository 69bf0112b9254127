import { formatFigure } from "../text/format.js";
import type { ReportContext } from "./context.js";
import { cell } from "./escape.js";

/** The registry's words for a subject: a fact's label or an instrument's title; undefined for a document. */
export function subjectLabel(subject: string, ctx: ReportContext): string | undefined {
  return ctx.facts[subject]?.label ?? ctx.instruments[subject]?.title;
}

/** "Killed, all ages (`killed.total`)" in markdown; the bare subject when the registry has no words for it. */
export function subjectMd(subject: string, ctx: ReportContext): string {
  const label = subjectLabel(subject, ctx);
  return label ? `${cell(label)} (\`${subject}\`)` : cell(subject);
}

/** A value as a reviewer reads it: a quantity's digits grouped ("1,275"); dates and identifiers as stated. */
export function displayValue(subject: string, value: string, ctx: ReportContext): string {
  return ctx.facts[subject]?.quantity ? formatFigure(value) : value;
}
