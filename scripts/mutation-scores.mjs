// Prints the mutation score per folder and per file (weakest first) from Stryker's incremental
// file, without running anything: `node scripts/mutation-scores.mjs [file.json] [--survivors <path>]`.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const at = args.indexOf("--survivors");
const survivorsOf = at >= 0 ? args[at + 1] : undefined;
const file = args.find((a, i) => !a.startsWith("--") && (at < 0 || i !== at + 1)) ?? "reports/mutation/stryker-incremental.json";
const report = JSON.parse(readFileSync(file, "utf8"));

const tally = () => ({ killed: 0, survived: 0, noCoverage: 0, timeout: 0, ignored: 0, disabled: 0 });
const add = (t, m) => {
  if (m.status === "Killed") t.killed++;
  else if (m.status === "Timeout") t.timeout++;
  else if (m.status === "Survived") t.survived++;
  else if (m.status === "NoCoverage") t.noCoverage++;
  else if (m.status === "Ignored") {
    // A reused result loses its `static` flag (Stryker 9 incremental), its reason keeps it.
    if (m.static || m.statusReason?.startsWith("Static mutant")) t.ignored++;
    else t.disabled++;
  }
};
const score = (t) => {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? NaN : (100 * (t.killed + t.timeout)) / valid;
};
const row = (name, t) => `| ${name} | ${score(t).toFixed(1)} | ${t.killed + t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.disabled} | ${t.ignored} |`;

const byFile = new Map();
const byFolder = new Map();
const all = tally();
for (const [name, f] of Object.entries(report.files)) {
  const t = tally();
  const folder = name.split("/").slice(0, -1).join("/");
  if (!byFolder.has(folder)) byFolder.set(folder, tally());
  for (const m of f.mutants) {
    add(t, m);
    add(byFolder.get(folder), m);
    add(all, m);
    if (survivorsOf && name.includes(survivorsOf) && (m.status === "Survived" || m.status === "NoCoverage")) {
      const line = f.source.split("\n")[m.location.start.line - 1] ?? "";
      console.log(
        `${name}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} ${JSON.stringify(m.replacement ?? "")} | ${line.trim().slice(0, 120)}`,
      );
    }
  }
  byFile.set(name, t);
}
if (survivorsOf) process.exit(0);
console.log("| scope | score % | killed | survived | no coverage | disabled | static (ignored) |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, t] of [...byFolder].sort()) console.log(row(`\`${name}/\``, t));
console.log(row("**all**", all));
console.log("");
console.log("| file | score % | killed | survived | no coverage | disabled | static (ignored) |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
// Files with no mutant to judge (only static ones) last.
const order = (t) => (Number.isNaN(score(t)) ? 101 : score(t));
for (const [name, t] of [...byFile].sort((a, b) => order(a[1]) - order(b[1]) || a[0].localeCompare(b[0]))) console.log(row(`\`${name}\``, t));
