import { compactStrings } from "./compact-strings.js";
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import type { Acknowledgement } from "../model/acknowledgements.js";
import type { ConfusionsFile } from "../model/confusions.js";
import type { Corpus, LoadedAcknowledgement, LoadedDocument, LoadedMerge, LoadedRule } from "../model/corpus.js";
import type { DocumentRecord } from "../model/document.js";
import type { SchemaName } from "../model/json-schemas.js";
import type { EntityEntry, FactEntry, InstrumentEntry, OrganisationEntry, WordEntry } from "../model/registry.js";
import type { MergeGroup, RuleEntry } from "../model/rules.js";
import { DEFAULT_VOCABULARY, vocabularyOf, type VocabularyFile } from "../model/vocabulary.js";
import { yamlFilesIn } from "./files.js";
import { englishLexicon } from "./lexicon.js";
import { compareLoadErrors, type LoadError } from "./load-error.js";
import { checkReferences } from "./references.js";
import { Sources } from "./sources.js";
import { readRecord } from "./read-record.js";
import { builtRecordCache, type RecordCache } from "./record-cache.js";
import { blockLines, positionOf, type YamlFile } from "./yaml-file.js";

export type LoadResult = { ok: true; corpus: Corpus } | { ok: false; errors: LoadError[] };

const CONFUSIONS = "data/registry/confusions.yaml";
const VOCABULARY = "data/registry/vocabulary.yaml";

const REGISTRY: Record<string, SchemaName> = {
  "data/registry/confusions.yaml": "confusions.schema.json",
  "data/registry/entities.yaml": "entities.schema.json",
  "data/registry/facts.yaml": "facts.schema.json",
  "data/registry/instruments.yaml": "instruments.schema.json",
  "data/registry/words.yaml": "words.schema.json",
  "data/registry/organisations.yaml": "organisations.schema.json",
  [VOCABULARY]: "vocabulary.schema.json",
};

/**
 * Loads a corpus laid out as rules/, data/registry/, data/documents/ under `root`.
 * Either everything loads or nothing does: every problem found is returned at once.
 */
export function loadCorpus(
  root: string,
  progress: (done: number, total: number) => void = () => undefined,
  cache: RecordCache | undefined = builtRecordCache(root),
): LoadResult {
  const errors: LoadError[] = [];
  let vocabulary = DEFAULT_VOCABULARY;
  const parsed = (file: string, schema: SchemaName): YamlFile | undefined => readRecord(root, file, schema, vocabulary, errors, cache);

  const registryFiles = yamlFilesIn(root, "data/registry");
  // The archive's vocabulary decides what every other file may say, so it is read first.
  if (registryFiles.includes(VOCABULARY)) vocabulary = vocabularyOf(parsed(VOCABULARY, "vocabulary.schema.json")?.data as VocabularyFile | undefined);
  for (const f of registryFiles) {
    if (!(f in REGISTRY)) errors.push({ file: f, line: 1, col: 1, message: `unknown registry file; expected one of: ${Object.keys(REGISTRY).join(", ")}` });
  }
  for (const f of ["data/registry/facts.yaml", "data/registry/instruments.yaml"]) {
    if (!registryFiles.includes(f)) errors.push({ file: f, line: 1, col: 1, message: "registry file is missing" });
  }
  const factsYaml = registryFiles.includes("data/registry/facts.yaml") ? parsed("data/registry/facts.yaml", "facts.schema.json") : undefined;
  const instrumentsYaml = registryFiles.includes("data/registry/instruments.yaml")
    ? parsed("data/registry/instruments.yaml", "instruments.schema.json")
    : undefined;
  const entitiesYaml = registryFiles.includes("data/registry/entities.yaml") ? parsed("data/registry/entities.yaml", "entities.schema.json") : undefined;
  const wordsYaml = registryFiles.includes("data/registry/words.yaml") ? parsed("data/registry/words.yaml", "words.schema.json") : undefined;
  const organisationsYaml = registryFiles.includes("data/registry/organisations.yaml")
    ? parsed("data/registry/organisations.yaml", "organisations.schema.json")
    : undefined;
  const organisations = keyed(organisationsYaml, "organisations", (o: OrganisationEntry) => o.id, errors);
  const facts = keyed(factsYaml, "facts", (f: FactEntry) => f.key, errors);
  // Case is print, not spelling: "KHOJALY" and "Khojaly" are one word.
  const words = keyed(wordsYaml, "words", (w: WordEntry) => w.word.toLowerCase(), errors);
  const entities = keyed(entitiesYaml, "entities", (e: EntityEntry) => e.id, errors);
  const instruments = keyed(instrumentsYaml, "instruments", (i: InstrumentEntry) => i.id, errors);
  errors.push(...unknownSubjects(instrumentsYaml, entities));
  const confusionsYaml = registryFiles.includes(CONFUSIONS) ? parsed(CONFUSIONS, "confusions.schema.json") : undefined;
  const confusions = (confusionsYaml?.data as ConfusionsFile | undefined) ?? { sets: [], characters: [] };

  const ruleYamls = yamlFilesIn(root, "rules").map((f) => parsed(f, "rules.schema.json"));
  const rules = ruleYamls.flatMap(loadRules);
  const merges = ruleYamls.flatMap(loadMerges);
  const ruleFiles = new Map<string, LoadedRule>();
  for (const r of rules) {
    const first = ruleFiles.get(r.entry.id);
    if (first) errors.push({ file: r.file, line: r.line, col: 1, message: `duplicate rule id "${r.entry.id}" (first in ${first.file}:${first.line})` });
    else ruleFiles.set(r.entry.id, r);
  }

  const docFiles = yamlFilesIn(root, "data/documents");
  // One document at a time: its syntax tree is checked against sources and registries, then dropped,
  // so memory holds records, not trees.
  const sources = new Sources(root);
  // Strings the records repeat (kinds, units, fact keys), one copy for all of them.
  const shared = new Map<string, string>();
  const documents = docFiles.flatMap((f, i) => {
    if (i % 500 === 0) progress(i, docFiles.length);
    const y = parsed(f, "document.schema.json");
    if (!y) return [];
    const one = [{ y, doc: toLoadedDocument(y, shared) }];
    errors.push(...sources.load(one), ...checkReferences(one, { facts, instruments, entities }, sources.texts));
    return one.map((p) => p.doc);
  });
  errors.push(...duplicateIds(documents));

  const acknowledgements = loadAcknowledgements(root, parsed);
  cache?.save();
  if (errors.length > 0) return { ok: false, errors: errors.sort(compareLoadErrors) };
  const sorted = [...documents].sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  return {
    ok: true,
    corpus: {
      documents: sorted,
      facts,
      instruments,
      entities,
      organisations,
      confusions,
      words,
      lexicon: englishLexicon(),
      sources: sources.texts,
      rules,
      merges,
      acknowledgements,
    },
  };
}

const ACKNOWLEDGEMENTS = "data/acknowledgements.yaml";

function loadAcknowledgements(root: string, parsed: (file: string, schema: SchemaName) => YamlFile | undefined): LoadedAcknowledgement[] {
  if (!existsSync(join(root, ACKNOWLEDGEMENTS))) return [];
  const y = parsed(ACKNOWLEDGEMENTS, "acknowledgements.schema.json");
  if (!y) return [];
  const entries = (y.data as { acknowledgements: Acknowledgement[] }).acknowledgements;
  const lines = itemLines(y, "acknowledgements", entries.length);
  return entries.map((entry, i) => ({ entry, file: y.file, line: lines(i) }));
}

function keyed<T>(y: YamlFile | undefined, field: string, key: (t: T) => string, errors: LoadError[]): Map<string, T> {
  const out = new Map<string, T>();
  if (!y) return out;
  const items = (y.data as Record<string, T[]>)[field] ?? [];
  items.forEach((item, i) => {
    const k = key(item);
    if (out.has(k)) errors.push({ file: y.file, ...positionOf(y, [field, i]), message: `duplicate ${field} entry "${k}"` });
    else out.set(k, item);
  });
  return out;
}

/** An instrument's subject that names an entity must name one the entities registry defines. */
function unknownSubjects(y: YamlFile | undefined, entities: ReadonlyMap<string, EntityEntry>): LoadError[] {
  if (!y) return [];
  const items = (y.data as { instruments?: InstrumentEntry[] }).instruments ?? [];
  return items.flatMap((inst, i) =>
    (inst.subjects ?? []).flatMap((s, j) =>
      "entity" in s && !entities.has(s.entity)
        ? [
            {
              file: y.file,
              ...positionOf(y, ["instruments", i, "subjects", j, "entity"]),
              message: `entity "${s.entity}" is not defined in data/registry/entities.yaml`,
            },
          ]
        : [],
    ),
  );
}

function loadRules(y: YamlFile | undefined): LoadedRule[] {
  if (!y) return [];
  const entries = (y.data as { rules?: RuleEntry[] }).rules ?? [];
  const lines = itemLines(y, "rules", entries.length);
  // Where `check` and `options` stand is asked only to report an error in them; the syntax tree is built then.
  return entries.map((entry, i) => ({
    entry,
    file: y.file,
    line: lines(i),
    get checkAt() {
      return positionOf(y, ["rules", i, "check"]);
    },
    get optionsAt() {
      return positionOf(y, ["rules", i, "options"]);
    },
  }));
}

function loadMerges(y: YamlFile | undefined): LoadedMerge[] {
  if (!y) return [];
  const entries = (y.data as { merge?: MergeGroup[] }).merge ?? [];
  const lines = itemLines(y, "merge", entries.length);
  return entries.map((entry, i) => ({ entry, file: y.file, line: lines(i) }));
}

/**
 * The line of each item of the top-level sequence `field`: read from the text when the file is
 * plain block style (no syntax tree built), else from the tree.
 */
function itemLines(y: YamlFile, field: string, count: number): (i: number) => number {
  const scanned = y.text === undefined ? undefined : blockLines(y.text, field)?.items;
  if (scanned?.length === count) return (i) => scanned[i] ?? 1;
  return (i) => positionOf(y, [field, i]).line;
}

function toLoadedDocument(y: YamlFile, shared: Map<string, string>): LoadedDocument {
  const record = compactStrings(y.data as DocumentRecord, shared);
  const scanned = y.text === undefined ? undefined : blockLines(y.text, "claims");
  const keys = Object.keys(record);
  if (scanned && scanned.items.length === record.claims.length && scanned.keys.size === keys.length && keys.every((k) => scanned.keys.has(k))) {
    return { record, file: y.file, claimLines: scanned.items, fieldLines: Object.fromEntries(keys.map((k) => [k, scanned.keys.get(k) ?? 1])) };
  }
  const fieldLines: Record<string, number> = {};
  for (const k of Object.keys(record)) fieldLines[k] = positionOf(y, [k], true).line;
  return { record, file: y.file, claimLines: record.claims.map((_, i) => positionOf(y, ["claims", i]).line), fieldLines };
}

function duplicateIds(documents: readonly LoadedDocument[]): LoadError[] {
  const errors: LoadError[] = [];
  const seen = new Map<string, LoadedDocument>();
  for (const d of documents) {
    const id = d.record.id;
    const line = d.fieldLines["id"] ?? 1;
    const expected = basename(d.file).replace(/\.ya?ml$/, "");
    if (id !== expected) errors.push({ file: d.file, line, col: 1, message: `id "${id}" does not match the file name "${expected}"` });
    const first = seen.get(id);
    if (first) errors.push({ file: d.file, line, col: 1, message: `duplicate document id "${id}" (also in ${first.file})` });
    else seen.set(id, d);
  }
  return errors;
}
