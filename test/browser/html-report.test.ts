import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding, Report } from "../../src/model/report.js";
import { diffReports, emptyContext, type ReportContext } from "../../src/report/context.js";
import { renderHtml } from "../../src/report/html.js";

const require = createRequire(import.meta.url);
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const finding = (id: string, rule: string, severity: Finding["severity"], document: string, quote: string): Finding => ({
  id,
  rule,
  severity,
  acknowledged: false,
  subject: document,
  message: `A finding of ${rule}.`,
  values: [{ value: quote, documents: [document] }],
  locations: [{ document, file: `data/documents/${document}.yaml`, line: 3, source: { file: "data/sources/s.txt", line: 7 }, quote }],
});

const report: Report = {
  version: 1,
  corpus: { documents: 2, claims: 3 },
  summary: { error: 1, warning: 1, info: 1, acknowledged: 0 },
  findings: [
    finding("0000000000000001", "quote-in-source", "error", "doc-a", "<script>window.__pwned = true</script>"),
    finding("0000000000000002", "figure-conflict", "warning", "doc-b", "a | b | `c` [d](e)"),
    finding("0000000000000003", "mixed-script", "info", "doc-a", "АN оп"),
  ],
};

const SOURCE = {
  4: "line four",
  5: "line five",
  6: "line six",
  7: "before the quote <script>window.__pwned = true</script>",
  8: "line eight",
  9: "line nine",
  10: "line ten",
  // A quote that runs over two lines: highlighted on both.
  20: "figures say a | b |",
  21: "`c` [d](e) and more",
};

const context: ReportContext = { ...emptyContext(), excerpts: { "data/sources/s.txt": SOURCE } };

const report2: Report = {
  ...report,
  findings: report.findings.map((f, i) =>
    i === 1 ? { ...f, locations: f.locations.map((l) => ({ ...l, source: { file: "data/sources/s.txt", line: 20 }, quote: "a | b | `c` [d](e)" })) } : f,
  ),
};

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: .ci/run installs Debian's chromium; set CHROMIUM_PATH elsewhere`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser.close();
});

describe("the HTML report in a real browser", () => {
  it("loads with no console errors and no requests, shows hostile quotes as text, and filters", async () => {
    const dir = mkdtempSync(join(tmpdir(), "html-"));
    const file = join(dir, "report.html");
    writeFileSync(file, renderHtml(report, emptyContext()));
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) problems.push(`request ${r.url()}`);
    });
    await page.goto(`file://${file}`);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (globalThis as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator(".quote").first().textContent()).toBe("<script>window.__pwned = true</script>");
    expect(await page.locator(".quote").nth(1).textContent()).toBe("a | b | `c` [d](e)");
    expect(await page.locator("#shown").textContent()).toBe("3");
    await page.selectOption("#f-rule", "figure-conflict");
    expect(await page.locator(".finding:visible").count()).toBe(1);
    await page.selectOption("#f-rule", "");
    await page.selectOption("#f-severity", "info");
    expect(await page.locator(".finding:visible").getAttribute("data-rule")).toBe("mixed-script");
    await page.selectOption("#f-severity", "");
    await page.selectOption("#f-document", "doc-a");
    expect(await page.locator("#shown").textContent()).toBe("2");
    await page.close();
  }, 60_000);

  it("opens a location's source lines in the page with the quote highlighted, and links to the claim", async () => {
    const page = await open(renderHtml(report2, context));
    const first = page.locator("#f-0000000000000001");
    await first.locator("button.src").click();
    const pre = first.locator("pre.source");
    expect(await pre.isVisible()).toBe(true);
    expect(await pre.locator(".n").allTextContents()).toEqual(["4", "5", "6", "7", "8", "9", "10"]);
    expect(await pre.locator("mark").allTextContents()).toEqual(["<script>window.__pwned = true</script>"]);
    expect(await page.evaluate(() => (globalThis as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await first.locator("a[href$='doc-a.yaml#L3']").count()).toBe(1);
    expect(page.url()).toContain("finding=0000000000000001&source=0");
    await first.locator("button.src").click();
    expect(await first.locator("pre.source").count()).toBe(0);
    const second = page.locator("#f-0000000000000002");
    await second.locator("button.src").click();
    expect(await second.locator("pre.source mark").allTextContents()).toEqual(["a | b |", "`c` [d](e)"]);
    await page.close();
  }, 60_000);

  it("keeps filters, the open finding and its source view in the URL fragment, across a reload and as a link", async () => {
    const page = await open(renderHtml(report2, context));
    await page.selectOption("#f-severity", "warning");
    expect(new URL(page.url()).hash).toBe("#severity=warning");
    await page.reload();
    expect(await page.locator("#f-severity").inputValue()).toBe("warning");
    expect(await page.locator(".finding:visible").count()).toBe(1);
    await page.locator("#f-0000000000000002 button.src").click();
    const link = page.url();
    const other = await browser.newPage();
    await other.goto(link);
    expect(await other.locator("#f-severity").inputValue()).toBe("warning");
    expect(await other.locator(".finding.current").getAttribute("data-id")).toBe("0000000000000002");
    expect(await other.locator(".finding.current pre.source").isVisible()).toBe(true);
    await other.close();
    await page.close();
  }, 60_000);

  it("moves between the findings shown with j and k", async () => {
    const page = await open(renderHtml(report2, context));
    const currentId = (): Promise<string | null> => page.locator(".finding.current").getAttribute("data-id");
    await page.keyboard.press("j");
    expect(await currentId()).toBe("0000000000000001");
    await page.keyboard.press("j");
    expect(await currentId()).toBe("0000000000000002");
    expect(page.url()).toContain("finding=0000000000000002");
    await page.keyboard.press("k");
    expect(await currentId()).toBe("0000000000000001");
    await page.selectOption("#f-document", "doc-a");
    await page.locator("h1").click();
    await page.keyboard.press("j");
    expect(await currentId()).toBe("0000000000000003");
    await page.keyboard.press("j");
    expect(await currentId()).toBe("0000000000000003");
    await page.close();
  }, 60_000);
});

/** axe-core's violations at or above moderate impact, as "rule-id: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  const result = await page.evaluate(async () => {
    const g = globalThis as unknown as {
      document: unknown;
      axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }> };
    };
    return (await g.axe.run(g.document)).violations;
  });
  return result
    .filter((v) => v.impact === "critical" || v.impact === "serious" || v.impact === "moderate")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

describe("accessibility (axe-core)", () => {
  for (const [name, width, height] of [
    ["desktop", 1440, 900],
    ["phone", 390, 844],
  ] as const) {
    it(`has no critical, serious or moderate violation at ${name} width with a source excerpt open, and no sideways scroll`, async () => {
      const page = await open(renderHtml(report2, { ...context, diff: diffReports(report2, report2, "origin/main") }));
      await page.setViewportSize({ width, height });
      await page.locator("#f-0000000000000002 button.src").click();
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => {
        const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return root.scrollWidth - root.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      const bar = await page.locator(".filters").boundingBox();
      if (name === "phone") expect(bar?.height ?? 0).toBeLessThanOrEqual(height / 10);
      await page.close();
    }, 60_000);
  }
});

describe("the real corpus's report (reports/consistency-report.html)", () => {
  for (const [name, width, height] of [
    ["desktop", 1440, 900],
    ["phone", 390, 844],
  ] as const) {
    it(`passes axe-core at ${name} width with an excerpt open, and does not scroll sideways`, async () => {
      const page = await open(readFileSync(join(import.meta.dirname, "../../reports/consistency-report.html"), "utf8"));
      await page.setViewportSize({ width, height });
      await page.locator(".finding button.src").first().click();
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => {
        const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return root.scrollWidth - root.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      const bar = await page.locator(".filters").boundingBox();
      expect(bar?.height ?? height).toBeLessThanOrEqual(height / 10);
      await page.close();
    }, 120_000);
  }
});

describe("the real report's first screen", () => {
  it("links to the first warning within the first screen, and shows a figure conflict's value per document", async () => {
    const page = await open(readFileSync(join(import.meta.dirname, "../../reports/consistency-report.html"), "utf8"));
    await page.setViewportSize({ width: 1440, height: 900 });
    const first = await page.locator("#start ol.start a").first().boundingBox();
    expect((first?.y ?? 1e9) + (first?.height ?? 0)).toBeLessThanOrEqual(900);
    const conflict = page.locator(".finding[data-rule='figure-conflict']").first();
    expect(await conflict.locator("thead th").first().textContent()).toBe("value");
    const values = await conflict.locator("tbody td.v").allTextContents();
    expect(values.length).toBe(await conflict.locator("tbody tr").count());
    expect(new Set(values).size).toBeGreaterThan(1);
    await page.close();
  }, 120_000);
});

describe("where a reviewer starts", () => {
  it("lists the errors and warnings first, each linking to its finding, with the counts per rule, inside landmarks", async () => {
    const page = await open(renderHtml(report2, context));
    expect(await page.locator("nav[aria-label='Contents'] a").allTextContents()).toEqual(["Start here", "Findings"]);
    expect(await page.locator("main #start h2").textContent()).toBe("Start here: 1 error and 1 warning");
    const items = page.locator("#start ol.start li");
    expect(await items.allTextContents()).toEqual([
      "error doc-a: <script>window.__pwned = true</script> (1 document; quote-in-source)",
      "warning doc-b: a | b | `c` [d](e) (1 document; figure-conflict)",
    ]);
    await items.nth(1).locator("a").click();
    expect(await page.locator(".finding.current").getAttribute("data-id")).toBe("0000000000000002");
    expect(await page.locator("#start table tbody tr").allTextContents()).toEqual([
      "figure-conflict0100",
      "mixed-script0010",
      "quote-in-source1000",
      "all1110",
    ]);
    expect(await page.locator(".finding h3").count()).toBe(3);
    await page.close();
  }, 60_000);
});

describe("the HTML report against a base", () => {
  const base: Report = {
    ...report2,
    findings: [
      ...report2.findings.slice(0, 1),
      ...report2.findings.slice(1, 2).map((f) => ({ ...f, message: "Before." })),
      finding("0000000000000009", "date-conflict", "warning", "doc-b", "1993"),
    ],
  };
  const ctx: ReportContext = { ...context, diff: diffReports(base, report2, "origin/main") };

  it("opens with the base's counts, filters by status in the URL fragment and lists resolved findings with their last values", async () => {
    const page = await open(renderHtml(report2, ctx));
    expect(await page.locator("p strong").first().textContent()).toBe("Against origin/main: 1 new, 1 changed, 1 resolved.");
    await page.selectOption("#f-status", "new");
    expect(await page.locator(".finding:visible").getAttribute("data-id")).toBe("0000000000000003");
    expect(new URL(page.url()).hash).toBe("#status=new");
    await page.selectOption("#f-status", "changed");
    expect(await page.locator(".finding:visible").getAttribute("data-id")).toBe("0000000000000002");
    await page.selectOption("#f-status", "unchanged");
    expect(await page.locator("#shown").textContent()).toBe("1");
    await page.reload();
    expect(await page.locator("#f-status").inputValue()).toBe("unchanged");
    const resolved = page.locator("h2:has-text('Resolved against origin/main') + ul li");
    expect(await resolved.count()).toBe(1);
    expect(await resolved.textContent()).toContain("Last values: 1993 (doc-b)");
    await page.close();
  }, 60_000);

  it("has no status filter without a base", async () => {
    const page = await open(renderHtml(report2, context));
    expect(await page.locator("#f-status").count()).toBe(0);
    expect(await page.locator("#shown").textContent()).toBe("3");
    await page.close();
  }, 60_000);
});

async function open(html: string): Promise<Page> {
  const file = join(mkdtempSync(join(tmpdir(), "html-")), "report.html");
  writeFileSync(file, html);
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) problems.push(`request ${r.url()}`);
  });
  await page.goto(`file://${file}`);
  expect(problems).toEqual([]);
  return page;
}

describe("the reviewer's page: values, links, filters and history", () => {
  const at = (document: string, line: number, quote: string) => ({
    document,
    file: `data/documents/${document}.yaml`,
    line: 5,
    source: { file: "data/sources/s.txt", line },
    quote,
  });
  const conflict: Finding = {
    id: "00000000000000f1",
    rule: "figure-conflict",
    severity: "warning",
    acknowledged: false,
    subject: "killed.children",
    message: 'Documents give incompatible figures for Killed, children (killed.children): "63" (2 documents); "83" (doc-b).',
    values: [
      { value: 63, documents: ["doc-a", "doc-c"], locations: [0, 2] },
      { value: 83, documents: ["doc-b"], locations: [1] },
    ],
    locations: [at("doc-a", 4, "63 children"), at("doc-b", 6, "83 children"), at("doc-c", 8, "63 children")],
  };
  const repeated: Finding = { ...finding("00000000000000f2", "repetition", "info", "doc-a", "that that"), acknowledged: true };
  const typo: Finding = finding("00000000000000f3", "spelling", "info", "doc-c", "Khojlay");
  const page3: Report = {
    version: 1,
    corpus: { documents: 3, claims: 9 },
    summary: { error: 0, warning: 1, info: 1, acknowledged: 1 },
    findings: [conflict, repeated, typo],
  };
  const doc = (title: string, date: string) => ({ title, type: "news-report", date, file: "" });
  const ctx: ReportContext = {
    ...emptyContext(),
    documents: { "doc-a": doc("APPEAL A", "2009-02-26"), "doc-b": doc("REPORT B", "2008-02-26"), "doc-c": doc("STATEMENT C", "2010-02-26") },
    rules: {
      "figure-conflict": {
        check: "figure-conflict",
        description: "Figures that disagree.",
        docs: "docs/rules/figure-conflict.md",
        rationale: "r",
        severity: "warning",
      },
    },
    facts: { "killed.children": { label: "Killed, children", quantity: true } },
    agreement: {
      facts: [{ key: "killed.children", label: "Killed, children", mostStated: "63" }],
      rows: [
        { document: "doc-b", title: "REPORT B", date: "2008-02-26", cells: [{ value: "83", relation: "differs" }] },
        { document: "doc-a", title: "APPEAL A", date: "2009-02-26", cells: [{ value: "63", relation: "agrees" }] },
        { document: "doc-c", title: "STATEMENT C", date: "2010-02-26", cells: [{ value: "63", relation: "agrees" }] },
      ],
      documents: 3,
    },
    excerpts: {
      "data/sources/s.txt": Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [
          i + 1,
          i === 3 || i === 7 ? "of them 63 children" : i === 5 ? "of them 83 children" : `text line ${i + 1} that that Khojlay`,
        ]),
      ),
    },
  };
  const html = renderHtml(page3, ctx);

  it("shows the value each document states in a figure conflict, grouped by value, then by date", async () => {
    const page = await open(html);
    const table = page.locator("#f-00000000000000f1");
    expect(await table.locator("tbody td.v").allTextContents()).toEqual(["63", "63", "83"]);
    expect(await table.locator("tbody td:nth-child(2)").allTextContents()).toEqual([
      "APPEAL A (2009-02-26)",
      "STATEMENT C (2010-02-26)",
      "REPORT B (2008-02-26)",
    ]);
    expect(await page.locator("#f-00000000000000f1 thead th").first().textContent()).toBe("value");
    await page.close();
  }, 60_000);

  it("links each value's source line in the disagreed facts to its finding with the excerpt open, not the finding's text again", async () => {
    const page = await open(html);
    const section = page.locator("#disagreed + section");
    expect(await section.locator("p").textContent()).toBe("Reported by finding 00000000000000f1 (figure-conflict).");
    expect(await section.locator("td a").allTextContents()).toEqual(["L4", "L8", "L6"]);
    await section.locator("td a", { hasText: "L6" }).click();
    expect(await page.locator(".finding.current").getAttribute("data-id")).toBe("00000000000000f1");
    expect(await page.locator(".finding.current pre.source mark").allTextContents()).toEqual(["83 children"]);
    await page.close();
  }, 60_000);

  it("links the agreement picture's cell that differs to its finding and says how many documents it shows", async () => {
    const page = await open(html);
    expect(await page.locator("#agreement + figure svg").getAttribute("role")).toBe("group");
    expect(await page.locator("#agreement + figure svg text", { hasText: "Shows 3 of the 3 documents" }).count()).toBe(1);
    await page.locator("#agreement + figure svg a").click();
    expect(await page.locator(".finding.current").getAttribute("data-id")).toBe("00000000000000f1");
    await page.close();
  }, 60_000);

  it("counts on every filter what the summary counts, sets acknowledged findings apart and says when nothing matches", async () => {
    const page = await open(html);
    expect(await page.locator("#f-severity option").allTextContents()).toEqual(["all severities", "error (0)", "warning (1)", "info (1)", "acknowledged (1)"]);
    expect(await page.locator("header p").textContent()).toContain("0 errors, 1 warning, 1 info, 1 acknowledged.");
    expect(await page.locator(".finding.acknowledged").getAttribute("data-id")).toBe("00000000000000f2");
    await page.selectOption("#f-severity", "info");
    expect(await page.locator(".finding:visible").getAttribute("data-id")).toBe("00000000000000f3");
    await page.selectOption("#f-severity", "");
    await page.locator("#f-ack").check();
    expect(await page.locator("#shown").textContent()).toBe("2");
    expect(page.url()).toContain("ack=hide");
    expect(await page.locator("#none").isVisible()).toBe(false);
    await page.selectOption("#f-rule", "repetition");
    expect(await page.locator("#shown").textContent()).toBe("0");
    expect(await page.locator("#none").textContent()).toBe("No finding matches these filters.");
    expect(await page.locator("#none").isVisible()).toBe(true);
    await page.close();
  }, 60_000);

  it("makes each filter change a history entry, so Back returns to the view before it", async () => {
    const page = await open(html);
    await page.selectOption("#f-severity", "info");
    await page.selectOption("#f-rule", "spelling");
    expect(await page.locator("#shown").textContent()).toBe("1");
    await page.goBack();
    expect(await page.locator("#f-rule").inputValue()).toBe("");
    expect(await page.locator("#f-severity").inputValue()).toBe("info");
    expect(await page.locator("#shown").textContent()).toBe("1");
    await page.goBack();
    expect(await page.locator("#f-severity").inputValue()).toBe("");
    expect(await page.locator("#shown").textContent()).toBe("3");
    await page.close();
  }, 60_000);

  it("brings the heading of the finding j and k move to into view, below the sticky filter bar", async () => {
    const page = await open(html);
    await page.setViewportSize({ width: 1440, height: 300 });
    for (const key of ["j", "j", "j", "k"]) {
      await page.keyboard.press(key);
      const heading = await page.locator(".finding.current h3").boundingBox();
      const bar = await page.locator(".filters").boundingBox();
      expect(heading?.y ?? -1).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0) - 1);
      expect((heading?.y ?? 1e9) + (heading?.height ?? 0)).toBeLessThanOrEqual(300);
    }
    expect(await page.locator(".finding.current").getAttribute("data-id")).toBe("00000000000000f2");
    await page.close();
  }, 60_000);

  it("marks the words a text rule is about in its excerpt, with three lines of text either side", async () => {
    const page = await open(html);
    await page.locator("#f-00000000000000f3 button.src").click();
    const pre = page.locator("#f-00000000000000f3 pre.source");
    expect(await pre.locator("mark").allTextContents()).toEqual(["Khojlay"]);
    expect(await pre.locator(".n").allTextContents()).toEqual(["4", "5", "6", "7", "8", "9", "10"]);
    await page.close();
  }, 60_000);
});
