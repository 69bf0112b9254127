import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/checks/catalogue.js";
import { explainText } from "../src/cli/explain.js";

const ROOT = join(import.meta.dirname, "..");

describe("explain", () => {
  it("prints the archive's own docs page when it has one", () => {
    expect(explainText(ROOT, "figure-conflict", catalogue)).toMatch(/^# figure-conflict\n/);
  });

  it("prints the tool's generic help in an archive without docs pages: the description and every option, nothing of our corpus", () => {
    const empty = mkdtempSync(join(tmpdir(), "explain-"));
    const text = explainText(empty, "spelling-variant", catalogue) ?? "";
    expect(text).toMatch(/^# spelling-variant\n\nEntities spelled in several ways/);
    expect(text).toContain("- `maxDistance` (default 2): (typos) Edits that make a word a near miss.");
    expect(text).toContain("Write `docs/rules/spelling-variant.md` in this archive");
    expect(text).not.toMatch(/khojal|azerbaijan|armenia/i);
  });

  it("knows no id that is not a check", () => {
    expect(explainText(mkdtempSync(join(tmpdir(), "explain-")), "nonsense", catalogue)).toBeUndefined();
  });
});
