import type { Claim } from "../model/claim.js";
import type { FactEntry } from "../model/registry.js";

// "the Coal Mines Regulation Act, 1887", "Merchant Shipping Act (1894)", "the Treaty of Paris of 1856":
// capitalised words ending in a word that names an instrument, then its year.
const KINDS = "Act|Acts|Regulations?|Order|Resolution|Convention|Treaty|Decree|Statute|Charter|Protocol|Code|Law|Ordinance|Directive";
const CITED = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|on|for|and|the)\s+)*){0,6}(?:${KINDS})(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?)(?:,\s*|\s+\(|\s+of\s+)((?:1[5-9]|20)\d\d)\b\)?`,
  "gu",
);

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * Instruments the text cites with their year, as text claims of `cited.<name>.year`: the year as
 * printed, the quote the name and year. Two documents citing one instrument with different years
 * then disagree (text-conflict) with no registry of instruments written first.
 */
export function draftCitations(lines: readonly string[], first: number, last: number): Claim[] {
  const out: Claim[] = [];
  for (let l = first; l <= last; l++) {
    for (const m of (lines[l - 1] ?? "").matchAll(CITED)) {
      const name = (m[1] ?? "").replace(/^(?:The|the)\s+/, "").trim();
      const year = m[2] ?? "";
      if (!/\s/.test(name)) continue;
      const quote = m[0].slice(m[0].indexOf(name)).replace(/\s+/g, " ");
      if (!(lines[l - 1] ?? "").includes(quote)) continue;
      out.push({ kind: "text", fact: `cited.${slug(name)}.year`, value: year, quote, line: l, draft: true });
    }
  }
  return out;
}

/** The registry entry a drafted citation's fact needs, named by the words it was drafted from. */
export function citationFact(claim: Claim & { kind: "text" }, document: string): FactEntry {
  const name = claim.quote.replace(/(?:,\s*|\s+\(|\s+of\s+)\d{4}\)?$/, "");
  return {
    key: claim.fact,
    label: `Year of the ${name}`.slice(0, 80).trim(),
    meaning: `The year a document gives the ${name}, proposed from "${claim.quote}" (${document}). Say which instrument this is.`,
    unit: "text",
    proposed: true,
  };
}
