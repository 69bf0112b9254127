import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { addressSpans, textLines, type TextLine } from "../text/document-text.js";
import { onlyTags } from "../text/word-tags.js";
import { loneBrackets, loneQuotes, type LoneBracket, type LoneQuote } from "../text/paired-marks.js";

const options = z.strictObject({
  graves: z.array(z.string().length(1)).min(1).default(["`", "´"]).describe("Accents a keyboard or a scanner puts where an apostrophe belongs (minute`s)."),
  apostrophes: z
    .array(z.string().length(1))
    .min(1)
    .default(["’", "'"])
    .describe("The apostrophes a document prints otherwise; only beside them is an accent a stray mark."),
});
type Options = z.infer<typeof options>;

interface Mark {
  line: number;
  /** The word with its mark, as printed. */
  text: string;
}

// Inside a character class only these four are special.
const escape = (s: string): string => s.replace(/[\]\\^-]/g, "\\$&");

/**
 * A mark used as an apostrophe: between two letters (Turkey’s) or after a plural s before a space
 * or the line's end (IDPs’ families). A quotation mark after a word ('Justice for Khojaly') is neither.
 */
function markPattern(marks: readonly string[]): RegExp {
  const set = `[${marks.map(escape).join("")}]`;
  return new RegExp(`\\p{L}+${set}\\p{L}+|\\p{L}*s${set}(?=\\s|$)`, "gu");
}

function marksIn(lines: readonly TextLine[], marks: readonly string[], re: RegExp): Mark[] {
  // A line without one of the marks cannot match: most lines are passed over without the pattern.
  // Stryker disable next-line ConditionalExpression,MethodExpression: equivalent, the test only saves running the pattern
  return lines.flatMap((l) => (marks.some((k) => l.text.includes(k)) ? [...l.text.matchAll(re)].map((m) => ({ line: l.line, text: m[0] })) : []));
}

const places = (ms: readonly Mark[]): string => `line${ms.length === 1 ? "" : "s"} ${ms.map((m) => `${m.line} "${m.text}"`).join(", ")}`;
const times = (n: number): string => (n === 1 ? "once" : `${n} times`);
const refsOf = (id: string, ms: readonly Mark[]): Ref[] => ms.map((m) => ({ document: id, source: m.line, text: m.text }));

/** A document that prints an accent for the apostrophe beside apostrophes of its own: the accents, each a location. */
function accentFinding(id: string, graves: readonly Mark[], apostrophes: readonly Mark[]): RawFinding {
  return {
    subject: id,
    key: "accent",
    message: `${id} prints an accent where an apostrophe stands ${times(graves.length)} (${places(graves)}) and an apostrophe ${times(apostrophes.length)} (${places(apostrophes)}).`,
    values: [
      { value: "accent", refs: refsOf(id, graves) },
      { value: "apostrophe", refs: refsOf(id, apostrophes) },
    ],
    refs: refsOf(id, graves),
  };
}

/** A hyphen and a space between two parts of a word inside a line: a word broken at a line end, joined again without its hyphen taken out. */
const BROKEN = /\p{L}+- \p{Ll}+/gu;

function brokenFinding(id: string, m: Mark): RawFinding {
  const ref = { document: id, source: m.line, text: m.text };
  return {
    subject: id,
    key: `hyphen|${m.line}|${m.text}`,
    message: `${id} prints "${m.text}" (line ${m.line}): a hyphen and a space inside a line, between two parts of a word.`,
    values: [{ value: m.text, refs: [ref] }],
    refs: [ref],
  };
}

/**
 * A sentence's stop with no space after it, between a lower-case word and a capitalised one
 * ("intellectuals.A nationwide"): two sentences run together. A capital before the stop is an
 * initial or an abbreviation (U.S.A), and an address is no prose.
 */
const RUN_TOGETHER = /(?<![\p{L}\p{N}])[\p{L}\p{N}]*\p{Ll}{2}[.;:!?]\p{Lu}\p{Ll}*/gu;
const STOP_THEN_CAPITAL = /[.;:!?]\p{Lu}/u;

function runTogether(lines: readonly TextLine[]): Mark[] {
  return lines.flatMap((l) => {
    // Stryker disable next-line ConditionalExpression,BooleanLiteral,Regex: equivalent, a match needs a stop before a capital
    if (!STOP_THEN_CAPITAL.test(l.text)) return [];
    const addresses = addressSpans(l.text);
    return [...l.text.matchAll(RUN_TOGETHER)]
      .filter((m) => !addresses.some(([s, e]) => m.index < e && m.index + m[0].length > s))
      .map((m) => ({ line: l.line, text: m[0] }));
  });
}

function runTogetherFinding(id: string, m: Mark): RawFinding {
  const stopAt = m.text.search(/[.;:!?]/u);
  const stop = m.text[stopAt] ?? ".";
  // The place is the stop and the word after it: the word before may have a defect of its own ("Genecide").
  const ref = { document: id, source: m.line, text: m.text.slice(stopAt) };
  return {
    subject: id,
    key: `space|${m.line}|${m.text}`,
    message: `${id} prints "${m.text}" (line ${m.line}): no space after "${stop}" between two words.`,
    values: [{ value: m.text, refs: [ref] }],
    refs: [ref],
  };
}

/** Two lower-case words with a comma between them; the one before is read from the line. */
const COMMA_PAIR = /(?<![\p{L}\p{N}'’-])(\p{Ll}+), (\p{Ll}+)(?![\p{L}\p{N}'’-])/gu;
const LOWER_COMMA_LOWER = /\p{Ll}, \p{Ll}/u;
const NOMINAL = new Set(["the", "a", "an"]);

/**
 * A comma between a word that can only be an adjective and a word that can only be a noun
 * ("immediate, withdrawal of all forces"): an adjective is not parted from its noun. After "the" the
 * adjective is a noun itself ("the old, women and children"), a list, not a stray mark.
 */
function commaBeforeNoun(lines: readonly TextLine[]): Mark[] {
  return lines.flatMap((l) =>
    // Stryker disable next-line ConditionalExpression,Regex,ArrayDeclaration: equivalent, a match needs a comma between lower-case letters
    (LOWER_COMMA_LOWER.test(l.text) ? [...l.text.matchAll(COMMA_PAIR)] : [])
      .filter((m) => {
        const [, adjective = "", noun = ""] = m;
        const before = /(\p{L}+)\s*$/u.exec(l.text.slice(0, m.index))?.[1]?.toLowerCase();
        return onlyTags(adjective, ["JJ"]) && (onlyTags(noun, ["NN"]) || onlyTags(noun, ["NNS"])) && !NOMINAL.has(before ?? "");
      })
      .map((m) => ({ line: l.line, text: m[0] })),
  );
}

function commaFinding(id: string, m: Mark): RawFinding {
  const ref = { document: id, source: m.line, text: m.text };
  return {
    subject: id,
    key: `comma|${m.line}|${m.text}`,
    message: `${id} prints "${m.text}" (line ${m.line}): a comma between an adjective and its noun.`,
    values: [{ value: m.text, refs: [ref] }],
    refs: [ref],
  };
}

/** A round bracket without its partner in the whole document: a bracket lost, or a letter read as one ("(he report"). */
function bracketFinding(id: string, b: LoneBracket): RawFinding {
  const ref = { document: id, source: b.line, text: b.text };
  const what = b.kind === "open" ? "opens a bracket that is never closed" : "closes a bracket that was never opened";
  return {
    subject: id,
    key: `bracket|${b.line}|${b.col}`,
    message: `${id} prints "${b.text}" (line ${b.line}): it ${what}.`,
    values: [{ value: b.text, refs: [ref] }],
    refs: [ref],
  };
}

/** A double quotation mark without its partner in the whole document: a quotation never closed, or closed without being opened. */
function quoteFinding(id: string, q: LoneQuote): RawFinding {
  const ref = { document: id, source: q.line, text: q.text };
  const what = q.kind === "open" ? "opens a quotation that is never closed" : "closes a quotation that was never opened";
  return {
    subject: id,
    key: `quote|${q.line}|${q.col}`,
    message: `${id} prints "${q.text}" (line ${q.line}): it ${what}.`,
    values: [{ value: q.text, refs: [ref] }],
    refs: [ref],
  };
}

function findingsOf(corpus: Corpus, doc: LoadedDocument, o: Options, patterns: { graves: RegExp; apostrophes: RegExp }): RawFinding[] {
  const id = doc.record.id;
  const lines = textLines(corpus, doc);
  const graves = marksIn(lines, o.graves, patterns.graves);
  const apostrophes = graves.length === 0 ? [] : marksIn(lines, o.apostrophes, patterns.apostrophes);
  // Stryker disable next-line ConditionalExpression,StringLiteral,ArrayDeclaration: equivalent, a match needs a hyphen and a space
  const broken = lines.flatMap((l) => (l.text.includes("- ") ? [...l.text.matchAll(BROKEN)].map((m) => ({ line: l.line, text: m[0] })) : []));
  return [
    ...(apostrophes.length > 0 ? [accentFinding(id, graves, apostrophes)] : []),
    ...broken.map((m) => brokenFinding(id, m)),
    ...runTogether(lines).map((m) => runTogetherFinding(id, m)),
    ...commaBeforeNoun(lines).map((m) => commaFinding(id, m)),
    ...loneBrackets(lines).map((b) => bracketFinding(id, b)),
    ...loneQuotes(lines).map((q) => quoteFinding(id, q)),
  ];
}

export const strayMark = defineCheck({
  meta: {
    id: "stray-mark",
    description:
      "Marks that stand where another character belongs: an accent for the apostrophe in a document that prints apostrophes too (minute`s beside IDPs’), a hyphen and a space inside a line between two parts of a word (press- conference), a full stop with no space before the next sentence (intellectuals.A), a comma between an adjective and its noun (immediate, withdrawal), a round bracket or a double quotation mark never closed or never opened in the document.",
    docs: "docs/rules/stray-mark.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    // Each pattern is compiled once per run, not once per document.
    const patterns = { graves: markPattern(o.graves), apostrophes: markPattern(o.apostrophes) };
    return corpus.documents.flatMap((doc) => findingsOf(corpus, doc, o, patterns));
  },
});
