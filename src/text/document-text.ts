import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { pageHeaderLines } from "../extract/page-headers.js";
import { passageAt, type Passage } from "./passage.js";
import { scriptOf } from "./scripts.js";
import { scanTokens } from "./token-scan.js";
import { keptTokensOf } from "./kept-tokens.js";

export type TokenScript = "latin" | "cyrillic" | "greek" | "mixed" | "other" | "none";

/** A token of a document's text as printed, with where it stands. */
export interface Token {
  /** As printed: a run of letters, marks and digits, with internal apostrophes ("Azerbaijan's"). */
  text: string;
  lower: string;
  /** 1-based source line and 0-based column of its first character. */
  line: number;
  col: number;
  /** Letters only, digits only, or both ("ca1culated"). */
  shape: "word" | "number" | "mixed";
  /** The scripts of its letters: "mixed" when Latin meets Cyrillic or Greek in one token. */
  script: TokenScript;
  /** Index of its sentence in `DocumentText.sentences`. */
  sentence: number;
  /** Joined to its neighbour by a hyphen without spaces ("Nagorno-Karabakh", "twenty-one"). */
  hyphenBefore: boolean;
  hyphenAfter: boolean;
  /** Part of a URL, an e-mail address or a domain: an address, never prose. */
  address: boolean;
  /**
   * Set on the first half of a word broken at a line end ("suf-" / "fering"): the two halves
   * joined, and where the second half stands. The second half is the next token, with `tail` set.
   */
  split?: { joined: string; tailLine: number };
  /** The second half of a word broken at a line end; its head token carries `split`. */
  tail: boolean;
}

export interface Sentence {
  /** Index of its first token and one past its last. */
  start: number;
  end: number;
  line: number;
}

export interface TextLine {
  line: number;
  text: string;
}

/** The per-document text every text check and report reads; computed once per document. */
export interface DocumentText {
  document: string;
  /** The document's own non-blank lines, page headers excluded. */
  lines: readonly TextLine[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\b[\w.-]+@[\w-]+(?:\.[\w-]+)+|\b(?:[a-z0-9-]+\.)+(?:az|com|org|net|gov|int|info|ru|tr|uk|us|edu)\b(?:\/\S*)?/giu;
export const BARE_ADDRESS_LINE = /^\s*(https?:\/\/|www\.)\S*\s*$/;
// Abbreviations whose period does not end a sentence.
const ABBREVIATION = /^(?:mr|mrs|ms|dr|st|no|nos|art|para|vol|p|pp|e\.g|i\.e|etc|vs|jr|sr|gen|col|lt|prof|[A-Z])$/i;

function scriptOfToken(text: string): TokenScript {
  // Plain ASCII, nearly every token: no per-letter script lookup needed.
  if (/^\p{ASCII}*$/u.test(text)) return /[A-Za-z]/.test(text) ? "latin" : "none";
  let latin = false;
  let foreign: "cyrillic" | "greek" | undefined;
  let other = false;
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    const s = scriptOf(ch);
    if (s === "latin") latin = true;
    else if (s === "cyrillic" || s === "greek") foreign = s;
    else other = true;
  }
  if (letters === 0) return "none";
  if (latin && foreign) return "mixed";
  if (foreign) return foreign;
  return latin ? "latin" : other ? "other" : "none";
}

function shapeOf(text: string): Token["shape"] {
  const digit = /\p{N}/u.test(text);
  const letter = /\p{L}/u.test(text);
  return digit && letter ? "mixed" : digit ? "number" : "word";
}

// A line can hold an address only if it has one of these; most prose lines have none.
const MAYBE_ADDRESS = /:\/\/|www\.|@|\.(?:az|com|org|net|gov|int|info|ru|tr|uk|us|edu)\b/i;

export function addressSpans(text: string): [number, number][] {
  if (!MAYBE_ADDRESS.test(text)) return [];
  return [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length]);
}

const ASCII_KINDS: readonly [Token["shape"], TokenScript][] = [
  ["word", "none"],
  ["word", "latin"],
  ["number", "none"],
  ["mixed", "latin"],
];

/**
 * Shape and script of a token in one look at its characters when it is plain ASCII (nearly every
 * token: letters, digits, apostrophes); undefined otherwise. Tokenising is done twice per run.
 */
function asciiKind(text: string): readonly [Token["shape"], TokenScript] | undefined {
  let letter = 0;
  let digit = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return undefined;
    if (c >= 48 && c <= 57) digit = 2;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letter = 1;
  }
  return ASCII_KINDS[letter + digit];
}

/** A token's shape and script, from its text alone. */
export function kindOf(text: string): readonly [Token["shape"], TokenScript] {
  return asciiKind(text) ?? [shapeOf(text), scriptOfToken(text)];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A token starting at `col` of a line is joined to the word before it by a hyphen without spaces. */
export const hyphenBeforeAt = (text: string, col: number): boolean => col > 1 && text[col - 1] === "-" && LETTER_OR_DIGIT.test(text[col - 2] ?? "");

/** A token ending at `end` of a line is joined to the word after it by a hyphen without spaces. */
export const hyphenAfterAt = (text: string, end: number): boolean => text[end] === "-" && LETTER_OR_DIGIT.test(text[end + 1] ?? "");

/**
 * A word ending at `end` of `headLine` and one printed `tail` at `col` of `tailLine` (both words, on
 * two lines) are the halves of one word broken by layout: a hyphen ends the first line, the second
 * half starts the next in lower case.
 */
export function brokenWord(headLine: string, end: number, tailLine: string, col: number, tail: string): boolean {
  return /^-\s*$/.test(headLine.slice(end)) && col === tailLine.search(/\S/) && /^\p{Ll}/u.test(tail);
}

function tokensOfLine(line: number, text: string): Token[] {
  const spans = addressSpans(text);
  const out: Token[] = [];
  scanTokens(text, (col, end) => {
    const printed = text.slice(col, end);
    const [shape, script] = kindOf(printed);
    out.push({
      text: printed,
      lower: printed.toLowerCase(),
      line,
      col,
      shape,
      script,
      sentence: 0,
      hyphenBefore: hyphenBeforeAt(text, col),
      hyphenAfter: hyphenAfterAt(text, end),
      address: spans.some(([s, e]) => col >= s && end <= e),
      tail: false,
    });
  });
  return out;
}

/** "suf-" at a line end followed by "fering" at the start of the next line: one word broken by layout. */
function markSplits(tokens: Token[], lines: readonly TextLine[]): void {
  const textOf = new Map(lines.map((l) => [l.line, l.text]));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i];
    const tail = tokens[i + 1];
    if (!head || !tail || head.line === tail.line || head.shape !== "word" || tail.shape !== "word") continue;
    if (!brokenWord(textOf.get(head.line) ?? "", head.col + head.text.length, textOf.get(tail.line) ?? "", tail.col, tail.text)) continue;
    head.split = { joined: head.text + tail.text, tailLine: tail.line };
    tail.tail = true;
  }
}

// What can follow a word that ends a sentence: closing marks, then a stop.
const CLOSES_OR_STOPS = new Set([")", '"', "'", "’", "”", ".", "!", "?"]);

function endsSentence(lineText: string, t: Token, next: Token | undefined): boolean {
  return !next || sentenceEndsAfter(lineText, t.text, t.col, next.text, next.line === t.line, next.col);
}

/**
 * A word printed `text` at `col` of `lineText` ends its sentence, the next word being printed `next`
 * at `nextCol` (of the same line when `sameLine`): a stop after it (closing marks allowed between),
 * not an abbreviation's period, and a capital, a digit or an opening mark next, or a new line.
 */
export function sentenceEndsAfter(lineText: string, text: string, col: number, next: string, sameLine: boolean, nextCol: number): boolean {
  const end = col + text.length;
  // Most words are followed by a space or a comma: one character says so, before any slicing.
  if (!CLOSES_OR_STOPS.has(lineText[end] ?? "")) return false;
  const after = sameLine ? lineText.slice(end, nextCol) : lineText.slice(end);
  if (!/^[)"'’”]*[.!?]/.test(after)) return false;
  if (after.startsWith(".") && ABBREVIATION.test(text)) return false;
  return /^[\p{Lu}\p{N}"“(]/u.test(next) || !sameLine;
}

function sentencesOf(tokens: Token[], lines: readonly TextLine[]): Sentence[] {
  const textOf = new Map(lines.map((l) => [l.line, l.text]));
  const out: Sentence[] = [];
  let start = 0;
  tokens.forEach((t, i) => {
    t.sentence = out.length;
    if (endsSentence(textOf.get(t.line) ?? "", t, tokens[i + 1])) {
      out.push({ start, end: i + 1, line: tokens[start]?.line ?? t.line });
      start = i + 1;
    }
  });
  return out;
}

/** The prose the passage checks read (page headers and bare URL lines left out), as one passage with source line numbers; undefined when there is none. */
export function prosePassage(corpus: Corpus, doc: LoadedDocument): Passage | undefined {
  const source = corpus.sources.get(doc.record.source.file) ?? [];
  const headers = pageHeaderLines(source);
  const { first, last } = doc.record.source;
  const body = source.slice(first - 1, last).map((l, i) => (headers.has(first + i) || BARE_ADDRESS_LINE.test(l) ? "" : l));
  const start = body.findIndex((l) => l.trim() !== "");
  if (start === -1) return undefined;
  const p = passageAt(body, start + 1, body.length);
  return { ...p, lineOf: p.lineOf.map((l) => l + first - 1) };
}

/**
 * The lines of the prose the passage checks read, as printed (page headers, blank and bare URL
 * lines left out): the words of `prosePassage`, in the same order, without its character map.
 */
export function proseLines(corpus: Corpus, doc: LoadedDocument): string[] {
  return textLines(corpus, doc)
    .map((l) => l.text)
    .filter((t) => !BARE_ADDRESS_LINE.test(t));
}

/** A document's own non-blank lines, page headers excluded: no tokens, cheap enough to read again. */
export function textLines(corpus: Corpus, doc: LoadedDocument): TextLine[] {
  const source = corpus.sources.get(doc.record.source.file) ?? [];
  const headers = pageHeaderLines(source);
  const { first, last } = doc.record.source;
  const lines: TextLine[] = [];
  for (let l = first; l <= Math.min(last, source.length); l++) {
    const text = source[l - 1] ?? "";
    if (!headers.has(l) && text.trim() !== "") lines.push({ line: l, text });
  }
  return lines;
}

/**
 * The text model of one document, built afresh and not kept: the corpus pass reads every document
 * once, and a document kept past its turn would outlive the young generation's collections.
 */
export function freshText(corpus: Corpus, doc: LoadedDocument): DocumentText {
  const lines = textLines(corpus, doc);
  const stored = keptTokensOf(corpus)?.tokensOf(doc);
  if (stored) return { document: doc.record.id, lines, ...stored };
  const tokens = lines.flatMap((l) => tokensOfLine(l.line, l.text));
  markSplits(tokens, lines);
  const sentences = sentencesOf(tokens, lines);
  return { document: doc.record.id, lines, tokens, sentences };
}

// The current document only: the engine reads the documents one at a time (see `runRules`), and
// every document kept longer is garbage the old generation collects late (at 10,000 documents,
// eight recent documents doubled the peak memory).
const RECENT = 1;
const recent = new Map<LoadedDocument, DocumentText>();

/** The text model of one document, shared by the checks and reports that read it while it is recent. */
export function documentText(corpus: Corpus, doc: LoadedDocument): DocumentText {
  const hit = recent.get(doc);
  if (hit) return hit;
  const built = freshText(corpus, doc);
  recent.set(doc, built);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value as LoadedDocument);
  return built;
}

/**
 * The pass over the documents is over: no document is recent any more (a document read after this
 * is rebuilt from the counts' columns when the corpus has them, else tokenised again).
 */
export function endDocumentPass(): void {
  recent.clear();
}

/** A token's text as a reader reads it: a word broken at a line end is read whole. */
export function readAs(t: Token): string {
  return t.split?.joined ?? t.text;
}
