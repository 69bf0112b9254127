// One measurement in a fresh process: `floor` loads and validates; `full` also runs every rule and writes every report format.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCorpus } from "../src/cli/check-command.js";
import { writeReports } from "../src/cli/outputs.js";
import { loadCorpus } from "../src/load/corpus.js";

const [root = "", mode = "floor"] = process.argv.slice(2);
const started = performance.now();
let found: string[] = [];
if (mode === "floor") {
  const r = loadCorpus(root);
  if (!r.ok)
    throw new Error(
      r.errors
        .slice(0, 3)
        .map((e) => e.message)
        .join("; "),
    );
} else {
  const r = checkCorpus(root, "2026-01-01");
  if (!r.ok) throw new Error(r.errors.slice(0, 3).join("; "));
  writeReports(mkdtempSync(join(tmpdir(), "bench-out-")), r.report, r.context);
  found = r.report.findings.filter((f) => f.rule === "figure-conflict").map((f) => f.subject);
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms: Math.round(ms), rssMb: Math.round(process.resourceUsage().maxRSS / 1024), found }) + "\n");
