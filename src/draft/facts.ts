import type { FactEntry } from "../model/registry.js";
import type { DraftDocument } from "./record.js";
import { citationFact } from "./citations.js";
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

const personKey = (surname: string): string =>
  `person.${surname
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;

/**
 * Files names under a person's fact: a titled name proposes `person.<surname>`; any other name of
 * the same surname, in this run or already in the registry, joins it. So a name given two ways
 * ("John Fenwick", "James Fenwick") is one fact with two values, and text-conflict reports it.
 */
function assignPersons(docs: readonly DraftDocument[], known: ReadonlySet<string>): Map<string, { surname: string; printed: string[] }> {
  const persons = new Map<string, { surname: string; printed: string[] }>();
  for (const d of docs) for (const n of d.names.values()) if (n.surname) persons.set(personKey(n.surname), { surname: n.surname, printed: [] });
  for (const d of docs) {
    for (const [i, n] of d.names) {
      const key = personKey(n.last);
      const claim = d.record.claims[i];
      if (!claim || !(persons.has(key) || known.has(key))) continue;
      claim.fact = key;
      const said = persons.get(key)?.printed;
      if (said && claim.kind === "text" && said.length < 3) said.push(`"${claim.value}" (${d.record.id})`);
    }
  }
  return new Map([...persons].filter(([key]) => !known.has(key)));
}

const personFact = (key: string, { surname, printed }: { surname: string; printed: readonly string[] }): FactEntry => ({
  key,
  label: `Person: ${surname}`,
  meaning: `A person's name as documents print it, proposed from ${printed.join("; ")}. Say who the person is; a name of someone else with the same surname gets its own key.`,
  unit: "text",
  proposed: true,
});

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
  const persons = [...assignPersons(docs, known)].map(([key, person]) => personFact(key, person));
  const cited = new Map<string, FactEntry>();
  for (const d of docs)
    for (const c of d.record.claims)
      if (c.kind === "text" && c.fact.startsWith("cited.") && !known.has(c.fact) && !cited.has(c.fact)) cited.set(c.fact, citationFact(c, d.record.id));
  return [...CATCH_ALLS.filter((f) => !known.has(f.key)), ...proposals, ...persons, ...cited.values()];
}
