import type { EvalCategory } from "../model/evaluation.js";
import { evalCategory } from "../model/evaluation.js";
import type { Report } from "../model/report.js";
import { addTo } from "../model/multimap.js";

/** One hand annotation, with where it is written (for messages a person can open). */
export interface Annotation {
  document: string;
  line: number;
  related: readonly number[];
  category: EvalCategory;
  text: string;
  note: string;
  /** The annotation file and the YAML line of this entry. */
  file: string;
  at: number;
  /** Added after a finding showed it (`found-by: tool`): counted for precision, not for recall. */
  byTool?: boolean;
}

/** An annotated document: findings located inside its lines are counted. */
export interface Scope {
  document: string;
  source: string;
  first: number;
  last: number;
}

/** One location of one finding inside an annotated document, with every source line it covers. */
export interface SpanLocation {
  rule: string;
  finding: string;
  document: string;
  lines: readonly number[];
  message: string;
  quote?: string;
}

export interface Row {
  category: EvalCategory | "all";
  /** Annotations a reader found; those added after a finding showed them are not counted for recall. */
  annotations: number;
  found: number;
  recall: number | null;
  locations: number;
  correct: number;
  precision: number | null;
}

export interface EvalResult {
  rows: Row[];
  /** Every annotation with the rules whose findings found it (empty: missed). */
  annotations: { annotation: Annotation; foundBy: string[] }[];
  /** Counted locations that match no annotation of their rule's categories. */
  unmatched: SpanLocation[];
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/**
 * The source lines a quote covers, starting at its first line. A quote may run over several lines
 * (only whitespace differs), so lines are added until their joined text contains it; a quote that is
 * not there (the quote-in-source rule reports that) covers its first line only.
 */
export function quoteSpan(lines: readonly string[], first: number, quote: string | undefined, maxLines = 40): number[] {
  if (!quote) return [first];
  const want = squash(quote);
  let joined = "";
  for (let n = 0; n < maxLines && first - 1 + n < lines.length; n++) {
    joined = squash(`${joined} ${lines[first - 1 + n] ?? ""}`);
    if (joined.includes(want)) return Array.from({ length: n + 1 }, (_, i) => first + i);
  }
  return [first];
}

/** The report's locations that fall inside annotated documents; the others are not counted. */
export function locationsIn(report: Report, sources: ReadonlyMap<string, readonly string[]>, scopes: readonly Scope[]): SpanLocation[] {
  const byDocument = new Map(scopes.map((s) => [s.document, s]));
  return report.findings.flatMap((f) =>
    f.locations.flatMap((l) => {
      const scope = byDocument.get(l.document);
      if (!scope || !l.source || l.source.file !== scope.source || l.source.line < scope.first || l.source.line > scope.last) return [];
      const lines = quoteSpan(sources.get(l.source.file) ?? [], l.source.line, l.quote);
      return [{ rule: f.rule, finding: f.id, document: l.document, lines, message: f.message, ...(l.quote ? { quote: l.quote } : {}) }];
    }),
  );
}

/** Annotations by document and line, each reachable from its own line and from its related lines. */
function indexByLine(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const index = new Map<string, Annotation[]>();
  for (const a of annotations) {
    for (const line of new Set([a.line, ...a.related])) {
      const key = `${a.document}\u0000${line}`;
      addTo(index, key, a);
    }
  }
  return index;
}

/** The annotations a location touches whose category its rule detects. */
function touched(loc: SpanLocation, index: ReadonlyMap<string, Annotation[]>, categories: readonly EvalCategory[]): Annotation[] {
  const out = new Set<Annotation>();
  for (const line of loc.lines) {
    for (const a of index.get(`${loc.document}\u0000${line}`) ?? []) if (categories.includes(a.category)) out.add(a);
  }
  return [...out];
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

/**
 * Compares findings with annotations. An annotation is found when a location of a rule mapped to its
 * category covers its line or one of its related lines in the same document; a location is correct
 * when it covers such a line of an annotation of one of its rule's categories. A correct location
 * counts in the rows of the categories it matched (an OCR finding on an OCR annotation is no wrong
 * spelling finding); a wrong one counts against every category of its rule. Recall counts only the
 * annotations a reader found; precision counts every annotation. Locations of rules mapped to no
 * category are not counted. Pure: the same inputs give the same result.
 */
export function evaluate(
  annotations: readonly Annotation[],
  locations: readonly SpanLocation[],
  mapping: ReadonlyMap<string, readonly EvalCategory[]>,
): EvalResult {
  const index = indexByLine(annotations);
  const foundBy = new Map<Annotation, Set<string>>(annotations.map((a) => [a, new Set<string>()]));
  const counted = locations.filter((l) => (mapping.get(l.rule) ?? []).length > 0);
  const hits = counted.map((loc) => {
    const matched = touched(loc, index, mapping.get(loc.rule) ?? []);
    for (const a of matched) foundBy.get(a)?.add(loc.rule);
    return { loc, categories: new Set(matched.map((a) => a.category)) };
  });
  const row = (category: EvalCategory | "all"): Row => {
    const mine = annotations.filter((a) => a.byTool !== true && (category === "all" || a.category === category));
    const found = mine.filter((a) => (foundBy.get(a)?.size ?? 0) > 0).length;
    const inRow = (h: (typeof hits)[number], c: EvalCategory): boolean =>
      h.categories.size === 0 ? (mapping.get(h.loc.rule) ?? []).includes(c) : h.categories.has(c);
    const locs = hits.filter((h) => category === "all" || inRow(h, category));
    const correct = locs.filter((h) => (category === "all" ? h.categories.size > 0 : h.categories.has(category))).length;
    return {
      category,
      annotations: mine.length,
      found,
      recall: ratio(found, mine.length),
      locations: locs.length,
      correct,
      precision: ratio(correct, locs.length),
    };
  };
  return {
    rows: [...evalCategory.options.map(row), row("all")],
    annotations: annotations.map((a) => ({ annotation: a, foundBy: [...(foundBy.get(a) ?? [])].sort() })),
    unmatched: hits.filter((h) => h.categories.size === 0).map((h) => h.loc),
  };
}
