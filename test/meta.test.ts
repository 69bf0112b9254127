import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/checks/catalogue.js";

const ROOT = join(import.meta.dirname, "..");
const rulesYaml = readFileSync(join(ROOT, "rules/core.yaml"), "utf8");

describe.each(catalogue.map((c) => c.meta))("check $id ships its four parts", (meta) => {
  it("has its code file named by its id", () => {
    expect(existsSync(join(ROOT, "src/checks", `${meta.id}.ts`))).toBe(true);
  });
  it("has a test file named by its id", () => {
    expect(existsSync(join(ROOT, "test/checks", `${meta.id}.test.ts`))).toBe(true);
  });
  it("has a doc page with a failing and a passing example", () => {
    expect(meta.docs).toBe(`docs/rules/${meta.id}.md`);
    const doc = readFileSync(join(ROOT, meta.docs), "utf8");
    expect(doc.startsWith(`# ${meta.id}\n`)).toBe(true);
    expect(doc).toContain("## Failing example");
    expect(doc).toContain("## Passing example");
  });
  it("is used by at least one rule in rules/", () => {
    expect(rulesYaml).toContain(`check: ${meta.id}\n`);
  });
});
