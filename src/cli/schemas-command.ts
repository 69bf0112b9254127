import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderSchema, schemaSources, type SchemaName } from "../model/json-schemas.js";
import { archiveVocabulary } from "../load/vocabulary.js";
import type { Io } from "./check-command.js";
import { writeAtomic } from "./write.js";

/** Writes schemas/*.json from the zod model, or with `verify` reports the ones that are stale. */
export function runSchemas(root: string, verify: boolean, io: Io): number {
  const stale: string[] = [];
  const vocabulary = archiveVocabulary(root);
  for (const name of Object.keys(schemaSources) as SchemaName[]) {
    const path = join(root, "schemas", name);
    const want = renderSchema(name, vocabulary);
    if (verify) {
      let have = "";
      try {
        have = readFileSync(path, "utf8");
      } catch {
        /* missing counts as stale */
      }
      if (have !== want) stale.push(`schemas/${name}`);
    } else writeAtomic(path, want);
  }
  if (stale.length > 0) {
    io.err(`stale: ${stale.join(", ")}; run npm run schemas`);
    return 1;
  }
  io.out(verify ? "schemas are current." : "schemas written.");
  return 0;
}
