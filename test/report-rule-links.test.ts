import { describe, expect, it } from "vitest";
import { catalogue } from "../src/checks/catalogue.js";
import { prepareRules, runRules } from "../src/engine/run.js";
import { loadCorpus } from "../src/load/corpus.js";
import { buildReport } from "../src/report/build.js";
import { reportContext } from "../src/report/data.js";
import { renderHtml } from "../src/report/html.js";
import { renderMarkdown } from "../src/report/markdown.js";
import { MINI } from "./helpers/fixture.js";

/** The mini corpus's report, its context built with the given help pages. */
function rendered(help: (docs: string) => string | undefined): { html: string; md: string; docs: string[] } {
  const loaded = loadCorpus(MINI);
  if (!loaded.ok) throw new Error("the mini corpus does not load");
  const { rules } = prepareRules(loaded.corpus, catalogue);
  const findings = runRules(loaded.corpus, rules);
  expect(findings.length).toBeGreaterThan(0);
  const report = buildReport(loaded.corpus, findings);
  const ctx = reportContext(loaded.corpus, rules, findings, { help });
  return { html: renderHtml(report, ctx), md: renderMarkdown(report, ctx), docs: Object.values(ctx.rules).map((r) => r.docs) };
}

describe("rule links in the reports", () => {
  it("link each rule to the archive's own docs page when it has one", () => {
    const r = rendered(() => "# a page");
    expect(r.html).toContain("docs/rules/");
    expect(r.md).toContain("[About this check](");
  });

  it("link no page an archive does not have", () => {
    const r = rendered(() => undefined);
    expect(r.docs.every((d) => d === "")).toBe(true);
    expect(r.html).not.toContain("docs/rules/");
    expect(r.md).not.toContain("About this check");
  });
});
