import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { schemaSources, type SchemaName } from "../model/json-schemas.js";
import type { Io } from "./check-command.js";

const PACKAGE = resolve(import.meta.dirname, "..", "..");
const TEMPLATE = join(PACKAGE, "templates", "init");

/** npm never packs a file named .gitignore, so the template keeps it under another name. */
const RENAMED: Record<string, string> = { gitignore: ".gitignore" };

/** The schemas a corpus's YAML files name (its evaluation files included); the report schema describes output, not input. */
const INPUT_SCHEMAS = (Object.keys(schemaSources) as SchemaName[]).filter((s) => s !== "report.schema.json");

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(TEMPLATE, join(e.parentPath, e.name)))
    .sort();
}

/** Every file init writes: the target path under the corpus root and where its content comes from. */
function plan(): { target: string; from: string }[] {
  const files = templateFiles(TEMPLATE).map((f) => ({ target: RENAMED[f] ?? f, from: join(TEMPLATE, f) }));
  const schemas = INPUT_SCHEMAS.map((s) => ({ target: join("schemas", s), from: join(PACKAGE, "schemas", s) }));
  return [...files, ...schemas];
}

/**
 * Scaffolds a minimal corpus under `root` from the template shipped with the package. Writes
 * nothing when any of its files already exists: a scaffold never overwrites a curator's work.
 */
export function runInit(root: string, io: Io): number {
  const files = plan();
  const existing = files.filter((f) => existsSync(join(root, f.target)));
  if (existing.length > 0) {
    for (const f of existing) io.err(`${f.target}: already exists; init writes nothing over existing files`);
    io.err(`${existing.length} file${existing.length === 1 ? "" : "s"} in the way; nothing was written.`);
    return 2;
  }
  for (const f of files) {
    mkdirSync(dirname(join(root, f.target)), { recursive: true });
    writeFileSync(join(root, f.target), readFileSync(f.from));
  }
  for (const f of files) io.out(`created ${f.target}`);
  io.out(`A corpus with one example document is ready in ${root}. Next: npx corpus-check check, then README.md.`);
  return 0;
}
