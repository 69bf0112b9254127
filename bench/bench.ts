import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { generate } from "./generate.js";
import { pullRequestChars } from "./pull-request-size.js";
import { reportSizes } from "./report-size.js";

const SIZES = (process.env["BENCH_SIZES"] ?? "1000,10000,50000").split(",").map(Number);
// The prose checks, taken from rules/core.yaml with its options: what a user's run does on such a
// corpus (the checks of record facts the generator never states are left out).
const FROM_CORE = [
  "cut-short-copy",
  "altered-quotation",
  "odd-spelling",
  "stray-mark",
  "hyphenation-variant",
  "confusable-word",
  "grammar-pattern",
  "split-ordinal",
  "dropped-word",
  "missing-word",
  "numbered-sequence",
  "copy-slip",
  "capitalisation-variant",
  "name-form-variant",
  "lost-stop",
];
const coreRules = (parse(readFileSync(join(import.meta.dirname, "..", "rules", "core.yaml"), "utf8")) as { rules: { id: string }[] }).rules;
const fromCore = FROM_CORE.map((id) => {
  const rule = coreRules.find((r) => r.id === id);
  if (!rule) throw new Error(`rules/core.yaml has no rule ${id}`);
  // JSON is YAML: one flow mapping per rule.
  return `  - ${JSON.stringify({ ...rule, rationale: "bench" })}`;
}).join("\n");
const RULES = `rules:
  - { id: quote-in-source, check: quote-in-source, severity: error, rationale: bench }
  - { id: claim-value, check: claim-value, severity: error, rationale: bench }
  - { id: uncovered-figure, check: uncovered-figure, severity: error, rationale: bench }
  - { id: figure-conflict, check: figure-conflict, severity: warning, rationale: bench }
  - { id: date-self, check: date-conflict, severity: warning, rationale: bench, options: { facts: [], selfFacts: [document.date.line] } }
  - { id: citation-consistency, check: citation-consistency, severity: warning, rationale: bench }
  - { id: stated-count-mismatch, check: stated-count-mismatch, severity: warning, rationale: bench }
  - { id: mixed-script, check: mixed-script, severity: info, rationale: bench }
  - { id: ocr-damage, check: ocr-damage, severity: info, rationale: bench, options: { knownTlds: [az, com, org] } }
  - { id: duplicated-passage, check: duplicated-passage, severity: info, rationale: bench, options: { scope: within, words: 9 } }
  - { id: shared-passage, check: duplicated-passage, severity: info, rationale: bench, options: { scope: across, words: 12, minWords: 14 } }
  - { id: spelling-variant, check: spelling-variant, severity: info, rationale: bench, options: { scope: variants } }
  - { id: probable-typo, check: spelling-variant, severity: info, rationale: bench, options: { scope: typos } }
  - { id: spelling, check: spelling, severity: info, rationale: bench }
  - { id: name-variant, check: name-variant, severity: info, rationale: bench }
  - { id: repetition, check: repetition, severity: info, rationale: bench, options: { passageWords: 9, maxGap: 40 } }
  - { id: real-word-error, check: real-word-error, severity: info, rationale: bench }
  - { id: qualifier-scale, check: qualifier-scale, severity: warning, rationale: bench }
${fromCore}
`;
const ROOT = join(import.meta.dirname, "..");
const tty = process.stderr.isTTY;
const progress = (s: string): void => {
  if (tty) process.stderr.write(`\r${s}\x1b[K`);
};

/** Runs one process to its end; wall time as the parent sees it (start-up included, as for a user), and its peak RSS. */
function measure(
  args: string[],
  ok: readonly number[] = [0],
  env: Record<string, string> = {},
): { ms: number; rssMb: number; stdout: string; stderr: string; failure?: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, ["--import", join(import.meta.dirname, "rss.mjs"), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, ...env },
  });
  const ms = Math.round(performance.now() - started);
  const kb = Number(/BENCH_PEAK_RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? 0);
  // A size the check cannot finish is a result to report, not a reason to lose the others.
  const failure =
    r.status !== null && ok.includes(r.status)
      ? undefined
      : /heap out of memory/.test(r.stderr)
        ? `out of memory after ${String(Math.round(ms / 1000))} s`
        : `exited ${String(r.status ?? r.signal)}: ${r.stderr.slice(0, 300)}`;
  return { ms, rssMb: Math.round(kb / 1024), stdout: r.stdout, stderr: r.stderr, ...(failure ? { failure } : {}) };
}

/** The `timing\t<ms>\t<phase>` lines the check prints with CORPUS_CHECK_TIMINGS=1, longest first. */
function phasesOf(stderr: string): Record<string, number> {
  const phases = [...stderr.matchAll(/^timing\t(\d+)\t(.+)$/gm)].map((m) => [m[2] ?? "", Number(m[1])] as const);
  return Object.fromEntries(phases.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

interface Finding {
  rule: string;
  subject: string;
}

// A private folder: other checkouts on the machine may be benchmarking at the same time.
const WORK = mkdtempSync(join(tmpdir(), "bench-"));
const rows = SIZES.map((n) => {
  const corpus = join(WORK, `corpus-${n}`);
  progress(`generating ${n} documents…`);
  const g = generate(corpus, n, RULES, 42);
  progress(`${n}: floor…`);
  const floor = measure([join(import.meta.dirname, "floor.mjs"), corpus]);
  if (floor.failure) throw new Error(`the floor failed on ${corpus}: ${floor.failure}`);
  progress(`${n}: loader…`);
  const load = measure([join(import.meta.dirname, "load-only.mjs"), corpus]);
  if (load.failure) throw new Error(`the loader failed on ${corpus}: ${load.failure}`);
  progress(`${n}: full check…`);
  const out = join(WORK, `out-${n}`);
  const full = measure([join(ROOT, "dist/cli/corpus-check.mjs"), "check", "--root", corpus, "--out", out, "--fail-on", "none"], [0, 1], {
    CORPUS_CHECK_TIMINGS: "1",
  });
  const findings = full.failure ? [] : (JSON.parse(readFileSync(join(out, "consistency-report.json"), "utf8")) as { findings: Finding[] }).findings;
  const conflicts = findings.filter((f) => f.rule === "figure-conflict").map((f) => f.subject);
  const count = (rule: string): number => findings.filter((f) => f.rule === rule).length;
  return {
    documents: g.documents,
    claims: g.claims,
    corpus,
    floorMs: floor.ms,
    loadMs: load.ms,
    fullMs: full.ms,
    // The full check's own account of its phases (CORPUS_CHECK_TIMINGS), longest first.
    phases: phasesOf(full.stderr),
    ratio: Number((full.ms / floor.ms).toFixed(2)),
    peakRssMb: full.rssMb,
    floorRssMb: floor.rssMb,
    loadRssMb: load.rssMb,
    planted: g.planted.length,
    plantedFound: g.planted.filter((p) => conflicts.includes(p)).length,
    unplantedFound: conflicts.filter((c) => !g.planted.includes(c)).length,
    sentences: g.sentences,
    defectsPlanted: g.defects,
    textFindings: Object.fromEntries(
      ["mixed-script", "ocr-damage", "probable-typo", "spelling", "name-variant", "repetition", "real-word-error"].map((r) => [r, count(r)]),
    ),
    // The comment a pull request that changed every finding would get: it must fit GitHub's limit at any size.
    pullRequestChars: full.failure ? 0 : pullRequestChars(join(out, "consistency-report.json")),
    // Issue 19's limits: HTML at most 5 MB, markdown at most 2 MB, SARIF within code scanning's.
    ...(full.failure ? {} : reportSizes(out)),
    ...(full.failure ? { failure: full.failure } : {}),
  };
});
progress("");
if (tty) process.stderr.write("\r");
const header = "documents  claims   floor ms  load ms  full ms  full/floor  peak RSS MB  planted found  unplanted  PR comment chars";
console.log(header);
for (const r of rows)
  console.log(
    [
      String(r.documents).padStart(9),
      String(r.claims).padStart(7),
      String(r.floorMs).padStart(9),
      String(r.loadMs).padStart(7),
      String(r.fullMs).padStart(7),
      String(r.ratio).padStart(10),
      String(r.peakRssMb).padStart(11),
      `${r.plantedFound}/${r.planted}`.padStart(13),
      String(r.unplantedFound).padStart(9),
      String(r.pullRequestChars).padStart(16),
      r.failure ? `  full check failed: ${r.failure}` : "",
    ].join("  "),
  );
for (const r of rows) {
  const top = Object.entries(r.phases).slice(0, 8);
  console.log(`${r.documents} documents, longest phases of the full check: ${top.map(([p, ms]) => `${p} ${ms} ms`).join(", ")}`);
}
const last = rows[rows.length - 1];
const mid = rows.find((r) => r.documents === 10000);
const growth = mid && last && last.documents === 50000 && !last.failure ? Number((last.fullMs / mid.fullMs).toFixed(2)) : undefined;
if (growth !== undefined) console.log(`growth 10,000 -> 50,000 documents: ${growth}x time`);
mkdirSync(join(ROOT, "reports"), { recursive: true });
writeFileSync(join(ROOT, "reports/bench.json"), JSON.stringify({ sizes: rows, ...(growth !== undefined ? { growth } : {}) }, null, 2) + "\n");
