import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { textLines } from "../text/document-text.js";
import { aliasWords } from "../text/name-clusters.js";
import { sameName } from "../text/name-distance.js";

const options = z.strictObject({
  minOther: z.number().int().min(2).default(2).describe("How often the document must print the other spelling."),
});
type Options = z.infer<typeof options>;

interface Uses {
  lines: number[];
}

/** Capitalised words of a document and the lines that print them. */
function capitalised(corpus: Corpus, doc: LoadedDocument): Map<string, Uses> {
  const out = new Map<string, Uses>();
  for (const l of textLines(corpus, doc))
    for (const m of l.text.matchAll(/(?<![\p{L}\p{N}'’`-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}-])/gu)) {
      const u = out.get(m[0]) ?? { lines: [] };
      u.lines.push(l.line);
      out.set(m[0], u);
    }
  return out;
}

/** The entries `near` accepts, up to the second: one word printed once is compared with every usual word. */
function nearOne<T extends { other: string }>(usual: readonly T[], near: (other: string) => boolean): T[] {
  const out: T[] = [];
  for (const u of usual) if (near(u.other) && out.push(u) > 1) break;
  return out;
}

// An English plural is no misspelling of its singular (Ombudsman, Ombudsmen).
const INFLECTED = /m[ae]n$/;

/**
 * A capitalised word a document prints once, which the same document prints otherwise at least
 * `minOther` times, the two half an edit apart (a vowel, g/h, a scanner's look-alike) or one edit
 * that keeps the last letter (`sameName` on the words themselves: Vienne, Vienna). A slip against
 * the document's own spelling, whether or not a dictionary knows the slip. Names of the alias
 * registry are spelling-variant's and probable-typo's.
 */
function oddIn(corpus: Corpus, doc: LoadedDocument, o: Options, aliases: ReadonlySet<string>): RawFinding[] {
  const id = doc.record.id;
  const words = capitalised(corpus, doc);
  // Each usual word lower-cased once, aliases left out: every word printed once is compared with all of them.
  const usual = [...words]
    .filter(([w, u]) => u.lines.length >= o.minOther && !aliases.has(w.toLowerCase()))
    .map(([w, u]) => ({ w, u, other: w.toLowerCase() }));
  const out: RawFinding[] = [];
  for (const [word, u] of words) {
    const lower = word.toLowerCase();
    // Words shorter than six letters never pass sameName: in a short word one letter is too much of it.
    if (u.lines.length !== 1 || aliases.has(lower)) continue;
    const inflected = INFLECTED.test(lower);
    const near = nearOne(usual, (other) => !(inflected && INFLECTED.test(other)) && sameName(lower, other));
    const [first] = near;
    if (!first || near.length > 1) continue;
    const { w: other, u: ou } = first;
    const ref = { document: id, source: u.lines[0] ?? 0, text: word };
    const lines = [...new Set(ou.lines)];
    out.push({
      subject: id,
      key: `odd|${word}`,
      message: `${id} prints "${word}" once (line ${ref.source}) and "${other}" ${ou.lines.length} times (line${lines.length === 1 ? "" : "s"} ${lines.join(", ")}).`,
      values: [
        { value: word, refs: [ref] },
        { value: other, refs: lines.map((l) => ({ document: id, source: l, text: other })) },
      ],
      refs: [ref],
    });
  }
  return out;
}

export const oddSpelling = defineCheck({
  meta: {
    id: "odd-spelling",
    description:
      "A capitalised word a document prints once, half an edit or one edit from a word the same document prints several times (Vienne beside Vienna): a slip against the document's own spelling, whether or not a dictionary knows it.",
    docs: "docs/rules/odd-spelling.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    const aliases = aliasWords(corpus);
    return corpus.documents.flatMap((doc) => oddIn(corpus, doc, o, aliases));
  },
});
