import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers/fixture.js";

const TEMPLATE = join(import.meta.dirname, "..", "templates", "init");
const empty = (): string => mkdtempSync(join(tmpdir(), "init-"));

function yamlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith(".github"));
}

describe("init scaffolds a corpus that checks clean", () => {
  it("writes the template and the input schemas, and the check on it exits 0 with every report", () => {
    const root = empty();
    const init = cli(["init", "--root", root]);
    expect(init.code).toBe(0);
    expect(init.err).toEqual([]);
    for (const f of [
      "README.md",
      ".gitignore",
      ".github/workflows/corpus-check.yml",
      "rules/core.yaml",
      "data/registry/instruments.yaml",
      "schemas/document.schema.json",
    ]) {
      expect(existsSync(join(root, f)), f).toBe(true);
    }
    expect(existsSync(join(root, "schemas/report.schema.json"))).toBe(false);
    const check = cli(["check", "--root", root]);
    expect(check.err).toEqual([]);
    expect(check.code).toBe(0);
    expect(check.out[0]).toBe("1 document, 4 claims: 0 errors, 0 warnings, 0 info, 0 acknowledged.");
    for (const f of ["consistency-report.md", "consistency-report.json", "consistency-report.html", "consistency.sarif"]) {
      expect(existsSync(join(root, "reports", f)), f).toBe(true);
    }
  });

  it("names a schema that exists on the first line of every YAML file it writes", () => {
    const root = empty();
    expect(cli(["init", "--root", root]).code).toBe(0);
    const files = yamlFiles(root);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(readFileSync(join(root, f), "utf8").split("\n")[0] ?? "");
      expect(m, f).not.toBeNull();
      expect(existsSync(join(dirname(join(root, f)), m?.[1] ?? "")), f).toBe(true);
    }
  });

  it("refuses to overwrite any existing file, says which, and writes nothing", () => {
    const root = empty();
    mkdirSync(join(root, "rules"));
    writeFileSync(join(root, "rules/core.yaml"), "mine\n");
    writeFileSync(join(root, "README.md"), "mine\n");
    const r = cli(["init", "--root", root]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      "README.md: already exists; init writes nothing over existing files",
      "rules/core.yaml: already exists; init writes nothing over existing files",
      "2 files in the way; nothing was written.",
    ]);
    expect(r.out).toEqual([]);
    expect(readFileSync(join(root, "rules/core.yaml"), "utf8")).toBe("mine\n");
    expect(readdirSync(root).sort()).toEqual(["README.md", "rules"]);
  });

  it("keeps the scaffold as data: every template file is written as it is", () => {
    const root = empty();
    expect(cli(["init", "--root", root]).code).toBe(0);
    const example = "data/documents/2024-01-15-example-statement.yaml";
    expect(readFileSync(join(root, example), "utf8")).toBe(readFileSync(join(TEMPLATE, example), "utf8"));
    expect(readFileSync(join(root, ".gitignore"), "utf8")).toBe(readFileSync(join(TEMPLATE, "gitignore"), "utf8"));
  });
});
