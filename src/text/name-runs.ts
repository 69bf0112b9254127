import type { TextLine } from "./document-text.js";

/** A capitalised word of a name as printed, with its source line. */
export interface NameWordAt {
  text: string;
  line: number;
}

/**
 * A run of capitalised words printed as one name ("Organization of Islamic Conference"): the
 * capitalised words only (the function words that join them are left out, so "Organization of the
 * Islamic Conference" and "Organization of Islamic Conference" have the same words), and the
 * acronym printed in brackets straight after it, when there is one ("(OIC)").
 */
export interface NameRun {
  words: NameWordAt[];
  /** The function words printed between word i and word i + 1 ("of the"; "" for none): one entry fewer than words. */
  joiners: string[];
  acronym?: string;
}

// Words that join the words of one name: "Ministry of Foreign Affairs", "Commissioner for Human Rights".
const JOINERS = new Set(["of", "the", "for", "on", "and"]);
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
// Words, brackets and every other mark, in order: a mark other than a bracket ends a name.
const PIECES = /[\p{L}\p{N}][\p{L}\p{N}'’`-]*|\S/gu;

interface Piece {
  text: string;
  line: number;
}

function pieces(lines: readonly TextLine[]): Piece[] {
  const out: Piece[] = [];
  for (const l of lines) for (const m of l.text.matchAll(PIECES)) out.push({ text: m[0], line: l.line });
  return out;
}

/** Capitalised words joined by function words (a name may run over a line break); a sentence's "The" is no word of the name. */
function runAt(ps: readonly Piece[], from: number): { run: NameRun; end: number } {
  const words: NameWordAt[] = [];
  const joiners: string[] = [];
  let i = from;
  let between: string[] = [];
  for (; i < ps.length; i++) {
    const t = ps[i]?.text ?? "";
    if (CAPITALISED.test(t) && !(words.length === 0 && t === "The")) {
      if (words.length > 0) joiners.push(between.join(" "));
      words.push({ text: t, line: ps[i]?.line ?? 0 });
      between = [];
    } else if (words.length > 0 && JOINERS.has(t) && CAPITALISED.test(ps[i + 1]?.text ?? "")) between.push(t);
    else if (words.length > 0 && JOINERS.has(t) && JOINERS.has(ps[i + 1]?.text ?? "") && CAPITALISED.test(ps[i + 2]?.text ?? "")) between.push(t);
    else if (!(words.length === 0 && t === "The")) break;
  }
  const [open, acronym, close] = [ps[i]?.text, ps[i + 1]?.text ?? "", ps[i + 2]?.text];
  const glossed = open === "(" && close === ")" && ACRONYM.test(acronym);
  return { run: { words, joiners, ...(glossed ? { acronym } : {}) }, end: Math.max(i, from + 1) };
}

/** The names of a document's lines, in reading order: runs of at least one capitalised word. */
export function nameRuns(lines: readonly TextLine[]): NameRun[] {
  const ps = pieces(lines);
  const out: NameRun[] = [];
  for (let i = 0; i < ps.length;) {
    const { run, end } = runAt(ps, i);
    if (run.words.length > 0) out.push(run);
    i = end;
  }
  return out;
}

/** The initials of a run's words, in capitals: "OIC" for "Organization of Islamic Conference". */
export const initials = (words: readonly NameWordAt[]): string =>
  words
    .map((w) => w.text[0] ?? "")
    .join("")
    .toUpperCase();

/** Words `from` to `to` (exclusive) of a run as printed, the function words between them included. */
export function printedName(run: NameRun, from: number, to: number): string {
  let out = run.words[from]?.text ?? "";
  for (let i = from + 1; i < to; i++) {
    const joiner = run.joiners[i - 1] ?? "";
    out += `${joiner === "" ? "" : ` ${joiner}`} ${run.words[i]?.text ?? ""}`;
  }
  return out;
}
