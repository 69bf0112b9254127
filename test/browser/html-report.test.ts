import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding, Report } from "../../src/model/report.js";
import { emptyContext } from "../../src/report/context.js";
import { renderHtml } from "../../src/report/html.js";

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
});
