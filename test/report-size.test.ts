import { describe, expect, it } from "vitest";
import type { Finding, Report } from "../src/model/report.js";
import { buildReport } from "../src/report/build.js";
import { emptyContext, type Agreement, type ReportContext } from "../src/report/context.js";
import { excerpts } from "../src/report/excerpts.js";
import { renderHtml } from "../src/report/html.js";
import {
  MIN_LOCATIONS,
  SARIF_LOCATIONS,
  SARIF_RESULTS,
  SHOWN_LOCATIONS,
  SHOWN_LOCATIONS_PER_RULE,
  SHOWN_PER_RULE,
  shownFindings,
} from "../src/report/limits.js";
import { renderMarkdown } from "../src/report/markdown.js";
import { renderSarif } from "../src/report/sarif.js";
import type { Corpus } from "../src/model/corpus.js";
import { formatNumber } from "../src/text/format.js";

const DOCUMENTS = 50_000;
const FINDINGS = 100_000;
const RULES = Array.from({ length: 18 }, (_, i) => (i === 0 ? "figure-conflict" : `rule-${String(i).padStart(2, "0")}`));
const SOURCE = "data/sources/big.txt";
const docId = (i: number): string => `2010-02-${String((i % 28) + 1).padStart(2, "0")}-generated-document-${i}`;

function location(d: number, line: number): Finding["locations"][number] {
  return { document: docId(d), file: `data/documents/${docId(d)}.yaml`, line: 12, source: { file: SOURCE, line }, quote: `Khojlay ${line}` };
}

/** Every hundredth finding, and the first of each rule, at 5,000 places; every rule's findings in report order. */
function finding(i: number): Finding {
  const rule = RULES[i % RULES.length] ?? "rule";
  const many = i < RULES.length || i % 100 === 0;
  const count = many ? 5_000 : 3;
  const locations = Array.from({ length: count }, (_, k) => location((i * 7 + k) % DOCUMENTS, ((i * 13 + k * 2) % 190_000) + 1));
  const values =
    rule === "figure-conflict"
      ? [
          { value: "613", documents: locations.slice(0, count - 1).map((l) => l.document), locations: locations.slice(0, count - 1).map((_, k) => k) },
          { value: "83", documents: [locations[count - 1]?.document ?? ""], locations: [count - 1] },
        ]
      : [{ value: `Khojlay ${i}`, documents: [locations[0]?.document ?? ""] }];
  return {
    id: i.toString(16).padStart(16, "0"),
    rule,
    severity: i % 3 === 0 ? "warning" : "info",
    acknowledged: false,
    subject: rule === "figure-conflict" ? `fact.${i}` : docId(i % DOCUMENTS),
    message: `"Khojlay" is close to "Khojaly" but is no known spelling of Khojaly: a probable typo (finding ${i}).`,
    values,
    locations,
  };
}

function bigReport(): { report: Report; ctx: ReportContext } {
  const findings = Array.from({ length: FINDINGS }, (_, i) => finding(i)).sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === "warning" ? -1 : 1) || a.rule.localeCompare(b.rule) || a.id.localeCompare(b.id),
  );
  const lines = Array.from({ length: 200_000 }, (_, n) =>
    n % 2 === 1 ? "" : `Line ${n + 1} of the text mentions Khojlay ${n + 1} and the events of February.`,
  );
  const documents = Object.fromEntries(
    Array.from({ length: DOCUMENTS }, (_, i) => [
      docId(i),
      { title: `GENERATED DOCUMENT NUMBER ${i} ABOUT THE EVENTS`, type: "news-report", date: docId(i).slice(0, 10), file: `data/documents/${docId(i)}.yaml` },
    ]),
  );
  const facts = Array.from({ length: 8 }, (_, j) => ({ key: `fact.${j}`, label: `Fact ${j}`, mostStated: "613" }));
  const agreement: Agreement = {
    facts,
    rows: Array.from({ length: DOCUMENTS }, (_, i) => ({
      document: docId(i),
      title: `GENERATED DOCUMENT NUMBER ${i}`,
      date: docId(i).slice(0, 10),
      cells: facts.map((_, j) => ({ value: (i + j) % 50 === 0 ? "83" : "613", relation: (i + j) % 50 === 0 ? ("differs" as const) : ("agrees" as const) })),
    })),
    documents: DOCUMENTS,
  };
  const rules = Object.fromEntries(
    RULES.map((r) => [r, { check: r, description: `Rule ${r}.`, docs: `docs/rules/${r}.md`, rationale: "Why.", severity: "info" as const }]),
  );
  const ctx: ReportContext = {
    ...emptyContext(),
    documents,
    rules,
    agreement,
    facts: Object.fromEntries(Array.from({ length: FINDINGS }, (_, i) => [`fact.${i}`, { label: `Fact ${i}`, quantity: true }])),
    excerpts: excerpts(new Map([[SOURCE, lines]]), shownFindings(findings).findings),
  };
  const corpus = { documents: Array.from({ length: DOCUMENTS }, () => ({ record: { claims: [] } })) } as unknown as Corpus;
  return { report: buildReport(corpus, findings), ctx };
}

describe("reports of a corpus of fifty thousand documents", () => {
  const { report, ctx } = bigReport();
  const mb = (s: string): number => Buffer.byteLength(s) / 1e6;

  it("shows the first findings of each rule within a budget of locations, and counts the rest", () => {
    const view = shownFindings(report.findings);
    expect(view.findings).toHaveLength(RULES.length * SHOWN_PER_RULE);
    expect(Object.values(view.omitted).reduce((a, b) => a + b, 0)).toBe(FINDINGS - RULES.length * SHOWN_PER_RULE);
    for (const rule of RULES) {
      const of = view.findings.filter((f) => f.rule === rule);
      const spent = of.reduce((n, f) => n + f.locations.length, 0);
      expect(spent).toBeLessThanOrEqual(SHOWN_LOCATIONS_PER_RULE + SHOWN_PER_RULE * MIN_LOCATIONS);
      expect(Math.max(...of.map((f) => f.locations.length))).toBeLessThanOrEqual(SHOWN_LOCATIONS);
    }
  });

  it("writes an HTML page under 5 MB and markdown under 2 MB", () => {
    const html = renderHtml(report, ctx);
    const md = renderMarkdown(report, ctx);
    expect(mb(html)).toBeLessThan(5);
    expect(mb(md)).toBeLessThan(2);
    const left = report.findings.filter((f) => f.rule === "rule-01").length - SHOWN_PER_RULE;
    expect(html).toContain(`${formatNumber(left)} of <code>rule-01</code>`);
    expect(md).toContain("more findings of this rule, listed in the JSON report");
    expect(html).toContain("Shows 100 of the 50,000 documents");
  }, 120_000);

  it("writes SARIF code scanning accepts: at most 5,000 results, the most severe, none with more than 1,000 locations", () => {
    const sarif = JSON.parse(renderSarif(report, ctx)) as {
      runs: {
        results: { level: string; locations: unknown[]; relatedLocations: unknown[]; message: { text: string } }[];
        properties?: { omittedResults: number };
      }[];
    };
    const run = sarif.runs[0];
    const results = run?.results ?? [];
    expect(results).toHaveLength(SARIF_RESULTS);
    expect(run?.properties?.omittedResults).toBe(FINDINGS - SARIF_RESULTS);
    expect(results.every((r) => r.level === "warning")).toBe(true);
    for (const r of results) expect(r.locations.length + r.relatedLocations.length).toBeLessThanOrEqual(SARIF_LOCATIONS);
    const capped = results.find((r) => r.relatedLocations.length === SARIF_LOCATIONS - 1);
    expect(capped?.message.text).toMatch(/\(9,000 more locations are in the JSON report\.\)$/);
  }, 60_000);
});
