import type { RawFinding, Ref } from "../engine/check.js";
import { compareText } from "../text/normalize.js";
import { addTo } from "../model/multimap.js";

/** One place a name is printed in one of its spellings. */
export interface SpeltAt {
  spelling: string;
  document: string;
  line: number;
  /** The words as printed there. */
  text: string;
  /** A gloss of another spelling ("Khankendi (Stepanakert)"): naming both on purpose, not mixing them. */
  gloss?: boolean;
  /** The given name printed directly before this use ("Samir" in "Samir Abbaslu"), when there is one. */
  person?: string;
}

/**
 * Spellings that each follow given names the others never follow ("Samir Abbaslu", "Elnur Abbasli")
 * name different people, not one name spelt two ways. Every use must have its given name: one
 * bare use may be either person.
 */
export function differentPeople(spellings: readonly (readonly [string, readonly SpeltAt[]])[]): boolean {
  const seen = new Map<string, string>();
  for (const [spelling, uses] of spellings)
    for (const u of uses) {
      if (u.person === undefined) return false;
      const other = seen.get(u.person);
      if (other !== undefined && other !== spelling) return false;
      seen.set(u.person, spelling);
    }
  return true;
}

const times = (n: number): string => `${n} time${n === 1 ? "" : "s"}`;
const documents = (n: number): string => `${n} document${n === 1 ? "" : "s"}`;
const ways = (n: number): string => (n === 2 ? "two" : String(n));

function bySpelling(at: readonly SpeltAt[]): [string, SpeltAt[]][] {
  const out = new Map<string, SpeltAt[]>();
  for (const o of at) addTo(out, o.spelling, o);
  // Most used first, then code point: no spelling is preferred.
  return [...out].sort(([a, x], [b, y]) => y.length - x.length || compareText(a, b));
}

/** Lines named in a message; every line is a location. */
const SHOWN_LINES = 6;

const docCount = (os: readonly SpeltAt[]): number => new Set(os.map((o) => o.document)).size;
function firstPerDocument(os: readonly SpeltAt[]): Ref[] {
  const out = new Map<string, Ref>();
  for (const o of os) if (!out.has(o.document)) out.set(o.document, { document: o.document, source: o.line, text: o.text });
  return [...out.values()];
}

/** Each line a spelling is printed on, once: every use is a place to correct. */
function everyUse(os: readonly SpeltAt[]): Ref[] {
  return [...new Map(os.map((o) => [`${o.document}:${o.line}:${o.text}`, { document: o.document, source: o.line, text: o.text }])).values()];
}

/**
 * The spelling the others depart from: used more often than any other and in at least as many
 * documents. None when two spellings are used as often (then no use is singled out).
 */
export function usualSpelling(spellings: readonly (readonly [string, readonly SpeltAt[]])[]): string | undefined {
  const [first, ...rest] = spellings;
  if (!first) return undefined;
  const docs = docCount(first[1]);
  return rest.every(([, os]) => os.length < first[1].length && docCount(os) <= docs) ? first[0] : undefined;
}

/**
 * A name's spellings across documents, shown once as a table (each spelling, its count and the
 * documents that print it) instead of a finding per pair. The subject and key are the name's, so
 * the finding keeps its fingerprint whatever spellings come and go.
 */
export function spellingTable(name: string, subject: string, key: string | undefined, at: readonly SpeltAt[]): RawFinding | undefined {
  const spellings = bySpelling(at);
  // A table is for spellings that differ between documents: when one spelling is in every document,
  // the others stand beside it inside documents, and each such document is a finding of its own.
  const docs = new Set(at.map((a) => a.document));
  const common = spellings.some(([, os]) => new Set(os.map((o) => o.document)).size === docs.size);
  if (spellings.length < 2 || common) return undefined;
  const summary = spellings.map(([s, os]) => `"${s}" ${times(os.length)} in ${documents(docCount(os))}`);
  // The usual spelling is the reference, not a place to correct: the locations are every use of the
  // others. With no usual spelling, the first use of each spelling in each document.
  const usual = usualSpelling(spellings);
  const located = (s: string, os: readonly SpeltAt[]): Ref[] => (usual === undefined ? firstPerDocument(os) : s === usual ? [] : everyUse(os));
  return {
    subject,
    ...(key === undefined ? {} : { key }),
    message: `${name} is spelt ${ways(spellings.length)} ways across documents: ${summary.join("; ")}.`,
    values: spellings.map(([s, os]) => ({ value: s, refs: s === usual ? firstPerDocument(os) : located(s, os) })),
    refs: spellings.flatMap(([s, os]) => located(s, os)),
    table: true,
  };
}

/**
 * A document that prints one name two ways (a gloss aside) is a finding of its own, one per document.
 * Its locations are the uses that depart from the usual spelling: the corpus's when the document uses
 * it, else the document's own; every use when neither has one.
 */
export function mixedInDocument(name: string, subject: string, at: readonly SpeltAt[]): RawFinding[] {
  const byDocument = new Map<string, SpeltAt[]>();
  for (const o of at) if (!o.gloss) addTo(byDocument, o.document, o);
  const corpusUsual = usualSpelling(bySpelling(at));
  return [...byDocument]
    .sort(([a], [b]) => compareText(a, b))
    .flatMap(([document, os]) => {
      const spellings = bySpelling(os);
      if (spellings.length < 2 || differentPeople(spellings)) return [];
      const lines = (xs: readonly SpeltAt[]): number[] => [...new Set(xs.map((o) => o.line))];
      const summary = spellings.map(([s, xs]) => {
        const ls = lines(xs);
        const shown = ls.length > SHOWN_LINES ? `${ls.slice(0, SHOWN_LINES).join(", ")} and ${ls.length - SHOWN_LINES} more` : ls.join(", ");
        return `"${s}" ${times(xs.length)} (line${ls.length === 1 ? "" : "s"} ${shown})`;
      });
      const usual = spellings.some(([s]) => s === corpusUsual) ? corpusUsual : usualSpelling(spellings);
      return [
        {
          subject,
          key: `in:${document}`,
          message: `${document} spells ${name} ${ways(spellings.length)} ways: ${summary.join("; ")}.`,
          values: spellings.map(([s, xs]) => ({ value: s, refs: everyUse(xs) })),
          refs: spellings.flatMap(([s, xs]) => (s === usual ? [] : everyUse(xs))),
        },
      ];
    });
}
