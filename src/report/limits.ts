import type { Finding, Report } from "../model/report.js";

/**
 * Findings of one rule the markdown and HTML reports show in full, in the report's order (severity,
 * then subject); the rest are counted and the JSON report lists them all. The real corpus's busiest
 * rule has 27 (grammar-pattern), so nothing of it is left out; a corpus of fifty thousand documents
 * stays a page a person can open.
 */
export const SHOWN_PER_RULE = 30;

/** Locations of one finding shown in the markdown and HTML reports (the real corpus's largest has 79); the rest are counted. */
export const SHOWN_LOCATIONS = 100;

/**
 * Locations shown for all the findings of one rule together (the real corpus's busiest rule has 255);
 * once they are spent, each further finding shows its first `MIN_LOCATIONS`.
 */
export const SHOWN_LOCATIONS_PER_RULE = 300;
export const MIN_LOCATIONS = 6;

/** Documents named in one row of a value table; the rest are counted. */
export const SHOWN_DOCUMENTS = 100;

/** Documents the agreement picture draws as rows (the real corpus has fewer than 55); the picture says how many it leaves out. */
export const SHOWN_ROWS = 100;

/** GitHub code scanning shows at most 5,000 results of a run; the SARIF log keeps the most severe. */
export const SARIF_RESULTS = 5000;

/** GitHub code scanning rejects a result with more than 1,000 locations, related locations included. */
export const SARIF_LOCATIONS = 1000;

/** What a report shows of its findings, and what it leaves to the JSON report. */
export interface Shown {
  /** The findings shown, each with at most `SHOWN_LOCATIONS` locations, in the report's order. */
  findings: Finding[];
  /** Findings left out, by rule. */
  omitted: Record<string, number>;
  /** Locations left out, by finding id. */
  omittedLocations: Record<string, number>;
}

/** A finding with at most `n` locations; a value keeps the indexes of the locations kept. */
export function withLocations(f: Finding, n: number): Finding {
  if (f.locations.length <= n) return f;
  return {
    ...f,
    locations: f.locations.slice(0, n),
    values: f.values.map((v) => (v.locations ? { ...v, locations: v.locations.filter((i) => i < n) } : v)),
  };
}

/** The first `SHOWN_PER_RULE` findings of each rule, each with its first locations (`SHOWN_LOCATIONS`, within the rule's `SHOWN_LOCATIONS_PER_RULE`). */
export function shownFindings(findings: readonly Finding[]): Shown {
  const perRule = new Map<string, number>();
  const spent = new Map<string, number>();
  const shown: Finding[] = [];
  const omitted: Record<string, number> = {};
  const omittedLocations: Record<string, number> = {};
  for (const f of findings) {
    const n = perRule.get(f.rule) ?? 0;
    perRule.set(f.rule, n + 1);
    if (n >= SHOWN_PER_RULE) {
      omitted[f.rule] = (omitted[f.rule] ?? 0) + 1;
      continue;
    }
    const used = spent.get(f.rule) ?? 0;
    const keep = Math.min(f.locations.length, SHOWN_LOCATIONS, Math.max(MIN_LOCATIONS, SHOWN_LOCATIONS_PER_RULE - used));
    spent.set(f.rule, used + keep);
    if (keep < f.locations.length) omittedLocations[f.id] = f.locations.length - keep;
    shown.push(withLocations(f, keep));
  }
  return { findings: shown, omitted, omittedLocations };
}

/** The report's findings as shown: what the markdown and HTML renderers list. */
export const shownOf = (r: Report): Shown => shownFindings(r.findings);
