import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runEval } from "../../src/cli/eval-command.js";
import { README_END, README_START } from "../../src/eval/render.js";
import { cli, miniCopy } from "../helpers/fixture.js";

const ANNOTATIONS = `document: res-900
annotator: test
read: [1, 7]
annotations:
  - line: 3
    category: citation
    text: "S/RES/901"
    note: The symbol line gives 901; the heading gives 900.
    related: [1]
  - line: 5
    category: date
    text: "2 March 1998"
    note: Another document gives 3 March 1998.
`;
const CATEGORIES = `rules:
  quote-in-source: []
  document-identity: [citation, date, structure]
  citation-consistency: [citation]
  rule-matched-nothing: []
  stale-acknowledgement: []
`;

/** The mini corpus with an evaluation set: one annotated document, a README with the markers. */
function evalCopy(files: Record<string, string> = {}): string {
  const root = miniCopy();
  mkdirSync(join(root, "test/eval/annotations"), { recursive: true });
  const all = {
    "test/eval/annotations/res-900.yaml": ANNOTATIONS,
    "test/eval/categories.yaml": CATEGORIES,
    "README.md": `# mini\n\n${README_START}\n${README_END}\n`,
    ...files,
  };
  for (const [path, content] of Object.entries(all)) writeFileSync(join(root, path), content);
  return root;
}

describe("corpus-check eval", () => {
  it("prints the table, writes eval.json and the README table, and then verifies them as current", () => {
    const root = evalCopy();
    const r = cli(["eval", "--root", root, "--verbose"]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("| citation     |           1 |     1 |   100% |         3 |       2 |       67% |");
    expect(r.out).toContain("| **all**      |           2 |     1 |    50% |         3 |       2 |       67% |");
    // The date annotation's line has a citation-consistency location, but that rule detects citations only.
    expect(r.out).toContain("Missed annotations (1):");
    expect(r.out).toContain("Finding locations that match no annotation (1):");
    const json = JSON.parse(readFileSync(join(root, "reports/eval.json"), "utf8")) as { annotations: { line: number; foundBy: string[] }[] };
    expect(json.annotations.map((a) => [a.line, a.foundBy])).toEqual([
      [3, ["document-identity"]],
      [5, []],
    ]);
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("| date         |           1 |     0 |     0% |");
    expect(cli(["eval", "--root", root, "--verify"]).code).toBe(0);
  });

  it("fails --verify when the README table is stale", () => {
    const r = cli(["eval", "--root", evalCopy(), "--verify"]);
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toMatch(/^stale: .*eval\.json, .*README\.md; run npm run eval/);
  });

  it("refuses a bad annotation file with file:line:col messages (exit 2)", () => {
    const bad = ANNOTATIONS.replace("category: date", "category: dates").replace('text: "S/RES/901"', 'text: "S/RES/902"');
    const r = cli(["eval", "--root", evalCopy({ "test/eval/annotations/res-900.yaml": bad }), "--no-write"]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/^test\/eval\/annotations\/res-900\.yaml:\d+:\d+: annotations\[1\]\.category must be one of: figure, date/);
    expect(r.err.at(-1)).toBe("1 problem in the input; nothing was evaluated.");
    const wrongLine = cli([
      "eval",
      "--root",
      evalCopy({ "test/eval/annotations/res-900.yaml": ANNOTATIONS.replace('text: "S/RES/901"', 'text: "S/RES/902"') }),
    ]);
    expect(wrongLine.err[0]).toBe('test/eval/annotations/res-900.yaml:7:11: text "S/RES/902" is not on line 3');
  });

  it("refuses a rule with no categories and a mapped rule that does not exist", () => {
    const categories = CATEGORIES.replace("  citation-consistency: [citation]\n", "  no-such-rule: [date]\n");
    const r = cli(["eval", "--root", evalCopy({ "test/eval/categories.yaml": categories })]);
    expect(r.code).toBe(2);
    expect(r.err.slice(0, 2)).toEqual([
      'test/eval/categories.yaml:1:1: rule "citation-consistency" has no categories; add it with the categories its findings detect (or [] with a reason)',
      'test/eval/categories.yaml:4:3: "no-such-rule" is not a rule of rules/*.yaml nor of the engine',
    ]);
  });
});

const JUDGED = `verdicts:
  - id: "2a035305c5b4c229"
    rule: document-identity
    subject: res-900
    verdict: "true"
    why: The heading gives 900 and the symbol line 901.
  - id: "0000000000000abc"
    rule: citation-consistency
    subject: res-700
    verdict: "false"
    why: A finding a change has removed since.
`;

describe("corpus-check eval with the judged set", () => {
  it("prints precision per rule, lists the unjudged findings and the stale verdicts, and verifies without failing on them", () => {
    const root = evalCopy({ "test/eval/judged.yaml": JUDGED });
    const r = cli(["eval", "--root", root]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("| document-identity    |        1 |      1 |    1 |     0 |         0 |      0 |      100% |");
    expect(r.out).toContain("| citation-consistency |        1 |      0 |    0 |     0 |         0 |      0 |         – |");
    expect(r.out).toContain("| **all**              |        2 |      1 |    1 |     0 |         0 |      0 |      100% |");
    const lists = r.out.slice(
      r.out.findIndex((l) => l.startsWith("Findings with no verdict yet")),
      -1,
    );
    expect(lists).toEqual([
      "Findings with no verdict yet (1); judge each in test/eval/judged.yaml:",
      "  citation-consistency a20dac0a249ce0da res-800",
      "Stale verdicts (1): their id matches no finding of this run (a change may have removed it):",
      "  citation-consistency 0000000000000abc res-700 [false]",
    ]);
    const json = JSON.parse(readFileSync(join(root, "reports/eval.json"), "utf8")) as { judged: { unjudged: { id: string }[]; stale: { id: string }[] } };
    expect([json.judged.unjudged.map((f) => f.id), json.judged.stale.map((v) => v.id)]).toEqual([["a20dac0a249ce0da"], ["0000000000000abc"]]);
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("| document-identity    |        1 |      1 |    1 |");
    const verify = cli(["eval", "--root", root, "--verify"]);
    expect(verify.code).toBe(0);
    expect(verify.out).toContain("1 finding has no verdict yet; 1 stale verdict.");
  });

  it("refuses a verdict whose rule is not its finding's (exit 2, file:line:col)", () => {
    const r = cli(["eval", "--root", evalCopy({ "test/eval/judged.yaml": JUDGED.replace("rule: document-identity", "rule: citation-consistency") })]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      'test/eval/judged.yaml:3:11: finding 2a035305c5b4c229 is of rule "document-identity", not "citation-consistency"',
      "1 problem in the input; nothing was evaluated.",
    ]);
  });
});

describe("the evaluation of the real corpus", () => {
  it("the README table and reports/eval.json are current (run npm run eval)", () => {
    const err: string[] = [];
    const code = runEval(
      { root: join(import.meta.dirname, "..", ".."), out: join(import.meta.dirname, "..", "..", "reports"), verbose: false, verify: true },
      { out: () => undefined, err: (l) => err.push(l) },
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
  }, 120_000);
});
