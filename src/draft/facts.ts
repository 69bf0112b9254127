import type { FactEntry } from "../model/registry.js";
import type { DraftDocument } from "./record.js";
import { registryKeyFor } from "./fact-key.js";

/** The catch-all facts a draft files what it cannot place under; no check compares them. */
export const CATCH_ALLS: FactEntry[] = [
  { key: "mentioned.number", label: "Other figure", meaning: "A figure no other key covers; no check compares it.", unit: "count" },
  { key: "mentioned.date", label: "Other date", meaning: "A date no other key covers; no check compares it.", unit: "date" },
  { key: "mentioned.name", label: "Other name", meaning: "A name as printed, not yet an entity of the registry; no check compares it.", unit: "text" },
];

const labelOf = (key: string): string => {
  const words = key.split(".").join(" ").replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * Files each proposed figure under a fact: a registry key when its words match one, else the
 * proposed key, shared by every document whose words propose it, so figures of one quantity
 * meet in one fact. Returns the facts to add to the registry: catch-alls it lacks and the new
 * proposals, each with the words it was proposed from.
 */
export function assignFacts(docs: readonly DraftDocument[], registry: readonly FactEntry[]): FactEntry[] {
  const known = new Set(registry.map((f) => f.key));
  const added = new Map<string, { percent: boolean; contexts: string[] }>();
  for (const d of docs) {
    for (const [i, p] of d.proposals) {
      const claim = d.record.claims[i];
      if (!claim) continue;
      const key = registryKeyFor(p.key, registry) ?? p.key;
      claim.fact = key;
      if (known.has(key)) continue;
      const entry = added.get(key) ?? { percent: p.percent, contexts: [] };
      const said = `"…${p.context}…" (${d.record.id})`;
      if (entry.contexts.length < 3 && !entry.contexts.some((c) => c.endsWith(`(${d.record.id})`))) entry.contexts.push(said);
      added.set(key, entry);
    }
  }
  const proposals: FactEntry[] = [...added].map(([key, e]) => ({
    key,
    label: labelOf(key),
    meaning: `Proposed from the words around figures: ${e.contexts.join("; ")}. Say precisely what is counted, where and when.`,
    unit: e.percent ? "percent" : "count",
    proposed: true,
  }));
  return [...CATCH_ALLS.filter((f) => !known.has(f.key)), ...proposals];
}
