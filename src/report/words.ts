import { formatFigure } from "../text/format.js";
import type { Finding } from "../model/report.js";
import type { ReportContext } from "./context.js";
import { cell } from "./escape.js";

/** Checks whose findings are about a registry instrument (the subject is its id), not a document that shares the id. */
const INSTRUMENT_CHECKS: ReadonlySet<string> = new Set(["citation-consistency"]);

/** What a label needs of a finding: its subject and the rule that reported it. */
export type Subjected = Pick<Finding, "subject" | "rule">;

/**
 * The registry's words for a finding's subject: a fact's label or an instrument's title; undefined for
 * a document. A document is never named by the title of an instrument that shares its id: the
 * document headed 844 is not resolution 844, and its findings say what its content matches.
 */
export function subjectLabel(f: Subjected, ctx: ReportContext): string | undefined {
  const fact = ctx.facts[f.subject]?.label;
  if (fact !== undefined) return fact;
  const aboutDocument = ctx.documents[f.subject] !== undefined && !INSTRUMENT_CHECKS.has(ctx.rules[f.rule]?.check ?? f.rule);
  return aboutDocument ? undefined : ctx.instruments[f.subject]?.title;
}

/** "Killed, all ages (`killed.total`)" in markdown; the bare subject when the registry has no words for it. */
export function subjectMd(f: Subjected, ctx: ReportContext): string {
  const label = subjectLabel(f, ctx);
  return label ? `${cell(label)} (\`${f.subject}\`)` : cell(f.subject);
}

/** A value as a reviewer reads it: a quantity's digits grouped ("1,275"); dates and identifiers as stated. */
export function displayValue(subject: string, value: string, ctx: ReportContext): string {
  return ctx.facts[subject]?.quantity ? formatFigure(value) : value;
}
