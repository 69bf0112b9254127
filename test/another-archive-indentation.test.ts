import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { misindentedLine } from "../src/load/indentation.js";

const ROOT = join(import.meta.dirname, "..");
const yamlFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

describe("misindentedLine", () => {
  it("finds nothing in any well-formed record, registry, rule file or template of the repository", () => {
    const files = [...yamlFiles("data"), ...yamlFiles("rules"), ...yamlFiles("templates"), ...yamlFiles("test/eval"), ...yamlFiles("test/fixtures")];
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => (misindentedLine(readFileSync(f, "utf8")) ? [f] : []))).toEqual([]);
  });

  it("follows block scalars, sequences at their key's column and comments", () => {
    const text = ["notes: |", "  free text", "    indented more", "claims:", "- kind: text", "  # a comment", "  value: a", "- kind: text", "next: 1"].join(
      "\n",
    );
    expect(misindentedLine(text)).toBeUndefined();
  });

  it("names a line deeper than the one above when that one opens nothing", () => {
    expect(misindentedLine("a: 1\n  b: 2\n")).toEqual({ line: 2, col: 3, message: 'this line is indented 2 spaces; expected 0, in line with "a" on line 1' });
  });
});
