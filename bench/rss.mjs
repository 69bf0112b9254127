// Preloaded into the measured CLI (node --import): reports the process's peak RSS on stderr at exit.
import { writeSync } from "node:fs";

process.on("exit", () => writeSync(2, `\nBENCH_PEAK_RSS_KB ${process.resourceUsage().maxRSS}\n`));
