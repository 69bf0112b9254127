import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { jsonSchemaFor, type SchemaName } from "../model/json-schemas.js";
import { AJV_OPTIONS } from "./ajv-options.js";
import type { LoadError } from "./load-error.js";
import { positionOf, type DataPath, type YamlFile } from "./yaml-file.js";

let ajv: Ajv | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

/**
 * The validators scripts/build.mjs generated into dist/ as ajv standalone code, or none when
 * running from src/ (tests, tsx); then each schema is compiled once on first use.
 */
function prebuilt(): Partial<Record<SchemaName, ValidateFunction>> {
  try {
    return createRequire(import.meta.url)("./validators.cjs") as Partial<Record<SchemaName, ValidateFunction>>;
  } catch {
    return {};
  }
}
const built = prebuilt();

function validatorFor(name: SchemaName): ValidateFunction {
  let v = built[name] ?? compiled.get(name);
  if (!v) {
    ajv ??= new Ajv(AJV_OPTIONS);
    v = ajv.compile(jsonSchemaFor(name) as object);
    compiled.set(name, v);
  }
  return v;
}

/** Whether data follows a published schema; the fast reader's test, without positions. */
export function isValid(name: SchemaName, data: unknown): boolean {
  return validatorFor(name)(data);
}

/** Validates a parsed file against a published schema; one located error per problem. */
export function validateAgainst(name: SchemaName, y: YamlFile): LoadError[] {
  const validate = validatorFor(name);
  if (validate(y.data)) return [];
  const errors = (validate.errors ?? []).filter((e) => !isUmbrella(e));
  return dedupe(errors.map((e) => toLoadError(y, e)));
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
      return at(y, [...path, field], true, `unknown field "${field}"${where ? ` in ${where}` : ""}`);
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
      return at(y, [...path, "kind"], false, `${where || "value"}.kind: ${kindMessage(e)}`);
    default:
      return at(y, path, false, `${where || "value"} ${e.message ?? "is invalid"}`);
  }
}

function kindMessage(e: ErrorObject): string {
  const p = e.params as { error?: string; tag?: string; tagValue?: unknown };
  if (p.error === "mapping") return `unknown kind ${JSON.stringify(p.tagValue)}`;
  return "kind is required and must be a string";
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
