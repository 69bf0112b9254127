import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entityProposals } from "../src/cli/words-command.js";
import { nameClusters } from "../src/text/name-clusters.js";
import { corpus, doc } from "./helpers/build-corpus.js";
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

describe("entityProposals", () => {
  const clustersOf = (source: string[]): ReturnType<typeof nameClusters> =>
    nameClusters(
      corpus(
        source.map((_, i) => doc(`d${i + 1}`, [], [i + 1, i + 1])),
        { source },
      ),
    );

  it("shows each spelling with its count and places above the entry, and leaves a form joined by a full edit out of the aliases", () => {
    const source = ["in Garadaghli", "in Garadagli and Garadagli", "in Garadgly"];
    expect(entityProposals(clustersOf(source), [])).toEqual([
      '  # "Garadagli" 2 times: d2 line 2',
      '  # "Garadaghli" 1 time: d1 line 1',
      '  # "Garadgly" 1 time: d3 line 3 (one edit from the others, no transliteration: not an alias)',
      "  - id: garadagli",
      '    name: "Garadagli"',
      "    kind: place",
      '    aliases: ["Garadagli", "Garadaghli"]',
      '    note: "TODO: what it names; kind"',
    ]);
  });

  it("counts places past the third, and proposes nothing for two spellings a full edit apart", () => {
    const source = ["Khatyn", "Khatyn", "Khatyn", "Khatyn", "Hatyn"];
    expect(entityProposals(clustersOf(source), []).slice(0, 2)).toEqual([
      '  # "Khatyn" 4 times: d1 line 1, d2 line 2, d3 line 3 and 1 more',
      '  # "Hatyn" 1 time: d5 line 5',
    ]);
    expect(entityProposals(clustersOf(["in Garadagli", "in Garadgly"]), [])).toEqual([]);
  });
});
