import { catalogue } from "../checks/catalogue.js";
import { applyAcknowledgements } from "../engine/acknowledge.js";
import { compareFindings, prepareRules, runRules, timed, type PhaseTimer } from "../engine/run.js";
import { loadCorpus } from "../load/corpus.js";
import { formatLoadError } from "../load/load-error.js";
import type { Report } from "../model/report.js";
import { buildReport } from "../report/build.js";
import type { ReportContext } from "../report/context.js";
import { reportContext } from "../report/data.js";
import { archiveRepository, ruleHelp, toolInfo } from "./tool.js";

export type CheckResult = { ok: true; report: Report; context: ReportContext } | { ok: false; errors: string[] };

/** The whole pipeline without writing: what tests, the CLI and the base comparison share. */
export function checkCorpus(
  root: string,
  today = new Date().toISOString().slice(0, 10),
  progress: (line: string) => void = () => undefined,
  time: PhaseTimer = () => undefined,
): CheckResult {
  const loaded = timed(time, "load", () =>
    loadCorpus(root, (done, total) => {
      if (total >= 2000) progress(`loading ${done}/${total} records`);
    }),
  );
  progress("checking");
  if (!loaded.ok) return { ok: false, errors: loaded.errors.map(formatLoadError) };
  const { rules, errors } = timed(time, "prepare rules", () => prepareRules(loaded.corpus, catalogue));
  if (errors.length > 0) return { ok: false, errors: errors.map(formatLoadError) };
  const findings = applyAcknowledgements(runRules(loaded.corpus, rules, time), loaded.corpus.acknowledgements, today);
  const sorted = [...findings].sort(compareFindings);
  // The archive's own help pages and repository, never the tool's: those use the tool's own corpus.
  const files = { tool: { ...toolInfo(), repository: archiveRepository(root) }, help: (docs: string) => ruleHelp(root, docs) };
  return timed(time, "report data", () => ({
    ok: true,
    report: buildReport(loaded.corpus, sorted),
    context: reportContext(loaded.corpus, rules, sorted, files),
  }));
}
