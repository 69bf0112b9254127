import { readFileSync } from "node:fs";
import { join } from "node:path";
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
