import { findNumbers, type FoundNumber } from "../text/numbers.js";
import { pageHeaderLines } from "./page-headers.js";

/** A candidate figure in the source: something a claim should state or a waiver explain. */
export interface Figure {
  line: number;
  /** 0-based column in the source line. */
  col: number;
  text: string;
  value: number;
  form: FoundNumber["form"];
  /** A rank ("third", "25th"), not a count. */
  ordinal: boolean;
  /** The words around it, for a person deciding what it is. */
  context: string;
}

/** Every figure on the lines first..last, page headers excepted. */
export function figuresInSpan(lines: readonly string[], first: number, last: number): Figure[] {
  const skip = pageHeaderLines(lines);
  const out: Figure[] = [];
  for (let line = first; line <= last && line <= lines.length; line++) {
    if (skip.has(line)) continue;
    const text = lines[line - 1] ?? "";
    for (const n of findNumbers(text)) {
      const context = text.slice(Math.max(0, n.start - 30), n.end + 30).trim();
      out.push({ line, col: n.start, text: n.text, value: n.value, form: n.form, ordinal: n.ordinal, context });
    }
  }
  return out;
}
