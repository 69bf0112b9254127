import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agreementData } from "../src/report/agreement-data.js";
import { checkCorpus } from "../src/cli/check-corpus.js";
import type { Claim } from "../src/model/claim.js";
import type { FactEntry } from "../src/model/registry.js";
import { agreementSvg, shownRows } from "../src/report/agreement.js";
import { chartSvg } from "../src/report/chart.js";
import { emptyContext, type ReportContext } from "../src/report/context.js";
import { SHOWN_ROWS } from "../src/report/limits.js";
import type { Finding } from "../src/model/report.js";
import { renderMarkdown } from "../src/report/markdown.js";
import { formatFigure, formatNumber } from "../src/text/format.js";
import { corpus, doc, figure } from "./helpers/build-corpus.js";

const PINNED = join(import.meta.dirname, "fixtures", "agreement", "small.svg");

const n = (fact: string, value: number, qualifier?: "over" | "about"): Claim => figure(fact, value, qualifier);
const vague = (fact: string): Claim => ({ kind: "vague", fact, value: "hundreds", quote: "hundreds", line: 1 });
const dated = (id: string, iso: string, claims: Claim[]) => {
  const d = doc(id, claims);
  return { ...d, record: { ...d.record, date: { printed: iso, iso, precision: "day" as const } } };
};
const fact = (key: string, label: string): [string, FactEntry] => [key, { key, label, meaning: label, unit: "people" }];

function small() {
  const c = corpus([
    dated("2009-01-01-b", "2009-01-01", [n("killed.total", 613), n("wounded", 1000)]),
    dated("1994-01-01-a", "1994-01-01", [n("killed.total", 335), n("wounded", 1000)]),
    dated("2010-01-01-c", "2010-01-01", [n("killed.total", 613, "about")]),
    doc("undated-d", [vague("killed.total"), n("killed.total", 613)]),
    dated("2011-01-01-e", "2011-01-01", [n("mentioned.number", 7)]),
  ]);
  return { ...c, facts: new Map([fact("killed.total", "Killed, all ages"), fact("wounded", "Wounded"), fact("mentioned.number", "Other figure")]) };
}

describe("the agreement picture", () => {
  it("puts documents in date order against the most-stated facts, each cell related to the value most documents state", () => {
    const a = agreementData(small());
    expect(a.facts).toEqual([
      { key: "killed.total", label: "Killed, all ages", mostStated: "613" },
      { key: "wounded", label: "Wounded", mostStated: "1000" },
    ]);
    expect(a.rows.map((r) => [r.document, r.cells.map((c) => `${c.relation}:${c.value}`)])).toEqual([
      ["1994-01-01-a", ["differs:335", "agrees:1000"]],
      ["2009-01-01-b", ["agrees:613", "agrees:1000"]],
      ["2010-01-01-c", ["agrees:about 613", "none:"]],
      ["undated-d", ["agrees:hundreds / 613", "none:"]],
    ]);
  });

  it("relates a figure behind a qualifier to the same bare figure as agreeing (over 613 and 613), a different one as differing", () => {
    const c = corpus([
      dated("2001-01-01-a", "2001-01-01", [n("killed.total", 613)]),
      dated("2002-01-01-b", "2002-01-01", [n("killed.total", 613)]),
      dated("2003-01-01-c", "2003-01-01", [n("killed.total", 613, "over")]),
      dated("2004-01-01-d", "2004-01-01", [n("killed.total", 700, "over")]),
    ]);
    const a = agreementData({ ...c, facts: new Map([fact("killed.total", "Killed, all ages")]) });
    expect(a.rows.map((r) => r.cells.map((x) => `${x.relation}:${x.value}`).join())).toEqual([
      "agrees:613",
      "agrees:613",
      "agrees:over 613",
      "differs:over 700",
    ]);
  });

  it("is the same bytes every time, pinned for a small corpus", () => {
    const svg = agreementSvg(agreementData(small()));
    expect(agreementSvg(agreementData(small()))).toBe(svg);
    if (process.env["UPDATE_PINNED"] === "1") writeFileSync(PINNED, svg);
    expect(svg).toBe(readFileSync(PINNED, "utf8"));
  });

  it("tells each relation by pattern and words, not by colour alone", () => {
    const svg = agreementSvg(agreementData(small()));
    for (const words of ["agrees with the value most documents state", "differs from it (hatched)", "only an order of magnitude", "not stated"])
      expect(svg).toContain(words);
    expect(svg).toContain('fill="url(#agreement-hatch)"');
    expect(svg).toContain('fill="url(#agreement-dots)"');
    expect(svg).not.toMatch(/#(?:ff0000|00ff00|c00|0a0|008000)\b/i);
  });
});

describe("numbers for readers", () => {
  it("groups digits in quantities and leaves dates and identifiers alone", () => {
    expect([1275, 1200000, 613, 12.5, 1000].map(formatNumber)).toEqual(["1,275", "1,200,000", "613", "12.5", "1,000"]);
    expect(["over 1000000", "about 1275", "1993-07-20", "S/RES/853", "hundreds", "1200000"].map(formatFigure)).toEqual([
      "over 1,000,000",
      "about 1,275",
      "1993-07-20",
      "S/RES/853",
      "hundreds",
      "1,200,000",
    ]);
  });
});

describe("the markdown report's first screen", () => {
  it("holds the counts, the agreement picture and the most disagreed facts within 60 lines, headings unique and not skipping levels", () => {
    const result = checkCorpus(join(import.meta.dirname, ".."), "2025-01-01");
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const md = renderMarkdown(result.report, result.context);
    const first = md.split("\n").slice(0, 60).join("\n");
    expect(first).toMatch(/^\*\*\d[\d,]* findings\*\* in 55 documents with 1,\d{3} claims/m);
    expect(first).toContain("![Agreement between documents");
    expect(first).toContain("## Most disagreed facts");
    expect(first).toContain("| Killed, all ages (`killed.total`) |");
    const headings = md.split("\n").filter((l) => /^#{1,6} /.test(l));
    const levels = headings.map((l) => l.indexOf(" "));
    levels.forEach((level, i) => {
      expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    });
    const mine = headings.filter((l) => /^## (Agreement between documents|Most disagreed facts|Variant tables)$/.test(l));
    expect(mine).toEqual(["## Agreement between documents", "## Most disagreed facts", "## Variant tables"]);
  }, 180_000);
});

describe("the agreement picture, what it leaves out", () => {
  const row = (i: number, relation: "agrees" | "differs" | "none") => ({
    document: `doc-${String(i).padStart(4, "0")}`,
    title: `Document ${i}`,
    date: `2010-01-${String((i % 28) + 1).padStart(2, "0")}`,
    cells: [{ value: relation === "differs" ? "83" : "63", relation }],
  });
  const facts = [{ key: "killed.children", label: "Killed, children", mostStated: "63" }];

  it("says how many of the documents it shows, and names each row by its title with the id on hover", () => {
    const svg = agreementSvg(agreementData(small()));
    expect(svg).toContain("Shows 4 of the 5 documents: those that state one of these facts.");
    expect(svg).toContain("<title>2009-01-01-B (2009-01-01-b)</title>");
  });

  it("draws at most a hundred rows, those that differ first, and says so", () => {
    const rows = Array.from({ length: 150 }, (_, i) => row(i, i % 10 === 0 ? "differs" : "agrees"));
    const a = { facts, rows, documents: 400 };
    expect(shownRows(a)).toHaveLength(SHOWN_ROWS);
    expect(shownRows(a).filter((r) => r.cells[0]?.relation === "differs")).toHaveLength(15);
    expect(agreementSvg(a)).toContain(
      "Shows 100 of the 400 documents: 150 state one of these facts; those that differ from the value most documents state come first.",
    );
    expect(shownRows({ facts, rows: rows.slice(0, SHOWN_ROWS) })).toHaveLength(SHOWN_ROWS);
  });

  it("links a cell that differs to the finding about its fact inside the page, as a group a screen reader enters", () => {
    const a = { facts, rows: [row(1, "agrees"), row(2, "differs")], documents: 2 };
    const svg = agreementSvg(a, { links: { "killed.children": "#finding=abc" } });
    expect(svg.match(/<a href="#finding=abc">/g)).toHaveLength(1);
    expect(svg).toContain('role="group"');
    expect(agreementSvg(a)).toContain('role="img"');
    expect(agreementSvg(a)).not.toContain("<a ");
  });
});

describe("the chart of a disagreed figure", () => {
  const ctx = (documents: Record<string, { date?: string }>): ReportContext => ({
    ...emptyContext(),
    rules: { "figure-conflict": { check: "figure-conflict", description: "", docs: "", rationale: "", severity: "warning" } },
    facts: { "killed.total": { label: "Killed, all ages", quantity: true } },
    documents: Object.fromEntries(Object.entries(documents).map(([id, d]) => [id, { title: `Title of ${id}`, type: "news-report", file: "", ...d }])),
  });
  const f = (values: [string, string[]][]): Finding => ({
    id: "0000000000000001",
    rule: "figure-conflict",
    severity: "warning",
    acknowledged: false,
    subject: "killed.total",
    message: "m",
    values: values.map(([value, documents]) => ({ value, documents })),
    locations: [],
  });
  const docs = { a: { date: "1994-02-24" }, b: { date: "2008-02-26" }, c: { date: "2008-02-26" }, d: {}, e: { date: "2012-01-01" } };

  it("groups digits on the axis and in the legend, sorts the legend by value and names the fact by its label", () => {
    const svg =
      chartSvg(
        f([
          ["1275", ["e"]],
          ["613", ["b"]],
          ["over 1000", ["a"]],
        ]),
        ctx(docs),
      ) ?? "";
    expect([...svg.matchAll(/<rect x="476"[^>]*\/><text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1])).toEqual(["613", "over 1,000", "1,275"]);
    expect(svg).toContain(">1,000</text>");
    expect(svg).toContain("<title>Killed, all ages: stated values by document date</title>");
  });

  it("draws documents at one place as one mark with their count, undated documents in a band, vague values in a note", () => {
    const svg =
      chartSvg(
        f([
          ["hundreds", ["a", "e"]],
          ["613", ["b", "c", "d"]],
          ["485", ["a"]],
        ]),
        ctx(docs),
      ) ?? "";
    expect(svg).toMatch(/<title>613: 2 documents: Title of b \(2008-02-26\); Title of c \(2008-02-26\)<\/title><circle[^>]*r="8"[^>]*\/><text[^>]*>2<\/text>/);
    expect(svg).toContain(">undated</text>");
    expect(svg).toContain("<title>613: Title of d (undated)</title>");
    expect(svg).toContain("Not drawn, no figure: &quot;hundreds&quot; (2 documents).");
    expect(
      chartSvg(
        f([
          ["613", ["b"]],
          ["485", ["a"]],
        ]),
        ctx(docs),
      ),
    ).not.toContain("undated");
  });

  it("sets marks of two values at one place side by side, never one over the other", () => {
    const svg =
      chartSvg(
        f([
          ["613", ["b"]],
          ["over 613", ["c"]],
          ["485", ["a"]],
        ]),
        ctx(docs),
      ) ?? "";
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]) }));
    const top = Math.min(...circles.map((c) => c.cy));
    const at613 = circles.filter((c) => c.cy === top);
    expect(at613).toHaveLength(2);
    expect(Math.abs((at613[0]?.cx ?? 0) - (at613[1]?.cx ?? 0))).toBeGreaterThanOrEqual(18);
  });
});
