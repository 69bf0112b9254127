import type { Finding } from "../model/report.js";

/** Lines of text shown before the marked words and after them; blank lines (the extraction's double spacing) do not count. */
export const EXCERPT_RADIUS = 3;

/** How far from a location's line the words it is about are looked for: a quote may run over several lines. */
const REACH_BEFORE = 12;
const REACH_AFTER = 24;

/** A location's excerpt: the lines shown (1-based, inclusive) and the words marked, from a line and column to a line and column. */
export interface ExcerptSpan {
  from: number;
  to: number;
  mark: { line: number; col: number; endLine: number; endCol: number };
}

/** A source file's lines by 1-based number; a line it does not have reads as blank. */
export type LineAt = (n: number) => string | undefined;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const patterns = new Map<string, RegExp | undefined>();

/** Words as printed, whatever the line breaks and spacing between them; "…" stands for words left out. Built once per text. */
function pattern(words: string): RegExp | undefined {
  if (patterns.has(words)) return patterns.get(words);
  const built = patternOf(words);
  patterns.set(words, built);
  return built;
}

function patternOf(words: string): RegExp | undefined {
  const parts = words
    .split("…")
    .map((p) => p.trim().split(/\s+/).filter(Boolean).map(escapeRe).join("\\s+"))
    .filter((p) => p !== "");
  return parts.length === 0 ? undefined : new RegExp(parts.join("[\\s\\S]{0,4000}?"), "gi");
}

/** The words a location is about: its quote, else the values stated there (a repeated word, a passage), most specific first. */
export function markCandidates(f: Finding, index: number): string[] {
  const quote = f.locations[index]?.quote;
  const mine = f.values.filter((v) => v.locations?.includes(index) ?? true).map((v) => v.value);
  const texts = mine.filter((v): v is string => typeof v === "string");
  return [...(quote ? [quote] : []), ...texts];
}

interface Window {
  text: string;
  /** Offset in `text` where each line of the window starts. */
  starts: number[];
  first: number;
}

function windowAround(at: LineAt, line: number): Window {
  const first = Math.max(1, line - REACH_BEFORE);
  const starts: number[] = [];
  let text = "";
  for (let n = first; n <= line + REACH_AFTER; n++) {
    starts.push(text.length);
    text += `${at(n) ?? ""}\n`;
  }
  return { text, starts, first };
}

/** The line and column of an offset in the window. */
function position(w: Window, offset: number): { line: number; col: number } {
  let i = 0;
  while (i + 1 < w.starts.length && (w.starts[i + 1] ?? Infinity) <= offset) i++;
  return { line: w.first + i, col: offset - (w.starts[i] ?? 0) };
}

/** The first match of the words that starts on the location's line, else the first that runs over it. */
function findMark(w: Window, line: number, words: string): ExcerptSpan["mark"] | undefined {
  const re = pattern(words);
  if (!re) return undefined;
  let covering: ExcerptSpan["mark"] | undefined;
  for (const m of w.text.matchAll(re)) {
    const start = position(w, m.index);
    const end = position(w, m.index + m[0].length);
    const mark = { line: start.line, col: start.col, endLine: end.line, endCol: end.col };
    if (start.line === line) return mark;
    // Matches come in order: one that starts past the line can neither start on it nor cover it.
    if (start.line > line) break;
    if (end.line >= line) covering ??= mark;
  }
  return covering;
}

/** The whole printed line, without its margins: what a location without words of its own points at. */
function wholeLine(at: LineAt, line: number): ExcerptSpan["mark"] | undefined {
  const text = at(line) ?? "";
  const col = text.length - text.trimStart().length;
  const endCol = text.trimEnd().length;
  return endCol > col ? { line, col, endLine: line, endCol } : undefined;
}

/** Walks from a line over `EXCERPT_RADIUS` lines of text (blank lines not counted), within `limit` lines. */
function reach(at: LineAt, line: number, step: 1 | -1, limit: number): number {
  let n = line;
  let seen = 0;
  while (seen < EXCERPT_RADIUS && Math.abs(n + step - line) <= limit && n + step >= 1) {
    n += step;
    if ((at(n) ?? "").trim() !== "") seen++;
  }
  return n;
}

/**
 * The excerpt of a location at `line`: the first of the candidate words found around it marked (the
 * whole line when none is), with three lines of text before and after. Undefined when the line is
 * blank or missing and no words are found.
 */
export function excerptSpan(at: LineAt, line: number, candidates: readonly string[]): ExcerptSpan | undefined {
  const w = windowAround(at, line);
  let mark: ExcerptSpan["mark"] | undefined;
  for (const c of candidates) {
    mark = findMark(w, line, c);
    if (mark) break;
  }
  mark ??= wholeLine(at, line);
  if (!mark) return undefined;
  const from = reach(at, Math.min(mark.line, line), -1, REACH_BEFORE + REACH_AFTER);
  const to = reach(at, Math.max(mark.endLine, line), 1, REACH_BEFORE + REACH_AFTER);
  return { from, to, mark };
}

/** The source lines of text every location of the findings shown needs, and nothing else (blank lines left out), so the page stays small. */
export function excerpts(sources: ReadonlyMap<string, readonly string[]>, findings: readonly Finding[]): Record<string, Record<number, string>> {
  const out: Record<string, Record<number, string>> = {};
  for (const f of findings)
    f.locations.forEach((l, i) => {
      const lines = l.source ? sources.get(l.source.file) : undefined;
      if (!l.source || !lines) return;
      const at: LineAt = (n) => lines[n - 1];
      const span = excerptSpan(at, l.source.line, markCandidates(f, i));
      if (!span) return;
      const file = (out[l.source.file] ??= {});
      for (let n = span.from; n <= span.to; n++) {
        const text = at(n);
        if (text !== undefined && text.trim() !== "") file[n] = text;
      }
    });
  return out;
}
