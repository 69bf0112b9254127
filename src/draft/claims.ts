import { figuresInSpan, type Figure } from "../extract/figures.js";
import type { Claim, Qualifier } from "../model/claim.js";
import type { DocumentRecord } from "../model/document.js";
import { findDates, type FoundDate } from "../text/dates.js";
import { keyOf, quantityWords } from "./fact-key.js";

/** A figure the draft proposes a fact for: the words that say what it counts, and where. */
export interface Proposal {
  key: string;
  percent: boolean;
  context: string;
  /** A part of the figure proposed before it ("of whom"): its key is drafted under that figure's. */
  part?: boolean;
}

export interface DraftedClaims {
  claims: Claim[];
  waivers: NonNullable<DocumentRecord["waivers"]>;
  /** One per number claim whose fact is proposed, in claim order (index into `claims`). */
  proposals: Map<number, Proposal>;
}

type Waiver = DraftedClaims["waivers"][number];

// The words before a figure that bound it, longest first; "some 1,500" is about 1,500.
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/\b(?:more than|over|upwards of|in excess of)\s+$/i, "more-than"],
  [/\bat least\s+$/i, "at-least"],
  [/\b(?:up to|as many as|at most)\s+$/i, "up-to"],
  [/\b(?:less than|fewer than|under)\s+$/i, "less-than"],
  [/\b(?:about|approximately|around|some|roughly|an estimated|circa|c\.)\s+$/i, "about"],
  [/\bnearly\s+$/i, "nearly"],
  [/\balmost\s+$/i, "almost"],
];

const VAGUE_VALUE: Record<string, Extract<Claim, { kind: "vague" }>["value"]> = {
  tens: "tens",
  dozens: "dozens",
  hundreds: "hundreds",
  thousands: "thousands",
  millions: "millions",
  "tens of thousands": "tens-of-thousands",
  "hundreds of thousands": "hundreds-of-thousands",
};

const TIME_AFTER = /^\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock|hours\b|hrs\b)/i;
// "per cent." with the period of its abbreviation, so the words after it still say what it counts.
const PERCENT_AFTER = /^\s*(?:per\s*cent\b\.?|percent\b|%)/i;
// "45 were saved, 12 of whom were injured", "98, of whom 14 were boys": a part of the figure before.
const PART_BEFORE = /\bof (?:whom|which)\s*$/i;
const PART_AFTER = /^\s*of (?:whom|which)\b/i;
const YEAR = /^(?:1[5-9]|20)\d\d$/;

// "between 1,490 and 1,517", "1,490 to 1,517", "1,490-1,517": the low end is at least, the high end up to.
const RANGE_LOW_BEFORE = /\bbetween\s+$/i;
const RANGE_LOW_AFTER = /^\s*(?:to|-|–)\s*\d/;
const RANGE_HIGH_BEFORE = /(?:\bbetween\s+[\d,.]+\s+and|\d\s*(?:to|-|–))\s*$/i;
const NOTHING = /$^/;

function rangeEnd(before: string, after: string): { re: RegExp; qualifier: Qualifier } | undefined {
  if (RANGE_LOW_BEFORE.test(before)) return { re: RANGE_LOW_BEFORE, qualifier: "at-least" };
  if (RANGE_HIGH_BEFORE.test(before)) return { re: NOTHING, qualifier: "up-to" };
  if (RANGE_LOW_AFTER.test(after)) return { re: NOTHING, qualifier: "at-least" };
  return undefined;
}

// "According to the Harbour Board, 212 were aboard": the figure is the Board's, as this document reports it.
const ACCORDING = /\b[Aa]ccording to (?:the )?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*)/u;

/** The source the sentence before a figure attributes it to, if it names one. */
function attribution(before: string): string | undefined {
  const sentence = before.split(/[.;!?](?=\s)/).pop() ?? "";
  return ACCORDING.exec(sentence)?.[1];
}

const note = (context: string): string => `DRAFT: "…${context}…"`;

function dateClaim(d: FoundDate, line: number): Claim {
  return { kind: "date", fact: "mentioned.date", value: d.iso, ...(d.until ? { until: d.until } : {}), quote: d.text, line, draft: true };
}

/** What the words before and after a figure make of it: a waiver, a year, a vague or a number claim. */
function figureClaim(f: Figure, text: string, next: string, previous: string): { claim?: Claim; waiver?: Waiver; proposal?: Proposal } {
  const before = text.slice(0, f.col);
  // What a figure counts and whose it is may be said on the line before: "its death toll, which / most accounts put at 96".
  const sentence = `${previous} ${before}`;
  // A sentence runs on over the line break: "Eight hundred and ninety-eight / tons of cargo".
  const after = `${text.slice(f.col + f.text.length)} ${next}`;
  if (f.ordinal) return { waiver: { line: f.line, text: f.text, reason: "ordinal", note: note(f.context) } };
  if (f.form === "digits" && TIME_AFTER.test(after)) return { waiver: { line: f.line, text: f.text, reason: "time-of-day", note: note(f.context) } };
  if (f.form === "vague") {
    const value = VAGUE_VALUE[f.text.toLowerCase().replace(/\s+/g, " ")] ?? "hundreds";
    return { claim: { kind: "vague", fact: "mentioned.number", value, quote: f.text, line: f.line, note: note(f.context), draft: true } };
  }
  if (f.form === "digits" && YEAR.test(f.text) && !PERCENT_AFTER.test(after)) {
    return { claim: { kind: "date", fact: "mentioned.date", value: f.text, quote: f.text, line: f.line, note: note(f.context), draft: true } };
  }
  const range = rangeEnd(before, after);
  const q = range ? ([range.re, range.qualifier] as const) : QUALIFIERS.find(([re]) => re.test(before));
  const lead = q ? (q[0].exec(before)?.[0] ?? "") : "";
  const percent = PERCENT_AFTER.test(after);
  // The low end of a range counts what its high end counts: "between 40 and 60 persons were injured".
  const rest = (percent ? after.replace(PERCENT_AFTER, "") : after).replace(/^\s*(?:and|to|-|–)\s*[\d,.]+/, "");
  const key = keyOf(quantityWords(sentence.slice(0, sentence.length - lead.length), rest), percent);
  const source = attribution(sentence);
  const claim: Claim = {
    kind: "number",
    fact: "mentioned.number",
    value: f.value,
    ...(q ? { qualifier: q[1] } : {}),
    ...(source ? { attributedTo: source } : {}),
    quote: `${lead}${f.text}`,
    line: f.line,
    note: note(f.context),
    draft: true,
  };
  const part = PART_BEFORE.test(sentence.slice(0, sentence.length - lead.length)) || PART_AFTER.test(after);
  return key || part ? { claim, proposal: { key: key ?? "", percent, context: f.context, ...(part ? { part } : {}) } } : { claim };
}

/** A part's key under the figure it is part of: "survivor.of-whom.injured"; a part with nothing before keeps its own. */
function partKey(p: Proposal, parent: string | undefined): string | undefined {
  if (!p.part || parent === undefined) return p.key || undefined;
  return [parent, "of-whom", ...(p.key ? [p.key] : [])].join(".");
}

/**
 * Every date and figure of source lines first..last as draft claims: dates as date claims, a year
 * alone as a year, a rank ("third", "25th") and a time of day as waivers, every other figure as a
 * number or vague claim with the qualifier the words before it give and a proposed fact.
 */
export function draftClaims(lines: readonly string[], first: number, last: number): DraftedClaims {
  const out: DraftedClaims = { claims: [], waivers: [], proposals: new Map() };
  const dates = new Map<number, FoundDate[]>();
  for (let l = first; l <= last; l++) dates.set(l, findDates(lines[l - 1] ?? ""));
  const inDate = (f: Figure): boolean => (dates.get(f.line) ?? []).some((d) => f.col >= d.start && f.col < d.start + d.text.length);
  const figures = figuresInSpan(lines, first, last).filter((f) => !inDate(f));
  let parent: string | undefined;
  for (let l = first; l <= last; l++) {
    const text = lines[l - 1] ?? "";
    const items = [
      ...(dates.get(l) ?? []).map((d) => ({ col: d.start, claim: dateClaim(d, l) })),
      ...figures
        .filter((f) => f.line === l)
        .map((f) => ({ col: f.col, ...figureClaim(f, text, l < last ? (lines[l] ?? "") : "", l > first ? (lines[l - 2] ?? "") : "") })),
    ].sort((a, b) => a.col - b.col);
    for (const item of items) {
      if ("waiver" in item && item.waiver) out.waivers.push(item.waiver);
      if (!item.claim) continue;
      const p = "proposal" in item ? item.proposal : undefined;
      const key = p && partKey(p, parent);
      if (p && key) {
        out.proposals.set(out.claims.length, { ...p, key });
        if (!p.part) parent = key;
      }
      out.claims.push(item.claim);
    }
  }
  return out;
}
