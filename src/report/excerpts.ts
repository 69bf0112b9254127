import type { Corpus } from "../model/corpus.js";
import type { Finding } from "../model/report.js";
import { normalizeSpace } from "../text/normalize.js";

/** Lines shown before the quote's first line and after its last. */
export const EXCERPT_RADIUS = 3;

/** The last line of a quote that starts at `line` and may run over the following lines (at most twelve). */
function quoteEnd(lines: readonly string[], line: number, quote: string): number {
  const want = normalizeSpace(quote);
  let text = "";
  for (let l = line; l <= Math.min(lines.length, line + 11); l++) {
    text = normalizeSpace(`${text} ${lines[l - 1] ?? ""}`);
    if (text.includes(want)) return l;
  }
  return line;
}

/** The source lines every finding location needs, and nothing else, so the page stays small. */
export function excerpts(corpus: Corpus, findings: readonly Finding[]): Record<string, Record<number, string>> {
  const out: Record<string, Record<number, string>> = {};
  for (const l of findings.flatMap((f) => f.locations)) {
    const lines = l.source ? corpus.sources.get(l.source.file) : undefined;
    if (!l.source || !lines) continue;
    const file = (out[l.source.file] ??= {});
    const end = quoteEnd(lines, l.source.line, l.quote ?? "");
    for (let n = Math.max(1, l.source.line - EXCERPT_RADIUS); n <= Math.min(lines.length, end + EXCERPT_RADIUS); n++) file[n] = lines[n - 1] ?? "";
  }
  return out;
}
