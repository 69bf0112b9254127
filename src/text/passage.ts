/** A stretch of source text with whitespace collapsed, that remembers where each character came from. */
export interface Passage {
  text: string;
  /** For each character of `text`, its 1-based line and 0-based column in the source. */
  at: { line: number; col: number }[];
  /** Length of the part of `text` that comes from the first line. */
  firstLength: number;
}

/**
 * Joins `line` and the following non-blank lines (at most `maxLines` of them) as a reader sees
 * them: every run of whitespace, line breaks included, becomes one space.
 */
export function passageAt(lines: readonly string[], line: number, maxLines: number): Passage {
  const text: string[] = [];
  const at: { line: number; col: number }[] = [];
  let firstLength = 0;
  let taken = 0;
  for (let l = line; l <= lines.length && taken < maxLines; l++) {
    const raw = lines[l - 1] ?? "";
    if (raw.trim() === "") {
      if (l === line) break;
      continue;
    }
    if (taken > 0) {
      text.push(" ");
      at.push({ line: l, col: 0 });
    }
    let space = false;
    const start = raw.length - raw.trimStart().length;
    const end = raw.trimEnd().length;
    for (let c = start; c < end; c++) {
      const ch = raw[c] ?? "";
      if (isSpace(ch.charCodeAt(0))) {
        if (!space) {
          text.push(" ");
          at.push({ line: l, col: c });
        }
        space = true;
      } else {
        text.push(ch);
        at.push({ line: l, col: c });
        space = false;
      }
    }
    taken++;
    if (l === line) firstLength = text.length;
  }
  return { text: text.join(""), at, firstLength };
}

/** Where a (whitespace-normalized) quote occurs in a passage, starting within its first line. */
export function quoteOffsets(p: Passage, quote: string): number[] {
  const out: number[] = [];
  if (quote === "") return out;
  for (let i = p.text.indexOf(quote); i !== -1 && i < p.firstLength; i = p.text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

/** The characters /\s/ matches, by code: a lookup instead of a regular expression per character. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
