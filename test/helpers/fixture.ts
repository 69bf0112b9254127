import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { main } from "../../src/cli/main.js";

export const MINI = join(import.meta.dirname, "..", "fixtures", "mini");

/** A private copy of the mini corpus with some files replaced, for tests that break it. */
export function miniCopy(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "corpus-"));
  cpSync(MINI, root, { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, path), content);
  return root;
}

/** Runs the CLI in-process and collects what it prints. */
export function cli(args: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

export const NEWS = "data/documents/news.yaml";

/** The mini corpus's news record as committed. */
export const news = (): string => readFileSync(join(MINI, NEWS), "utf8");

/** Expects the check to refuse the input with exactly these lines before the summary, and print nothing else. */
export function refuses(root: string, lines: string[]): void {
  const r = cli(["check", "--root", root, "--no-write"]);
  expect(r.code).toBe(2);
  expect(r.err).toEqual([...lines, `${lines.length} problem${lines.length === 1 ? "" : "s"} in the input; nothing was checked.`]);
  expect(r.out).toEqual([]);
}
