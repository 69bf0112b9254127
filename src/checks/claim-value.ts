import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Claim } from "../model/claim.js";
import { findDates } from "../text/dates.js";
import { normalizeSpace } from "../text/normalize.js";
import { findNumbers } from "../text/numbers.js";
import { passageAt } from "../text/passage.js";
import { allClaims } from "./claims.js";

const options = z.strictObject({});

const VAGUE_WORDS: Record<string, RegExp> = {
  tens: /\btens\b/i,
  dozens: /\bdozens?\b/i,
  hundreds: /\bhundreds\b/i,
  thousands: /\bthousands\b/i,
  "tens-of-thousands": /\b(tens of thousands|ten thousands)\b/i,
  "hundreds-of-thousands": /\bhundreds of thousands\b/i,
  millions: /\bmillions\b/i,
};

/** How far a list may run on after the line that introduces it. */
const LIST_LINES = 40;

const alnum = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

function numberIn(text: string, value: number): boolean {
  return findNumbers(text).some((n) => n.value === value);
}

/** A date claim agrees with its quote when the quote prints that date (or its year), at that precision or finer. */
function dateIn(text: string, value: string, until: string | undefined): boolean {
  if (/^\d{4}$/.test(value) && until !== undefined && /^\d{4}$/.test(until)) return [value, until].every((y) => new RegExp(y).test(text));
  const found = findDates(text);
  if (found.some((d) => d.iso === value && (until === undefined || d.until === undefined || d.until === until))) return true;
  if (until !== undefined && found.some((d) => d.iso === value) && found.some((d) => d.iso === until)) return true;
  if (/^\d{4}$/.test(value)) return new RegExp(`\\b${value}\\b`).test(text);
  return false;
}

/** Why a claim's value is not what its quote says, or undefined when it is. Lists are read on from the quote's line. */
export function valueProblem(c: Claim, lines: readonly string[]): string | undefined {
  const q = normalizeSpace(c.quote);
  switch (c.kind) {
    case "number":
      return numberIn(q, c.value) ? undefined : `value ${c.value} is not a number its quote states`;
    case "vague":
      return VAGUE_WORDS[c.value]?.test(q) ? undefined : `"${c.value}" is not what its quote says`;
    case "date":
      return dateIn(q, c.value, c.until) ? undefined : `date ${c.value}${c.until ? ` to ${c.until}` : ""} is not printed in its quote`;
    case "text":
      return alnum(q).includes(alnum(c.value)) ? undefined : `"${c.value}" is not in its quote`;
    case "citation": {
      if (c.number !== undefined && !alnum(q).includes(alnum(c.number))) return `cited number "${c.number}" is not in its quote`;
      if (c.date !== undefined && !dateIn(q, c.date, undefined)) return `cited date ${c.date} is not printed in its quote`;
      return undefined;
    }
    case "list": {
      const body = alnum(passageAt(lines, c.line, LIST_LINES).text);
      const missing = c.items.filter((i) => !body.includes(alnum(i)));
      if (missing.length > 0) return `list items not in its quote: ${missing.map((m) => `"${m}"`).join(", ")}`;
      if (c.count !== undefined && !numberIn(normalizeSpace(c.countQuote ?? c.quote), c.count)) return `stated count ${c.count} is not in its count quote`;
      return undefined;
    }
    case "entity":
      return alnum(q).includes(alnum(c.spelling)) ? undefined : `spelling "${c.spelling}" is not in its quote`;
  }
}

export const claimValue = defineCheck({
  meta: {
    id: "claim-value",
    description: "A claim's value is what its quote says: the number, date, text, list items or spelling appear in the quote.",
    docs: "docs/rules/claim-value.md",
  },
  options,
  check(corpus): RawFinding[] {
    return allClaims(corpus).flatMap(({ doc, claim, ref }) => {
      if ("derived" in claim && claim.derived === true) return [];
      const problem = valueProblem(claim, corpus.sources.get(doc.record.source.file) ?? []);
      if (problem === undefined) return [];
      return [
        {
          subject: doc.record.id,
          key: `${claim.fact}|${claim.line}|${normalizeSpace(claim.quote)}`,
          message: `Claim "${claim.fact}" at source line ${claim.line} of ${doc.record.id}: ${problem} ("${normalizeSpace(claim.quote)}").`,
          values: [{ value: claim.quote, refs: [ref] }],
          refs: [ref],
        },
      ];
    });
  },
});
