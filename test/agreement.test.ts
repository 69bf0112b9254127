import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agreementData } from "../src/report/agreement-data.js";
import { checkCorpus } from "../src/cli/check-corpus.js";
import type { Claim } from "../src/model/claim.js";
import type { FactEntry } from "../src/model/registry.js";
import { agreementSvg } from "../src/report/agreement.js";
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
