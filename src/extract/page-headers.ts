const HEADER_START = /Administrative Department of the President/;
const PAGE_NUMBER = /^\s*\d{1,4}\s*$/;

/**
 * Lines of the compilation's running page headers (publisher line, spaced "P R E S I D E N T I A L"
 * line, rule, page number). They belong to no document, so figures in them are not claims.
 */
export function pageHeaderLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((text, i) => {
    if (!HEADER_START.test(text)) return;
    for (let l = i + 1; l <= Math.min(i + 8, lines.length); l++) {
      out.add(l);
      if (PAGE_NUMBER.test(lines[l - 1] ?? "")) break;
    }
  });
  return out;
}
