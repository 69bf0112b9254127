import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Claim } from "../model/claim.js";
import type { LoadedDocument } from "../model/corpus.js";
import { figuresInSpan, type Figure } from "../extract/figures.js";
import { normalizeSpace } from "../text/normalize.js";
import { passageAt, quoteOffsets } from "../text/passage.js";
import { addTo } from "../model/multimap.js";

const options = z.strictObject({
  maxLines: z.number().int().min(1).max(50).default(8).describe("How many non-blank lines a quote may run over."),
});

/** Per source line, the column ranges [from, to] quotes cover. */
type Covered = Map<number, [number, number][]>;

/**
 * Marks the source a text covers where it stands at `line`, as one column range per line it
 * spans; false if it is not there. Inside a range only white space is left unmapped (the passage
 * collapses it), and no figure starts with white space, so a range is as good as every character.
 */
function cover(covered: Covered, lines: readonly string[], line: number, text: string, maxLines: number): boolean {
  const q = normalizeSpace(text);
  const p = passageAt(lines, line, maxLines, q.length);
  const offsets = quoteOffsets(p, q);
  for (const o of offsets) {
    for (let i = o; i < o + q.length;) {
      const l = p.lineOf[i] ?? 0;
      let j = i;
      while (j + 1 < o + q.length && p.lineOf[j + 1] === l) j++;
      addTo(covered, l, [p.colOf[i] ?? 0, p.colOf[j] ?? 0]);
      i = j + 1;
    }
  }
  return offsets.length > 0;
}

function claimTexts(c: Claim): string[] {
  return c.kind === "list" && c.countQuote !== undefined ? [c.quote, c.countQuote] : [c.quote];
}

function uncoveredIn(doc: LoadedDocument, lines: readonly string[], maxLines: number): RawFinding[] {
  const r = doc.record;
  const covered: Covered = new Map();
  for (const c of r.claims) for (const t of claimTexts(c)) cover(covered, lines, c.line, t, maxLines);
  const findings: RawFinding[] = [];
  (r.waivers ?? []).forEach((w) => {
    if (cover(covered, lines, w.line, w.text, 2)) return;
    findings.push({
      subject: r.id,
      key: `waiver|${w.line}|${w.text}`,
      message: `Waiver "${w.text}" (${w.reason}) of ${r.id} is not at source line ${w.line}.`,
      values: [{ value: w.text, refs: [{ document: r.id, source: w.line }] }],
      refs: [{ document: r.id, source: w.line }],
    });
  });
  const isCovered = (f: Figure): boolean => (covered.get(f.line) ?? []).some(([from, to]) => f.col >= from && f.col <= to);
  for (const f of figuresInSpan(lines, r.source.first, r.source.last).filter((x) => !isCovered(x))) {
    findings.push({
      subject: r.id,
      key: `${f.line}|${f.col}|${f.text}`,
      message: `Figure "${f.text}" at source line ${f.line} of ${r.id} is neither claimed nor waived ("…${f.context}…").`,
      values: [{ value: f.text, refs: [{ document: r.id, source: f.line }] }],
      refs: [{ document: r.id, source: f.line }],
    });
  }
  return findings;
}

export const uncoveredFigure = defineCheck({
  meta: {
    id: "uncovered-figure",
    description:
      "Every figure in a document's lines (digits, separated numbers, number words, vague quantities) is inside a claim's quote or waived with a reason.",
    docs: "docs/rules/uncovered-figure.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    return corpus.documents.flatMap((doc) => uncoveredIn(doc, corpus.sources.get(doc.record.source.file) ?? [], o.maxLines));
  },
});
