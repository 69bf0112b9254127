import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ErrorObject, ValidateFunction } from "ajv";
import { distance } from "fastest-levenshtein";
import type { SchemaName } from "../model/json-schemas.js";
import { DEFAULT_VOCABULARY, type Vocabulary } from "../model/vocabulary.js";
import { compileSchema, FORMATS, type Formats } from "./schema-compiler.js";
import { stringProblem } from "./string-problems.js";
import type { LoadError } from "./load-error.js";
import { positionOf, type DataPath, type YamlFile } from "./yaml-file.js";

const compiled = new Map<string, ValidateFunction>();

type Validators = Partial<Record<SchemaName, ValidateFunction>>;

/**
 * Where `npm run build` writes the validators it compiles for the default vocabulary: beside this
 * module in dist/load/, named from one level up so the bundle in dist/cli/ finds them too.
 */
export const PRECOMPILED = fileURLToPath(new URL("../load/validators.cjs", import.meta.url));
let precompiled: Validators | undefined;

/** The build's validators; none when running the TypeScript sources, which compile at first use instead. */
function precompiledValidators(): Validators {
  precompiled ??= existsSync(PRECOMPILED) ? (createRequire(import.meta.url)(PRECOMPILED) as (formats: Formats) => Validators)(FORMATS) : {};
  return precompiled;
}

const DEFAULT_KEY = JSON.stringify(DEFAULT_VOCABULARY);

/** Each schema is compiled once per vocabulary (an archive has one; tests may load several), or not at all when the build did. */
function validatorFor(name: SchemaName, vocabulary: Vocabulary): ValidateFunction {
  const vocabularyKey = JSON.stringify(vocabulary);
  const key = `${name}\u0000${vocabularyKey}`;
  let v = compiled.get(key) ?? (vocabularyKey === DEFAULT_KEY ? precompiledValidators()[name] : undefined);
  if (!v) {
    v = compileSchema(name, vocabulary);
    compiled.set(key, v);
  }
  return v;
}

/** Whether data follows a published schema, without positions: the fast reader's test. */
export function isValid(name: SchemaName, data: unknown, vocabulary: Vocabulary = DEFAULT_VOCABULARY): boolean {
  return validatorFor(name, vocabulary)(data);
}

/** Validates a parsed file against a published schema; one located error per problem. */
export function validateAgainst(name: SchemaName, y: YamlFile, vocabulary: Vocabulary = DEFAULT_VOCABULARY): LoadError[] {
  return locatedErrors(validatorFor(name, vocabulary), y);
}

/** What one validator finds wrong with a parsed file, located; exported so tests can compare two validators of one schema. */
export function locatedErrors(validate: ValidateFunction, y: YamlFile): LoadError[] {
  if (validate(y.data)) return [];
  const all = (validate.errors ?? []).filter((e) => !isUmbrella(e));
  // A misspelt field is one mistake: "did you mean" says it, so the missing field it meant is not reported again.
  const meant = new Set(
    all.flatMap((e) => {
      if (e.keyword !== "additionalProperties") return [];
      const near = nearestField((e.params as { additionalProperty: string }).additionalProperty, e.parentSchema);
      return near ? [`${e.instancePath}/${near}`] : [];
    }),
  );
  const moved = movedFields(y, all);
  const errors = all.filter(
    (e) => !moved.spent.has(e) && (e.keyword !== "required" || !meant.has(`${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`)),
  );
  return dedupe([...moved.errors, ...errors.map((e) => toLoadError(y, e))]);
}

const unknownField = (e: ErrorObject): string | undefined =>
  e.keyword === "additionalProperties" ? (e.params as { additionalProperty: string }).additionalProperty : undefined;
const missingField = (e: ErrorObject): string | undefined => (e.keyword === "required" ? (e.params as { missingProperty: string }).missingProperty : undefined);

/**
 * A field indented out of its mapping is one mistake that a schema sees twice: unknown where it
 * landed, missing where it belongs. Said once, at the field, with the column it belongs at.
 */
function movedFields(y: YamlFile, all: readonly ErrorObject[]): { errors: LoadError[]; spent: Set<ErrorObject> } {
  const spent = new Set<ErrorObject>();
  const errors: LoadError[] = [];
  for (const unknown of all) {
    const field = unknownField(unknown);
    const missing = all.find((e) => !spent.has(e) && missingField(e) === field && e.instancePath !== unknown.instancePath);
    if (field === undefined || missing === undefined) continue;
    spent.add(unknown).add(missing);
    const owner = instancePath(missing.instancePath);
    const at = positionOf(y, [...instancePath(unknown.instancePath), field], true);
    const belongs = positionOf(y, owner);
    errors.push({
      file: y.file,
      ...at,
      message: `"${field}" is indented ${at.col - 1} space${at.col === 2 ? "" : "s"}, outside ${describePath(owner) || "the top level"}, which lacks it; expected ${belongs.col - 1}, in line with the fields from line ${belongs.line}`,
    });
  }
  return { errors, spent };
}

/** The known field a misspelt one is closest to, when it is close enough to be a slip (two edits, or one in a short name). */
function nearestField(field: string, schema: unknown): string | undefined {
  const props = schema !== null && typeof schema === "object" ? (schema as { properties?: unknown }).properties : undefined;
  if (props === null || typeof props !== "object") return undefined;
  const limit = field.length <= 4 ? 1 : 2;
  const scored = Object.keys(props)
    .map((k) => ({ k, d: distance(k.toLowerCase(), field.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1));
  return scored[0]?.k;
}

/** Errors that only repeat a more specific one underneath. */
function isUmbrella(e: ErrorObject): boolean {
  return e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "if";
}

function toLoadError(y: YamlFile, e: ErrorObject): LoadError {
  const path = instancePath(e.instancePath);
  const where = describePath(path);
  switch (e.keyword) {
    case "additionalProperties": {
      const field = (e.params as { additionalProperty: string }).additionalProperty;
      const near = nearestField(field, e.parentSchema);
      return at(y, [...path, field], true, `unknown field "${field}"${where ? ` in ${where}` : ""}${near ? `; did you mean "${near}"?` : ""}`);
    }
    case "required": {
      const field = (e.params as { missingProperty: string }).missingProperty;
      return at(y, path, false, `missing required field "${field}"${where ? ` in ${where}` : ""}`);
    }
    case "type":
      return at(y, path, false, `${where || "value"} must be ${(e.params as { type: string }).type}, got ${typeName(valueAt(y.data, path))}`);
    case "enum":
      return at(y, path, false, `${where || "value"} must be one of: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(", ")}`);
    case "const":
      return at(y, path, false, `${where || "value"} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`);
    case "discriminator":
      return discriminatorError(y, path, e);
    case "format":
    case "pattern": {
      const problem = stringProblem(e.keyword, e.params as { format?: string; pattern?: string }, valueAt(y.data, path));
      if (problem) return at(y, path, false, `${where || "value"} ${problem}`);
      return at(y, path, false, `${where || "value"} ${e.message ?? "is invalid"}`);
    }
    default:
      return at(y, path, false, `${where || "value"} ${e.message ?? "is invalid"}`);
  }
}

/** A union chose its branch by `tag` (a claim's kind, a date's precision) and the tag named none. */
function discriminatorError(y: YamlFile, path: DataPath, e: ErrorObject): LoadError {
  const p = e.params as { error?: string; tag?: string; tagValue?: unknown };
  const tag = p.tag ?? "kind";
  const where = describePath(path);
  if (p.error === "mapping") return at(y, [...path, tag], false, `${where || "value"}.${tag}: unknown ${tag} ${JSON.stringify(p.tagValue)}`);
  return at(y, [...path, tag], false, `${where || "value"}.${tag}: ${tag} is required and must be a string`);
}

function at(y: YamlFile, path: DataPath, key: boolean, message: string): LoadError {
  return { file: y.file, ...positionOf(y, path, key), message };
}

function instancePath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** "claims[3].line": how a person names a place in a record. */
export function describePath(path: DataPath): string {
  return path.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v = data;
  for (const s of path) v = v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "string") return `string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`;
  if (typeof v === "number" || typeof v === "boolean") return `${typeof v} ${v.toString()}`;
  return typeof v;
}

function dedupe(errors: LoadError[]): LoadError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.line}:${e.col}:${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
