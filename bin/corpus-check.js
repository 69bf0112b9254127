#!/usr/bin/env node
// The package bin runs the compiled CLI, bundled into one module in dist/cli/ (no TypeScript
// compilation at run time, one file to load). In a checkout, a dist/ older than any file under src/
// is rebuilt first, so a stale build never runs; an installed package ships the dist/ it was packed with.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = `${root}dist/.built`;
const bundle = `${root}dist/cli/corpus-check.mjs`;

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    newest = Math.max(newest, e.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (existsSync(`${root}.git`) && existsSync(`${root}src`)) {
  const built = existsSync(stamp) && existsSync(bundle) ? statSync(stamp).mtimeMs : 0;
  if (built === 0 || newestSource(`${root}src`) > built) {
    process.stderr.write(built === 0 ? "dist/ is missing; building…\n" : "dist/ is older than src/; rebuilding…\n");
    execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: "inherit" });
  }
}
await import("../dist/cli/corpus-check.mjs");
