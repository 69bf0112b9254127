import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { yamlLib } from "../load/yaml-lib.js";
import { valueText } from "../report/variants.js";
import type { Io } from "./check-command.js";
import { checkCorpus } from "./check-corpus.js";

const FILE = "data/acknowledgements.yaml";
const HEADER = `# yaml-language-server: $schema=../schemas/acknowledgements.schema.json
acknowledgements:
`;

const q = (s: string): string => JSON.stringify(s);

/**
 * Appends an entry for a finding with its current values, the person and the day; the reason is
 * left empty on purpose, so the file does not validate until a person writes why.
 */
export function runAcknowledge(root: string, id: string, by: string, today: string, io: Io): number {
  const r = checkCorpus(root, today);
  if (!r.ok) {
    for (const e of r.errors) io.err(e);
    return 2;
  }
  const f = r.report.findings.find((x) => x.id === id);
  if (!f) {
    io.err(`no finding "${id}" in this run; the ids are in reports/consistency-report.json`);
    return 2;
  }
  const path = join(root, FILE);
  if (!existsSync(path)) writeFileSync(path, HEADER);
  const entry = [
    `  - finding: ${f.id}`,
    `    rule: ${f.rule}`,
    `    values: [${f.values.map((v) => q(valueText(v.value))).join(", ")}]`,
    `    # ${f.message.replace(/\n/g, " ")}`,
    `    reason: ""`,
    `    by: ${q(by)}`,
    `    date: ${today}`,
    "",
  ].join("\n");
  appendFileSync(path, entry);
  io.out(`Added ${f.id} to ${FILE}; write the reason (what you established) before committing.`);
  return 0;
}

/** Removes entries that match no finding or are past their review-by day. */
export function runPrune(root: string, today: string, io: Io): number {
  const path = join(root, FILE);
  if (!existsSync(path)) {
    io.out("no acknowledgements");
    return 0;
  }
  const r = checkCorpus(root, today);
  if (!r.ok) {
    for (const e of r.errors) io.err(e);
    return 2;
  }
  const stale = new Set(r.report.findings.filter((f) => f.rule === "stale-acknowledgement").map((f) => f.subject));
  const { isMap, isSeq, parseDocument } = yamlLib();
  const doc = parseDocument(readFileSync(path, "utf8"));
  const list = isMap(doc.contents) ? doc.contents.get("acknowledgements", true) : undefined;
  if (!isSeq(list)) return 0;
  const before = list.items.length;
  list.items = list.items.filter((item) => !(isMap(item) && stale.has(String(item.get("finding")))));
  writeFileSync(path, doc.toString());
  io.out(`Removed ${before - list.items.length} stale acknowledgement${before - list.items.length === 1 ? "" : "s"}.`);
  return 0;
}
