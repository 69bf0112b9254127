// The independent floor: the fastest plain read-and-validate of the same records, with nothing of
// this project's code: js-yaml (core schema, no positions) and ajv with the published schema,
// compiled once. Prints {"ms", "rssMb", "records"}.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { CORE_SCHEMA, load } from "js-yaml";

const started = performance.now();
const [root = "."] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(join(import.meta.dirname, "../schemas/document.schema.json"), "utf8"));
const validate = new Ajv({ strict: true, allErrors: true, discriminator: true, allowUnionTypes: true }).compile(schema);
const dir = join(root, "data/documents");
let records = 0;
for (const name of readdirSync(dir)) {
  if (!validate(load(readFileSync(join(dir, name), "utf8"), { schema: CORE_SCHEMA }))) throw new Error(`${name}: invalid`);
  records++;
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms: Math.round(ms), rssMb: Math.round(process.resourceUsage().maxRSS / 1024), records }) + "\n");
