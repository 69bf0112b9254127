import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, parseDocument } from "yaml";
import { loadCorpus } from "../load/corpus.js";
import { wordEntry } from "../model/registry.js";
import { aliasWords, nameClusters } from "../text/name-clusters.js";
import { nearMiss } from "../text/near-miss.js";
import { unknownWords } from "../text/spelling.js";
import type { Io } from "./check-command.js";

const FILE = "data/registry/words.yaml";
const HEADER = `# yaml-language-server: $schema=../../schemas/words.schema.json
words: []
`;

/** Appends an entry to the word list, keeping the file's comments and layout (the yaml document API). */
export function runWordsAdd(root: string, word: string | undefined, kind: string | undefined, note: string | undefined, io: Io): number {
  const parsed = wordEntry.safeParse({ word, kind, note });
  if (!parsed.success) {
    io.err(
      `words add <word> --kind <${wordEntry.shape.kind.options.join("|")}> --note "<what it is>": ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
    return 2;
  }
  const path = join(root, FILE);
  const doc = parseDocument(existsSync(path) ? readFileSync(path, "utf8") : HEADER);
  const list = isMap(doc.contents) ? doc.contents.get("words", true) : undefined;
  if (!isSeq(list)) {
    io.err(`${FILE} has no "words" list`);
    return 2;
  }
  const lower = parsed.data.word.toLowerCase();
  if (list.items.some((i) => isMap(i) && String(i.get("word")).toLowerCase() === lower)) {
    io.err(`"${parsed.data.word}" is already in ${FILE}`);
    return 2;
  }
  list.flow = false;
  list.items.push(doc.createNode(parsed.data));
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
  io.out(`Added "${parsed.data.word}" (${parsed.data.kind}) to ${FILE}.`);
  return 0;
}

const q = (s: string): string => JSON.stringify(s);

/**
 * Prints registry entries a curator can accept: word-list entries for candidate names no registry
 * knows, and alias lists for names spelt several ways (every spelling, none preferred).
 */
export function runSuggest(root: string, io: Io): number {
  const loaded = loadCorpus(root);
  if (!loaded.ok) {
    for (const e of loaded.errors) io.err(`${e.file}:${e.line}:${e.col}: ${e.message}`);
    return 2;
  }
  const corpus = loaded.corpus;
  const aliases = aliasWords(corpus);
  // Near misses of an alias are the probable-typo rule's: a damaged form is never a word to add.
  const names = unknownWords(corpus).filter((w) => w.verdict.kind === "name" && !nearMiss(w.lower, [...aliases], 2, 5));
  const clusters = nameClusters(corpus).filter((c) => !c.registered && c.spellings.some((s) => !aliases.has(s.lower)));
  if (names.length === 0 && clusters.length === 0) {
    io.out("# nothing to suggest: every capitalised word is known");
    return 0;
  }
  if (names.length > 0) {
    io.out(`# ${FILE}: candidate names no dictionary or registry knows; read each in context and write the note.`);
    io.out("words:");
    for (const w of names) {
      const at = [...new Set(w.uses.map((u) => `${u.document} line ${u.line}`))].slice(0, 3).join(", ");
      io.out(`  - word: ${q(w.printed)}\n    kind: name\n    note: ${q(`TODO (${at})`)}`);
    }
  }
  if (clusters.length > 0) {
    io.out("# data/registry/entities.yaml: names spelt several ways; if they name one entity, list every spelling as an alias.");
    io.out("entities:");
    for (const c of clusters) {
      const [first] = c.spellings;
      if (!first) continue;
      io.out(
        `  - id: ${first.lower.normalize("NFD").replace(/[^a-z0-9]+/g, "-")}\n    name: ${q(first.printed)}\n    kind: place\n    aliases: [${c.spellings.map((s) => q(s.printed)).join(", ")}]\n    note: "TODO: what it names; kind"`,
      );
    }
  }
  return 0;
}
