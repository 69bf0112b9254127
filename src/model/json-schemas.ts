import { z } from "zod";
import { acknowledgementsFile } from "./acknowledgements.js";
import { confusionsFile } from "./confusions.js";
import { documentRecord } from "./document.js";
import { evalAnnotationsFile, evalCategoriesFile } from "./evaluation.js";
import { entitiesFile, factsFile, instrumentsFile } from "./registry.js";
import { rulesFile } from "./rules.js";
import { report } from "./report.js";

/** Every JSON Schema the project publishes, by file name under schemas/. zod is the single source. */
export const schemaSources = {
  "acknowledgements.schema.json": acknowledgementsFile,
  "confusions.schema.json": confusionsFile,
  "document.schema.json": documentRecord,
  "entities.schema.json": entitiesFile,
  "eval-annotations.schema.json": evalAnnotationsFile,
  "eval-categories.schema.json": evalCategoriesFile,
  "facts.schema.json": factsFile,
  "instruments.schema.json": instrumentsFile,
  "rules.schema.json": rulesFile,
  "report.schema.json": report,
} as const;

export type SchemaName = keyof typeof schemaSources;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * ajv reports every branch of a plain oneOf; marking unions discriminated by `kind`
 * lets it report only the branch the record chose.
 */
function markDiscriminators(node: Json): Json {
  if (Array.isArray(node)) return node.map(markDiscriminators);
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = markDiscriminators(v);
  const branches = out["oneOf"];
  if (Array.isArray(branches) && branches.every(hasKindConst)) {
    out["discriminator"] = { propertyName: "kind" };
    out["type"] = "object";
  }
  return out;
}

function hasKindConst(branch: Json): boolean {
  if (branch === null || typeof branch !== "object" || Array.isArray(branch)) return false;
  const props = branch["properties"];
  if (props === null || typeof props !== "object" || Array.isArray(props)) return false;
  const kind = props["kind"];
  return kind !== null && typeof kind === "object" && !Array.isArray(kind) && "const" in kind;
}

/** The JSON Schema (draft-07) for one published schema, as committed under schemas/. */
export function jsonSchemaFor(name: SchemaName): Json {
  const generated = z.toJSONSchema(schemaSources[name], { target: "draft-7" }) as Json;
  const marked = markDiscriminators(generated);
  if (marked === null || typeof marked !== "object" || Array.isArray(marked)) return marked;
  return { ...marked, title: name.replace(".schema.json", "") };
}

export function renderSchema(name: SchemaName): string {
  return JSON.stringify(jsonSchemaFor(name), null, 2) + "\n";
}
