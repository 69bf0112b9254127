import type { SchemaName } from "../model/json-schemas.js";
import type { Vocabulary } from "../model/vocabulary.js";
import { fastParse } from "./fast-yaml.js";
import { readBytes } from "./files.js";
import type { LoadError } from "./load-error.js";
import type { RecordCache } from "./record-cache.js";
import { isValid, validateAgainst } from "./validate.js";
import { decodeYaml, lazyYamlFile, parseYaml, type YamlFile } from "./yaml-file.js";

/**
 * Reads one file of the corpus against its schema: the value a run before found for the same text
 * (`cache`), else the fast reader's, else the exact reader's with every problem pushed to `errors`.
 * Undefined when the file does not load.
 */
export function readRecord(
  root: string,
  file: string,
  schema: SchemaName,
  vocabulary: Vocabulary,
  errors: LoadError[],
  cache: RecordCache | undefined,
): YamlFile | undefined {
  const bytes = readBytes(root, file);
  const decoded = decodeYaml(file, bytes);
  const text = "text" in decoded ? decoded.text : undefined;
  // The schema and the vocabulary decide whether a text is valid, so they are part of what it is cached under.
  const key = `${schema}\u0000${JSON.stringify(vocabulary)}`;
  const hit = text === undefined ? undefined : cache?.get(key, text);
  if (text !== undefined && hit !== undefined) return lazyYamlFile(file, text, hit);
  const y = (text === undefined ? undefined : readFast(file, text, schema, vocabulary)) ?? readExact(file, bytes, schema, vocabulary, errors);
  if (y && text !== undefined) cache?.set(key, text, y.data);
  return y;
}

/**
 * A plain, valid record read by js-yaml and checked by ajv, its syntax tree left unbuilt; anything
 * else (unusual syntax, a parse or schema error) is undefined, and the exact reader reads it again
 * for the message and position.
 */
function readFast(file: string, text: string, schema: SchemaName, vocabulary: Vocabulary): YamlFile | undefined {
  const data = fastParse(text);
  return data !== undefined && isValid(schema, data, vocabulary) ? lazyYamlFile(file, text, data) : undefined;
}

function readExact(file: string, bytes: Uint8Array, schema: SchemaName, vocabulary: Vocabulary, errors: LoadError[]): YamlFile | undefined {
  const { yaml, errors: syntax } = parseYaml(file, bytes);
  errors.push(...syntax);
  if (!yaml) return undefined;
  const invalid = validateAgainst(schema, yaml, vocabulary);
  errors.push(...invalid);
  return invalid.length === 0 ? yaml : undefined;
}
