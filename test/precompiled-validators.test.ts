import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { compileSchema, FORMATS, standaloneValidators, type Formats } from "../src/load/schema-compiler.js";
import { locatedErrors } from "../src/load/validate.js";
import { parseYaml } from "../src/load/yaml-file.js";
import { schemaSources, type SchemaName } from "../src/model/json-schemas.js";
import { DEFAULT_VOCABULARY } from "../src/model/vocabulary.js";

// `npm run build` compiles every schema to JavaScript (dist/load/validators.cjs) so that a run
// compiles none. The precompiled validators must be the compiled ones: the same verdict, the same
// ajv errors, and so the same file:line:col messages, on good input and on bad.
const ROOT = join(import.meta.dirname, "..");
const code = standaloneValidators(DEFAULT_VOCABULARY);

// Required from a folder inside the project, so that its require("ajv/...") resolves as in dist/.
const scratch = mkdtempSync(join(ROOT, ".vitest-validators-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
writeFileSync(join(scratch, "validators.cjs"), code);
const precompiled = (createRequire(import.meta.url)(join(scratch, "validators.cjs")) as (formats: Formats) => Record<SchemaName, ValidateFunction>)(FORMATS);
const compiledOnce = new Map<SchemaName, ValidateFunction>();
function compiled(name: SchemaName): ValidateFunction {
  const v = compiledOnce.get(name) ?? compileSchema(name, DEFAULT_VOCABULARY);
  compiledOnce.set(name, v);
  return v;
}

/** The project's files of each schema, and what each file's schema is. */
function filesOf(): { file: string; schema: SchemaName }[] {
  const registry: Record<string, SchemaName> = {
    "confusions.yaml": "confusions.schema.json",
    "entities.yaml": "entities.schema.json",
    "facts.yaml": "facts.schema.json",
    "instruments.yaml": "instruments.schema.json",
    "words.yaml": "words.schema.json",
    "organisations.yaml": "organisations.schema.json",
  };
  const inDir = (dir: string, schema: SchemaName): { file: string; schema: SchemaName }[] =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => ({ file: `${dir}/${f}`, schema }));
  return [
    ...inDir("data/documents", "document.schema.json"),
    ...Object.entries(registry).map(([f, schema]) => ({ file: `data/registry/${f}`, schema })),
    ...inDir("rules", "rules.schema.json"),
    { file: "data/acknowledgements.yaml", schema: "acknowledgements.schema.json" },
    ...inDir("test/eval/annotations", "eval-annotations.schema.json"),
    { file: "test/eval/categories.yaml", schema: "eval-categories.schema.json" },
    { file: "test/eval/judged.yaml", schema: "eval-judged.schema.json" },
    { file: "reports/consistency-report.json", schema: "report.schema.json" },
  ];
}

const FILES = filesOf();
const parsed = FILES.map(({ file, schema }) => ({ file, schema, data: parseYaml(file, readFileSync(join(ROOT, file))).yaml?.data }));

/** Both validators' verdicts and errors on one value, and their located messages on it written as YAML. */
function expectSame(schema: SchemaName, data: unknown): void {
  const a = precompiled[schema];
  const b = compiled(schema);
  expect(a(data)).toBe(b(data));
  expect(a.errors ?? null).toEqual(b.errors ?? null);
  const y = parseYaml("x.yaml", new TextEncoder().encode(stringify(data))).yaml;
  if (y) expect(locatedErrors(a, y)).toEqual(locatedErrors(b, y));
}

type Path = (string | number)[];

/** Every path into a value, the root included. */
function pathsOf(v: unknown, at: Path = []): Path[] {
  if (v === null || typeof v !== "object") return [at];
  const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  return [at, ...entries.flatMap(([k, x]) => pathsOf(x, [...at, k]))];
}

/** Ways a person gets a record wrong: a field dropped, misspelt, of the wrong type, an impossible date, an unknown tag. */
const MUTATIONS = ["delete", "misspell", "number", "string", "array", "empty", "date", "kind", "unknown"] as const;

type How = (typeof MUTATIONS)[number];

/** The value at the end of a path replaced, or its key dropped or misspelt; a copy, the input untouched. */
function mutate(v: unknown, path: Path, how: How): unknown {
  const [seg, ...rest] = path;
  if (seg === undefined) return replaced(v, how);
  if (Array.isArray(v)) {
    if (rest.length === 0 && how === "delete") return v.filter((_, i) => i !== seg);
    return v.map((x: unknown, i) => (i === seg ? mutate(x, rest, how) : x));
  }
  const entries = Object.entries(v as Record<string, unknown>);
  if (rest.length === 0 && how === "delete") return Object.fromEntries(entries.filter(([k]) => k !== seg));
  if (rest.length === 0 && how === "misspell") return Object.fromEntries(entries.map(([k, x]) => [k === seg ? `${k}s` : k, x]));
  return Object.fromEntries(entries.map(([k, x]) => [k, k === seg ? mutate(x, rest, how) : x]));
}

function replaced(v: unknown, how: How): unknown {
  const values: Record<How, unknown> = {
    delete: v,
    misspell: v,
    number: 42,
    string: "forty-two",
    array: [v],
    empty: "",
    date: "1993-02-29",
    kind: { kind: "nothing", value: 1 },
    unknown: { colour: "red" },
  };
  return values[how];
}

describe("precompiled schema validators", () => {
  it("are generated the same way every time (the build's output depends only on the schemas)", () => {
    expect(standaloneValidators(DEFAULT_VOCABULARY)).toBe(code);
  });

  it("cover every published schema", () => {
    expect(Object.keys(precompiled).sort()).toEqual(Object.keys(schemaSources).sort());
  });

  it.each(parsed.map((p) => [p.file, p] as const))("accept and refuse %s as the compiled ones do", (_file, { schema, data }) => {
    expect(precompiled[schema](data)).toBe(true);
    expectSame(schema, data);
  });

  it("give the same errors at the same file:line:col as the compiled ones on broken records", () => {
    // Every small file (a record, a registry): the report and the verdicts are too large to rewrite hundreds of times.
    const small = parsed.flatMap((p, i) => (JSON.stringify(p.data).length < 20_000 ? [i] : []));
    const cases = small.flatMap((i) => pathsOf(parsed[i]?.data).map((path) => ({ i, path })));
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.constantFrom(...MUTATIONS), ({ i, path }, how) => {
        const p = parsed[i];
        if (p) expectSame(p.schema, mutate(p.data, path, how));
      }),
      { numRuns: 150 },
    );
  });

  it("in a current dist/ are the ones the schemas give now (npm run build writes them)", () => {
    const dist = join(ROOT, "dist");
    const stamp = join(dist, ".built");
    if (!existsSync(stamp)) return;
    // Only a dist/ built after the last change to src/ must match; the bin rebuilds an older one before it runs.
    const tracked = execFileSync("git", ["ls-files", "src"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
    const newest = Math.max(...tracked.filter((f) => existsSync(join(ROOT, f))).map((f) => statSync(join(ROOT, f)).mtimeMs));
    if (statSync(stamp).mtimeMs < newest) return;
    expect(readFileSync(join(dist, "load", "validators.cjs"), "utf8")).toBe(code);
  });
});
