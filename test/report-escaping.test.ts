import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import type { Finding, Report } from "../src/model/report.js";
import { emptyContext, type ReportContext } from "../src/report/context.js";
import { renderHtml } from "../src/report/html.js";
import { renderMarkdown } from "../src/report/markdown.js";
import { renderSarif } from "../src/report/sarif.js";

// Everything a quote from the corpus could hold that a reader's program might act on.
const QUOTE =
  "# h http://example.com/a_b?x=1&y=2 www.example.org mail@example.net *x* _y_ [a](b) ![i](j) | c | " +
  "<script>alert(1)</script> ~~s~~ $x$ :smile: \\*z\\* &amp; `c` <http://example.org> 1. item";

const finding: Finding = {
  id: "00000000000000aa",
  rule: "figure-conflict",
  severity: "warning",
  acknowledged: false,
  subject: "killed.total",
  message: `# h Documents give "${QUOTE}" and "2".`,
  values: [
    { value: QUOTE, documents: ["doc-a"] },
    { value: "2", documents: ["doc-b"] },
  ],
  locations: [
    { document: "doc-a", file: "data/documents/doc-a.yaml", line: 3, source: { file: "data/sources/s.txt", line: 7 }, quote: QUOTE },
    { document: "doc-b", file: "data/documents/doc-b.yaml", line: 4, source: { file: "data/sources/s.txt", line: 9 }, quote: "two" },
  ],
};
const report: Report = { version: 1, corpus: { documents: 2, claims: 2 }, summary: { error: 0, warning: 1, info: 0, acknowledged: 0 }, findings: [finding] };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m),
    );
}

describe("corpus text is shown literally in every report", () => {
  it("markdown: rendered as GitHub does (GFM), a quote is text: no link, autolink, emphasis, heading, HTML or extra cell", () => {
    const html = micromark(renderMarkdown(report, emptyContext()), { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => text(m[1] ?? ""));
    expect(cells).toContain(QUOTE);
    const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => text(m[1] ?? ""));
    expect(paragraphs).toContain(finding.message);
    // The only links are the report's own, to source lines and records.
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(href).toMatch(/^\.\.\/data\//);
    expect(html).not.toMatch(/<(em|del|img|script|h[1-6]>h)\b/);
    expect(html).not.toContain("<code>c</code>");
    expect(html.match(/<h[1-6]>/g)).toEqual(["<h1>", "<h2>", "<h2>", "<h3>", "<h2>", "<h3>"]);
  });

  it("HTML: a quote is escaped text, never a tag", () => {
    const html = renderHtml(report, emptyContext());
    expect(html).not.toContain("<script>alert");
    const quotes = [...html.matchAll(/<td class="quote">([\s\S]*?)<\/td>/g)].map((m) => text(m[1] ?? ""));
    expect(quotes).toContain(QUOTE);
  });

  it("SARIF: a quote is JSON text with SARIF's brackets escaped, so no embedded link forms; help is absolute and inline", () => {
    const ctx: ReportContext = {
      ...emptyContext(),
      rules: {
        "figure-conflict": {
          check: "figure-conflict",
          description: "Figures disagree.",
          docs: "docs/rules/figure-conflict.md",
          rationale: "r",
          severity: "warning",
          help: "# figure-conflict\n\nHelp.\n",
        },
      },
      tool: { name: "corpus-check", version: "1.2.3", repository: "https://example.org/owner/repo" },
    };
    const sarif = JSON.parse(renderSarif(report, ctx)) as {
      runs: {
        tool: { driver: { version: string; rules: { helpUri: string; help: { text: string; markdown: string } }[] } };
        results: { message: { text: string }; relatedLocations: { message?: { text: string } }[] }[];
      }[];
    };
    const run = sarif.runs[0];
    const unescape = (s: string): string => s.replace(/\\([\\[\]])/g, "$1");
    const messages = run?.results.flatMap((r) => [r.message.text, ...r.relatedLocations.flatMap((l) => (l.message ? [l.message.text] : []))]) ?? [];
    expect(messages.map(unescape)).toEqual(expect.arrayContaining([finding.message, `doc-a: ${QUOTE}`]));
    for (const m of messages) expect(m).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(run?.tool.driver.version).toBe("1.2.3");
    expect(run?.tool.driver.rules[0]?.helpUri).toBe("https://example.org/owner/repo/blob/main/docs/rules/figure-conflict.md");
    expect(run?.tool.driver.rules[0]?.help).toEqual({ text: "# figure-conflict\n\nHelp.\n", markdown: "# figure-conflict\n\nHelp.\n" });
  });
});
