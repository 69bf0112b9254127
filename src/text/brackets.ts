import type { TextLine } from "./document-text.js";

/** A round bracket without its partner: where it stands and the words it opens or closes. */
export interface LoneBracket {
  kind: "open" | "close";
  line: number;
  col: number;
  /** The bracket with the word after it ("(resolution") or the word before it ("1993)"). */
  text: string;
}

// A list item's marker ("1)", "a)", "iv)") opens a line and closes a bracket it never opened.
const LIST_MARKER = /^\s*[\p{L}\p{N}]{1,3}$/u;

/**
 * The round brackets of a document's lines left without a partner: each ")" closes the nearest "("
 * still open, across lines; a "(" still open at the document's end and a ")" with none open are
 * lone. One pass over the characters of the lines.
 */
export function loneBrackets(lines: readonly TextLine[]): LoneBracket[] {
  const open: LoneBracket[] = [];
  const out: LoneBracket[] = [];
  for (const l of lines) {
    for (let i = l.text.indexOf("("), j = l.text.indexOf(")"); i >= 0 || j >= 0;) {
      if (i >= 0 && (j < 0 || i < j)) {
        open.push({ kind: "open", line: l.line, col: i, text: /^\([^\s()]*/u.exec(l.text.slice(i))?.[0] ?? "(" });
        i = l.text.indexOf("(", i + 1);
        continue;
      }
      const before = l.text.slice(0, j);
      if (!LIST_MARKER.test(before) && open.pop() === undefined)
        out.push({ kind: "close", line: l.line, col: j, text: `${/[^\s()]*$/u.exec(before)?.[0] ?? ""})` });
      j = l.text.indexOf(")", j + 1);
    }
  }
  return [...open, ...out].sort((a, b) => a.line - b.line || a.col - b.col);
}
