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
const ajv = new Ajv({ strict: true, allErrors: true, discriminator: true, allowUnionTypes: true });
// The published schema names one custom format, "calendar-date" (a day that exists); every consumer
// of the schema supplies it, so the floor does too, written here without the project's code.
const CALENDAR = /^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2}))$/;
ajv.addFormat("calendar-date", {
  type: "string",
  validate: (s) => {
    const m = CALENDAR.exec(s);
    if (!m) return false;
    const [year, month, day] = m[4] ? [2000, Number(m[4]), Number(m[5])] : [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
    const d = new Date(Date.UTC(year, month - 1, day));
    return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  },
});
const validate = ajv.compile(schema);
const dir = join(root, "data/documents");
let records = 0;
for (const name of readdirSync(dir)) {
  if (!validate(load(readFileSync(join(dir, name), "utf8"), { schema: CORE_SCHEMA }))) throw new Error(`${name}: invalid`);
  records++;
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms: Math.round(ms), rssMb: Math.round(process.resourceUsage().maxRSS / 1024), records }) + "\n");
