import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { expect } from "vitest";
import type { DocumentRecord } from "../src/model/document.js";
import { cli } from "./helpers/fixture.js";

export interface ArchiveReport {
  summary: Record<string, number>;
  findings: { rule: string; severity: string; subject: string; message: string; values: { value: unknown; documents: string[] }[] }[];
}

/**
 * A new user's first report: `init` in an empty folder, each raw text of `texts` copied under
 * data/sources and drafted, then `check`; no registry written by hand. Everything the tool printed
 * is kept, to be searched too.
 */
export function firstReport(texts: string): { root: string; report: ArchiveReport; printed: string[] } {
  const root = mkdtempSync(join(tmpdir(), "another-archive-"));
  const printed: string[] = [];
  const run = (args: string[]): ReturnType<typeof cli> => {
    const r = cli([...args, "--root", root]);
    printed.push(...r.out, ...r.err);
    return r;
  };
  expect(run(["init"]).code).toBe(0);
  for (const t of readdirSync(texts).filter((f) => f.endsWith(".txt"))) {
    copyFileSync(join(texts, t), join(root, "data/sources", t));
    const r = run(["draft", `data/sources/${t}`]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
  }
  const check = run(["check"]);
  expect(check.err).toEqual([]);
  expect(check.code).toBe(0);
  return { root, report: JSON.parse(readFileSync(join(root, "reports/consistency-report.json"), "utf8")) as ArchiveReport, printed };
}

export const records = (root: string): DocumentRecord[] =>
  readdirSync(join(root, "data/documents")).map((f) => load(readFileSync(join(root, "data/documents", f), "utf8")) as DocumentRecord);

/** Each figure-conflict finding as its fact and values: what a reader of the first report sees disagree. */
export const conflicts = (r: ArchiveReport): Record<string, unknown[]> =>
  Object.fromEntries(r.findings.filter((f) => f.rule === "figure-conflict").map((f) => [f.subject, f.values.map((v) => v.value)]));

/** Every file the tool wrote into the archive, with the texts the user brought left out. */
export function writtenFiles(root: string): { file: string; text: string }[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !join(e.parentPath, e.name).startsWith(join(root, "data/sources")))
    .map((e) => ({ file: join(e.parentPath, e.name).slice(root.length + 1), text: readFileSync(join(e.parentPath, e.name), "utf8") }));
}

/** Words that would show the tool's own corpus, its examples or its repository leaking into another archive. */
export const OUR_CORPUS = /khojaly|azerbaijan|karabakh|armenia|baku|khojaly-corpus/i;
