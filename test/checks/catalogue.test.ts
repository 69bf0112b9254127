import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "../../src/checks/catalogue.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe.each(catalogue.map((c) => c.meta))("the catalogue entry of $id", (meta) => {
  it("names its own code file and doc page, and says what it catches in a sentence", () => {
    expect(existsSync(join(ROOT, "src/checks", `${meta.id}.ts`))).toBe(true);
    expect(meta.docs).toBe(`docs/rules/${meta.id}.md`);
    expect(meta.description).toMatch(/^[A-Z"'].{20,}[.)]$/s);
  });
});

describe("the catalogue", () => {
  it("holds each check once", () => {
    const ids = catalogue.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(24);
  });
});
