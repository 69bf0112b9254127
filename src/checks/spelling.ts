import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Uses } from "../text/use-list.js";
import { unknownWords, type UnknownWord } from "../text/spelling.js";
import { addTo } from "../model/multimap.js";
import { placesNamed } from "./places.js";

const options = z.strictObject({
  minRatio: z
    .number()
    .min(1)
    .default(10)
    .describe("A capitalised word is a slip, not a name, when a dictionary word one edit away is this many times more frequent."),
  minCount: z.number().int().min(1).default(10).describe("... and that word occurs at least this often in the corpus."),
  minLength: z.number().int().min(2).default(5).describe("... and the capitalised word has at least this many letters."),
});

/** Every line a word stands on, once each, in document order. */
function refsOf(uses: Uses): Ref[] {
  return [...new Map(uses.map((u) => [`${u.document}:${u.line}`, { document: u.document, source: u.line, text: u.printed }])).values()];
}

function where(refs: readonly Ref[]): string {
  const byDoc = new Map<string, number[]>();
  for (const r of refs) addTo(byDoc, r.document, r.source ?? 0);
  return placesNamed(
    [...byDoc].map(([d, lines]) => `${d} line${lines.length === 1 ? "" : "s"} ${placesNamed(lines.map(String), ", ", "line")}`),
    "; ",
    "document",
  );
}

function findingFor(w: UnknownWord): RawFinding | undefined {
  // A name is the name rules' to read: its places are not even gathered here.
  if (w.verdict.kind === "name") return undefined;
  const refs = refsOf(w.uses);
  const at = where(refs);
  const message =
    w.verdict.kind === "run-together"
      ? `"${w.printed}" reads as two words run together, "${w.verdict.parts.join(" ")}" (${at}).`
      : `"${w.printed}" is in no English dictionary and not in the project word list (${at})${w.verdict.suggestion ? `; perhaps "${w.verdict.suggestion}"` : ""}.`;
  return { subject: w.printed, key: w.lower, message, values: [{ value: w.printed, refs }], refs };
}

export const spelling = defineCheck({
  meta: {
    id: "spelling",
    description:
      'Words that no English dictionary (US, British) and no project word list knows, once per spelling with every line; words run together ("havebeen") named as such, with a suggestion.',
    docs: "docs/rules/spelling.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    return unknownWords(corpus, o).flatMap((w) => findingFor(w) ?? []);
  },
});
