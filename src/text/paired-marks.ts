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

/** A double quotation mark without its partner: where it stands and the words beside it. */
export interface LoneQuote {
  kind: "open" | "close";
  line: number;
  col: number;
  /** The mark with the word after it (an opening one) or before it (a closing one). */
  text: string;
}

const SPACE_BEFORE = /[\s([]/u;
const SPACE_AFTER = /[\s.,;:!?)\]]/u;

type Role = "open" | "close" | "either";

/**
 * The role a double quotation mark shows by itself: curly ones say it; a straight one opens after
 * white space or a bracket and before a letter, closes after a letter and before white space or
 * punctuation, and with white space on both sides may be either.
 */
function roleOf(text: string, i: number): Role {
  const ch = text[i];
  if (ch === "“") return "open";
  if (ch === "”") return "close";
  const before = i === 0 || SPACE_BEFORE.test(text[i - 1] ?? " ");
  const after = i + 1 >= text.length || SPACE_AFTER.test(text[i + 1] ?? " ");
  return before === after ? "either" : before ? "open" : "close";
}

/** The roles of a line's marks: a mark that may be either opens when the next mark of its line closes, else closes one left open, else opens. */
function rolesIn(text: string, anyOpen: () => boolean): { i: number; role: "open" | "close" }[] {
  const marks = [...text.matchAll(/["“”]/gu)].map(({ index: i }) => ({ i, role: roleOf(text, i) }));
  return marks.map(({ i, role }, k) => {
    if (role !== "either") return { i, role };
    const next = marks[k + 1]?.role;
    return { i, role: next === "close" || !anyOpen() ? "open" : "close" };
  });
}

/**
 * The double quotation marks of a document's lines left without a partner: a closing mark with none
 * open, and an opening mark still open at the document's end. A closing mark closes the latest one
 * open, so a quotation reopened at a new paragraph and closed once at the end leaves its first mark
 * open. One pass over the characters of the lines.
 */
export function loneQuotes(lines: readonly TextLine[]): LoneQuote[] {
  const out: LoneQuote[] = [];
  const open: LoneQuote[] = [];
  for (const l of lines) {
    for (const { i, role } of rolesIn(l.text, () => open.length > 0)) {
      if (role === "open") open.push({ kind: "open", line: l.line, col: i, text: /^["“][^\s"“”]*/u.exec(l.text.slice(i))?.[0] ?? "“" });
      else if (open.pop() === undefined)
        out.push({ kind: "close", line: l.line, col: i, text: `${/[^\s"“”]*$/u.exec(l.text.slice(0, i))?.[0] ?? ""}${l.text[i] ?? "”"}` });
    }
  }
  return [...open, ...out].sort((a, b) => a.line - b.line || a.col - b.col);
}
