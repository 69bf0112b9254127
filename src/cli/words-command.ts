import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { yamlLib } from "../load/yaml-lib.js";
import { loadCorpus } from "../load/corpus.js";
import { wordEntry } from "../model/registry.js";
import { aliasWords, nameClusters, transliterated, type NameCluster } from "../text/name-clusters.js";
import type { OcrConfusion } from "../text/edits.js";
import { keyConfusions } from "../text/name-distance.js";
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
  const { isMap, isSeq, parseDocument } = yamlLib();
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
    for (const line of entityProposals(clusters, keyConfusions(corpus.confusions.characters))) io.out(line);
  }
  return 0;
}

const times = (n: number): string => `${n} time${n === 1 ? "" : "s"}`;

/**
 * One registry entry per group of transliterations, each spelling above it with its count and the
 * first places that print it, so a curator can read them in context before accepting the group. A
 * spelling joined by a full edit only is no known form (name-variant reports it): shown, never an alias.
 */
export function entityProposals(clusters: readonly NameCluster[], ocr: readonly OcrConfusion[]): string[] {
  return clusters.flatMap((c) => {
    const family = transliterated(c.spellings, ocr);
    const [first] = family;
    if (!first) return [];
    const seen = c.spellings.map((s) => {
      const at = [...new Set(s.uses.map((u) => `${u.document} line ${u.line}`))];
      const shown = at.length > 3 ? `${at.slice(0, 3).join(", ")} and ${at.length - 3} more` : at.join(", ");
      const odd = family.includes(s) ? "" : " (one edit from the others, no transliteration: not an alias)";
      return `  # ${q(s.printed)} ${times(s.uses.length)}: ${shown}${odd}`;
    });
    return [
      ...seen,
      `  - id: ${first.lower.normalize("NFD").replace(/[^a-z0-9]+/g, "-")}`,
      `    name: ${q(first.printed)}`,
      "    kind: place",
      `    aliases: [${family.map((s) => q(s.printed)).join(", ")}]`,
      '    note: "TODO: what it names; kind"',
    ];
  });
}
