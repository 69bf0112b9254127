import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { report as reportSchema, type Report } from "../model/report.js";
import { checkCorpus } from "./check-corpus.js";

/** Where a repository commits its report, relative to the corpus root: the default `--out`. */
export const COMMITTED_REPORT = "reports/consistency-report.json";

export type BaseReport = { ok: true; report: Report; note?: string } | { ok: false; error: string };

const git = (root: string, args: string[]): string =>
  execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 });

function committedReport(root: string, ref: string): Report | undefined {
  let text: string;
  try {
    text = git(root, ["show", `${ref}:./${COMMITTED_REPORT}`]);
  } catch {
    return undefined;
  }
  try {
    const parsed = reportSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The base's own data and rules, checked by this version of the tool in a temporary copy of the commit. */
function computedReport(root: string, ref: string, today: string): Report | string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-check-base-"));
  try {
    // The corpus may sit below the repository's top level: copy the commit, then check the same subfolder.
    const prefix = git(root, ["rev-parse", "--show-prefix"]).trim();
    const tar = execFileSync("git", ["archive", "--format=tar", ref], { cwd: root, maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
    execFileSync("tar", ["-x", "-C", dir], { input: tar, stdio: ["pipe", "ignore", "pipe"] });
    const result = checkCorpus(join(dir, prefix), today);
    return result.ok ? result.report : `${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} loading it (first: ${result.errors[0] ?? ""})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EMPTY: Report = { version: 1, corpus: { documents: 0, claims: 0 }, summary: { error: 0, warning: 0, info: 0, acknowledged: 0 }, findings: [] };

/**
 * The report of a base commit, for labelling findings new, changed or resolved. The committed
 * report is read at its committed path whatever `--out` says; a commit without one (a first pull
 * request, a report that moved) is checked from its own data and rules instead, and says so.
 */
export function baseReport(root: string, ref: string, today: string): BaseReport {
  try {
    git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    return { ok: false, error: `${ref} is not a commit of this repository (for a pull request, fetch the base branch first)` };
  }
  const committed = committedReport(root, ref);
  if (committed) return { ok: true, report: committed };
  const computed = computedReport(root, ref, today);
  if (typeof computed !== "string") {
    return {
      ok: true,
      report: computed,
      note: `${ref} has no committed report at ${COMMITTED_REPORT}; compared with a report computed from its data and rules.`,
    };
  }
  return {
    ok: true,
    report: EMPTY,
    note: `${ref} has no committed report at ${COMMITTED_REPORT} and its data could not be checked (${computed}); every finding counts as new.`,
  };
}
