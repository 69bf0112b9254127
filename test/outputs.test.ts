import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, MINI } from "./helpers/fixture.js";

function run(): Record<string, string> {
  const out = mkdtempSync(join(tmpdir(), "out-"));
  expect(cli(["check", "--root", MINI, "--out", out]).code).toBe(0);
  return Object.fromEntries(
    readdirSync(out)
      .filter((n) => n !== "figures")
      .map((n) => [n, readFileSync(join(out, n), "utf8")]),
  );
}

describe("report outputs", () => {
  it("are byte-identical for the same data, with no timestamps", () => {
    const a = run();
    expect(Object.keys(a).sort()).toEqual(["consistency-report.html", "consistency-report.json", "consistency-report.md", "consistency.sarif"]);
    expect(run()).toEqual(a);
    expect(Object.values(a).join("")).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/);
  });

  it("SARIF 2.1.0 declares every rule with help and locates each result with fingerprints", () => {
    const sarif = JSON.parse(run()["consistency.sarif"] ?? "{}") as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; help: { text: string } }[] } };
        results: { ruleId: string; partialFingerprints: { findingId: string }; locations: unknown[]; relatedLocations: unknown[] }[];
      }[];
    };
    expect(sarif.version).toBe("2.1.0");
    const run0 = sarif.runs[0];
    const ids = run0?.tool.driver.rules.map((r) => r.id) ?? [];
    expect(ids).toEqual(
      expect.arrayContaining(["quote-in-source", "document-identity", "citation-consistency", "rule-matched-nothing", "stale-acknowledgement"]),
    );
    for (const r of run0?.results ?? []) {
      expect(ids).toContain(r.ruleId);
      expect(r.partialFingerprints.findingId).toMatch(/^[0-9a-f]{16}/);
      expect(r.locations).toHaveLength(1);
    }
    expect(run0?.results.find((r) => r.ruleId === "citation-consistency")?.relatedLocations.length).toBeGreaterThan(0);
  });

  it("prints GitHub annotations and a job summary in Actions", () => {
    const summary = join(mkdtempSync(join(tmpdir(), "gh-")), "summary.md");
    process.env["GITHUB_ACTIONS"] = "true";
    process.env["GITHUB_STEP_SUMMARY"] = summary;
    try {
      const r = cli(["check", "--root", MINI, "--no-write", "--fail-on", "warning"]);
      expect(r.out.filter((l) => l.startsWith("::warning "))).toEqual([
        `::warning file=data/documents/news.yaml,line=11,title=citation-consistency%3A res-800::${r.out[1]?.replace("warning citation-consistency res-800: ", "") ?? ""}`,
        `::warning file=data/documents/res-900.yaml,line=16,title=document-identity%3A res-900::${r.out[2]?.replace("warning document-identity res-900: ", "") ?? ""}`,
      ]);
      expect(readFileSync(summary, "utf8")).toContain("# Consistency report");
    } finally {
      delete process.env["GITHUB_ACTIONS"];
      delete process.env["GITHUB_STEP_SUMMARY"];
    }
  });
});
