import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { documentText, type DocumentText } from "../text/document-text.js";
import { mixedWords } from "../text/scripts.js";

const options = z.strictObject({
  maxForeignWord: z.number().int().min(1).max(10).default(3).describe("All-Cyrillic words up to this length in a Latin line count as look-alikes."),
});

interface Hit {
  word: string;
  line: number;
  foreign: string[];
}

function inSource(text: DocumentText, max: number): Hit[] {
  return text.lines.flatMap((l) => mixedWords(l.text, max).map((w) => ({ word: w.word, line: l.line, foreign: w.foreign })));
}

/** Strings we wrote (issuer, notes, notes of claims); quotes and titles copy the source and are checked there. */
function inRecord(doc: LoadedDocument, max: number): { field: string; word: string; foreign: string[] }[] {
  const r = doc.record;
  const fields: [string, string | undefined][] = [
    ["issuer", r.issuer],
    ["outlet", r.outlet],
    ["notes", r.notes],
    ...r.claims.map((c, i): [string, string | undefined] => [`claims[${i}].note`, c.note]),
  ];
  return fields.flatMap(([field, text]) => (text ? mixedWords(text, max).map((w) => ({ field, word: w.word, foreign: w.foreign })) : []));
}

function sourceFinding(doc: LoadedDocument, hits: Hit[]): RawFinding {
  const id = doc.record.id;
  const words = [...new Map(hits.map((h) => [h.word, h])).values()];
  const shown = words.slice(0, 12).map((h) => `"${h.word}" (${h.foreign.join(", ")}) line ${h.line}`);
  const refs: Ref[] = [...new Set(hits.map((h) => h.line))].map((line) => ({ document: id, source: line }));
  return {
    subject: id,
    key: "source",
    message: `${hits.length} word${hits.length === 1 ? "" : "s"} in ${id} mix Latin with Cyrillic or Greek letters: ${shown.join("; ")}${words.length > 12 ? `; and ${words.length - 12} more` : ""}.`,
    values: words.map((h) => ({ value: h.word, refs: hits.filter((x) => x.word === h.word).map((x) => ({ document: id, source: x.line })) })),
    refs,
  };
}

export const mixedScript = defineCheck({
  meta: {
    id: "mixed-script",
    description:
      "Words mixing Latin and Cyrillic or Greek letters, in each document's source lines (with a per-document count) and in the strings we write in records.",
    docs: "docs/rules/mixed-script.md",
  },
  options,
  check(corpus: Corpus, o): RawFinding[] {
    return corpus.documents.flatMap((doc) => {
      const lines = corpus.sources.get(doc.record.source.file) ?? [];
      const hits = inSource(documentText(corpus, doc), o.maxForeignWord);
      // A note may quote the source; only strings the source does not contain are ours to fix.
      const span = lines.slice(doc.record.source.first - 1, doc.record.source.last).join("\n");
      const own = inRecord(doc, o.maxForeignWord)
        .filter((h) => !span.includes(h.word))
        .map((h) => ({
          subject: doc.record.id,
          key: `record|${h.field}|${h.word}`,
          message: `The record of ${doc.record.id} has "${h.word}" (${h.foreign.join(", ")}) in ${h.field}.`,
          values: [{ value: h.word, refs: [{ document: doc.record.id }] }],
          refs: [{ document: doc.record.id }],
        }));
      return [...(hits.length > 0 ? [sourceFinding(doc, hits)] : []), ...own];
    });
  },
});
