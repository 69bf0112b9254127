import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { load } from "js-yaml";
import { yamlLib } from "../load/yaml-lib.js";
import { assignFacts } from "../draft/facts.js";
import { draftDocument, type DraftDocument } from "../draft/record.js";
import { splitDocuments } from "../draft/split.js";
import { archiveVocabulary } from "../load/vocabulary.js";
import { factsFile, type FactEntry } from "../model/registry.js";
import type { Io } from "./check-command.js";
import { writeAtomic } from "./write.js";

const FACTS = "data/registry/facts.yaml";
const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? "" : "s"}`;
const SCHEMA_LINE = "# yaml-language-server: $schema=../../schemas/document.schema.json";

/** The registry's facts, or undefined when the file does not follow its schema (`check` says where). */
function registryFacts(root: string): FactEntry[] | undefined {
  const path = join(root, FACTS);
  if (!existsSync(path)) return [];
  try {
    const parsed = factsFile.safeParse(load(readFileSync(path, "utf8")));
    return parsed.success ? parsed.data.facts : undefined;
  } catch {
    return undefined;
  }
}

/** Ids unique in this run: a second document with the same date and title gets "-2". */
function uniqueIds(docs: readonly DraftDocument[]): void {
  const taken = new Set<string>();
  for (const d of docs) {
    const base = d.record.id;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    d.record.id = id;
  }
}

const renderRecord = (d: DraftDocument): string =>
  [
    SCHEMA_LINE,
    "# DRAFT: confirm each claim against the source, set its fact, and delete its draft field.",
    yamlLib().stringify(d.record, { lineWidth: 0 }),
  ].join("\n");

/** The facts file with `added` appended, comments and entries kept as they were. */
function withFacts(current: string | undefined, added: readonly FactEntry[]): string {
  const items = yamlLib()
    .stringify({ facts: added }, { lineWidth: 0 })
    .replace(/^facts:\n/, "");
  if (current === undefined) return `# yaml-language-server: $schema=../../schemas/facts.schema.json\nfacts:\n${items}`;
  const open = current.replace(/^facts:\s*\[\s*\]\s*$/m, "facts:");
  return `${open.endsWith("\n") ? open : `${open}\n`}${items}`;
}

/**
 * `draft <source-file>`: a draft record for each document of a source (split at separator lines
 * or runs of blank lines), every date, figure and name a claim marked draft, each figure filed
 * under a proposed fact. Writes data/documents/<id>.yaml and the proposals into the facts
 * registry, never over an existing record; with `stdout`, prints instead.
 */
export function runDraftFile(root: string, source: string, toStdout: boolean, io: Io): number {
  const file = (isAbsolute(source) ? relative(root, source) : source).split("\\").join("/");
  if (file.startsWith("..")) {
    io.err(`${source}: the source must be inside the archive (put it under data/sources/)`);
    return 2;
  }
  let lines: string[];
  try {
    lines = readFileSync(join(root, file), "utf8").split(/\r?\n/);
  } catch {
    io.err(`${file}: cannot read the source`);
    return 2;
  }
  const types = archiveVocabulary(root).documentTypes;
  const docs = splitDocuments(lines).map((span) => draftDocument(lines, file, span, types));
  if (docs.length === 0) {
    io.err(`${file}: no text to draft`);
    return 2;
  }
  uniqueIds(docs);
  const registry = registryFacts(root);
  if (!registry) {
    io.err(`${FACTS}: not a valid facts registry; run corpus-check check to see where, and draft again`);
    return 2;
  }
  const added = assignFacts(docs, registry);
  if (toStdout) {
    for (const d of docs) io.out(`--- data/documents/${d.record.id}.yaml\n${renderRecord(d)}`);
    if (added.length > 0) io.out(`--- ${FACTS} (added)\n${withFacts(undefined, added)}`);
    return 0;
  }
  const existing = docs.map((d) => `data/documents/${d.record.id}.yaml`).filter((f) => existsSync(join(root, f)));
  if (existing.length > 0) {
    for (const f of existing) io.err(`${f}: already exists; draft writes nothing over a record (use --stdout to see the draft)`);
    return 2;
  }
  for (const d of docs) writeAtomic(join(root, "data/documents", `${d.record.id}.yaml`), renderRecord(d));
  if (added.length > 0) {
    const path = join(root, FACTS);
    writeAtomic(path, withFacts(existsSync(path) ? readFileSync(path, "utf8") : undefined, added));
  }
  const claims = docs.reduce((n, d) => n + d.record.claims.length, 0);
  for (const d of docs)
    io.out(
      `wrote data/documents/${d.record.id}.yaml (lines ${d.record.source.first}-${d.record.source.last}, ${count(d.record.claims.length, "draft claim")})`,
    );
  io.out(
    `${count(docs.length, "document")}, ${count(claims, "draft claim")}; ${count(added.filter((f) => f.proposed).length, "fact")} proposed in ${FACTS}. Next: corpus-check check, then confirm the drafts.`,
  );
  return 0;
}
