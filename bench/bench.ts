import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "./generate.js";

const SIZES = (process.env["BENCH_SIZES"] ?? "1000,10000,50000").split(",").map(Number);
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
  - { id: shared-passage, check: duplicated-passage, severity: info, rationale: bench, options: { scope: across, words: 12, minShared: 3 } }
  - { id: spelling-variant, check: spelling-variant, severity: info, rationale: bench, options: { scope: variants } }
  - { id: probable-typo, check: spelling-variant, severity: info, rationale: bench, options: { scope: typos } }
`;
const tty = process.stderr.isTTY;
const progress = (s: string): void => {
  if (tty) process.stderr.write(`\r${s}\x1b[K`);
};

function measure(root: string, mode: string): { ms: number; rssMb: number; found: string[] } {
  // The heap is capped at 800 MB: the live set fits, and V8 would otherwise grow it lazily past 1 GB.
  const out = execFileSync(process.execPath, ["--max-old-space-size=800", "--import", "tsx", join(import.meta.dirname, "run-one.ts"), root, mode], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out) as { ms: number; rssMb: number; found: string[] };
}

const rows = SIZES.map((n) => {
  const root = join(tmpdir(), `bench-corpus-${n}`);
  progress(`generating ${n} documents…`);
  const g = generate(root, n, RULES, 42);
  progress(`${n}: floor…`);
  const floor = measure(root, "floor");
  progress(`${n}: full…`);
  const full = measure(root, "full");
  const found = g.planted.filter((p) => full.found.includes(p)).length;
  return {
    documents: g.documents,
    claims: g.claims,
    floorMs: floor.ms,
    fullMs: full.ms,
    ratio: Number((full.ms / floor.ms).toFixed(2)),
    peakRssMb: Math.max(floor.rssMb, full.rssMb),
    plantedFound: found,
    planted: g.planted.length,
    falseConflicts: full.found.filter((f) => !g.planted.includes(f)).length,
  };
});
progress("");
if (tty) process.stderr.write("\r");
const header = "documents  claims   floor ms  full ms  full/floor  peak RSS MB  planted found";
console.log(header);
for (const r of rows)
  console.log(
    `${String(r.documents).padStart(9)}  ${String(r.claims).padStart(7)}  ${String(r.floorMs).padStart(8)}  ${String(r.fullMs).padStart(7)}  ${String(r.ratio).padStart(10)}  ${String(r.peakRssMb).padStart(11)}  ${r.plantedFound}/${r.planted}${r.falseConflicts ? ` (+${r.falseConflicts} unplanted)` : ""}`,
  );
const last = rows[rows.length - 1];
const mid = rows.find((r) => r.documents === 10000);
if (mid && last && last.documents === 50000) console.log(`growth 10,000 -> 50,000 documents: ${(last.fullMs / mid.fullMs).toFixed(2)}x time`);
mkdirSync("reports", { recursive: true });
writeFileSync("reports/bench.json", JSON.stringify({ sizes: rows }, null, 2) + "\n");
