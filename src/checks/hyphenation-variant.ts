import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { DocumentText, Token } from "../text/document-text.js";
import { compareText } from "../text/normalize.js";
import { addTo } from "../model/multimap.js";

const options = z.strictObject({
  minParts: z.number().int().min(2).default(2).describe("A hyphenated compound has at least this many parts."),
});
type Options = z.infer<typeof options>;

/** One printing of a compound: its parts as printed, and how they are joined. */
export interface Printing {
  /** The form, case folded, separators kept: "secretary-general", "secretary general", "cooperation". */
  form: string;
  printed: string;
  line: number;
}

const capitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
// A word broken at a line end is the text layer's to join; an address is no prose.
const plain = (t: Token | undefined): t is Token => t !== undefined && t.shape === "word" && !t.address && !t.tail && t.split === undefined;

/** The hyphenated compounds of a document: runs of words joined by hyphens on one line ("Secretary-General"). */
export function hyphenated(tokens: readonly Token[], minParts: number): Token[][] {
  const out: Token[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!plain(first) || first.hyphenBefore) continue;
    const run = [first];
    for (let k = i; tokens[k]?.hyphenAfter && plain(tokens[k + 1]) && tokens[k + 1]?.line === first.line; k++) run.push(tokens[k + 1] as Token);
    if (run.length >= minParts && !run[run.length - 1]?.hyphenAfter) out.push(run);
    i += run.length - 1;
  }
  return out;
}

const keyOf = (parts: readonly Token[]): string => parts.map((t) => t.lower).join("");

/** Words standing alone, joined to neither neighbour by a hyphen. */
const alone = (t: Token | undefined): t is Token => plain(t) && !t.hyphenBefore && !t.hyphenAfter;

/** `n` words from `i` on, each alone, separated by spaces only on one line ("Secretary General"). */
function spaced(text: DocumentText, lineText: ReadonlyMap<number, string>, i: number, n: number): Token[] | undefined {
  const run: Token[] = [];
  for (let k = i; k < i + n; k++) {
    const t = text.tokens[k];
    const prev = run[run.length - 1];
    if (!alone(t)) return undefined;
    if (prev && (t.line !== prev.line || t.sentence !== prev.sentence || !/^ +$/.test((lineText.get(t.line) ?? "").slice(prev.col + prev.text.length, t.col))))
      return undefined;
    run.push(t);
  }
  return run;
}

/**
 * Every printing, in one document, of the compounds it hyphenates: the hyphenated ones, the same
 * letters closed up as one word ("cooperation" beside "co-operation"), and, for a compound every
 * part of which is capitalised (a title or a name), the same words apart ("Secretary General").
 * Lower-case words apart are left out: "well known" and "follow up" are the grammar of another
 * position, not another spelling.
 */
export function printingsOf(text: DocumentText, minParts: number): Map<string, Printing[]> {
  const out = new Map<string, Printing[]>();
  const compounds = hyphenated(text.tokens, minParts);
  // Titles by their first word: each word looks up only the titles it can start.
  const titles = new Map<string, Set<string>>();
  for (const parts of compounds) {
    const key = keyOf(parts);
    const printed = parts.map((t) => t.text).join("-");
    addTo(out, key, { form: printed.toLowerCase(), printed, line: parts[0]?.line ?? 0 });
    const first = parts[0]?.lower ?? "";
    if (parts.every(capitalised)) titles.set(first, (titles.get(first) ?? new Set()).add(parts.map((p) => p.lower).join(" ")));
  }
  const lineText = new Map(text.lines.map((l) => [l.line, l.text]));
  text.tokens.forEach((t, i) => {
    if (!alone(t)) return;
    if (out.has(t.lower)) addTo(out, t.lower, { form: t.lower, printed: t.text, line: t.line });
    for (const parts of titles.get(t.lower) ?? []) {
      const words = parts.split(" ");
      const run = spaced(text, lineText, i, words.length);
      if (!run?.every(capitalised) || run.some((r, k) => r.lower !== words[k])) continue;
      const printed = run.map((r) => r.text).join(" ");
      addTo(out, words.join(""), { form: printed.toLowerCase(), printed, line: t.line });
    }
  });
  return out;
}

const times = (n: number): string => `${n} time${n === 1 ? "" : "s"}`;

/** The forms of one compound, most printed first, then by code point. */
function byForm(ps: readonly Printing[]): [string, Printing[]][] {
  const out = new Map<string, Printing[]>();
  for (const p of ps) addTo(out, p.form, p);
  return [...out].sort(([a, x], [b, y]) => y.length - x.length || compareText(a, b));
}

function findingOf(id: string, key: string, forms: readonly [string, Printing[]][]): RawFinding {
  const refsOf = (ps: readonly Printing[]): Ref[] => [
    ...new Map(ps.map((p) => [`${p.line}:${p.printed}`, { document: id, source: p.line, text: p.printed }])).values(),
  ];
  const [first, second] = forms;
  // The form printed more often than each other is the document's own; the others are its slips.
  const usual = first && second && first[1].length > second[1].length ? first[0] : undefined;
  const summary = forms.map(([, ps]) => {
    const lines = [...new Set(ps.map((p) => p.line))];
    return `"${ps[0]?.printed ?? ""}" ${times(ps.length)} (line${lines.length === 1 ? "" : "s"} ${lines.join(", ")})`;
  });
  return {
    subject: id,
    key,
    message: `${id} prints one compound ${forms.length === 2 ? "two" : forms.length} ways: ${summary.join("; ")}.`,
    values: forms.map(([, ps]) => ({ value: ps[0]?.printed ?? "", refs: refsOf(ps) })),
    refs: forms.flatMap(([form, ps]) => (form === usual ? [] : refsOf(ps))),
  };
}

function inDocument(id: string, text: DocumentText, o: Options): RawFinding[] {
  return [...printingsOf(text, o.minParts)]
    .map(([key, ps]) => [key, byForm(ps)] as const)
    .filter(([, forms]) => forms.length > 1)
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, forms]) => findingOf(id, key, forms));
}

export const hyphenationVariant = defineCheck({
  meta: {
    id: "hyphenation-variant",
    description:
      "A document that prints one compound two ways: hyphenated and closed up (co-operation, cooperation), hyphenated at different places (Chair-man-in-Office, Chairman-in-Office), or, for a capitalised title or name, hyphenated and apart (Secretary-General, Secretary General).",
    docs: "docs/rules/hyphenation-variant.md",
  },
  options,
  document(doc, text, _corpus, o): RawFinding[] {
    return inDocument(doc.record.id, text, o);
  },
});
