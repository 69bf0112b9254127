import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, miniCopy } from "./helpers/fixture.js";

const FILE = "data/registry/words.yaml";
const START = `# yaml-language-server: $schema=../../schemas/words.schema.json
# Words the dictionaries lack.
words:
  - word: Khatyn # a village
    kind: name
    note: A Belarusian village.
`;

describe("corpus-check words add", () => {
  it("appends an entry and keeps the comments", () => {
    const root = miniCopy();
    writeFileSync(join(root, FILE), START);
    const r = cli(["words", "add", "Hatyn", "--kind", "name", "--note", "Khatyn, printed Hatyn.", "--root", root]);
    expect(r).toEqual({ code: 0, out: ['Added "Hatyn" (name) to data/registry/words.yaml.'], err: [] });
    expect(readFileSync(join(root, FILE), "utf8")).toBe(`${START}  - word: Hatyn\n    kind: name\n    note: Khatyn, printed Hatyn.\n`);
    expect(cli(["check", "--root", root, "--no-write"]).code).not.toBe(2);
  });

  it("refuses a duplicate, a bad kind and a missing note", () => {
    const root = miniCopy();
    writeFileSync(join(root, FILE), START);
    expect(cli(["words", "add", "KHATYN", "--kind", "name", "--note", "x", "--root", root]).err).toEqual(['"KHATYN" is already in data/registry/words.yaml']);
    expect(cli(["words", "add", "Hatyn", "--kind", "place", "--note", "x", "--root", root]).code).toBe(2);
    expect(cli(["words", "add", "Hatyn", "--kind", "name", "--root", root]).code).toBe(2);
    expect(readFileSync(join(root, FILE), "utf8")).toBe(START);
  });
});

describe("corpus-check suggest", () => {
  it("prints YAML entries a curator can accept", () => {
    const r = cli(["suggest", "--root", miniCopy()]);
    expect(r.code).toBe(0);
    expect(r.out.length).toBeGreaterThan(0);
  });
});
