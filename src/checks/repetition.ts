import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { LoadedDocument } from "../model/corpus.js";
import { readings } from "../text/corpus-counts.js";
import type { DocumentText } from "../text/document-text.js";
import { cutShortCopies } from "../text/cut-short.js";
import { doubledWords, normalise, repeatedLines, repeatedListItems, repeatedSentences, wordsIn, type Repeat } from "../text/repeats.js";

const options = z.strictObject({
  passageWords: z
    .number()
    .int()
    .min(2)
    .default(9)
    .describe(
      "A repeated line, sentence or list item of this many words or more is a passage printed twice, reported by duplicated-passage (scope within, same `words`); this rule reports the shorter ones it cannot see.",
    ),
  maxGap: z.number().int().min(0).default(40).describe("A sentence repeated at most this many words after its first copy ends is printed twice, not restated."),
  kinds: z
    .array(z.enum(["word", "line", "sentence", "list item", "cut short"]))
    .min(1)
    .default(["word", "line", "sentence", "list item"])
    .describe(
      "What to report: doubled words, lines, sentences and list items printed twice, or passages of `passageWords` words or more printed, cut short inside their sentence and printed again in full ('cut short').",
    ),
});
type Options = z.infer<typeof options>;

/** One report per place: a line printed twice is not also a sentence or an item printed twice. */
function distinct(repeats: Repeat[]): Repeat[] {
  const seen = new Set<string>();
  return repeats.filter((r) => {
    const k = `${r.firstLine}|${r.againLine}|${normalise(r.text)}`;
    const clash = r.kind !== "word" && seen.has(`${r.firstLine}|${r.againLine}`);
    seen.add(k);
    if (r.kind !== "word") seen.add(`${r.firstLine}|${r.againLine}`);
    return !clash;
  });
}

const DESCRIBE: Record<Repeat["kind"], (r: Repeat) => string> = {
  word: (r) => `prints a word twice, "${r.text}"`,
  line: (r) => `prints the line "${r.text}"`,
  sentence: (r) => `prints the sentence "${r.text}"`,
  "list item": (r) => `lists the item "${r.text}"`,
};

const shown = (words: readonly string[]): string => (words.length <= 8 ? words.join(" ") : `${words.slice(0, 4).join(" ")} … ${words.slice(-4).join(" ")}`);

/** A passage broken off and printed again in full: a copy error that changes the text. */
function cutShortFindings(doc: LoadedDocument, text: DocumentText, o: Options): RawFinding[] {
  const id = doc.record.id;
  return cutShortCopies(readings(text), o.passageWords).map((c) => {
    const refs = [...new Set([c.firstLine, c.stopLine, c.againLine])].map((source) => ({ document: id, source }));
    const text = shown(c.words);
    return {
      subject: id,
      key: `cut short|${c.againLine}|${c.words.slice(0, 6).join(" ").toLowerCase()}`,
      message: `${id} prints a passage of ${c.words.length} words ("${text}") from line ${c.firstLine}, breaks it off at line ${c.stopLine} inside its sentence, and prints it again in full from line ${c.againLine}.`,
      values: [{ value: text, refs }],
      refs,
    };
  });
}

function sourceFindings(doc: LoadedDocument, text: DocumentText, o: Options): RawFinding[] {
  const id = doc.record.id;
  const rs = readings(text);
  const units = [...repeatedLines(text.lines), ...repeatedListItems(text.lines), ...repeatedSentences(text, rs, o.maxGap)].filter(
    (r) => wordsIn(r) < o.passageWords,
  );
  return distinct([...doubledWords(rs), ...units])
    .filter((r) => o.kinds.includes(r.kind))
    .map((r) => {
      const refs = [...new Set([r.firstLine, r.againLine])].map((source) => ({ document: id, source }));
      const where = r.firstLine === r.againLine ? `at line ${r.firstLine}` : `at line ${r.firstLine} and again at line ${r.againLine}`;
      return {
        subject: id,
        key: `${r.kind}|${r.againLine}|${normalise(r.text).slice(0, 40)}`,
        message: `${id} ${DESCRIBE[r.kind](r)} ${where}.`,
        values: [{ value: r.text, refs }],
        refs,
      };
    });
}

/** A list claim naming an item twice: our record, or the document, repeats it. */
function claimFindings(doc: LoadedDocument): RawFinding[] {
  const id = doc.record.id;
  return doc.record.claims.flatMap((c, i) => {
    if (c.kind !== "list") return [];
    const seen = new Set<string>();
    const twice = c.items.filter((item) => seen.size === seen.add(normalise(item)).size);
    return [...new Set(twice)].map((item) => ({
      subject: id,
      key: `claim|${c.fact}|${c.line}|${normalise(item)}`,
      message: `The list claim ${c.fact} of ${id} (line ${c.line}) names "${item}" twice.`,
      values: [{ value: item, refs: [{ document: id, claim: i }] }],
      refs: [{ document: id, claim: i }],
    }));
  });
}

export const repetition = defineCheck({
  meta: {
    id: "repetition",
    description:
      "Text printed twice in a row: a doubled word (the the), a line printed again as the next line, a short sentence repeated nearby, an item repeated in one list (in the source, or in a list claim).",
    docs: "docs/rules/repetition.md",
  },
  options,
  document(doc, text, _corpus, o): RawFinding[] {
    return [
      // Repeats of each kind are told apart from each other's (see \`distinct\`), so all are read or none.
      ...(o.kinds.some((k) => k !== "cut short") ? sourceFindings(doc, text, o) : []),
      ...(o.kinds.includes("list item") ? claimFindings(doc) : []),
      ...(o.kinds.includes("cut short") ? cutShortFindings(doc, text, o) : []),
    ];
  },
});
