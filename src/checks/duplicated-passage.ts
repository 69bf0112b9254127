import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { Corpus } from "../model/corpus.js";
import { corpusCounts } from "../text/corpus-counts.js";
import { formatNumber } from "../text/format.js";
import { sharedPassageGroups, type DocumentPair, type PassageGroup, type SharedPassageOptions } from "../text/shared-passages.js";
import type { DocumentWords, ProseWords } from "../text/prose-words.js";

/** Reporting words that attribute the rest of a sentence to someone else, like quotation marks. */
export const ATTRIBUTION_CUES = ["according to", "wrote", "writes", "said", "says", "reported", "reports"];

const options = z.strictObject({
  scope: z.enum(["within", "across"]).describe("A passage printed twice inside one document, or passages shared between documents."),
  words: z.number().int().min(4).max(50).default(8).describe("How many words in a row make a shared passage."),
  maxGap: z
    .number()
    .int()
    .min(0)
    .default(40)
    .describe("(within) A repeat must start at most this many words after the first copy ends: printed twice, not quoted again."),
  minWords: z
    .number()
    .int()
    .min(1)
    .default(14)
    .describe("(across) Words of shared passages two documents need before they are reported; stock wording and quotations both print do not count."),
  maxSharers: z.number().int().min(2).default(25).describe("(across) A run printed in more documents than this is boilerplate, not evidence of copying."),
  boilerplateWords: z.number().int().min(2).max(50).default(8).describe("(across) Length in words of the phrases stock wording is learnt from."),
  boilerplateShare: z
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe("(across) A phrase printed by more than this share of the documents of one type is that type's stock wording, not evidence."),
  boilerplateMinDocuments: z
    .number()
    .int()
    .min(2)
    .default(3)
    .describe("(across) ... when at least this many documents of the type print it: a pair alone cannot tell stock wording from copying."),
  attribution: z
    .array(z.string().min(1))
    .default(ATTRIBUTION_CUES)
    .describe("(across) Reporting words: the rest of a sentence after one is someone else's words, like a quotation."),
  showPairs: z.number().int().min(1).default(3).describe("(across) Pairs a group's finding names, most shared words first; the rest are counted."),
});

type Options = z.infer<typeof options>;

/** The options of the text layer's shared-passage search, from a rule's options. */
export function sharedPassageOptions(raw: unknown): SharedPassageOptions | undefined {
  const parsed = options.safeParse(raw ?? {});
  return parsed.success && parsed.data.scope === "across" ? searchOptions(parsed.data) : undefined;
}

function searchOptions(o: Options): SharedPassageOptions {
  return {
    words: o.words,
    minWords: o.minWords,
    maxSharers: o.maxSharers,
    boilerplateWords: o.boilerplateWords,
    boilerplateShare: o.boilerplateShare,
    boilerplateMinDocuments: o.boilerplateMinDocuments,
    cues: o.attribution,
  };
}

interface Repeat {
  text: string;
  /** Word index where the first copy starts. */
  first: number;
  firstLine: number;
  againLine: number;
}

function sameWords(ids: Int32Array, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (ids[a + k] !== ids[b + k]) return false;
  return true;
}

/** Runs of n-word windows seen before (at least n words earlier), merged into passages. */
function repeatsWithin(words: DocumentWords, prose: ProseWords, n: number, maxGap: number): Repeat[] {
  const { ids, lines } = words;
  const seen = new Map<number, number>();
  const out: Repeat[] = [];
  let run: { start: number; first: number; end: number } | undefined;
  const flush = (): void => {
    if (!run) return;
    out.push({
      text: Array.from(ids.subarray(run.start, run.end + n), (id) => prose.word(id)).join(" "),
      first: run.first,
      firstLine: lines[run.first] ?? 0,
      againLine: lines[run.start] ?? 0,
    });
    run = undefined;
  };
  // Windows as 53-bit hashes (no string per window); a hash met again is confirmed word by word,
  // and a collision is read as a window not seen before.
  const hashes = prose.windows(ids, n);
  for (let i = 0; i < hashes.length; i++) {
    const k = hashes[i] ?? 0;
    const met = seen.get(k);
    const prev = met !== undefined && sameWords(ids, met, i, n) ? met : undefined;
    if (prev !== undefined && i - prev >= n && i - prev - n <= maxGap) {
      // A run is flushed at the first window that is no repeat, so one still open ends at i - 1.
      if (run) run.end = i;
      else run = { start: i, first: prev, end: i };
    } else {
      flush();
      if (met === undefined) seen.set(k, i);
    }
  }
  flush();
  return out;
}

/** Where the record's title is printed among the document's words: [start, end). */
function headline(ids: Int32Array, prose: ProseWords, title: string): [number, number] | undefined {
  const t = [...title.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => prose.idOfWord(m[0].toLowerCase()));
  if (t.length === 0) return undefined;
  for (let i = 0; i + t.length <= ids.length; i++) if (t.every((w, k) => ids[i + k] === w)) return [i, i + t.length];
  return undefined;
}

function within(corpus: Corpus, n: number, maxGap: number): RawFinding[] {
  const prose = corpusCounts(corpus).prose;
  return corpus.documents.flatMap((doc) => {
    const id = doc.record.id;
    const words = prose.of(id);
    // A headline restated in the lead is how news is written, not a passage printed twice: the
    // first copy starts inside the printed headline (or lies in the title where it is not printed).
    const title = doc.record.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");
    const head = headline(words.ids, prose, doc.record.title);
    const inHead = (r: Repeat): boolean => title.includes(r.text) || (head !== undefined && r.first >= head[0] && r.first < head[1]);
    return repeatsWithin(words, prose, n, maxGap)
      .filter((r) => !inHead(r))
      .map((r) => {
        const refs = [
          { document: id, source: r.firstLine },
          { document: id, source: r.againLine },
        ];
        return {
          subject: id,
          key: `within|${r.againLine}|${r.text.slice(0, 40)}`,
          message: `${id} prints the passage "${r.text}" at line ${r.firstLine} and again at line ${r.againLine}.`,
          values: [{ value: r.text, refs }],
          refs,
        };
      });
  });
}

/** A long passage as its first eight and last six words. */
function shorten(text: string): string {
  const w = text.split(" ");
  return w.length <= 16 ? text : `${w.slice(0, 8).join(" ")} … ${w.slice(-6).join(" ")}`;
}

const plural = (n: number, one: string, many: string): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** "share 3 passages, 120 words in all, the longest of 60 words "…" (lines 10 and 20)". */
function shares(p: DocumentPair): string {
  const longest = [...p.passages].sort((x, y) => y.words - x.words || x.lineA - y.lineA)[0];
  if (!longest) return "share no passage";
  const where = `"${shorten(longest.text)}" (lines ${longest.lineA} and ${longest.lineB})`;
  const what =
    p.passages.length === 1
      ? `share 1 passage of ${plural(p.words, "word", "words")}, ${where}`
      : `share ${formatNumber(p.passages.length)} passages, ${formatNumber(p.words)} words in all, the longest of ${formatNumber(longest.words)} words ${where}`;
  const quoted = p.quotations.length === 0 ? "" : ` (besides ${plural(p.quotations.length, "quotation", "quotations")} both print)`;
  return what + quoted;
}

/** A group's subject: its documents, the first three and a count when there are more than four. */
function subjectOf(documents: readonly string[]): string {
  return documents.length <= 4 ? documents.join(" / ") : `${documents.slice(0, 3).join(" / ")} and ${documents.length - 3} more`;
}

/** One finding per group: the pairs that share most, named with their longest passage; the rest counted. */
function groupFinding(g: PassageGroup, showPairs: number): RawFinding {
  const shown = g.pairs.slice(0, showPairs);
  const rest = g.pairs.slice(showPairs);
  const named = shown.map((p) => `${p.a} and ${p.b} ${shares(p)}`).join("; ");
  const more =
    rest.length === 0
      ? ""
      : `; ${plural(rest.length, "more pair shares", "more pairs share")} ${plural(
          rest.reduce((s, p) => s + p.words, 0),
          "word",
          "words",
        )}`;
  const message =
    g.documents.length === 2
      ? `${named}: one reproduces text of the other, or both reproduce a common source.`
      : `${formatNumber(g.documents.length)} documents share passages (one reproduces text of another, or they reproduce a common source): ${named}${more}.`;
  // A passage several pairs share is one value with every place that prints it.
  const values = new Map<string, Ref[]>();
  for (const p of shown)
    for (const s of p.passages) {
      const refs = values.get(s.text) ?? [];
      for (const [document, source] of [
        [p.a, s.lineA],
        [p.b, s.lineB],
      ] as const)
        if (!refs.some((r) => r.document === document && r.source === source)) refs.push({ document, source, text: shorten(s.text) });
      values.set(s.text, refs);
    }
  return {
    subject: subjectOf(g.documents),
    key: "across",
    message,
    values: [...values].map(([value, refs]) => ({ value, refs })),
    refs: [...values.values()].flat(),
  };
}

export const duplicatedPassage = defineCheck({
  meta: {
    id: "duplicated-passage",
    description: "A passage printed twice inside one document; separately, groups of documents that share passages (which documents copy which).",
    docs: "docs/rules/duplicated-passage.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    if (o.scope === "within") return within(corpus, o.words, o.maxGap);
    return sharedPassageGroups(corpus, searchOptions(o)).map((g) => groupFinding(g, o.showPairs));
  },
});
