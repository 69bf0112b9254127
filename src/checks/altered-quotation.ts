import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Corpus } from "../model/corpus.js";
import { prosePassage } from "../text/document-text.js";
import { compareText } from "../text/normalize.js";
import { changesAround, type SharedRun, type WordChange } from "../text/passage-diff.js";
import { sharedPassageGroups, type DocumentPair, type SharedPassage } from "../text/shared-passages.js";
import { sharedPassageOptions } from "./duplicated-passage.js";

const options = z.strictObject({
  maxChange: z.number().int().min(1).max(10).default(3).describe("Words a change may span in either copy; a longer difference is where the copies part."),
  resync: z.number().int().min(2).default(4).describe("Equal words in a row on the far side of a change that show the copies run together again."),
  passages: z
    .record(z.string(), z.unknown())
    .default({})
    .refine((p) => sharedPassageOptions({ ...p, scope: "across" }) !== undefined, "options of the duplicated-passage check (scope across)")
    .describe("How shared passages are found: the shared-passage rule's options, so both see the same pairs."),
});

/** A document's words as compared (lower case), with their source lines and where each stands in its text. */
export interface Printed {
  text: string;
  lower: string[];
  lines: number[];
  starts: number[];
  ends: number[];
}

export function printedWords(corpus: Corpus, id: string): Printed {
  const doc = corpus.documents.find((d) => d.record.id === id);
  const p = doc ? prosePassage(corpus, doc) : undefined;
  const out: Printed = { text: p?.text ?? "", lower: [], lines: [], starts: [], ends: [] };
  // The same words, in the same order, as the shared-passage search reads them.
  for (const m of out.text.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.lower.push(m[0].toLowerCase());
    out.lines.push(p?.lineOf[m.index] ?? 0);
    out.starts.push(m.index);
    out.ends.push(m.index + m[0].length);
  }
  return out;
}

/** Where a passage starts among a document's words: the first place on its line where all its words follow. */
function startOf(d: Printed, line: number, words: readonly string[]): number | undefined {
  for (let i = d.lines.indexOf(line); i >= 0 && d.lines[i] === line; i++) if (words.every((w, k) => d.lower[i + k] === w)) return i;
  return undefined;
}

/** The runs two documents share, as word indexes in each. */
export function runsOf(a: Printed, b: Printed, passages: readonly SharedPassage[]): SharedRun[] {
  return passages.flatMap((s) => {
    const words = [...s.text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase());
    const [ia, ib] = [startOf(a, s.lineA, words), startOf(b, s.lineB, words)];
    return ia === undefined || ib === undefined ? [] : [{ a: ia, b: ib, words: words.length }];
  });
}

/** The words as printed, with what stands between them (a comma, a hyphen where a line broke a word). */
const printedText = (d: Printed, [from, to]: [number, number]): string => d.text.slice(d.starts[from], d.ends[to - 1]);
const quoted = (d: Printed, span: [number, number]): string => (span[0] === span[1] ? "nothing" : `"${printedText(d, span)}"`);
/** A change's line in one copy: its first word's, or for words left out, the line of the word before. */
const lineOf = (d: Printed, [from]: [number, number]): number => d.lines[from] ?? d.lines[from - 1] ?? 0;

function pairFinding(p: DocumentPair, a: Printed, b: Printed, changes: readonly WordChange[]): RawFinding {
  const said = changes.map((c) => `${quoted(a, c.a)} (line ${lineOf(a, c.a)}) where the other prints ${quoted(b, c.b)} (line ${lineOf(b, c.b)})`);
  const refs = (id: string, d: Printed, span: [number, number]): Ref => ({
    document: id,
    source: lineOf(d, span),
    ...(span[0] === span[1] ? {} : { text: printedText(d, span) }),
  });
  const values = changes.flatMap((c) => [
    { value: quoted(a, c.a), refs: [refs(p.a, a, c.a)] },
    { value: quoted(b, c.b), refs: [refs(p.b, b, c.b)] },
  ]);
  const n = changes.length;
  return {
    subject: `${p.a} / ${p.b}`,
    message: `${p.a} and ${p.b} print the same passage with ${n === 1 ? "one difference" : `${n} differences`}, word by word: ${p.a} prints ${said.join("; ")}.`,
    values,
    refs: values.flatMap((v) => v.refs),
  };
}

export const alteredQuotation = defineCheck({
  meta: {
    id: "altered-quotation",
    description:
      "Two documents that print the same passage (a shared passage or a quotation both print) with a few words changed: each difference word by word, with its line in both.",
    docs: "docs/rules/altered-quotation.md",
  },
  options,
  check(corpus: Corpus, o): RawFinding[] {
    const search = sharedPassageOptions({ ...o.passages, scope: "across" });
    if (!search) return [];
    const words = new Map<string, Printed>();
    const of = (id: string): Printed => words.get(id) ?? (words.set(id, printedWords(corpus, id)).get(id) as Printed);
    const pairs = sharedPassageGroups(corpus, search).flatMap((g) => g.pairs);
    return pairs
      .sort((x, y) => compareText(x.a, y.a) || compareText(x.b, y.b))
      .flatMap((p) => {
        const [a, b] = [of(p.a), of(p.b)];
        const changes = changesAround(a.lower, b.lower, runsOf(a, b, [...p.passages, ...p.quotations]), o);
        return changes.length === 0 ? [] : [pairFinding(p, a, b, changes)];
      });
  },
});
