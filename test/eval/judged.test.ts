import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAgainstFindings, judge, JUDGED_FILE, loadJudged, type JudgedFinding } from "../../src/eval/judged.js";
import { renderJudgedLists, renderPrecisionTable } from "../../src/eval/render-judged.js";
import { formatLoadError } from "../../src/load/load-error.js";
import type { JudgedVerdict } from "../../src/model/evaluation.js";

const finding = (id: string, rule: string, subject = `subject of ${id}`): JudgedFinding => ({ id, rule, subject });
const verdict = (id: string, rule: string, v: JudgedVerdict["verdict"], repeatOf?: string): JudgedVerdict => ({
  id,
  rule,
  subject: `subject of ${id}`,
  verdict: v,
  why: "read at the source line",
  ...(repeatOf ? { repeatOf } : {}),
});

const FINDINGS = [
  finding("a000000000000001", "spelling"),
  finding("a000000000000002", "spelling"),
  finding("a000000000000003", "spelling"),
  finding("a000000000000004", "spelling"),
  finding("b000000000000001", "figure-conflict"),
  finding("c000000000000001", "name-variant"),
];

describe("precision per rule from the judged set", () => {
  it("is true over judged, counts each verdict, and leaves unjudged findings out of the ratio", () => {
    const result = judge(
      [
        verdict("a000000000000001", "spelling", "true"),
        verdict("a000000000000002", "spelling", "false"),
        verdict("a000000000000003", "spelling", "repeat", "a000000000000001"),
        verdict("b000000000000001", "figure-conflict", "debatable"),
      ],
      FINDINGS,
    );
    expect(result.rows).toEqual([
      { rule: "figure-conflict", findings: 1, judged: 1, counts: { true: 0, false: 0, debatable: 1, repeat: 0 }, precision: 0 },
      { rule: "name-variant", findings: 1, judged: 0, counts: { true: 0, false: 0, debatable: 0, repeat: 0 }, precision: null },
      { rule: "spelling", findings: 4, judged: 3, counts: { true: 1, false: 1, debatable: 0, repeat: 1 }, precision: 1 / 3 },
      { rule: "all", findings: 6, judged: 4, counts: { true: 1, false: 1, debatable: 1, repeat: 1 }, precision: 1 / 4 },
    ]);
    expect(renderPrecisionTable(result).split("\n")).toEqual([
      "| rule            | findings | judged | true | false | debatable | repeat | precision |",
      "| --------------- | -------: | -----: | ---: | ----: | --------: | -----: | --------: |",
      "| figure-conflict |        1 |      1 |    0 |     0 |         1 |      0 |        0% |",
      "| name-variant    |        1 |      0 |    0 |     0 |         0 |      0 |         – |",
      "| spelling        |        4 |      3 |    1 |     1 |         0 |      1 |       33% |",
      "| **all**         |        6 |      4 |    1 |     1 |         1 |      1 |       25% |",
    ]);
  });

  it("lists every finding without a verdict, with its rule, id and subject, so a new rule cannot go unjudged", () => {
    const result = judge([verdict("a000000000000001", "spelling", "true")], FINDINGS);
    expect(result.unjudged.map((f) => f.id)).toEqual(["a000000000000002", "a000000000000003", "a000000000000004", "b000000000000001", "c000000000000001"]);
    expect(renderJudgedLists(judge([], [finding("d000000000000001", "brand-new-rule", "res-900")]))).toEqual([
      `Findings with no verdict yet (1); judge each in ${JUDGED_FILE}:`,
      "  brand-new-rule d000000000000001 res-900",
      "Stale verdicts (0): their id matches no finding of this run (a change may have removed it):",
    ]);
  });

  it("lists verdicts whose id matches no finding as stale, without counting them", () => {
    const result = judge([verdict("a000000000000001", "spelling", "true"), verdict("e000000000000001", "spelling", "false")], FINDINGS);
    expect(result.stale.map((v) => v.id)).toEqual(["e000000000000001"]);
    expect(result.rows.find((r) => r.rule === "spelling")).toMatchObject({ judged: 1, counts: { false: 0 }, precision: 1 });
    expect(renderJudgedLists(result).slice(-2)).toEqual([
      "Stale verdicts (1): their id matches no finding of this run (a change may have removed it):",
      "  spelling e000000000000001 subject of e000000000000001 [false]",
    ]);
  });
});

function rootWith(text: string): string {
  const root = mkdtempSync(join(tmpdir(), "judged-"));
  mkdirSync(join(root, "test/eval"), { recursive: true });
  writeFileSync(join(root, JUDGED_FILE), text);
  return root;
}

const errorsOf = (text: string): string[] => {
  const r = loadJudged(rootWith(text));
  return r.ok ? [] : r.errors.map(formatLoadError);
};

const ONE = `verdicts:
  - id: "a000000000000001"
    rule: spelling
    subject: Genecide
    verdict: "true"
    why: Genecide at the line, a misspelling.
`;

describe("loading the judged set", () => {
  it("reads a well-formed file, and treats a missing one as no verdicts", () => {
    const r = loadJudged(rootWith(ONE));
    expect(r.ok && r.judged.verdicts.map((v) => [v.id, v.verdict])).toEqual([["a000000000000001", "true"]]);
    const none = loadJudged(mkdtempSync(join(tmpdir(), "judged-")));
    expect(none.ok && none.judged.verdicts).toEqual([]);
  });

  it("refuses a malformed verdict with file:line:col", () => {
    expect(errorsOf(ONE.replace('verdict: "true"', "verdict: maybe"))).toEqual([
      `${JUDGED_FILE}:5:14: verdicts[0].verdict must be one of: true, false, debatable, repeat`,
    ]);
    expect(errorsOf(ONE.replace('verdict: "true"', "verdict: true"))).toEqual([
      `${JUDGED_FILE}:5:14: verdicts[0].verdict must be quoted ("true", "false"): YAML reads a bare true or false as a boolean`,
    ]);
    expect(errorsOf(ONE.replace("    why: Genecide at the line, a misspelling.\n", ""))).toEqual([
      `${JUDGED_FILE}:2:5: missing required field "why" in verdicts[0]`,
    ]);
    expect(errorsOf(`verdicts:\n  - id: "a000000000000001\n`)).toEqual([`${JUDGED_FILE}:3:1: Missing closing "quote`]);
  });

  it("refuses a repeat without repeatOf, repeatOf on another verdict, and an id judged twice", () => {
    const repeat = ONE.replace('verdict: "true"', 'verdict: "repeat"');
    expect(errorsOf(repeat)).toEqual([`${JUDGED_FILE}:2:5: a repeat must name the finding it repeats in "repeatOf"`]);
    expect(errorsOf(ONE.replace("    why:", '    repeatOf: "b000000000000001"\n    why:'))).toEqual([
      `${JUDGED_FILE}:6:15: "repeatOf" is only for the verdict "repeat", not "true"`,
    ]);
    expect(errorsOf(ONE + ONE.replace("verdicts:\n", ""))).toEqual([`${JUDGED_FILE}:7:9: finding a000000000000001 is judged twice (first at verdicts[0])`]);
  });

  it("refuses a verdict whose rule is not its finding's, and a repeat of nothing known", () => {
    const repeat = ONE.replace('verdict: "true"', 'verdict: "repeat"').replace("    why:", '    repeatOf: "f000000000000001"\n    why:');
    const r = loadJudged(rootWith(repeat));
    if (!r.ok) throw new Error("expected the file to load");
    expect(checkAgainstFindings(r.judged, [finding("a000000000000001", "probable-typo")]).map(formatLoadError)).toEqual([
      `${JUDGED_FILE}:3:11: finding a000000000000001 is of rule "probable-typo", not "spelling"`,
      `${JUDGED_FILE}:6:15: "f000000000000001" is neither a finding of this run nor a judged finding`,
    ]);
    expect(checkAgainstFindings(r.judged, [finding("a000000000000001", "spelling"), finding("f000000000000001", "spelling")])).toEqual([]);
  });
});
