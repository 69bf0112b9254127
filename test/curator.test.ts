import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, MINI, miniCopy } from "./helpers/fixture.js";

describe("curator commands", () => {
  it("list prints the count and one row per document", () => {
    const r = cli(["list", "--root", MINI]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe("2 documents, 6 claims");
    expect(r.out.slice(2).map((l) => l.split(/\s+/)[0])).toEqual(["news", "res-900"]);
  });

  it("show prints the source lines with the claims beside them", () => {
    const r = cli(["show", "news", "--root", MINI]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("   10 | Baku. Recalling resolution 800 (1998) of 3 March 1998, 613 people were killed.");
    expect(r.out).toContain('      +- claim 1 (data/documents/news.yaml:18) killed.total = 613  "613 people were killed"');
    expect(cli(["show", "nothing", "--root", MINI]).err).toEqual(['no document "nothing"; run list to see the ids']);
  });

  it("draft writes a record that loads, with every figure as a claim to confirm", () => {
    const r = cli(["draft", "8-10", "--root", MINI, "--source", "data/sources/mini.txt"]);
    expect(r.code).toBe(0);
    const text = r.out.join("\n");
    expect(text).toContain('    value: "1998-03-03"');
    expect(text).toContain("    value: 613");
    const root = miniCopy();
    writeFileSync(join(root, "data/documents/1998-03-03-draft.yaml"), text.replace("issuer: DRAFT", "issuer: Draft agency") + "\n");
    const checked = cli(["check", "--root", root, "--no-write", "--fail-on", "error"]);
    expect(checked.err).toEqual([]);
    expect(checked.out[0]).toMatch(/^3 documents/);
  });

  it("stats and explain answer, and bad arguments get one line", () => {
    expect(cli(["stats", "--root", MINI]).out[0]).toBe("documents: 2");
    expect(cli(["explain", "figure-conflict"]).out[0]).toMatch(/^# figure-conflict\n/);
    expect(cli(["explain", "nonsense"]).code).toBe(2);
    expect(cli(["draft", "x-y", "--root", MINI]).err).toEqual(["x-y: cannot read the source"]);
    expect(cli(["draft", "1-2", "--root", MINI]).err).toEqual(["draft <first>-<last> needs --source <file>, the source text those lines are in"]);
    expect(cli(["show"]).err).toEqual(["show needs an argument; run with --help for usage"]);
  });
});

describe("mentions", () => {
  it("keeps the corpus's entity claims current (one per spelling per document)", () => {
    const r = cli(["mentions", "--root", join(import.meta.dirname, "..")]);
    expect(r.out).toEqual(["0 records with entity claims out of date."]);
    expect(r.code).toBe(0);
  });

  it("writes entity claims into a record, idempotently", () => {
    const root = miniCopy({
      "data/registry/entities.yaml": "entities:\n  - id: baku\n    name: Baku\n    kind: place\n    aliases: [Baku]\n",
      "data/registry/facts.yaml":
        readFileSync(join(MINI, "data/registry/facts.yaml"), "utf8") +
        "  - key: entity.mention\n    label: Spelling used\n    meaning: A spelling used.\n    unit: entity\n",
    });
    expect(cli(["mentions", "--root", root]).code).toBe(1);
    expect(cli(["mentions", "--root", root, "--write"]).out).toEqual(["rewrote: data/documents/news.yaml", "1 record rewritten."]);
    expect(readFileSync(join(root, "data/documents/news.yaml"), "utf8")).toContain(
      "  - kind: entity\n    fact: entity.mention\n    entity: baku\n    spelling: Baku\n    quote: Baku\n    line: 10\n",
    );
    expect(cli(["mentions", "--root", root]).out).toEqual(["0 records with entity claims out of date."]);
    expect(cli(["check", "--root", root, "--no-write"]).code).toBe(0);
  });
});
