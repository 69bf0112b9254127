import { loadCorpus } from "../src/load/corpus.js";
import { nameWords } from "../src/text/spelling.js";
import { aliasWords } from "../src/text/name-clusters.js";
const l = loadCorpus(".");
if (!l.ok) process.exit(2);
const src = l.corpus.sources.get("data/sources/khojaly-compilation.txt") ?? [];
const al = aliasWords(l.corpus);
for (const w of nameWords(l.corpus)) {
  if (al.has(w.lower)) continue;
  const u = w.uses[0]!;
  const line = src[u.line - 1] ?? "";
  const i = u.token.col;
  console.log(`${w.printed} (${w.uses.length}) ${u.line}: ${line.slice(Math.max(0, i - 50), i + 50).trim()}`);
}
