import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, MINI, miniCopy } from "./helpers/fixture.js";

describe("the CLI on another corpus laid out the same way (--root)", () => {
  it("checks it, writes both reports and exits 0 when nothing gates", () => {
    const out = mkdtempSync(join(tmpdir(), "reports-"));
    const r = cli(["check", "--root", MINI, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe("2 documents, 6 claims: 0 errors, 2 warnings, 0 info, 0 acknowledged.");
    const json = JSON.parse(readFileSync(join(out, "consistency-report.json"), "utf8")) as { findings: { rule: string; subject: string }[] };
    expect(json.findings.map((f) => `${f.rule} ${f.subject}`)).toEqual(["citation-consistency res-800", "document-identity res-900"]);
    expect(readFileSync(join(out, "consistency-report.md"), "utf8")).toContain("**2 findings** in 2 documents with 6 claims");
  });

  it("exits 1 when a finding at the gating severity is present", () => {
    const r = cli(["check", "--root", MINI, "--no-write", "--fail-on", "warning"]);
    expect(r.code).toBe(1);
    expect(r.out.slice(1)).toEqual([
      'warning citation-consistency res-800: Instrument res-800 is cited with the date "1998-03-02" (res-900 line 5) and "1998-03-03" (news line 10); the registry (Test record R/800) gives "1998-03-02".',
      'warning document-identity res-900: Document res-900 gives its own number as "900" (document.number.heading, line 1) and "901" (document.number.symbol, line 3). Its content matches "Resolution 900 (1999)", adopted 1 May 1999: it is dated 1 May 1999, the day of its adoption.',
    ]);
  });

  it("exits 1 on an error finding with the default policy", () => {
    const news = readFileSync(join(MINI, "data/documents/news.yaml"), "utf8").replace("613 people were killed", "631 people were killed");
    const r = cli(["check", "--root", miniCopy({ "data/documents/news.yaml": news }), "--no-write"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'error quote-in-source news: Quote "631 people were killed" of claim "killed.total" is not at source line 10; nor anywhere in the document.',
    );
  });

  it("gives a one-line error for a wrong flag or command", () => {
    expect(cli(["check", "--fial-on", "x"]).code).toBe(2);
    expect(cli(["check", "--fail-on", "sometimes"]).err).toEqual(["--fail-on must be one of: error, warning, info, none"]);
    expect(cli(["frobnicate"]).err).toEqual(['unknown command "frobnicate"; run with --help for usage']);
  });

  it("prints usage with --help", () => {
    const r = cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^usage: corpus-check/);
  });
});
