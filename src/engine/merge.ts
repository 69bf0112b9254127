import type { Finding, FindingLocation, RelatedView } from "../model/report.js";
import type { MergeGroup, Severity } from "../model/rules.js";
import { addTo } from "../model/multimap.js";

/** Source text by file, index 0 holding line 1 (the corpus's `sources`). */
export type SourceLines = ReadonlyMap<string, readonly string[]>;

/** Where a location's words stand: character offsets into its source file, its lines joined by "\n". */
interface Span {
  file: string;
  start: number;
  end: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Offsets of each line's first character in a source file, computed once per file. */
function lineStarts(sources: SourceLines): (file: string) => readonly number[] {
  const cache = new Map<string, number[]>();
  return (file) => {
    const hit = cache.get(file);
    if (hit) return hit;
    const starts: number[] = [];
    let at = 0;
    for (const l of sources.get(file) ?? []) {
      starts.push(at);
      at += l.length + 1;
    }
    cache.set(file, starts);
    return starts;
  };
}

/**
 * The spans of a location's words: every place its quote stands on its source line (case folded),
 * or the whole line when it has no quote or the quote is not on the line (a word broken at a line end).
 */
function spansOf(l: FindingLocation, sources: SourceLines, starts: (file: string) => readonly number[]): Span[] {
  if (!l.source) return [];
  const { file, line } = l.source;
  const text = sources.get(file)?.[line - 1] ?? "";
  const base = starts(file)[line - 1] ?? 0;
  const whole = [{ file, start: base, end: base + text.length }];
  const quote = l.quote?.toLowerCase();
  if (!quote) return whole;
  const lower = text.toLowerCase();
  const all: number[] = [];
  for (let i = lower.indexOf(quote); i >= 0; i = lower.indexOf(quote, i + 1)) all.push(i);
  // A word stands where it is a whole word ("а" inside "саn" is not the word "а"), unless it is nowhere whole.
  const edge = (c: string | undefined): boolean => c === undefined || !/[\p{L}\p{N}]/u.test(c);
  const words = all.filter((i) => edge(lower[i - 1]) && edge(lower[i + quote.length]));
  const at = words.length > 0 ? words : all;
  return at.length > 0 ? at.map((i) => ({ file, start: base + i, end: base + i + quote.length })) : whole;
}

const locationKey = (l: FindingLocation): string => `${l.file}:${l.line}:${l.source?.line ?? 0}:${l.quote ?? ""}`;

/** The text of a source file between two offsets; each file is joined once. */
function betweenIn(sources: SourceLines): (file: string, from: number, to: number) => string {
  const joined = new Map<string, string>();
  return (file, from, to) => {
    const text = joined.get(file) ?? (sources.get(file) ?? []).join("\n");
    joined.set(file, text);
    return text.slice(from, to);
  };
}

type Overlap = (a: Finding, b: Finding) => boolean;

function overlapOf(same: MergeGroup["same"], sources: SourceLines): Overlap {
  const starts = lineStarts(sources);
  const between = betweenIn(sources);
  const spans = new Map<Finding, Span[]>();
  const of = (f: Finding): Span[] => {
    const hit = spans.get(f);
    if (hit) return hit;
    const s = f.locations.flatMap((l) => spansOf(l, sources, starts));
    spans.set(f, s);
    return s;
  };
  if (same === "location") {
    return (a, b) => {
      const keys = new Set(a.locations.map(locationKey));
      return b.locations.some((l) => keys.has(locationKey(l)));
    };
  }
  const touching = (x: Span, y: Span): boolean => {
    if (x.file !== y.file) return false;
    if (x.start < y.end && y.start < x.end) return true;
    if (same === "words") return false;
    // One phrase: nothing but white space (a line break included) between the two.
    const [first, second] = x.start <= y.start ? [x, y] : [y, x];
    return first.end <= second.start && second.start - first.end <= 200 && /^\s*$/.test(between(x.file, first.end, second.start));
  };
  return (a, b) => of(a).some((x) => of(b).some((y) => touching(x, y)));
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
  return i;
}

/** The owner of merged findings: the rule listed first, then the most severe, the most located, the first in report order. */
function ownerOrder(group: MergeGroup, compare: (a: Finding, b: Finding) => number): (a: Finding, b: Finding) => number {
  const rank = (f: Finding): number => group.rules.indexOf(f.rule);
  return (a, b) => rank(a) - rank(b) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.locations.length - a.locations.length || compare(a, b);
}

function mergeInto(owner: Finding, others: readonly Finding[]): Finding {
  if (others.length === 0) return owner;
  const related: RelatedView[] = [...(owner.related ?? []), ...others.flatMap((o) => [{ rule: o.rule, id: o.id, message: o.message }, ...(o.related ?? [])])];
  related.sort((a, b) => cmp(a.rule, b.rule) || cmp(a.id, b.id) || cmp(a.message, b.message));
  const severity = [owner, ...others].map((f) => f.severity).sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])[0] ?? owner.severity;
  return { ...owner, severity, related };
}

/**
 * One defect, one finding: findings of the rules of one merge group that are about the same words
 * (as the group says) become one, owned by the most specific rule, with the others' views inside
 * it. Which rules merge and which explains better is data (rules/); this step knows no rule. A
 * finding that merges with nothing is returned as it was, id and all.
 */
export function mergeFindings(
  findings: readonly Finding[],
  groups: readonly MergeGroup[],
  sources: SourceLines,
  compare: (a: Finding, b: Finding) => number,
): Finding[] {
  let out = [...findings];
  for (const group of groups) {
    const members = out.filter((f) => group.rules.includes(f.rule));
    if (members.length < 2) continue;
    const overlap = overlapOf(group.same, sources);
    const parent = members.map((_, i) => i);
    members.forEach((a, i) => {
      for (let j = i + 1; j < members.length; j++) {
        const b = members[j];
        if (!b || (a.rule === b.rule && group.withinRule !== true) || find(parent, i) === find(parent, j)) continue;
        if (overlap(a, b)) parent[find(parent, j)] = find(parent, i);
      }
    });
    const components = new Map<number, Finding[]>();
    members.forEach((f, i) => {
      addTo(components, find(parent, i), f);
    });
    const merged = [...components.values()].map((c) => {
      const [owner, ...others] = [...c].sort(ownerOrder(group, compare));
      return owner ? mergeInto(owner, others) : undefined;
    });
    const inGroup = new Set(members);
    out = [...out.filter((f) => !inGroup.has(f)), ...merged.filter((f): f is Finding => f !== undefined)];
  }
  return out.sort(compare);
}
