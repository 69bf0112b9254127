import { z } from "zod";
import { defineCheck, type RawFinding } from "../engine/check.js";
import type { Corpus } from "../model/corpus.js";
import type { EntityEntry } from "../model/registry.js";
import { addressSpans, textLines } from "../text/document-text.js";
import { mixedInDocument, spellingTable, type SpeltAt } from "./spelling-tables.js";
import { compareText } from "../text/normalize.js";
import { closestNearMisses } from "../text/near-miss.js";
import { foldLookalikes } from "../text/scripts.js";
import { scanWords } from "../text/token-scan.js";
import { placesNamed } from "./places.js";
import { addTo } from "../model/multimap.js";

const options = z.strictObject({
  scope: z.enum(["variants", "typos"]).describe("Count the known spellings of each entity, or report near misses that are no known spelling."),
  maxDistance: z.number().int().min(1).max(3).default(2).describe("(typos) Edits that make a word a near miss."),
  minLength: z.number().int().min(3).default(5).describe("(typos) Shorter words are never near misses."),
});

interface Occurrence {
  text: string;
  document: string;
  line: number;
}

function* documentLines(corpus: Corpus): Generator<{ document: string; line: number; text: string }> {
  for (const doc of corpus.documents) for (const { line, text } of textLines(corpus, doc)) yield { document: doc.record.id, line, text };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function aliasPattern(e: EntityEntry): RegExp {
  const alts = [...e.aliases].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/** An alias occurrence: inside an address (a domain is no spelling of a word), or glossing another ("Khankendi (Stepanakert)"). */
export type Mention = Occurrence & { entity: EntityEntry; spelling: string; address: boolean; gloss: boolean };

/** Every alias occurrence of every entity; where aliases overlap ("Karabakh" in "Nagorno-Karabakh"), the longest wins. */
export function entityMentions(corpus: Corpus): Mention[] {
  return [...eachEntityMention(corpus)];
}

/**
 * `entityMentions` one at a time, for a reader that keeps less than every mention: at 50,000
 * documents the mentions are millions. A form printed again is the same string.
 */
export function* eachEntityMention(corpus: Corpus): Generator<Mention> {
  const entities = [...corpus.entities.values()].filter((e) => e.kind !== "term");
  const patterns = entities.map((e) => ({ e, re: aliasPattern(e), needles: e.aliases.map((a) => a.toLowerCase()) }));
  const forms = new Map<string, string>();
  const form = (s: string): string => {
    const known = forms.get(s);
    if (known !== undefined) return known;
    forms.set(s, s);
    return s;
  };
  for (const { document, line, text } of documentLines(corpus)) {
    // A substring test is far cheaper than a Unicode regex with lookbehind; most lines name no entity.
    const lower = text.toLowerCase();
    const hits = patterns
      .filter(({ needles }) => needles.some((n) => lower.includes(n)))
      .flatMap(({ e, re }) => [...text.matchAll(re)].map((m) => ({ e, text: m[0], start: m.index, end: m.index + m[0].length })));
    if (hits.length === 0) continue;
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof hits = [];
    for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
    kept.sort((a, b) => a.start - b.start);
    const addresses = addressSpans(text);
    // One spelling of an entity and another in brackets right after it name both on purpose.
    const glossed = (i: number): boolean =>
      [kept[i - 1], kept[i + 1]].some((k, side) => {
        const h = kept[i];
        if (!k || !h || k.e.id !== h.e.id) return false;
        const [first, second] = side === 0 ? [k, h] : [h, k];
        return /^\s*\(\s*$/.test(text.slice(first.end, second.start)) && /^\s*\)/.test(text.slice(second.end));
      });
    // Case is print, not spelling: "KHOJALI" is the spelling Khojali.
    for (const [i, h] of kept.entries())
      yield {
        text: form(h.text),
        document,
        line,
        entity: h.e,
        spelling: h.e.aliases.find((a) => a.toLowerCase() === h.text.toLowerCase()) ?? h.text,
        address: addresses.some(([s, e]) => h.start >= s && h.end <= e),
        gloss: glossed(i),
      };
  }
}

function variants(corpus: Corpus): RawFinding[] {
  const byEntity = new Map<string, SpeltAt[]>();
  for (const m of eachEntityMention(corpus)) {
    if (m.address) continue;
    const at = { spelling: m.spelling, document: m.document, line: m.line, text: m.text, gloss: m.gloss };
    addTo(byEntity, m.entity.id, at);
  }
  return [...corpus.entities.values()].flatMap((e) => {
    const at = byEntity.get(e.id) ?? [];
    // Every alias is a spelling the registry knows, so the spellings across documents are one table.
    return [...[spellingTable(e.name, e.id, undefined, at) ?? []].flat(), ...mixedInDocument(e.name, e.id, at)];
  });
}

function typos(corpus: Corpus, maxDistance: number, minLength: number): RawFinding[] {
  const known = [...corpus.entities.values()].flatMap((e) => e.aliases.filter((a) => !/\s/.test(a)).map((a) => ({ alias: a.toLowerCase(), entity: e })));
  const knownSet = new Set(known.map((k) => k.alias));
  const aliases = known.map((k) => k.alias);
  const hits = new Map<string, { closest: string; entity: EntityEntry; at: Occurrence[] }>();
  const nearOf = (word: string): (typeof known)[number] | undefined => {
    // A known spelling with a look-alike letter of another script is mixed-script's, not a typo.
    if (knownSet.has(word.toLowerCase()) || knownSet.has(foldLookalikes(word).toLowerCase())) return undefined;
    // A typo keeps the first letter (look-alike letters folded): "Ugandan" is not "Oganyan".
    const closest = closestNearMisses(word, aliases, maxDistance, minLength, corpus.confusions.characters);
    const entities = new Set(known.filter((k) => closest.includes(k.alias)).map((k) => k.entity.id));
    // Near two names equally: no guess (the spelling rule says the word is unknown).
    return entities.size === 1 ? known.find((k) => k.alias === closest[0]) : undefined;
  };
  // Decided once per distinct word, not once per occurrence.
  const decided = new Map<string, (typeof known)[number] | undefined>();
  for (const { document, line, text } of documentLines(corpus)) {
    scanWords(text, (start, end) => {
      const word = text.slice(start, end);
      if (!decided.has(word)) decided.set(word, nearOf(word));
      const near = decided.get(word);
      if (!near) return;
      const h = hits.get(word) ?? { closest: near.alias, entity: near.entity, at: [] };
      h.at.push({ text: word, document, line });
      hits.set(word, h);
    });
  }
  return [...hits]
    .sort(([a], [b]) => compareText(a, b))
    .map(([word, h]) => {
      const refs = h.at.map((o) => ({ document: o.document, source: o.line, text: o.text }));
      const places = h.at.map((o) => `${o.document} line ${o.line}`);
      const alias = h.entity.aliases.find((a) => a.toLowerCase() === h.closest) ?? h.closest;
      return {
        subject: h.entity.id,
        key: word,
        message: `"${word}" (${placesNamed(places, ", ")}) is close to "${alias}" but is no known spelling of ${h.entity.name}: a probable typo.`,
        values: [{ value: word, refs }],
        refs,
      };
    });
}

export const spellingVariant = defineCheck({
  meta: {
    id: "spelling-variant",
    description:
      "Entities spelled in several ways (counted per spelling, from the alias registry), and near misses of a known spelling that are no known spelling (probable typos).",
    docs: "docs/rules/spelling-variant.md",
  },
  options,
  check(corpus, o): RawFinding[] {
    return o.scope === "variants" ? variants(corpus) : typos(corpus, o.maxDistance, o.minLength);
  },
});
