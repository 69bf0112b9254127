import { comparedOf, compatible, DEFAULT_ROUNDING, labelOf } from "../checks/interval.js";
import type { Claim } from "../model/claim.js";
import type { Corpus, LoadedDocument } from "../model/corpus.js";
import type { Agreement, Relation } from "./context.js";
import { compareText } from "../text/normalize.js";

export const QUANTITY_UNITS: ReadonlySet<string> = new Set(["people", "families", "bodies", "percent", "districts", "states", "count", "rubles", "years"]);

type Figure = Extract<Claim, { kind: "number" | "vague" }>;

/** Facts a figure-conflict rule leaves out (catch-alls, per-document counts): they are not disagreements. */
function excludedBy(corpus: Corpus): (fact: string) => boolean {
  const exclude = corpus.rules
    .filter((r) => r.entry.check === "figure-conflict")
    .flatMap((r) => {
      const e = r.entry.options?.["exclude"];
      return Array.isArray(e) ? e.filter((x): x is string => typeof x === "string") : [];
    });
  return (fact) => exclude.some((e) => fact === e || (e.endsWith(".") && fact.startsWith(e)));
}

function figuresOf(doc: LoadedDocument, fact: string): Figure[] {
  return doc.record.claims.filter((c): c is Figure => (c.kind === "number" || c.kind === "vague") && c.fact === fact);
}

/** The precise label most documents state, when one is stated by two or more and by more than any other. */
function mostStated(docs: readonly LoadedDocument[], fact: string): Figure | undefined {
  const byLabel = new Map<string, { claim: Figure; docs: Set<string> }>();
  for (const d of docs)
    for (const c of figuresOf(d, fact).filter((f) => f.kind === "number")) {
      const entry = byLabel.get(labelOf(c)) ?? { claim: c, docs: new Set<string>() };
      entry.docs.add(d.record.id);
      byLabel.set(labelOf(c), entry);
    }
  const ranked = [...byLabel.values()].sort((a, b) => b.docs.size - a.docs.size || compareText(labelOf(a.claim), labelOf(b.claim)));
  const [top, next] = ranked;
  return top && top.docs.size >= 2 && (!next || next.docs.size < top.docs.size) ? top.claim : undefined;
}

function relationOf(figs: readonly Figure[], mode: Figure | undefined): Relation {
  if (figs.length === 0) return "none";
  const precise = figs.filter((f) => f.kind === "number");
  if (precise.length === 0) return "vague";
  // A document agrees when each figure it gives is compatible with the most-stated one: "over 613" with 613.
  const m = mode ? comparedOf(mode) : undefined;
  return m &&
    precise.every((f) => {
      const c = comparedOf(f);
      return c !== undefined && compatible(c, m, DEFAULT_ROUNDING);
    })
    ? "agrees"
    : "differs";
}

/**
 * Documents in date order (undated last) against the quantities most documents state, each cell the
 * label(s) a document gives and how they relate to the label most documents give. Pure and deterministic.
 */
export function agreementData(corpus: Corpus, columns = 8): Agreement {
  const excluded = excludedBy(corpus);
  const docs = [...corpus.documents].sort(
    (a, b) => compareText(a.record.date?.iso ?? "9999", b.record.date?.iso ?? "9999") || compareText(a.record.id, b.record.id),
  );
  const counts = new Map<string, number>();
  for (const d of docs)
    for (const fact of new Set(d.record.claims.flatMap((c) => (c.kind === "number" || c.kind === "vague" ? [c.fact] : []))))
      if (QUANTITY_UNITS.has(corpus.facts.get(fact)?.unit ?? "") && !excluded(fact)) counts.set(fact, (counts.get(fact) ?? 0) + 1);
  const facts = [...counts]
    .filter(([, n]) => n >= 2)
    .sort(([a, m], [b, n]) => n - m || compareText(a, b))
    .slice(0, columns)
    .map(([key]) => key);
  const modes = facts.map((f) => mostStated(docs, f));
  const rows = docs
    .map((d) => ({
      document: d.record.id,
      title: d.record.title,
      ...(d.record.date ? { date: d.record.date.iso } : {}),
      cells: facts.map((fact, i) => {
        const figs = figuresOf(d, fact);
        return { value: [...new Set(figs.map(labelOf))].join(" / "), relation: relationOf(figs, modes[i]) };
      }),
    }))
    .filter((r) => r.cells.some((c) => c.relation !== "none"));
  return {
    facts: facts.map((key, i) => {
      const mode = modes[i];
      return { key, label: corpus.facts.get(key)?.label ?? key, ...(mode ? { mostStated: labelOf(mode) } : {}) };
    }),
    rows,
    documents: corpus.documents.length,
  };
}
