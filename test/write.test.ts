import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeAtomic } from "../src/cli/write.js";

const folder = (): string => mkdtempSync(join(tmpdir(), "write-"));

describe("writeAtomic", () => {
  it("writes a string, and parts as their joined text, in batches past 65,536 characters", () => {
    const dir = folder();
    writeAtomic(join(dir, "a.txt"), "Ходжалы ✓\n");
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("Ходжалы ✓\n");
    const parts = Array.from({ length: 3000 }, (_, i) => `part ${i} ${"é".repeat(i % 50)}\n`);
    writeAtomic(join(dir, "b.txt"), parts);
    expect(readFileSync(join(dir, "b.txt"), "utf8")).toBe(parts.join(""));
    writeAtomic(join(dir, "sub", "c.txt"), []);
    expect(readFileSync(join(dir, "sub", "c.txt"), "utf8")).toBe("");
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "b.txt", "sub"]);
  });

  it("leaves the file it replaces and no temporary file when the parts fail midway", () => {
    const dir = folder();
    writeFileSync(join(dir, "r.json"), "old");
    function* failing(): Generator<string> {
      yield "x".repeat(70000);
      throw new Error("render failed");
    }
    expect(() => {
      writeAtomic(join(dir, "r.json"), failing());
    }).toThrow("render failed");
    expect(readFileSync(join(dir, "r.json"), "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["r.json"]);
  });
});
