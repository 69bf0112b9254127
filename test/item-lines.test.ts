import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../src/load/corpus.js";
import { parseYaml, positionOf, type YamlFile } from "../src/load/yaml-file.js";
import type { Corpus } from "../src/model/corpus.js";
import { MINI, miniCopy } from "./helpers/fixture.js";
import { realCorpus } from "./helpers/real-corpus.js";

// The loader reads the lines of rules, merge groups and acknowledgements from the text of a plain
// block-style file, without building its syntax tree; they must be the lines the tree gives.
const ROOT = join(import.meta.dirname, "..");

function tree(root: string, file: string): YamlFile {
  const y = parseYaml(file, readFileSync(join(root, file))).yaml;
  if (!y) throw new Error(`${file} does not parse`);
  return y;
}

/** Each loaded item's line beside the line the syntax tree gives it, and where `check` and `options` stand. */
function linesOf(root: string, corpus: Corpus): { loaded: unknown[]; tree: unknown[] } {
  const items = [
    ...corpus.rules.map((r, i, all) => ({ file: r.file, path: ["rules", all.slice(0, i).filter((o) => o.file === r.file).length], line: r.line, rule: r })),
    ...(corpus.merges ?? []).map((m, i) => ({ file: m.file, path: ["merge", i], line: m.line, rule: undefined })),
    ...corpus.acknowledgements.map((a, i) => ({ file: a.file, path: ["acknowledgements", i], line: a.line, rule: undefined })),
  ];
  return {
    loaded: items.map((x) => [x.file, x.line, x.rule?.checkAt, x.rule?.optionsAt]),
    tree: items.map((x) => {
      const y = tree(root, x.file);
      return [x.file, positionOf(y, x.path).line, x.rule && positionOf(y, [...x.path, "check"]), x.rule && positionOf(y, [...x.path, "options"])];
    }),
  };
}

describe("lines of rules, merge groups and acknowledgements", () => {
  it("are the syntax tree's in this corpus", () => {
    const { loaded, tree: expected } = linesOf(ROOT, realCorpus());
    expect(loaded.length).toBeGreaterThan(40);
    expect(loaded).toEqual(expected);
  });

  it("are the syntax tree's when the file is not plain block style (an item's first field on the line after its dash)", () => {
    const rules = readFileSync(join(MINI, "rules/core.yaml"), "utf8").replace(/^ {2}- id:/gm, "  -\n    id:");
    const root = miniCopy({ "rules/core.yaml": rules });
    const loaded = loadCorpus(root);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
    const { loaded: lines, tree: expected } = linesOf(root, loaded.corpus);
    expect(lines).toEqual(expected);
    expect(loaded.corpus.rules[0]?.line).toBe(rules.split("\n").indexOf("  -") + 2);
  });
});
