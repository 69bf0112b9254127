import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogue } from "../checks/catalogue.js";
import { STALE_ACKNOWLEDGEMENT } from "../engine/acknowledge.js";
import { compareFindings, prepareRules, RULE_MATCHED_NOTHING, runRules } from "../engine/run.js";
import { checkAgainstFindings, judge, loadJudged, type JudgedResult } from "../eval/judged.js";
import { ANNOTATIONS_DIR, CATEGORIES_FILE, loadEvaluation } from "../eval/load.js";
import { evaluate, locationsIn } from "../eval/match.js";
import { JUDGED_CAPTION, judgedJson, renderJudgedLists, renderPrecisionTable } from "../eval/render-judged.js";
import { renderDetails, renderEvalJson, renderTable, withTable } from "../eval/render.js";
import { loadCorpus } from "../load/corpus.js";
import { evalCategory } from "../model/evaluation.js";
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

/** What to do first, for an archive with no hand annotations yet: nothing to measure is no error. */
const HOW_TO_START = [
  "Nothing to evaluate yet: eval measures the checks against defects you mark by hand, and this archive has none.",
  "To start:",
  "  1. Pick two or three documents and read their source lines closely.",
  `  2. For each, write ${ANNOTATIONS_DIR}/<document-id>.yaml, for example:`,
  "       document: <document-id>",
  "       annotator: <your name>",
  "       read: [<first line>, <last line>]",
  "       annotations:",
  "         - line: <source line>",
  `           category: figure   # one of: ${evalCategory.options.join(", ")}`,
  "           text: <the words as printed>",
  "           note: <what is wrong, in one sentence>",
  "     (schema: schemas/eval-annotations.schema.json)",
  `  3. Write ${CATEGORIES_FILE}: each rule id of rules/ with the categories its findings detect (schema: schemas/eval-categories.schema.json).`,
  "  4. Run corpus-check eval again: it prints how many marked defects the checks find (recall) and how many findings fall on them (precision).",
];

const hasAnnotations = (root: string): boolean => {
  const dir = join(root, ANNOTATIONS_DIR);
  return existsSync(dir) && readdirSync(dir).some((f) => /\.ya?ml$/.test(f));
};

/**
 * Runs every rule in memory (no report is written), matches the findings with the hand annotations
 * and the judged set, and prints recall and precision. Exit 0 whatever the numbers; 1 when
 * `--verify` finds the committed table stale; 2 when the corpus, the annotations, the mapping or
 * the judged set cannot be loaded.
 */
export function runEval(args: EvalArgs, io: Io): number {
  if (!hasAnnotations(args.root) && !existsSync(join(args.root, CATEGORIES_FILE))) {
    for (const line of HOW_TO_START) io.out(line);
    return 0;
  }
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
