/** Lines first..last (1-based) of one document in a source. */
export interface Span {
  first: number;
  last: number;
}

// A line that only separates ("---", "* * *", "====", a form feed) ends one document and starts another.
const SEPARATOR = /^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:=\s*){3,}|(?:_\s*){3,}|\f)\s*$/;
/** Three blank lines in a row separate documents too. */
const BLANK_RUN = 3;

/**
 * The documents of a source: the non-blank stretches between separator lines or runs of three
 * blank lines; a source with neither is one document.
 */
export function splitDocuments(lines: readonly string[]): Span[] {
  const spans: Span[] = [];
  let first: number | undefined;
  let last = 0;
  let blanks = 0;
  const close = (): void => {
    if (first !== undefined) spans.push({ first, last });
    first = undefined;
  };
  lines.forEach((text, i) => {
    const line = i + 1;
    if (SEPARATOR.test(text)) {
      close();
      blanks = 0;
      return;
    }
    if (text.trim() === "") {
      blanks++;
      if (blanks >= BLANK_RUN) close();
      return;
    }
    blanks = 0;
    first ??= line;
    last = line;
  });
  close();
  return spans;
}
