import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers/fixture.js";

const TEXT = [
  "REPORT OF THE HARBOUR BOARD",
  "London, 3 March 1921",
  "",
  "Of 212 on board, 57 were drowned.",
  "---",
  "A LATER ACCOUNT",
  "More than 60 drowned.",
].join("\n");

function archive(): string {
  const root = mkdtempSync(join(tmpdir(), "draft-"));
  expect(cli(["init", "--root", root]).code).toBe(0);
  writeFileSync(join(root, "data/sources/ferry.txt"), TEXT);
  return root;
}

describe("draft <source-file>", () => {
  it("writes one record per document and the proposed facts, and the check finds no error in them", () => {
    const root = archive();
    const r = cli(["draft", "data/sources/ferry.txt", "--root", root]);
    expect(r.err).toEqual([]);
    expect(r.out).toEqual([
      "wrote data/documents/1921-03-03-report-of-the-harbour-board.yaml (lines 1-4, 3 draft claims)",
      "wrote data/documents/undated-a-later-account.yaml (lines 6-7, 1 draft claim)",
      "2 documents, 4 draft claims; 2 facts proposed in data/registry/facts.yaml. Next: corpus-check check, then confirm the drafts.",
    ]);
    const facts = readFileSync(join(root, "data/registry/facts.yaml"), "utf8");
    expect(facts).toContain("# The fact vocabulary");
    expect(facts).toMatch(/- key: dead\n {4}label: Dead\n/);
    const check = cli(["check", "--root", root, "--no-write"]);
    expect(check.code).toBe(0);
    expect(check.out[0]).toBe("3 documents, 8 claims: 0 errors, 1 warning, 0 info, 0 acknowledged.");
  });

  it("never writes over a record, and says which ones are in the way", () => {
    const root = archive();
    expect(cli(["draft", "data/sources/ferry.txt", "--root", root]).code).toBe(0);
    const before = readFileSync(join(root, "data/registry/facts.yaml"), "utf8");
    const again = cli(["draft", "data/sources/ferry.txt", "--root", root]);
    expect(again.code).toBe(2);
    expect(again.err).toEqual([
      "data/documents/1921-03-03-report-of-the-harbour-board.yaml: already exists; draft writes nothing over a record (use --stdout to see the draft)",
      "data/documents/undated-a-later-account.yaml: already exists; draft writes nothing over a record (use --stdout to see the draft)",
    ]);
    expect(readFileSync(join(root, "data/registry/facts.yaml"), "utf8")).toBe(before);
  });

  it("prints instead of writing with --stdout", () => {
    const root = archive();
    const r = cli(["draft", "data/sources/ferry.txt", "--root", root, "--stdout"]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^--- data\/documents\/1921-03-03-report-of-the-harbour-board\.yaml\n/);
    expect(readdirSync(join(root, "data/documents"))).toEqual(["2024-01-15-example-statement.yaml"]);
  });

  it("refuses a source it cannot read or one outside the archive, with one line", () => {
    const root = archive();
    expect(cli(["draft", "data/sources/none.txt", "--root", root])).toEqual({ code: 2, out: [], err: ["data/sources/none.txt: cannot read the source"] });
    expect(cli(["draft", "/etc/hostname", "--root", root]).err).toEqual(["/etc/hostname: the source must be inside the archive (put it under data/sources/)"]);
    writeFileSync(join(root, "data/registry/facts.yaml"), "facts:\n  - key: [\n");
    expect(cli(["draft", "data/sources/ferry.txt", "--root", root]).err).toEqual([
      "data/registry/facts.yaml: not a valid facts registry; run corpus-check check to see where, and draft again",
    ]);
    expect(existsSync(join(root, "data/documents/undated-a-later-account.yaml"))).toBe(false);
  });
});
