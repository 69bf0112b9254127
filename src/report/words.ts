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

/** An aggregate's subject, "<fact> in <document>": a fact as one document states it; undefined for any other subject. */
export function factInDocument(subject: string, ctx: ReportContext): { fact: string; label: string; document: string } | undefined {
  const at = subject.lastIndexOf(" in ");
  const fact = subject.slice(0, at);
  const document = subject.slice(at + 4);
  const label = ctx.facts[fact]?.label;
  return at > 0 && label !== undefined && ctx.documents[document] !== undefined ? { fact, label, document } : undefined;
}

/** The documents a group's subject names ("a / b / c", or "a / b / c and 4 more"), and how many more it counts. */
export function documentsNamed(subject: string, ctx: ReportContext): { documents: string[]; more: number } | undefined {
  const m = / and (\d+) more$/.exec(subject);
  const documents = (m ? subject.slice(0, m.index) : subject).split(" / ");
  return documents.every((d) => ctx.documents[d] !== undefined) ? { documents, more: m ? Number(m[1]) : 0 } : undefined;
}

/** "Killed, all ages (`killed.total`)" in markdown; the bare subject when the registry has no words for it. */
export function subjectMd(f: Subjected, ctx: ReportContext): string {
  const label = subjectLabel(f, ctx);
  if (label) return `${cell(label)} (\`${f.subject}\`)`;
  const aggregate = factInDocument(f.subject, ctx);
  return aggregate ? `${cell(aggregate.label)} (\`${aggregate.fact}\`) in ${cell(aggregate.document)}` : cell(f.subject);
}

/** A value as a reviewer reads it: a quantity's digits grouped ("1,275"); dates and identifiers as stated. */
export function displayValue(subject: string, value: string, ctx: ReportContext): string {
  return ctx.facts[subject]?.quantity ? formatFigure(value) : value;
}
