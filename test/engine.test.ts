import { describe, expect, it } from "vitest";
import { catalogue } from "../src/checks/catalogue.js";
import { prepareRules, runRules } from "../src/engine/run.js";
import type { Corpus } from "../src/model/corpus.js";
import { cite, corpus, doc } from "./helpers/build-corpus.js";

function withRules(c: Corpus, rules: Corpus["rules"]): Corpus {
  return { ...c, rules };
}
const rule = (id: string, check: string, options: Record<string, unknown>): Corpus["rules"][number] => ({
  entry: { id, check, severity: "warning", rationale: "r", options },
  file: "rules/core.yaml",
  line: 3,
  checkAt: { line: 4, col: 12 },
  optionsAt: { line: 6, col: 5 },
});

describe("engine", () => {
  it("tells its timer each phase once: every rule, the per-document part apart, the document text and the merge", () => {
    const c = withRules(corpus([doc("a", [cite("r", "1", undefined, 1)])]), [rule("figures", "figure-conflict", {}), rule("script", "mixed-script", {})]);
    const phases: [string, number][] = [];
    runRules(c, prepareRules(c, catalogue).rules, (phase, ms) => phases.push([phase, ms]));
    expect(phases.map(([p]) => p)).toEqual(["document text", "rule script (per document)", "rule figures", "rule script", "merge findings"]);
    expect(phases.every(([, ms]) => ms >= 0 && Number.isFinite(ms))).toBe(true);
  });

  it("reports a rule whose selector matches no claim (rule-matched-nothing)", () => {
    const c = withRules(corpus([doc("a", [cite("r", "1", undefined, 1)])]), [rule("children", "figure-conflict", { facts: ["killed.childern"] })]);
    const { rules, errors } = prepareRules(c, catalogue);
    expect(errors).toEqual([]);
    expect(runRules(c, rules).map((f) => [f.rule, f.severity, f.message, f.locations[0]?.file, f.locations[0]?.line])).toEqual([
      [
        "rule-matched-nothing",
        "error",
        'Rule children selects fact "killed.childern", which no claim states: the rule checks nothing there.',
        "rules/core.yaml",
        3,
      ],
    ]);
  });

  it("says when a finding rests on draft claims, and only then", () => {
    const n = (value: number, draft: boolean): Corpus["documents"][number]["record"]["claims"][number] => ({
      kind: "number",
      fact: "lost",
      value,
      quote: String(value),
      line: 1,
      ...(draft ? { draft: true as const } : {}),
    });
    const messages = (a: boolean, b: boolean): string[] => {
      const c = withRules(corpus([doc("a", [n(1517, a)]), doc("b", [n(1503, b)])]), [rule("lost", "figure-conflict", {})]);
      return runRules(c, prepareRules(c, catalogue).rules).map((f) => f.message);
    };
    expect(messages(false, false)).toEqual(['Documents give incompatible figures for lost: "1,503" (b); "1,517" (a).']);
    expect(messages(false, true)).toEqual([
      'Documents give incompatible figures for lost: "1,503" (b); "1,517" (a). It rests on draft claims not yet confirmed (b).',
    ]);
  });

  it("is silent when every selected fact is stated", () => {
    const c = withRules(corpus([doc("a", [cite("r", "1", undefined, 1)])]), [rule("cites", "figure-conflict", { facts: ["cites"] })]);
    expect(runRules(c, prepareRules(c, catalogue).rules)).toEqual([]);
  });

  it("gives every finding a stable id, and the same corpus the same findings", () => {
    const c = withRules(corpus([doc("a", [cite("r", "1", "1993-01-01", 1)]), doc("b", [cite("r", "2", "1993-01-01", 1)])]), [
      rule("cc", "citation-consistency", {}),
    ]);
    const once = runRules(c, prepareRules(c, catalogue).rules);
    expect(runRules(c, prepareRules(c, catalogue).rules)).toEqual(once);
    expect(once.map((f) => f.id)).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/)]);
  });
});
