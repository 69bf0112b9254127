import type { DocumentRecord } from "../model/document.js";
import { findDates, type FoundDate } from "../text/dates.js";
import { draftClaims, type Proposal } from "./claims.js";
import { draftCitations } from "./citations.js";
import { draftNames, type DraftName } from "./names.js";
import type { Span } from "./split.js";

export interface DraftDocument {
  record: DocumentRecord;
  /** Proposed facts of number claims, by index into `record.claims`. */
  proposals: Map<number, Proposal>;
  /** Names and the surnames they may be filed under, by index into `record.claims`. */
  names: Map<number, Omit<DraftName, "claim">>;
}

/** The document's own date: a full date in its first three lines (a dateline), else the last full date (a closing date). */
function ownDate(lines: readonly string[], span: Span): { found: FoundDate; line: number } | undefined {
  const all = [];
  for (let l = span.first; l <= span.last; l++)
    for (const d of findDates(lines[l - 1] ?? "")) if (/^\d{4}-\d\d-\d\d$/.test(d.iso)) all.push({ found: d, line: l });
  return all.find((d) => d.line < span.first + 3) ?? all[all.length - 1];
}

const slug = (title: string): string =>
  title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .slice(0, 6)
    .join("-") || "document";

/** A type from the title's words; the first of `types` when none fits. A curator sets the right one. */
function guessType(title: string, types: readonly string[]): string {
  const t = title.toLowerCase();
  const guesses: [RegExp, string][] = [
    [/\btranscript|\bhearing|\btestimony|\bevidence of\b/, "transcript"],
    [/\binquiry|\breport|\bcommission|\bfindings\b/, "report"],
    [/\bstatement\b/, "statement"],
    [/\bletter\b/, "letter"],
  ];
  return guesses.find(([re, type]) => re.test(t) && types.includes(type))?.[1] ?? (types.includes("article") ? "article" : (types[0] ?? "article"));
}

/** A draft record of one document of a source, every claim marked `draft`. */
export function draftDocument(lines: readonly string[], file: string, span: Span, types: readonly string[]): DraftDocument {
  const title = (lines[span.first - 1] ?? "").trim().replace(/\s+/g, " ");
  const date = ownDate(lines, span);
  const { claims, waivers, proposals } = draftClaims(lines, span.first, span.last);
  const found = draftNames(lines, span.first, span.last);
  const iso = date?.found.iso;
  const record: DocumentRecord = {
    id: `${iso ?? "undated"}-${slug(title)}`,
    title,
    type: guessType(title, types),
    issuer: "not identified (draft)",
    ...(date && iso ? { date: { printed: date.found.text, iso, precision: "day" as const, line: date.line } } : {}),
    source: { file, first: span.first, last: span.last },
    notes: `DRAFT written by corpus-check draft from ${file}: confirm the type, issuer and every claim, then delete each claim's draft field.`,
    claims: [...claims, ...found.map((n) => n.claim), ...draftCitations(lines, span.first, span.last)],
    ...(waivers.length > 0 ? { waivers } : {}),
  };
  const names = new Map(found.map((n, i) => [claims.length + i, { last: n.last, ...(n.surname ? { surname: n.surname } : {}) }]));
  return { record, proposals, names };
}
