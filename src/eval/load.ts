import { existsSync } from "node:fs";
import { join } from "node:path";
import { readBytes, yamlFilesIn } from "../load/files.js";
import { compareLoadErrors, type LoadError } from "../load/load-error.js";
import { validateAgainst } from "../load/validate.js";
import { parseYaml, positionOf, type YamlFile } from "../load/yaml-file.js";
import type { Corpus } from "../model/corpus.js";
import type { EvalAnnotationsFile, EvalCategoriesFile, EvalCategory } from "../model/evaluation.js";
import type { SchemaName } from "../model/json-schemas.js";
import type { Annotation, Scope } from "./match.js";

export const ANNOTATIONS_DIR = "test/eval/annotations";
export const CATEGORIES_FILE = "test/eval/categories.yaml";

export interface Evaluation {
  annotations: Annotation[];
  scopes: Scope[];
  mapping: Map<string, readonly EvalCategory[]>;
}

export type EvaluationLoad = { ok: true; evaluation: Evaluation } | { ok: false; errors: LoadError[] };

function parsed(root: string, file: string, schema: SchemaName, errors: LoadError[]): YamlFile | undefined {
  const { yaml, errors: syntax } = parseYaml(file, readBytes(root, file));
  errors.push(...syntax);
  if (!yaml) return undefined;
  const invalid = validateAgainst(schema, yaml);
  errors.push(...invalid);
  return invalid.length === 0 ? yaml : undefined;
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** One annotation file: its document must exist, and each annotation must be inside it and quote its line. */
function annotationsOf(y: YamlFile, corpus: Corpus, errors: LoadError[]): { scope: Scope; annotations: Annotation[] } | undefined {
  const data = y.data as EvalAnnotationsFile;
  const at = (path: (string | number)[], message: string): void => {
    errors.push({ file: y.file, ...positionOf(y, path), message });
  };
  const doc = corpus.documents.find((d) => d.record.id === data.document);
  if (!doc) {
    at(["document"], `no document "${data.document}" in data/documents/`);
    return undefined;
  }
  const [first, last] = data.read;
  const span = doc.record.source;
  if (first !== span.first || last !== span.last) at(["read"], `read [${first}, ${last}] is not the span of ${data.document} (${span.first}-${span.last})`);
  const lines = corpus.sources.get(span.file) ?? [];
  const annotations = data.annotations.flatMap((a, i): Annotation[] => {
    if (a.line < first || a.line > last) {
      at(["annotations", i, "line"], `line ${a.line} is outside the lines read (${first}-${last})`);
      return [];
    }
    if (!squash(lines[a.line - 1] ?? "").includes(squash(a.text))) {
      at(["annotations", i, "text"], `text ${JSON.stringify(a.text)} is not on line ${a.line}`);
      return [];
    }
    return [
      {
        document: data.document,
        line: a.line,
        related: a.related ?? [],
        category: a.category,
        text: a.text,
        note: a.note,
        file: y.file,
        at: positionOf(y, ["annotations", i]).line,
        ...(a["found-by"] === "tool" ? { byTool: true } : {}),
      },
    ];
  });
  return { scope: { document: data.document, source: span.file, first, last }, annotations };
}

/** The mapping must name every rule that can report, and no rule that cannot. */
function mappingOf(y: YamlFile, ruleIds: readonly string[], errors: LoadError[]): Map<string, readonly EvalCategory[]> {
  const rules = (y.data as EvalCategoriesFile).rules;
  for (const id of ruleIds) {
    if (!(id in rules))
      errors.push({
        file: y.file,
        ...positionOf(y, ["rules"], true),
        message: `rule "${id}" has no categories; add it with the categories its findings detect (or [] with a reason)`,
      });
  }
  for (const id of Object.keys(rules)) {
    if (!ruleIds.includes(id))
      errors.push({ file: y.file, ...positionOf(y, ["rules", id], true), message: `"${id}" is not a rule of rules/*.yaml nor of the engine` });
  }
  return new Map(Object.entries(rules));
}

/**
 * Loads the hand annotations and the rule-to-category mapping, checked against the corpus:
 * either everything loads or every problem is returned, located as `file:line:col`.
 */
export function loadEvaluation(root: string, corpus: Corpus, ruleIds: readonly string[]): EvaluationLoad {
  const errors: LoadError[] = [];
  const files = yamlFilesIn(root, ANNOTATIONS_DIR);
  if (files.length === 0)
    errors.push({
      file: ANNOTATIONS_DIR,
      line: 1,
      col: 1,
      message:
        "no annotation files yet. To measure the checks, read a few documents by hand and write one file per document here (the document id, the lines read, and each defect seen with its line, text and category; schema: schemas/eval-annotations.schema.json), then run eval again",
    });
  const seen = new Map<string, string>();
  const loaded = files.flatMap((f) => {
    const y = parsed(root, f, "eval-annotations.schema.json", errors);
    const one = y ? annotationsOf(y, corpus, errors) : undefined;
    if (!y || !one) return [];
    const other = seen.get(one.scope.document);
    if (other) errors.push({ file: f, ...positionOf(y, ["document"]), message: `document "${one.scope.document}" is annotated in ${other} too` });
    seen.set(one.scope.document, f);
    return [one];
  });
  const categories = existsSync(join(root, CATEGORIES_FILE)) ? parsed(root, CATEGORIES_FILE, "eval-categories.schema.json", errors) : undefined;
  if (!existsSync(join(root, CATEGORIES_FILE)))
    errors.push({
      file: CATEGORIES_FILE,
      line: 1,
      col: 1,
      message: "file is missing: it maps each rule id of rules/ to the annotation categories it detects (schema: schemas/eval-categories.schema.json)",
    });
  const mapping = categories ? mappingOf(categories, ruleIds, errors) : new Map<string, readonly EvalCategory[]>();
  if (errors.length > 0) return { ok: false, errors: errors.sort(compareLoadErrors) };
  return { ok: true, evaluation: { annotations: loaded.flatMap((l) => l.annotations), scopes: loaded.map((l) => l.scope), mapping } };
}
