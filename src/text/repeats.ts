import type { Reading } from "./corpus-counts.js";
import type { DocumentText, TextLine } from "./document-text.js";
import { isFunctionWord, wordClasses } from "./word-classes.js";

/** A unit of text printed twice: where the first copy and the repeat stand. */
export interface Repeat {
  kind: "word" | "line" | "sentence" | "list item";
  text: string;
  firstLine: number;
  againLine: number;
}

/** Text as a reader compares it: case, spacing and edge punctuation ignored. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * The doublings English grammar allows, as LanguageTool's word-repeat rule admits them: "had had"
 * after a noun or pronoun ("if I had had time"), "that that" before a noun, possessive, adjective
 * or verb ("he said that that was wrong"), not before a pronoun ("the way is that that we must").
 * Word classes come from the closed-class list (function-words.ts): a word outside every closed
 * class is an open-class word (noun, verb, adjective), which is what both exceptions ask for.
 */
function grammatical(rs: readonly Reading[], i: number): boolean {
  const w = rs[i]?.word;
  if (w !== "had" && w !== "that") return false;
  if (w === "had") {
    const before = rs[i - 1]?.word;
    return before !== undefined && (!isFunctionWord(before) || wordClasses(before).includes("Pronoun"));
  }
  const after = rs[i + 2]?.word;
  if (after === undefined) return false;
  const classes = wordClasses(after);
  if (classes.includes("Possessive") || classes.includes("Copula") || classes.includes("Modal")) return true;
  return !isFunctionWord(after);
}

const single = (r: Reading | undefined): boolean => r !== undefined && r.word.length === 1;

/**
 * A word printed twice in one phrase ("the the"), a line break between them included. Not a
 * doubling: single letters in a run of three or more (spaced lettering, an "Х Х Х" separator), a
 * second copy capitalised after a lower-case first (a heading followed by its paragraph), and the
 * doublings grammar allows.
 */
export function doubledWords(rs: readonly Reading[]): Repeat[] {
  const out: Repeat[] = [];
  rs.forEach((r, i) => {
    const next = rs[i + 1];
    if (!next || !r.joinsNext || r.token.shape !== "word" || r.word !== next.word) return;
    if (single(r) && (single(rs[i - 1]) || single(rs[i + 2]))) return;
    if (/^\p{Lu}/u.test(next.token.text) && !/^\p{Lu}/u.test(r.token.text)) return;
    if (grammatical(rs, i)) return;
    out.push({ kind: "word", text: `${r.token.text} ${next.token.text}`, firstLine: r.token.line, againLine: next.token.line });
  });
  return out;
}

const ASCII = /^\p{ASCII}*$/u;

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether two plain ASCII lines have the same letters and digits, case aside: what lines equal once
 * normalised always have. Read from the start until they differ, so most pairs of lines cost a
 * character or two instead of two normalised copies.
 */
function sameAlphanumerics(a: string, b: string): boolean {
  let [i, j] = [0, 0];
  for (;;) {
    while (i < a.length && !isAlnum(a.charCodeAt(i))) i++;
    while (j < b.length && !isAlnum(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if ((a.charCodeAt(i) | 32) !== (b.charCodeAt(j) | 32)) return false;
    i++;
    j++;
  }
}

/** A line printed again as the next line. */
export function repeatedLines(lines: readonly TextLine[]): Repeat[] {
  const out: Repeat[] = [];
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (!next) return;
    if (ASCII.test(l.text) && ASCII.test(next.text) && !sameAlphanumerics(l.text, next.text)) return;
    const norm = normalise(l.text);
    if (norm !== "" && norm === normalise(next.text)) out.push({ kind: "line", text: l.text.trim(), firstLine: l.line, againLine: next.line });
  });
  return out;
}

/** A sentence printed again within `maxGap` words of the end of its first copy. */
export function repeatedSentences(text: DocumentText, rs: readonly Reading[], maxGap: number): Repeat[] {
  // A reading belongs to its token's sentence: one pass over the readings, no map per token.
  const words: string[][] = text.sentences.map(() => []);
  for (const r of rs) words[r.token.sentence]?.push(r.word);
  // Joined once per sentence, not once per comparison.
  const sentences = text.sentences.map((s, i) => ({ words: words[i] ?? [], joined: (words[i] ?? []).join(" "), line: s.line }));
  const out: Repeat[] = [];
  sentences.forEach((s, i) => {
    if (s.words.length < 2) return;
    let gap = 0;
    for (let j = i + 1; j < sentences.length && gap <= maxGap; j++) {
      const t = sentences[j];
      if (!t) break;
      if (t.joined === s.joined) {
        out.push({ kind: "sentence", text: s.joined, firstLine: s.line, againLine: t.line });
        break;
      }
      gap += t.words.length;
    }
  });
  return out;
}

const MARKER = /^\s*(?:[-•–]|\d{1,2}[.)])\s+/;
const ENDS_ITEM = /[.;:!?]\s*$/;

/** Lists (consecutive lines starting with a bullet or a number), each item with its line, and an item repeated within one list. */
export function repeatedListItems(lines: readonly TextLine[]): Repeat[] {
  const out: Repeat[] = [];
  let items = new Map<string, number>();
  let open: { text: string; line: number } | undefined;
  const close = (): void => {
    if (!open) return;
    const key = normalise(open.text);
    const first = items.get(key);
    if (first !== undefined) out.push({ kind: "list item", text: open.text.trim(), firstLine: first, againLine: open.line });
    else items.set(key, open.line);
    open = undefined;
  };
  let inList = false;
  for (const l of lines) {
    if (MARKER.test(l.text)) {
      close();
      inList = true;
      open = { text: l.text.replace(MARKER, ""), line: l.line };
    } else if (open) open.text += ` ${l.text}`;
    else if (inList) {
      // A line that continues no item ends the list.
      inList = false;
      items = new Map();
    }
    if (open && ENDS_ITEM.test(l.text)) close();
  }
  close();
  return out;
}

/** The words of a repeat, for the rule that owns repeats by length. */
export const wordsIn = (r: Repeat): number => wordCount(r.text);
