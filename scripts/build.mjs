#!/usr/bin/env node
// Builds dist/: the TypeScript compiled by tsc, the schema validators compiled by ajv (so a run
// compiles none), the CLI bundled into one module by esbuild (so a run loads one file), and a stamp that bin/corpus-check.js compares with the sources so a stale dist/ is
// rebuilt before it runs.
import { execFileSync } from "node:child_process";
import { build } from "esbuild";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const dist = join(root, "dist");
/** The bundled CLI that bin/corpus-check.js runs (.mjs: the pruning below keeps only compiled .js files with a source). */
const BUNDLE = join(dist, "cli", "corpus-check.mjs");

rmSync(join(dist, ".built"), { force: true });
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });

mkdirSync(dist, { recursive: true });
const { standaloneValidators } = await import(pathToFileURL(join(dist, "load", "schema-compiler.js")).href);
const { DEFAULT_VOCABULARY } = await import(pathToFileURL(join(dist, "model", "vocabulary.js")).href);
writeFileSync(join(dist, "load", "validators.cjs"), standaloneValidators(DEFAULT_VOCABULARY));
// Modules whose source was deleted must not linger in dist/.
const sources = new Set();
const walk = (dir, rel = "") => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(dir, e.name), `${rel}${e.name}/`);
    else sources.add(`${rel}${e.name}`);
  }
};
walk(join(root, "src"));
const prune = (dir, rel = "") => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) prune(join(dir, e.name), `${rel}${e.name}/`);
    else if (e.name.endsWith(".js") && !sources.has(`${rel}${e.name.replace(/\.js$/, ".ts")}`)) rmSync(join(dir, e.name));
  }
};
prune(dist);

// The CLI as one module (the package's own code and the libraries it imports statically): a run
// resolves and links one file instead of some 180, about a tenth of a run on the real corpus.
// Libraries loaded through createRequire stay outside and resolve from node_modules as before.
await build({
  entryPoints: [join(dist, "cli.js")],
  outfile: BUNDLE,
  bundle: true,
  platform: "node",
  format: "esm",
  // No lowering: tsc already wrote JavaScript for Node 20, and esbuild's node20 target would turn
  // every Unicode-property regular expression literal into a RegExp built at each call.
  target: "esnext",
  logLevel: "warning",
  // Bundled CommonJS libraries call require; an ES module has none of its own.
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
});
writeFileSync(join(dist, ".built"), `${new Date().toISOString()}\n`);
