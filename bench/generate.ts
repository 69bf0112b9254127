import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Seeded PRNG (mulberry32): the same seed writes the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fact names in letters only, so they are never figures themselves. */
function letters(n: number): string {
  let s = "";
  let x = n;
  do {
    s = String.fromCharCode(97 + (x % 26)) + s;
    x = Math.floor(x / 26) - 1;
  } while (x >= 0);
  return s;
}

export interface Generated {
  documents: number;
  claims: number;
  /** Facts given a deviant value on purpose: figure-conflict must report each, and only these. */
  planted: string[];
}

const CLAIMS_PER_DOC = 10;

/**
 * Writes a corpus laid out like data/: one source text, one YAML record per document with ten
 * claims whose quotes stand at their lines, registries, and the project's own rules.
 */
export function generate(root: string, documents: number, rules: string, seed = 1): Generated {
  const random = rng(seed);
  rmSync(root, { recursive: true, force: true });
  for (const d of ["data/documents", "data/registry", "data/sources", "rules"]) mkdirSync(join(root, d), { recursive: true });
  const factCount = Math.max(20, Math.floor(documents / 5));
  const facts = Array.from({ length: factCount }, (_, j) => ({ key: `bench.${letters(j)}`, value: 100 + Math.floor(random() * 900) }));
  const plantedFacts = new Set(facts.filter((_, j) => j % 50 === 7).map((f) => f.key));
  const deviantDone = new Set<string>();
  const source: string[] = [];
  let claims = 0;
  for (let i = 0; i < documents; i++) {
    const id = `doc-${String(i).padStart(6, "0")}`;
    const first = source.length + 1;
    source.push(`REPORT ${letters(i).toUpperCase()}`, "");
    const yaml = [
      `id: ${id}`,
      `title: REPORT ${letters(i).toUpperCase()}`,
      "type: news-report",
      "issuer: Bench agency",
      "date:",
      `  printed: ${1 + (i % 28)} February ${2000 + (i % 19)}`,
      `  iso: ${2000 + (i % 19)}-02-${String(1 + (i % 28)).padStart(2, "0")}`,
      "  precision: day",
      `  line: ${first + 2}`,
      "source:",
      "  file: data/sources/bench.txt",
      `  first: ${first}`,
      "claims:",
    ];
    source.push(`Dated ${1 + (i % 28)} February ${2000 + (i % 19)} in ${letters(i)}.`, "");
    const dateLine = first + 2;
    yaml.push(
      "  - kind: date",
      "    fact: document.date.line",
      `    value: ${2000 + (i % 19)}-02-${String(1 + (i % 28)).padStart(2, "0")}`,
      `    quote: ${1 + (i % 28)} February ${2000 + (i % 19)}`,
      `    line: ${dateLine}`,
    );
    for (let c = 1; c < CLAIMS_PER_DOC; c++) {
      const f = facts[Math.floor(random() * facts.length)] ?? facts[0];
      if (!f) continue;
      const deviant = plantedFacts.has(f.key) && !deviantDone.has(f.key) && random() < 0.5;
      if (deviant) deviantDone.add(f.key);
      const value = deviant ? f.value + 1000 : f.value;
      const name = f.key.slice("bench.".length);
      const line = source.length + 1;
      source.push(`The ${name} count in ${letters(i)} ${letters(c)} was ${value} people.`, "");
      yaml.push(
        "  - kind: number",
        `    fact: ${f.key}`,
        `    value: ${value}`,
        `    quote: ${name} count in ${letters(i)} ${letters(c)} was ${value}`,
        `    line: ${line}`,
      );
    }
    claims += CLAIMS_PER_DOC;
    yaml.splice(12, 0, `  last: ${source.length}`);
    writeFileSync(join(root, "data/documents", `${id}.yaml`), yaml.join("\n") + "\n");
  }
  writeFileSync(join(root, "data/sources/bench.txt"), source.join("\n") + "\n");
  const factYaml = [
    "facts:",
    "  - key: document.date.line",
    "    meaning: The document's date line.",
    "    unit: date",
    ...facts.flatMap((f) => [`  - key: ${f.key}`, `    meaning: Generated quantity ${f.key}.`, "    unit: count"]),
  ];
  writeFileSync(join(root, "data/registry/facts.yaml"), factYaml.join("\n") + "\n");
  writeFileSync(join(root, "data/registry/instruments.yaml"), "instruments: []\n");
  writeFileSync(join(root, "rules/core.yaml"), rules);
  return { documents, claims, planted: [...deviantDone].sort() };
}
