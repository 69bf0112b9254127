/** A stretch of source text with whitespace collapsed, that remembers where each character came from. */
export interface Passage {
  text: string;
  /** For each character of `text`, its 1-based line in the source. */
  lineOf: Int32Array;
  /** For each character of `text`, its 0-based column in that line. */
  colOf: Int32Array;
  /** Length of the part of `text` that comes from the first line. */
  firstLength: number;
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

/**
 * Joins `line` and the following non-blank lines (at most `maxLines` of them) as a reader sees
 * them: every run of whitespace, line breaks included, becomes one space. Typed arrays keep the
 * character map cheap, since this runs for every claim. With `enough`, lines stop being added once
 * the text runs that many characters past the first line: a quote of that length starting in the
 * first line cannot reach further.
 */
export function passageAt(lines: readonly string[], line: number, maxLines: number, enough = Infinity): Passage {
  const picked: number[] = [];
  for (let l = line; l <= lines.length && picked.length < maxLines; l++) {
    if ((lines[l - 1] ?? "").trim() === "") {
      if (l === line) break;
      continue;
    }
    picked.push(l);
  }
  const capacity = picked.reduce((n, l) => n + (lines[l - 1] ?? "").length + 1, 0);
  const lineOf = new Int32Array(capacity);
  const colOf = new Int32Array(capacity);
  let text = "";
  let firstLength = 0;
  for (const l of picked) {
    const raw = lines[l - 1] ?? "";
    if (text.length > 0) {
      lineOf[text.length] = l;
      text += " ";
    }
    const start = raw.length - raw.trimStart().length;
    const end = raw.trimEnd().length;
    let chunk = "";
    // A run of non-space characters is copied as one slice, not a character at a time.
    for (let c = start; c < end;) {
      let to = c;
      while (to < end && !isSpace(raw.charCodeAt(to))) to++;
      for (let k = c; k < to; k++) {
        lineOf[text.length + chunk.length + k - c] = l;
        colOf[text.length + chunk.length + k - c] = k;
      }
      chunk += raw.slice(c, to);
      if (to === end) break;
      lineOf[text.length + chunk.length] = l;
      colOf[text.length + chunk.length] = to;
      chunk += " ";
      c = to + 1;
      while (c < end && isSpace(raw.charCodeAt(c))) c++;
    }
    text += chunk;
    if (l === line) firstLength = text.length;
    if (text.length - firstLength >= enough) break;
  }
  return { text, lineOf: lineOf.subarray(0, text.length), colOf: colOf.subarray(0, text.length), firstLength };
}

/** Where a (whitespace-normalized) quote occurs in a passage, starting within its first line. */
export function quoteOffsets(p: Passage, quote: string): number[] {
  const out: number[] = [];
  if (quote === "") return out;
  for (let i = p.text.indexOf(quote); i !== -1 && i < p.firstLength; i = p.text.indexOf(quote, i + 1)) out.push(i);
  return out;
}
