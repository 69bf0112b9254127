// Evaluates English dictionaries on this corpus's words: accepted/refused, load time, lookup time.
// Run: npx tsx scripts/spelling-eval.ts (needs the candidates installed: see README, "Spelling").
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { loadCorpus } from "../src/load/corpus.js";
import { documentText } from "../src/text/document-text.js";

const require = createRequire(import.meta.url);
const loaded = loadCorpus(".");
if (!loaded.ok) throw new Error("corpus does not load");
const corpus = loaded.corpus;
const words = new Map<string, string>();
for (const d of corpus.documents)
  for (const t of documentText(corpus, d).tokens)
    if (t.shape === "word" && t.script === "latin" && !t.address && !t.tail && t.text.length > 1 && t.text !== t.text.toUpperCase()) {
      const w = t.split?.joined ?? t.text;
      if (!words.has(w.toLowerCase())) words.set(w.toLowerCase(), w);
    }
const distinct = [...words.values()];
console.log(`distinct word spellings (lower-cased): ${distinct.length}`);

interface CspellLib {
  getDefaultSettings(): Promise<object>;
  mergeSettings(...s: object[]): object;
  finalizeSettings(s: object): object;
  getDictionary(s: object): Promise<{ has(w: string, o: { ignoreCase: boolean }): boolean }>;
}

interface Speller {
  name: string;
  has(w: string): boolean;
}

function measure(name: string, load: () => Speller | Promise<Speller>): Promise<{ name: string; refused: string[] }> {
  const t0 = performance.now();
  return Promise.resolve(load()).then((s) => {
    const t1 = performance.now();
    const refused: string[] = [];
    for (const w of distinct) if (!s.has(w) && !s.has(w.toLowerCase())) refused.push(w);
    const t2 = performance.now();
    console.log(
      `${name}: load ${(t1 - t0).toFixed(0)} ms, ${distinct.length} lookups ${(t2 - t1).toFixed(0)} ms (${(((t2 - t1) * 1000) / distinct.length / 2).toFixed(1)} µs each), refused ${refused.length}`,
    );
    return { name, refused };
  });
}

async function main(): Promise<void> {
  const results = [];
  results.push(
    await measure("nspell + dictionary-en (US)", () => {
      const nspell = require("nspell") as (aff: Buffer, dic: Buffer) => { correct(w: string): boolean };
      const dir = "node_modules/dictionary-en/";
      const s = nspell(readFileSync(dir + "index.aff"), readFileSync(dir + "index.dic"));
      return { name: "nspell-us", has: (w) => s.correct(w) };
    }),
  );
  results.push(
    await measure("nspell + dictionary-en + dictionary-en-gb", () => {
      const nspell = require("nspell") as (aff: Buffer, dic: Buffer) => { correct(w: string): boolean };
      const us = "node_modules/dictionary-en/";
      const gb = "node_modules/dictionary-en-gb/";
      const a = nspell(readFileSync(us + "index.aff"), readFileSync(us + "index.dic"));
      const b = nspell(readFileSync(gb + "index.aff"), readFileSync(gb + "index.dic"));
      return { name: "nspell-us-gb", has: (w) => a.correct(w) || b.correct(w) };
    }),
  );
  results.push(
    await measure("cspell-trie-lib + @cspell/dict-en_us + dict-en-gb (tries only)", async () => {
      const { decodeTrie } = await import("cspell-trie-lib");
      const { gunzipSync } = await import("node:zlib");
      const read = (p: string) => decodeTrie(gunzipSync(readFileSync("node_modules/" + p)).toString("utf8"));
      const us = read("@cspell/dict-en_us/en_US.trie.gz");
      const gb = read("@cspell/dict-en-gb/en_GB.trie.gz");
      const has = (w: string) => us.has(w) || gb.has(w) || us.has("~" + w.toLowerCase()) || gb.has("~" + w.toLowerCase());
      return { name: "trie", has };
    }),
  );
  results.push(
    await measure("cspell-lib 9 getDictionary (en, en-GB)", async () => {
      // Not a dependency: installed only to run this evaluation (see README), so imported by name at run time.
      const name = "cspell-lib";
      const lib = (await import(name)) as CspellLib;
      const settings = lib.mergeSettings(await lib.getDefaultSettings(), { language: "en,en-GB", dictionaries: ["en_us", "en-gb"] });
      const final = lib.finalizeSettings(settings);
      const dict = await lib.getDictionary(final);
      return { name: "cspell-lib", has: (w) => dict.has(w, { ignoreCase: false }) };
    }),
  );
  const [, nsp, , cs] = results;
  if (nsp && cs) {
    const a = new Set(nsp.refused.map((w) => w.toLowerCase()));
    const b = new Set(cs.refused.map((w) => w.toLowerCase()));
    const onlyN = nsp.refused.filter((w) => !b.has(w.toLowerCase()));
    const onlyC = cs.refused.filter((w) => !a.has(w.toLowerCase()));
    console.log(`refused by nspell only (${onlyN.length}): ${onlyN.join(" ")}`);
    console.log(`refused by cspell only (${onlyC.length}): ${onlyC.join(" ")}`);
    console.log(`refused by both (${cs.refused.filter((w) => a.has(w.toLowerCase())).length}): ${cs.refused.filter((w) => a.has(w.toLowerCase())).join(" ")}`);
  }
}
void main();
