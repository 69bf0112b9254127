import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { LoadedDocument } from "../model/corpus.js";
import { textLines } from "../text/document-text.js";

const options = z.strictObject({
  knownTlds: z.array(z.string()).min(1).describe("Top-level domains that exist; a domain ending otherwise is reported as broken."),
  knownConfusions: z
    .array(z.strictObject({ text: z.string().min(1), reading: z.string().min(1) }))
    .default([])
    .describe("Damaged words seen in this corpus and what they read as, e.g. 'intemational' (rn printed as m)."),
});
type Options = z.infer<typeof options>;

interface Damage {
  token: string;
  kind: string;
  line: number;
}

// Each pattern finds one kind of damage in a line; words are letters, digits and the symbols of identifiers.
const PATTERNS: { kind: string; re: RegExp }[] = [
  { kind: "digits inside or after a word", re: /(?<![\p{L}\d])\p{L}{2,}\d+\p{L}*(?![\p{L}\d])|(?<![\p{L}\d])\p{L}+\d+\p{L}{2,}(?![\p{L}\d])/gu },
  { kind: "letter inside a number or symbol", re: /\bS\/RES\/[A-Z]\d+|\b\d+[OolI]\d+\b|\b[1-9]\d*[OlI](?=[\s,.;)]|$)/g },
  { kind: "word run into a number", re: /\b[a-z]{3,}(?:1[89]\d\d|20\d\d)\b/g },
];

const MAYBE_URL = /www\.|https?:/i;
const URL_LIKE = /\b(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+([a-z]{2,})(?=[/\s),;]|$)/gi;

function damageIn(line: string, n: number, o: Options): Damage[] {
  const out: Damage[] = [];
  // Every pattern needs a letter next to a digit; most lines have none.
  // Stryker disable next-line ConditionalExpression,Regex: equivalent, the test only saves running the patterns on lines they cannot match
  if (/\p{L}\d|\d\p{L}/u.test(line)) for (const { kind, re } of PATTERNS) for (const m of line.matchAll(re)) out.push({ token: m[0], kind, line: n });
  // Only an address that starts like one is reported; most lines have none.
  // Stryker disable next-line ConditionalExpression,Regex: equivalent, the test only saves reading lines that cannot report an address
  if (MAYBE_URL.test(line))
    for (const m of line.matchAll(URL_LIKE)) {
      const tld = (m[1] ?? "").toLowerCase();
      if (/^(www|http|https)$/.test(tld) || m[0].split(".").length < 2) continue;
      if (!o.knownTlds.includes(tld) && /^(www\.|https?:)/i.test(m[0])) out.push({ token: m[0], kind: `unknown domain ending ".${tld}"`, line: n });
    }
  for (const c of o.knownConfusions) if (line.includes(c.text)) out.push({ token: c.text, kind: `known OCR confusion (reads "${c.reading}")`, line: n });
  // One report per token: the first pattern that names it says what it is.
  return out.filter((d, i) => out.findIndex((x) => x.token === d.token) === i);
}

function findingFor(doc: LoadedDocument, damage: Damage[]): RawFinding {
  const id = doc.record.id;
  const shown = damage.slice(0, 12).map((d) => `"${d.token}" (${d.kind}, line ${d.line})`);
  return {
    subject: id,
    message: `${damage.length} damaged token${damage.length === 1 ? "" : "s"} in ${id}: ${shown.join("; ")}${damage.length > 12 ? `; and ${damage.length - 12} more` : ""}.`,
    values: damage.map((d) => ({ value: d.token, refs: [{ document: id, source: d.line, text: d.token }] })),
    refs: damage.map((d) => ({ document: id, source: d.line, text: d.token })),
  };
}

export const ocrDamage = defineCheck({
  meta: {
    id: "ocr-damage",
    description:
      "OCR and print damage in the source: digits inside words (ca1culated), letters inside numbers or symbols (S/RES/S22), words run into numbers, broken domains (.orq), known confusions.",
    docs: "docs/rules/ocr-damage.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    return corpus.documents.flatMap((doc) => {
      const damage = textLines(corpus, doc).flatMap((l) => damageIn(l.text, l.line, o));
      return damage.length > 0 ? [findingFor(doc, damage)] : [];
    });
  },
});
