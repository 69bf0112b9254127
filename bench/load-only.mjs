// The project's loader alone, from the built dist/: read, validate, resolve references. Prints {"ms", "rssMb"}.
import { loadCorpus } from "../dist/load/corpus.js";

const started = performance.now();
const r = loadCorpus(process.argv[2] ?? ".");
if (!r.ok)
  throw new Error(
    r.errors
      .slice(0, 3)
      .map((e) => `${e.file}:${e.line}: ${e.message}`)
      .join("; "),
  );
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms: Math.round(ms), rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + "\n");
