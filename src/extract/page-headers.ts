const HEADER_START = /Administrative Department of the President/;
const PAGE_NUMBER = /^\s*\d{1,4}\s*$/;
const cache = new WeakMap<readonly string[], Set<number>>();

/**
 * Lines of the compilation's running page headers (publisher line, spaced "P R E S I D E N T I A L"
 * line, rule, page number). They belong to no document, so figures in them are not claims.
 */
export function pageHeaderLines(lines: readonly string[]): Set<number> {
  const cached = cache.get(lines);
  if (cached) return cached;
  const out = new Set<number>();
  lines.forEach((text, i) => {
    if (!HEADER_START.test(text)) return;
    out.add(i + 1);
    for (let l = i + 2; l <= Math.min(i + 9, lines.length); l++) {
      out.add(l);
      if (PAGE_NUMBER.test(lines[l - 1] ?? "")) break;
    }
  });
  cache.set(lines, out);
  return out;
}
