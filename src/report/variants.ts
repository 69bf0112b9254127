import type { Finding } from "../model/report.js";
import type { ReportContext } from "./context.js";

/** One row of a variant table: a value, who states it, and how many of them are independent. */
export interface VariantRow {
  value: string;
  documents: string[];
  independent: number;
  first?: string;
  last?: string;
  /** Where each statement of the value stands: its document, source line and index among the finding's locations. */
  sources: { document: string; file: string; line: number; index: number }[];
}

export const valueText = (v: Finding["values"][number]["value"]): string => (Array.isArray(v) ? v.join(", ") : String(v));

/** Findings whose values are variants of one fact or instrument across documents. */
export function isVariantFinding(f: Finding): boolean {
  return f.values.length >= 2 && f.values.every((v) => v.documents.length > 0) && new Set(f.values.flatMap((v) => v.documents)).size >= 2;
}

/** Rows of a variant table; documents that reproduce each other's passages count once as independent. */
export function variantRows(f: Finding, ctx: ReportContext): VariantRow[] {
  return f.values.map((v) => {
    const dates = v.documents
      .flatMap((d) => {
        const date = ctx.documents[d]?.date;
        return date ? [date] : [];
      })
      .sort();
    const groups = new Set(v.documents.map((d) => ctx.sourceGroup[d] ?? d));
    const mine = (v.locations ?? f.locations.flatMap((l, i) => (v.documents.includes(l.document) ? [i] : []))).flatMap((i) => {
      const l = f.locations[i];
      return l?.source ? [{ document: l.document, file: l.source.file, line: l.source.line, index: i }] : [];
    });
    const sources = mine;
    return {
      value: valueText(v.value),
      documents: v.documents,
      independent: groups.size,
      ...(dates[0] ? { first: dates[0] } : {}),
      ...(dates.length ? { last: dates[dates.length - 1] ?? "" } : {}),
      sources,
    };
  });
}
