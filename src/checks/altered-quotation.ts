import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Corpus } from "../model/corpus.js";
import { passageChanges, type Printed } from "../text/passage-changes.js";
import type { WordChange } from "../text/passage-diff.js";
import type { DocumentPair } from "../text/shared-passages.js";
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

const printedText = (d: Printed, [from, to]: [number, number]): string => d.between(from, to);
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
    return passageChanges(corpus, search, o).map(({ pair, a, b, changes }) => pairFinding(pair, a, b, changes));
  },
});
