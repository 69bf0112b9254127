import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSchema, schemaSources, type SchemaName } from "../src/model/json-schemas.js";

const ROOT = join(import.meta.dirname, "..");

describe("committed JSON Schemas", () => {
  it.each(Object.keys(schemaSources) as SchemaName[])("schemas/%s is generated from the zod model (npm run schemas)", (name) => {
    expect(readFileSync(join(ROOT, "schemas", name), "utf8")).toBe(renderSchema(name));
  });

  it("are draft-07, which both ajv and yaml-language-server validate", () => {
    expect((JSON.parse(renderSchema("document.schema.json")) as { $schema: string }).$schema).toBe("http://json-schema.org/draft-07/schema#");
  });
});

describe("every YAML file of the corpus names its schema for editors", () => {
  const files = execFileSync("git", ["ls-files", "data/*.yaml", "data/**/*.yaml", "rules/*.yaml"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
  it.each(files)("%s", (file) => {
    const first = readFileSync(join(ROOT, file), "utf8").split("\n")[0] ?? "";
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, `first line of ${file}`).not.toBeNull();
    expect(existsSync(join(dirname(join(ROOT, file)), m?.[1] ?? ""))).toBe(true);
  });
});
