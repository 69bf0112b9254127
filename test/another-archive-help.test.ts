import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers/fixture.js";

interface SarifRule {
  id: string;
  helpUri?: string;
  help: { text: string; markdown: string };
}
interface Sarif {
  runs: { tool: { driver: { informationUri?: string; rules: SarifRule[] } } }[];
}

function checkedArchive(files: Record<string, string> = {}): { root: string; sarif: Sarif } {
  const root = mkdtempSync(join(tmpdir(), "archive-help-"));
  expect(cli(["init", "--root", root]).code).toBe(0);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  expect(cli(["check", "--root", root]).code).toBe(0);
  return { root, sarif: JSON.parse(readFileSync(join(root, "reports/consistency.sarif"), "utf8")) as Sarif };
}

const driver = (s: Sarif): Sarif["runs"][number]["tool"]["driver"] | undefined => s.runs[0]?.tool.driver;

describe("SARIF help in another archive: its own pages or a generic text, never the tool's corpus", () => {
  it("an archive without docs gets each check's description and its own rationale, and no link to the tool's repository", () => {
    const { sarif } = checkedArchive();
    const rule = driver(sarif)?.rules.find((r) => r.id === "figure-conflict");
    expect(rule?.help.text).toBe(
      [
        "The same fact stated with figures whose intervals (with their qualifiers) cannot overlap, across documents or within one.",
        "Documents that give different values for the same quantity disagree.",
        "Options and examples: corpus-check explain figure-conflict.",
      ].join("\n\n"),
    );
    expect(rule?.helpUri).toBeUndefined();
    expect(driver(sarif)?.informationUri).toBeUndefined();
    expect(JSON.stringify(sarif)).not.toMatch(/khojaly|azerbaijan|github\.com/i);
  });

  it("an archive with its own page and repository gets that page inline and linked", () => {
    const page = "# figure-conflict\n\nOur archive's notes on figures.\n";
    const { sarif } = checkedArchive({
      "docs/rules/figure-conflict.md": page,
      "package.json": JSON.stringify({ name: "our-archive", repository: "git+https://example.org/us/archive.git" }),
    });
    const rule = driver(sarif)?.rules.find((r) => r.id === "figure-conflict");
    expect(rule?.help).toEqual({ text: page, markdown: page });
    expect(rule?.helpUri).toBe("https://example.org/us/archive/blob/main/docs/rules/figure-conflict.md");
    expect(driver(sarif)?.informationUri).toBe("https://example.org/us/archive");
    expect(driver(sarif)?.rules.find((r) => r.id === "claim-value")?.helpUri).toBeUndefined();
  });
});

describe("eval in an archive with no annotations yet", () => {
  it("says how to start them, with an example file and the categories, and exits 0", () => {
    const root = mkdtempSync(join(tmpdir(), "archive-eval-"));
    expect(cli(["init", "--root", root]).code).toBe(0);
    const r = cli(["eval", "--root", root]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out[0]).toBe("Nothing to evaluate yet: eval measures the checks against defects you mark by hand, and this archive has none.");
    expect(r.out).toContain("  2. For each, write test/eval/annotations/<document-id>.yaml, for example:");
    expect(r.out.join("\n")).toMatch(/category: figure {3}# one of: figure, date, citation, .*, ocr\n/);
    expect(r.out.at(-1)).toMatch(/^ {2}4\. Run corpus-check eval again/);
  });
});
