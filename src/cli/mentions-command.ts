import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eachEntityMention } from "../checks/spelling-variant.js";
import { loadCorpus } from "../load/corpus.js";
import { formatLoadError } from "../load/load-error.js";
import type { Io } from "./check-command.js";
import { writeAtomic } from "./write.js";
import { addTo } from "../model/multimap.js";

const q = (s: string): string => (/^[\p{L}][\p{L}\p{N} .-]*$/u.test(s) && !/^(yes|no|true|false|null|on|off)$/i.test(s) ? s : JSON.stringify(s));

/** Replaces a record's entity claims (text blocks) with `blocks`, placed before its waivers. */
function rewrite(text: string, blocks: string[]): string {
  const indent = /^(\s*)- kind: /m.exec(text)?.[1] ?? "  ";
  const kept = text
    .split(new RegExp(`(?=^${indent}- kind: )`, "m"))
    .map((part) => {
      if (!part.startsWith(`${indent}- kind: entity`)) return part;
      // An entity block runs to the next top-level key, which stays.
      const rest = /^[a-z]/m.exec(part);
      return rest ? part.slice(rest.index) : "";
    })
    .join("");
  const added = blocks
    .flatMap((b) => b.trimEnd().split("\n"))
    .map((l) => `${indent}${l}\n`)
    .join("");
  const at = kept.search(/^waivers:/m);
  if (at === -1) return kept.replace(/\n*$/, "\n") + added;
  return kept.slice(0, at) + added + kept.slice(at);
}

/**
 * `mentions`: one entity claim for the first use of each spelling of each registry entity in every
 * document. With `write`, records are rewritten; without, the records that differ are listed (exit 1).
 */
export function runMentions(root: string, write: boolean, io: Io): number {
  const loaded = loadCorpus(root);
  if (!loaded.ok) {
    for (const e of loaded.errors) io.err(formatLoadError(e));
    return 2;
  }
  const corpus = loaded.corpus;
  const seen = new Set<string>();
  const byDoc = new Map<string, string[]>();
  for (const m of eachEntityMention(corpus)) {
    const key = `${m.document}|${m.entity.id}|${m.spelling}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const block = `- kind: entity\n  fact: entity.mention\n  entity: ${m.entity.id}\n  spelling: ${q(m.spelling)}\n  quote: ${q(m.text)}\n  line: ${m.line}\n`;
    addTo(byDoc, m.document, block);
  }
  const differing: string[] = [];
  for (const doc of corpus.documents) {
    const path = join(root, doc.file);
    const before = readFileSync(path, "utf8");
    const after = rewrite(before, byDoc.get(doc.record.id) ?? []);
    if (after === before) continue;
    differing.push(doc.file);
    if (write) writeAtomic(path, after);
  }
  for (const f of differing) io.out(`${write ? "rewrote" : "differs"}: ${f}`);
  io.out(`${differing.length} record${differing.length === 1 ? "" : "s"} ${write ? "rewritten" : "with entity claims out of date"}.`);
  return write || differing.length === 0 ? 0 : 1;
}
