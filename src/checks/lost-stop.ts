import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import { textLines, type TextLine } from "../text/document-text.js";
import { compareText } from "../text/normalize.js";
import { addTo } from "../model/multimap.js";

const options = z.strictObject({
  minStops: z.number().int().min(1).default(3).describe("The corpus prints the bracketed word followed by a full stop at least this many times ..."),
  minShare: z
    .number()
    .gt(0)
    .max(1)
    .default(2 / 3)
    .describe("... in at least this share of its uses before a full stop or a capitalised word."),
});
type Options = z.infer<typeof options>;

/** A bracketed word and what follows it: a full stop, or a capitalised word after white space. */
interface After {
  document: string;
  line: number;
  /** The bracketed word with the word after it, as printed: "(AzerTAc) Azerbaijan`s". */
  text: string;
}

// A single bracketed word (a news agency's tag closing a dateline), then a stop or white space and a capital.
const BRACKETED = /\(([^()\s]{1,30})\)(?:(\.)|[ \t]+(\p{Lu}[\p{L}'’`-]*))/gu;

/**
 * The bracketed words of one document's lines with what follows them on the same line. A tag at a
 * line's end is not read: a heading ends there too ("RESOLUTION 822 (1993)"), with the next line's
 * capital after it.
 */
function bracketedIn(id: string, lines: readonly TextLine[], stops: Map<string, number>, bare: Map<string, After[]>): void {
  for (const l of lines) {
    // Most lines have no closing bracket: the pattern runs only on those that do.
    if (!l.text.includes(")")) continue;
    for (const m of l.text.matchAll(BRACKETED)) {
      const [whole, word = "", stop, after] = m;
      if (stop !== undefined) stops.set(word, (stops.get(word) ?? 0) + 1);
      else if (after !== undefined) addTo(bare, word, { document: id, line: l.line, text: whole });
    }
  }
}

/**
 * A bracketed word the corpus closes a sentence with in most of its uses (a news agency's tag at the
 * end of a dateline: "Baku, 27 February (AzerTAc). The ...") printed before a capitalised word with
 * no stop: the stop that ended the dateline is lost and two sentences run together.
 */
export const lostStop = defineCheck({
  meta: {
    id: "lost-stop",
    description:
      "A bracketed word the corpus follows with a full stop in most of its uses, a dateline's agency tag, printed before a capitalised word with no stop: the stop is lost and two sentences run together.",
    docs: "docs/rules/lost-stop.md",
  },
  options,
  check(corpus, o: Options): RawFinding[] {
    const stops = new Map<string, number>();
    const bare = new Map<string, After[]>();
    for (const doc of corpus.documents) bracketedIn(doc.record.id, textLines(corpus, doc), stops, bare);
    const out: RawFinding[] = [];
    for (const [word, uses] of bare) {
      const n = stops.get(word) ?? 0;
      if (n < o.minStops || n < o.minShare * (n + uses.length)) continue;
      for (const u of uses) {
        out.push({
          subject: `(${word})`,
          key: `${u.document}:${u.line}`,
          message: `"${u.text}" (${u.document} line ${u.line}) has no full stop after "(${word})", which the corpus follows with one ${n} of ${n + uses.length} times.`,
          values: [{ value: u.text, refs: [{ document: u.document, source: u.line, text: u.text }] }],
          refs: [{ document: u.document, source: u.line, text: u.text }],
        });
      }
    }
    return out.sort((a, b) => compareText(a.key ?? "", b.key ?? ""));
  },
});
