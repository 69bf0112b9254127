import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import { corpusCounts } from "../text/corpus-counts.js";
import type { DocumentText, Token } from "../text/document-text.js";
import { isEnglishLine, scriptHit, type ScriptHit } from "../text/scripts.js";

const options = z.strictObject({});

interface Hit extends ScriptHit {
  line: number;
}

/** A word "is English" when the corpus prints it in Latin letters somewhere: the corpus is its own dictionary. */
const englishWords =
  (corpus: Corpus) =>
  (lower: string): boolean =>
    corpusCounts(corpus).count(lower) > 0;

/** Every occurrence in the document's own lines, each on its line. */
const foreignOrMixed = (t: Token): boolean => t.script === "cyrillic" || t.script === "greek" || t.script === "mixed";

function inSource(text: DocumentText, isWord: (lower: string) => boolean): Hit[] {
  if (!text.tokens.some(foreignOrMixed)) return [];
  const byLine = new Map<number, Token[]>();
  for (const t of text.tokens) {
    const same = byLine.get(t.line);
    if (same) same.push(t);
    else byLine.set(t.line, [t]);
  }
  return [...byLine].flatMap(([line, tokens]) => {
    if (!tokens.some(foreignOrMixed)) return [];
    const english = isEnglishLine(tokens.map((t) => t.text));
    return tokens.flatMap((t) => {
      if (t.script !== "mixed" && !english) return [];
      const hit = scriptHit(t.text, isWord);
      return hit ? [{ ...hit, line }] : [];
    });
  });
}

/** Strings we wrote (issuer, notes, notes of claims); quotes and titles copy the source and are checked there. */
function inRecord(doc: LoadedDocument, isWord: (lower: string) => boolean): { field: string; hit: ScriptHit }[] {
  const r = doc.record;
  const fields: [string, string | undefined][] = [
    ["issuer", r.issuer],
    ["outlet", r.outlet],
    ["notes", r.notes],
    ...r.claims.map((c, i): [string, string | undefined] => [`claims[${i}].note`, c.note]),
  ];
  return fields.flatMap(([field, text]) => {
    if (!text) return [];
    const words = text.match(/\p{L}+/gu) ?? [];
    const english = isEnglishLine(words);
    return words.flatMap((w) => {
      const hit = scriptHit(w, isWord);
      return hit && (english || !hit.reads) ? [{ field, hit }] : [];
    });
  });
}

const describe = (h: ScriptHit): string => `"${h.word}" (${h.reads ? `reads "${h.reads}": ` : ""}${h.foreign.join(", ")})`;

function sourceFinding(doc: LoadedDocument, hits: Hit[]): RawFinding {
  const id = doc.record.id;
  const words = [...new Map(hits.map((h) => [h.word, h])).values()];
  const times = (w: string): number => hits.filter((h) => h.word === w).length;
  const shown = words.slice(0, 12).map((h) => `${describe(h)}${times(h.word) > 1 ? ` ${times(h.word)} times` : ""}`);
  const ref = (h: Hit): Ref => ({ document: id, source: h.line, text: h.word });
  const n = hits.length;
  return {
    subject: id,
    key: "source",
    message: `${n} word${n === 1 ? "" : "s"} in ${id} ${n === 1 ? "is" : "are"} written with Cyrillic or Greek letters in English text: ${shown.join("; ")}${words.length > 12 ? `; and ${words.length - 12} more words` : ""}.`,
    values: words.map((w) => ({ value: w.word, refs: hits.filter((h) => h.word === w.word).map(ref) })),
    refs: hits.map(ref),
  };
}

export const mixedScript = defineCheck({
  meta: {
    id: "mixed-script",
    description:
      "Words of English text written with Cyrillic or Greek letters: mixed with Latin ones, or whole words that look like English words or numerals; every occurrence in the source, and the strings we write in records.",
    docs: "docs/rules/mixed-script.md",
  },
  options,
  document(doc, text, corpus): RawFinding[] {
    const isWord = englishWords(corpus);
    const lines = corpus.sources.get(doc.record.source.file) ?? [];
    const hits = inSource(text, isWord);
    // A note may quote the source; only strings the source does not contain are ours to fix.
    const span = lines.slice(doc.record.source.first - 1, doc.record.source.last).join("\n");
    const own = inRecord(doc, isWord)
      .filter(({ hit }) => !span.includes(hit.word))
      .map(({ field, hit }) => ({
        subject: doc.record.id,
        key: `record|${field}|${hit.word}`,
        message: `The record of ${doc.record.id} has ${describe(hit)} in ${field}.`,
        values: [{ value: hit.word, refs: [{ document: doc.record.id }] }],
        refs: [{ document: doc.record.id }],
      }));
    return [...(hits.length > 0 ? [sourceFinding(doc, hits)] : []), ...own];
  },
});
