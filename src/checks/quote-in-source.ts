import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Corpus } from "../model/corpus.js";
import { normalizeSpace } from "../text/normalize.js";
import { passageAt, quoteOffsets } from "../text/passage.js";
import { allClaims } from "./claims.js";

const options = z.strictObject({
  maxLines: z.number().int().min(1).max(50).default(8).describe("How many non-blank lines a quote may run over."),
});

/**
 * A quote "stands at line N" when, with whitespace normalized, it starts on line N and
 * continues over the following non-blank lines (the source is double-spaced).
 */
export function quoteStandsAt(lines: readonly string[], line: number, quote: string, maxLines: number): boolean {
  const q = normalizeSpace(quote);
  // Most quotes fit on their line: no need to join the following lines.
  if (normalizeSpace(lines[line - 1] ?? "").includes(q) && q !== "") return true;
  return quoteOffsets(passageAt(lines, line, maxLines, q.length), q).length > 0;
}

function findLine(lines: readonly string[], from: number, to: number, quote: string, maxLines: number): number | undefined {
  for (let l = from; l <= to; l++) if (quoteStandsAt(lines, l, quote, maxLines)) return l;
  return undefined;
}

export const quoteInSource = defineCheck({
  meta: {
    id: "quote-in-source",
    description: "Every claim's quote stands in the source at the line the claim gives, inside its document's span.",
    docs: "docs/rules/quote-in-source.md",
  },
  options,
  check(corpus: Corpus, o): RawFinding[] {
    const out: RawFinding[] = [];
    for (const { doc, claim, ref } of allClaims(corpus)) {
      const { first, last, file } = doc.record.source;
      const lines = corpus.sources.get(file) ?? [];
      const key = `${claim.fact}|${claim.line}|${normalizeSpace(claim.quote)}`;
      if (claim.line < first || claim.line > last) {
        out.push({
          subject: doc.record.id,
          key,
          message: `Claim "${claim.fact}" of ${doc.record.id} points at source line ${claim.line}, outside the document's lines ${first}-${last}.`,
          values: [{ value: claim.quote, refs: [ref] }],
          refs: [ref],
        });
        continue;
      }
      if (quoteStandsAt(lines, claim.line, claim.quote, o.maxLines)) continue;
      const elsewhere = findLine(lines, first, last, claim.quote, o.maxLines);
      const hint = elsewhere === undefined ? "nor anywhere in the document" : `it stands at line ${elsewhere}`;
      out.push({
        subject: doc.record.id,
        key,
        message: `Quote "${normalizeSpace(claim.quote)}" of claim "${claim.fact}" is not at source line ${claim.line}; ${hint}.`,
        values: [{ value: claim.quote, refs: [ref] }],
        refs: [ref],
      });
    }
    return out;
  },
});
