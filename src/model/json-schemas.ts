import { z } from "zod";
import { acknowledgementsFile } from "./acknowledgements.js";
import { CALENDAR_FORMAT, CALENDAR_NOTE } from "./dates.js";
import { confusionsFile } from "./confusions.js";
import { documentRecord } from "./document.js";
import { evalAnnotationsFile, evalCategoriesFile, judgedFile } from "./evaluation.js";
import { entitiesFile, factsFile, instrumentsFile, organisationsFile, wordsFile } from "./registry.js";
import { rulesFile } from "./rules.js";
import { report } from "./report.js";
import { DEFAULT_VOCABULARY, vocabularyFile, type Vocabulary, type VocabularyName } from "./vocabulary.js";

/** Every JSON Schema the project publishes, by file name under schemas/. zod is the single source. */
export const schemaSources = {
  "acknowledgements.schema.json": acknowledgementsFile,
  "confusions.schema.json": confusionsFile,
  "document.schema.json": documentRecord,
  "entities.schema.json": entitiesFile,
  "eval-annotations.schema.json": evalAnnotationsFile,
  "eval-categories.schema.json": evalCategoriesFile,
  "eval-judged.schema.json": judgedFile,
  "facts.schema.json": factsFile,
  "instruments.schema.json": instrumentsFile,
  "organisations.schema.json": organisationsFile,
  "rules.schema.json": rulesFile,
  "report.schema.json": report,
  "vocabulary.schema.json": vocabularyFile,
  "words.schema.json": wordsFile,
} as const;

export type SchemaName = keyof typeof schemaSources;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * ajv reports every branch of a plain oneOf; marking unions discriminated by a constant
 * property (a claim's `kind`, a date's `precision`) lets it report only the branch the record chose.
 */
function markDiscriminators(node: Json): Json {
  if (Array.isArray(node)) return node.map(markDiscriminators);
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = markDiscriminators(v);
  const branches = out["oneOf"];
  const tag = Array.isArray(branches) ? discriminatorOf(branches) : undefined;
  if (tag !== undefined) {
    out["discriminator"] = { propertyName: tag };
    out["type"] = "object";
  }
  return out;
}

function propertiesOf(branch: Json): { [key: string]: Json } | undefined {
  if (branch === null || typeof branch !== "object" || Array.isArray(branch)) return undefined;
  const props = branch["properties"];
  return props !== null && typeof props === "object" && !Array.isArray(props) ? props : undefined;
}

function discriminatorOf(branches: Json[]): string | undefined {
  const first = propertiesOf(branches[0] ?? null);
  if (!first) return undefined;
  return Object.keys(first).find((tag) =>
    branches.every((b) => {
      const p = propertiesOf(b)?.[tag];
      return p !== null && typeof p === "object" && !Array.isArray(p) && "const" in p;
    }),
  );
}

/**
 * No string of a record may hold a control character other than tab and newline: they are
 * invisible in an editor and in a report, and a quote containing one can never match its source.
 */
export const CONTROL_CHARACTERS = "\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F";
export const NO_CONTROL_CHARACTERS = `^[^${CONTROL_CHARACTERS}]*$`;

/**
 * Rules that hold for every string or every date, written once here rather than at each field:
 * free strings refuse control characters (fields with a pattern, enum or const are already
 * narrower), and a calendar-checked date says so in its description.
 */
function refineStrings(node: Json, inputs: boolean): Json {
  if (Array.isArray(node)) return node.map((n) => refineStrings(n, inputs));
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = refineStrings(v, inputs);
  if (out["format"] === CALENDAR_FORMAT) {
    const d = out["description"];
    out["description"] = typeof d === "string" ? `${d} ${CALENDAR_NOTE}` : CALENDAR_NOTE;
  }
  const free = !["pattern", "enum", "const", "format", "allOf"].some((k) => k in out);
  if (inputs && out["type"] === "string" && free) out["pattern"] = NO_CONTROL_CHARACTERS;
  return out;
}

const VOCABULARIES = new Set<string>(Object.keys(DEFAULT_VOCABULARY));

/** A field marked as a vocabulary's becomes an enum of that vocabulary's terms: one source for loader and editor. */
function applyVocabulary(node: Json, vocabulary: Vocabulary): Json {
  if (Array.isArray(node)) return node.map((n) => applyVocabulary(n, vocabulary));
  if (node === null || typeof node !== "object") return node;
  const which = node["vocabulary"];
  if (typeof which === "string" && VOCABULARIES.has(which)) {
    const d = node["description"];
    return { type: "string", enum: [...vocabulary[which as VocabularyName]], ...(typeof d === "string" ? { description: d } : {}) };
  }
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = applyVocabulary(v, vocabulary);
  return out;
}

/** The JSON Schema (draft-07) for one published schema, as committed under schemas/, with an archive's vocabulary. */
export function jsonSchemaFor(name: SchemaName, vocabulary: Vocabulary = DEFAULT_VOCABULARY): Json {
  const generated = applyVocabulary(z.toJSONSchema(schemaSources[name], { target: "draft-7" }) as Json, vocabulary);
  const marked = refineStrings(markDiscriminators(generated), name !== "report.schema.json");
  if (marked === null || typeof marked !== "object" || Array.isArray(marked)) return marked;
  return { ...marked, title: name.replace(".schema.json", "") };
}

export function renderSchema(name: SchemaName, vocabulary: Vocabulary = DEFAULT_VOCABULARY): string {
  return JSON.stringify(jsonSchemaFor(name, vocabulary), null, 2) + "\n";
}
