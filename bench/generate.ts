import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defectText, type DefectKind } from "./defects.js";
import { fillSentence, FILLERS, FIGURE_SENTENCES, NUMBER_WORDS, PLACES } from "./sentences.js";

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
  /** Text defects planted in the prose, by kind: how many, and in how many sentences in all. */
  defects: Record<DefectKind, number>;
  sentences: number;
}

const CLAIMS_PER_DOC = 10;
const WIDTH = 95;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

/** Wraps a paragraph at word boundaries as the extraction does; a break replaces one space, so offsets map to lines. */
function wrap(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > WIDTH) {
    const cut = rest.lastIndexOf(" ", WIDTH);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

interface Claim {
  yaml: string[];
  /** The quote, found in the paragraph after defects are planted. */
  quote: string;
}

function figureClaim(random: () => number, fact: string, value: number): { sentence: string; claim: Claim } {
  const words = value < 100 && random() < 0.25 ? NUMBER_WORDS[value] : undefined;
  const figure = words ?? (value >= 1000 ? value.toLocaleString("en-US") : String(value));
  const template = pick(random, FIGURE_SENTENCES).replace("{n}", "\u0000");
  const sentence = fillSentence(template, (xs) => pick(random, xs), pick(random, PLACES)).replace("\u0000", figure);
  const at = sentence.indexOf(figure);
  const quote = sentence
    .slice(at)
    .split(" ")
    .slice(0, figure.split(" ").length + 3)
    .join(" ")
    .replace(/[.,]$/, "");
  return { sentence, claim: { quote, yaml: ["  - kind: number", `    fact: ${fact}`, `    value: ${value}`] } };
}

/**
 * Writes a corpus laid out like data/: one source text of wrapped English prose (the real corpus's
 * kinds of sentences, with misspellings, Cyrillic look-alike letters, repeated words and OCR digit
 * swaps planted at DEFECT_RATES), one YAML record per document with ten claims whose quotes stand
 * at their lines, registries, and the given rules.
 */
export function generate(root: string, documents: number, rules: string, seed = 1): Generated {
  const random = rng(seed);
  rmSync(root, { recursive: true, force: true });
  for (const d of ["data/documents", "data/registry", "data/sources", "rules"]) mkdirSync(join(root, d), { recursive: true });
  const factCount = Math.max(20, Math.floor(documents / 5));
  const facts = Array.from({ length: factCount }, (_, j) => ({ key: `bench.${letters(j)}`, value: 10 + Math.floor(random() * 990) }));
  const plantedFacts = new Set(facts.filter((_, j) => j % 50 === 7).map((f) => f.key));
  const deviantDone = new Set<string>();
  const defects: Record<DefectKind, number> = { misspelling: 0, cyrillic: 0, repeated: 0, ocr: 0 };
  let sentences = 0;
  const source: string[] = [];
  let claims = 0;
  for (let i = 0; i < documents; i++) {
    const id = `doc-${String(i).padStart(6, "0")}`;
    const first = source.length + 1;
    const [day, month, year] = [1 + (i % 28), i % 12, 1993 + (i % 26)];
    const iso = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const printed = `${day} ${MONTHS[month] ?? ""} ${year}`;
    const title = `STATEMENT ON THE ANNIVERSARY OF THE KHOJALY TRAGEDY ${letters(i).toUpperCase()}`;
    source.push(title, "", `Baku, ${printed}`, "");
    const parts: { sentence: string; claim?: Claim }[] = [];
    const unused: string[] = [...FILLERS];
    for (let c = 1; c < CLAIMS_PER_DOC; c++) {
      const f = facts[Math.floor(random() * facts.length)] ?? facts[0];
      if (!f) continue;
      const deviant = plantedFacts.has(f.key) && !deviantDone.has(f.key) && random() < 0.5;
      if (deviant) deviantDone.add(f.key);
      const fc = figureClaim(random, f.key, deviant ? f.value + 1000 : f.value);
      parts.push(fc);
      const fillers = 1 + Math.floor(random() * 2);
      for (let k = 0; k < fillers; k++) {
        // Each template at most once a document: a sentence printed twice is a finding of its own.
        const t = unused.splice(Math.floor(random() * unused.length), 1)[0] ?? pick(random, FILLERS);
        parts.push({ sentence: fillSentence(t, (xs) => pick(random, xs), pick(random, PLACES)) });
      }
    }
    const yaml = [
      `id: ${id}`,
      `title: ${title}`,
      "type: news-report",
      "issuer: Bench agency",
      "date:",
      `  printed: ${printed}`,
      `  iso: ${iso}`,
      "  precision: day",
      `  line: ${first + 2}`,
      "source:",
      "  file: data/sources/bench.txt",
      `  first: ${first}`,
      "LAST",
      "claims:",
      "  - kind: date",
      "    fact: document.date.line",
      `    value: ${iso}`,
      `    quote: ${printed}`,
      `    line: ${first + 2}`,
    ];
    // Paragraphs of three to six sentences; defects are planted in the prose, claims keep their quotes.
    let p = 0;
    while (p < parts.length) {
      const size = 3 + Math.floor(random() * 4);
      const group = parts.slice(p, p + size);
      p += size;
      const texts = group.map((g) => {
        sentences++;
        if (g.claim) return g.sentence;
        const d = defectText(random, g.sentence);
        if (d.kind) defects[d.kind]++;
        return d.text;
      });
      const paragraph = texts.join(" ");
      const lines = wrap(paragraph);
      const lineStarts: number[] = [];
      let at = 0;
      for (const l of lines) {
        lineStarts.push(at);
        at += l.length + 1;
      }
      let offset = 0;
      for (const [k, g] of group.entries()) {
        const start = offset;
        offset += (texts[k] ?? "").length + 1;
        if (!g.claim) continue;
        const q = start + g.sentence.indexOf(g.claim.quote);
        const line = source.length + 1 + lineStarts.filter((s) => s <= q).length - 1;
        yaml.push(...g.claim.yaml, `    quote: ${g.claim.quote}`, `    line: ${line}`);
      }
      source.push(...lines, "");
    }
    claims += CLAIMS_PER_DOC;
    yaml.splice(yaml.indexOf("LAST"), 1, `  last: ${source.length - 1}`);
    writeFileSync(join(root, "data/documents", `${id}.yaml`), yaml.join("\n") + "\n");
  }
  writeFileSync(join(root, "data/sources/bench.txt"), source.join("\n") + "\n");
  const factYaml = [
    "facts:",
    "  - key: document.date.line",
    "    label: date line",
    "    meaning: The document's date line.",
    "    unit: date",
    ...facts.flatMap((f) => [
      `  - key: ${f.key}`,
      `    label: quantity ${f.key.slice("bench.".length)}`,
      `    meaning: Generated quantity ${f.key}.`,
      "    unit: count",
    ]),
  ];
  writeFileSync(join(root, "data/registry/facts.yaml"), factYaml.join("\n") + "\n");
  writeFileSync(join(root, "data/registry/instruments.yaml"), "instruments: []\n");
  writeFileSync(
    join(root, "data/registry/entities.yaml"),
    [
      "entities:",
      "  - { id: khojaly, name: Khojaly, kind: place, aliases: [Khojaly, Khojali, Khodjali] }",
      "  - { id: agdam, name: Agdam, kind: place, aliases: [Agdam, Aghdam] }",
      "  - { id: karabakh, name: Karabakh, kind: place, aliases: [Karabakh, Garabagh] }",
      "  - { id: shusha, name: Shusha, kind: place, aliases: [Shusha, Shusa] }",
    ].join("\n") + "\n",
  );
  writeFileSync(join(root, "rules/core.yaml"), rules);
  return { documents, claims, planted: [...deviantDone].sort(), defects, sentences };
}
