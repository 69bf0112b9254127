import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { LoadedDocument } from "../model/corpus.js";
import type { DocumentText, TextLine } from "../text/document-text.js";

const options = z.strictObject({
  minFollowing: z
    .number()
    .int()
    .min(1)
    .default(2)
    .describe(
      'A numbering that does not start at one is reported only when at least this many items follow it in order (II, III, IV): a lone number at a line\'s start is as likely a date or a wrapped figure ("19. 02. 2015").',
    ),
});
type Options = z.infer<typeof options>;

type Kind = "arabic" | "roman";

/** A line that opens with a section or paragraph number: "1.", "2)", "II.". */
interface Item {
  kind: Kind;
  value: number;
  label: string;
  line: number;
}

const MARKER = /^\s*(\d{1,2}|[IVX]{1,5})[.)]\s/;
const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** The value of a Roman numeral, or undefined when the letters are not one (IIII, VX). */
export function romanValue(s: string): number | undefined {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] ?? ""] ?? 0;
    const next = ROMAN[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  const canonical = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
  const tens = ["", "X", "XX", "XXX"];
  return `${tens[Math.floor(total / 10)] ?? ""}${canonical[total % 10] ?? ""}` === s ? total : undefined;
}

function itemOf(l: TextLine): Item | undefined {
  const m = MARKER.exec(l.text);
  const label = m?.[1];
  if (!label) return undefined;
  if (/^\d/.test(label)) return { kind: "arabic", value: Number(label), label, line: l.line };
  const value = romanValue(label);
  return value === undefined ? undefined : { kind: "roman", value, label, line: l.line };
}

interface Break {
  item: Item;
  what: string;
}

const ordinalFirst = (k: Kind): string => (k === "roman" ? "I" : "1");

/**
 * Where a document's numbering breaks, per kind (Roman sections, Arabic paragraphs): a numbering
 * that starts past one, a number skipped, and a list of one item. An Arabic list may restart at
 * one (each section numbers its own paragraphs); a number that neither continues nor restarts the
 * list, and is not followed in order, is a number at a line's start, not an item.
 */
function breaksOf(items: readonly Item[], o: Options): Break[] {
  const out: Break[] = [];
  for (const kind of ["roman", "arabic"] as const) {
    const mine = items.filter((i) => i.kind === kind);
    const runs: Item[][] = [];
    for (const it of mine) {
      const run = runs.at(-1);
      const last = run?.at(-1);
      if (run && last && it.value === last.value + 1) run.push(it);
      else runs.push([it]);
    }
    runs.forEach((run, r) => {
      const first = run[0];
      if (!first) return;
      const previous = runs[r - 1]?.at(-1);
      // Arabic only: a lone "I." at a line start is a first name's initial ("I. Aliyev").
      if (kind === "arabic" && first.value === 1 && run.length === 1 && !runs[r + 1])
        out.push({ item: first, what: `a numbered list of one item, "${first.label}."` });
      if (first.value === 1 || run.length - 1 < o.minFollowing) return;
      out.push(
        previous && previous.value < first.value - 1
          ? { item: first, what: `"${first.label}." after "${previous.label}.": the numbers between are missing` }
          : { item: first, what: `numbering that starts at "${first.label}.", with no "${ordinalFirst(kind)}."` },
      );
    });
  }
  return out.sort((a, b) => a.item.line - b.item.line);
}

function inDocument(doc: LoadedDocument, text: DocumentText, o: Options): RawFinding[] {
  const id = doc.record.id;
  const items = text.lines.flatMap((l) => itemOf(l) ?? []);
  return breaksOf(items, o).map(({ item, what }) => {
    const ref = { document: id, source: item.line, text: `${item.label}.` };
    return {
      subject: id,
      key: `${item.kind}|${item.line}`,
      message: `${id} prints ${what} (line ${item.line}).`,
      values: [{ value: `${item.label}.`, refs: [ref] }],
      refs: [ref],
    };
  });
}

export const numberedSequence = defineCheck({
  meta: {
    id: "numbered-sequence",
    description: "A document whose numbered sections or paragraphs break their order: numbering that starts past one, numbers skipped, a list of one item.",
    docs: "docs/rules/numbered-sequence.md",
  },
  options,
  document(doc, text, _corpus, o: Options): RawFinding[] {
    return inDocument(doc, text, o);
  },
});
