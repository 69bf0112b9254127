import { createRequire } from "node:module";

type Yaml = typeof import("yaml");

const require = createRequire(import.meta.url);
let lib: Yaml | undefined;

/**
 * The exact YAML reader (`yaml`), loaded when first asked for: a check whose files are all plain
 * (read by js-yaml) or unchanged since the last run (the record cache) never loads it.
 */
export function yamlLib(): Yaml {
  lib ??= require("yaml") as Yaml;
  return lib;
}
