import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogue } from "../checks/catalogue.js";
import { STALE_ACKNOWLEDGEMENT } from "../engine/acknowledge.js";
import { compareFindings, prepareRules, RULE_MATCHED_NOTHING, runRules } from "../engine/run.js";
import { checkAgainstFindings, judge, loadJudged, type JudgedResult } from "../eval/judged.js";
import { loadEvaluation } from "../eval/load.js";
import { evaluate, locationsIn } from "../eval/match.js";
import { JUDGED_CAPTION, judgedJson, renderJudgedLists, renderPrecisionTable } from "../eval/render-judged.js";
import { renderDetails, renderEvalJson, renderTable, withTable } from "../eval/render.js";
import { loadCorpus } from "../load/corpus.js";
import { formatLoadError, type LoadError } from "../load/load-error.js";
import { buildReport } from "../report/build.js";
import type { Io } from "./check-command.js";
import { writeAtomic } from "./write.js";

export interface EvalArgs {
  root: string;
  out: string;
  verbose: boolean;
  /** Compare reports/eval.json and the README table with what this run computes; write nothing. */
  verify: boolean;
}

const ENGINE_RULES = [RULE_MATCHED_NOTHING, STALE_ACKNOWLEDGEMENT];

function read(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function refuse(problems: readonly LoadError[], io: Io): number {
  for (const e of problems) io.err(formatLoadError(e));
  io.err(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the input; nothing was evaluated.`);
  return 2;
}

/**
 * Runs every rule in memory (no report is written), matches the findings with the hand annotations
 * and the judged set, and prints recall and precision. Exit 0 whatever the numbers; 1 when
 * `--verify` finds the committed table stale; 2 when the corpus, the annotations, the mapping or
 * the judged set cannot be loaded.
 */
export function runEval(args: EvalArgs, io: Io): number {
  const loaded = loadCorpus(args.root);
  const { rules, errors } = loaded.ok ? prepareRules(loaded.corpus, catalogue) : { rules: [], errors: loaded.errors };
  const evaluation = loaded.ok && errors.length === 0 ? loadEvaluation(args.root, loaded.corpus, [...rules.map((r) => r.id), ...ENGINE_RULES]) : undefined;
  const judged = loadJudged(args.root);
  const problems = [...errors, ...(evaluation && !evaluation.ok ? evaluation.errors : []), ...(judged.ok ? [] : judged.errors)];
  if (!loaded.ok || !evaluation?.ok || !judged.ok) return refuse(problems, io);
  const { annotations, scopes, mapping } = evaluation.evaluation;
  const report = buildReport(loaded.corpus, [...runRules(loaded.corpus, rules)].sort(compareFindings));
  const mismatched = checkAgainstFindings(judged.judged, report.findings);
  if (mismatched.length > 0) return refuse(mismatched, io);
  const result = evaluate(annotations, locationsIn(report, loaded.corpus.sources, scopes), mapping);
  const precision = judge(judged.judged.verdicts, report.findings);
  const table = renderTable(result);
  const precisionTable = renderPrecisionTable(precision);
  for (const line of [...table.split("\n"), "", ...precisionTable.split("\n")]) io.out(line);
  if (args.verbose) for (const line of renderDetails(result)) io.out(line);
  for (const line of renderJudgedLists(precision)) io.out(line);
  return keepCurrent(args, io, renderEvalJson(result, judgedJson(precision)), `${table}\n\n${JUDGED_CAPTION}\n\n${precisionTable}`, precision);
}

/** Writes reports/eval.json and the README tables, or with `--verify` compares them and writes nothing. */
function keepCurrent(args: EvalArgs, io: Io, json: string, tables: string, precision: JudgedResult): number {
  const jsonPath = join(args.out, "eval.json");
  const readmePath = join(args.root, "README.md");
  const readme = read(readmePath);
  const updated = withTable(readme, tables);
  if (updated === undefined) {
    io.err("README.md has no eval-table markers; nothing can be kept current there.");
    return 2;
  }
  if (args.verify) {
    io.out(
      `${precision.unjudged.length} finding${precision.unjudged.length === 1 ? " has" : "s have"} no verdict yet; ${precision.stale.length} stale verdict${precision.stale.length === 1 ? "" : "s"}.`,
    );
    const stale = [...(read(jsonPath) === json ? [] : [jsonPath]), ...(updated === readme ? [] : [readmePath])];
    if (stale.length > 0) {
      io.err(`stale: ${stale.join(", ")}; run npm run eval and commit them`);
      return 1;
    }
    io.out("eval.json and the README table are current.");
    return 0;
  }
  writeAtomic(jsonPath, json);
  if (updated !== readme) writeAtomic(readmePath, updated);
  io.out(`Written: ${jsonPath}${updated !== readme ? ", the README table" : ""}.`);
  return 0;
}
