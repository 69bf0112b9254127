import { existsSync } from "node:fs";
import { join } from "node:path";
import { readBytes } from "../load/files.js";
import { compareLoadErrors, type LoadError } from "../load/load-error.js";
import { validateAgainst } from "../load/validate.js";
import { parseYaml, positionOf, type YamlFile } from "../load/yaml-file.js";
import type { JudgedFile, JudgedVerdict, JudgedVerdictKind } from "../model/evaluation.js";

export const JUDGED_FILE = "test/eval/judged.yaml";

/** The verdicts as read, with the file they came from so later checks can still locate them. */
export interface JudgedSet {
  verdicts: readonly JudgedVerdict[];
  yaml?: YamlFile;
}

export type JudgedLoad = { ok: true; judged: JudgedSet } | { ok: false; errors: LoadError[] };

/** What the judged set needs of a finding. */
export interface JudgedFinding {
  id: string;
  rule: string;
  subject: string;
}

/** Precision of one rule (or `all`): true over judged; findings without a verdict are not counted. */
export interface PrecisionRow {
  rule: string;
  findings: number;
  judged: number;
  counts: Record<JudgedVerdictKind, number>;
  precision: number | null;
}

export interface JudgedResult {
  rows: PrecisionRow[];
  /** Findings of this run that have no verdict yet, in report order. */
  unjudged: JudgedFinding[];
  /** Verdicts whose id matches no finding of this run (a change may have removed the finding). */
  stale: JudgedVerdict[];
}

function at(y: YamlFile, path: (string | number)[], message: string): LoadError {
  return { file: y.file, ...positionOf(y, path), message };
}

/** Problems a schema cannot see: an id judged twice, a repeat that names no finding or itself. */
function shapeErrors(y: YamlFile, verdicts: readonly JudgedVerdict[]): LoadError[] {
  const errors: LoadError[] = [];
  const seen = new Map<string, number>();
  verdicts.forEach((v, i) => {
    const first = seen.get(v.id);
    if (first !== undefined) errors.push(at(y, ["verdicts", i, "id"], `finding ${v.id} is judged twice (first at verdicts[${first}])`));
    seen.set(v.id, i);
    if (v.verdict === "repeat" && v.repeatOf === undefined) errors.push(at(y, ["verdicts", i], `a repeat must name the finding it repeats in "repeatOf"`));
    if (v.verdict !== "repeat" && v.repeatOf !== undefined)
      errors.push(at(y, ["verdicts", i, "repeatOf"], `"repeatOf" is only for the verdict "repeat", not "${v.verdict}"`));
    if (v.repeatOf === v.id) errors.push(at(y, ["verdicts", i, "repeatOf"], `finding ${v.id} cannot repeat itself`));
  });
  return errors;
}

/** YAML reads a bare true or false as a boolean: say so once instead of two schema errors. */
function withQuotingHint(y: YamlFile, errors: LoadError[]): LoadError[] {
  const data = y.data as { verdicts?: unknown };
  const list = Array.isArray(data.verdicts) ? (data.verdicts as unknown[]) : [];
  const bare = list.flatMap((v, i) => (typeof (v as { verdict?: unknown } | null)?.verdict === "boolean" ? [i] : []));
  if (bare.length === 0) return errors;
  const hinted = bare.map((i) =>
    at(y, ["verdicts", i, "verdict"], `verdicts[${i}].verdict must be quoted ("true", "false"): YAML reads a bare true or false as a boolean`),
  );
  const others = errors.filter((e) => !hinted.some((h) => h.line === e.line && h.col === e.col));
  return [...others, ...hinted].sort(compareLoadErrors);
}

/**
 * Reads the judged set. A missing file is an empty set (every finding is then unjudged); a file
 * that cannot be read, fails its schema or contradicts itself is refused with `file:line:col` errors.
 */
export function loadJudged(root: string, file = JUDGED_FILE): JudgedLoad {
  if (!existsSync(join(root, file))) return { ok: true, judged: { verdicts: [] } };
  const { yaml, errors } = parseYaml(file, readBytes(root, file));
  if (!yaml) return { ok: false, errors };
  const invalid = withQuotingHint(yaml, validateAgainst("eval-judged.schema.json", yaml));
  if (invalid.length > 0) return { ok: false, errors: invalid };
  const verdicts = (yaml.data as JudgedFile).verdicts;
  const shape = shapeErrors(yaml, verdicts);
  if (shape.length > 0) return { ok: false, errors: shape.sort(compareLoadErrors) };
  return { ok: true, judged: { verdicts, yaml } };
}

/**
 * Checks the verdicts against this run's findings: a verdict for an existing id must carry its
 * rule, and a repeat must name a finding of this run or another verdict.
 */
export function checkAgainstFindings(judged: JudgedSet, findings: readonly JudgedFinding[]): LoadError[] {
  const y = judged.yaml;
  if (!y) return [];
  const byId = new Map(findings.map((f) => [f.id, f]));
  const judgedIds = new Set(judged.verdicts.map((v) => v.id));
  return judged.verdicts.flatMap((v, i): LoadError[] => {
    const f = byId.get(v.id);
    const errors: LoadError[] = [];
    if (f && f.rule !== v.rule) errors.push(at(y, ["verdicts", i, "rule"], `finding ${v.id} is of rule "${f.rule}", not "${v.rule}"`));
    if (v.repeatOf !== undefined && !byId.has(v.repeatOf) && !judgedIds.has(v.repeatOf))
      errors.push(at(y, ["verdicts", i, "repeatOf"], `"${v.repeatOf}" is neither a finding of this run nor a judged finding`));
    return errors;
  });
}

const KINDS: readonly JudgedVerdictKind[] = ["true", "false", "debatable", "repeat"];

function row(rule: string, findings: readonly JudgedFinding[], verdictOf: ReadonlyMap<string, JudgedVerdict>): PrecisionRow {
  const counts: Record<JudgedVerdictKind, number> = { true: 0, false: 0, debatable: 0, repeat: 0 };
  for (const f of findings) {
    const v = verdictOf.get(f.id);
    if (v) counts[v.verdict] += 1;
  }
  const judged = KINDS.reduce((n, k) => n + counts[k], 0);
  return { rule, findings: findings.length, judged, counts, precision: judged === 0 ? null : counts.true / judged };
}

/** Precision per rule from the verdicts, the findings no verdict covers, and the verdicts no finding matches. */
export function judge(verdicts: readonly JudgedVerdict[], findings: readonly JudgedFinding[]): JudgedResult {
  const verdictOf = new Map(verdicts.map((v) => [v.id, v]));
  const ids = new Set(findings.map((f) => f.id));
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const rows = rules.map((r) =>
    row(
      r,
      findings.filter((f) => f.rule === r),
      verdictOf,
    ),
  );
  return {
    rows: [...rows, row("all", findings, verdictOf)],
    unjudged: findings.filter((f) => !verdictOf.has(f.id)).map(({ id, rule, subject }) => ({ id, rule, subject })),
    stale: verdicts.filter((v) => !ids.has(v.id)),
  };
}
