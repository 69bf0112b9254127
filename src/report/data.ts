import { sharedPassageOptions } from "../checks/duplicated-passage.js";
import type { PreparedRule } from "../engine/run.js";
import type { Corpus } from "../model/corpus.js";
import type { Finding } from "../model/report.js";
import type { ReportContext } from "./context.js";
import { sharedPassageGroups } from "../text/shared-passages.js";
import { agreementData, QUANTITY_UNITS } from "./agreement-data.js";
import { excerpts } from "./excerpts.js";
import { shownFindings } from "./limits.js";

const ENGINE_RULES = {
  "rule-matched-nothing": { description: "A rule whose selector matches no claim.", docs: "docs/rules/rule-matched-nothing.md" },
  "stale-acknowledgement": {
    description: "An acknowledgement that matches no finding or is past its review-by day.",
    docs: "docs/rules/stale-acknowledgement.md",
  },
};

/**
 * Documents that reproduce one another's passages, each mapped to its group's first document: the
 * groups of the rule that runs the shared-passage search (`scope: across`), so independence counts
 * and findings agree.
 */
function sourceGroups(corpus: Corpus): Record<string, string> {
  const rule = corpus.rules.map((r) => (r.entry.check === "duplicated-passage" ? sharedPassageOptions(r.entry.options) : undefined)).find((o) => o);
  const group = new Map<string, string>();
  for (const g of rule ? sharedPassageGroups(corpus, rule) : []) for (const d of g.documents) group.set(d, g.documents[0] ?? d);
  return Object.fromEntries(corpus.documents.map((d) => [d.record.id, group.get(d.record.id) ?? d.record.id]));
}

/** What the CLI reads from the tool's own files: its name and version, and a rule's help page. */
export interface ToolFiles {
  tool?: NonNullable<ReportContext["tool"]>;
  help?: (docs: string) => string | undefined;
}

/** Everything the renderers need besides the findings, as plain data; the tool's files are read by the caller. */
export function reportContext(corpus: Corpus, rules: readonly PreparedRule[], findings: readonly Finding[] = [], files: ToolFiles = {}): ReportContext {
  const documents = Object.fromEntries(
    corpus.documents.map((d) => [
      d.record.id,
      {
        title: d.record.title,
        type: d.record.type,
        file: d.file,
        ...(d.record.date ? { date: d.record.date.iso } : {}),
        ...(d.record.outlet ? { outlet: d.record.outlet } : {}),
      },
    ]),
  );
  const configured = Object.fromEntries(
    corpus.rules.flatMap((r) => {
      const prepared = rules.find((p) => p.id === r.entry.id);
      return prepared
        ? [
            [
              r.entry.id,
              {
                check: r.entry.check,
                description: prepared.check.meta.description,
                docs: prepared.check.meta.docs,
                rationale: r.entry.rationale,
                severity: r.entry.severity,
              },
            ],
          ]
        : [];
    }),
  );
  const engine = Object.fromEntries(
    Object.entries(ENGINE_RULES).map(([id, m]) => [id, { check: id, ...m, rationale: m.description, severity: "error" as const }]),
  );
  const acknowledgements = Object.fromEntries(
    corpus.acknowledgements.map((a) => [a.entry.finding, { reason: a.entry.reason.trim(), by: a.entry.by, date: a.entry.date }]),
  );
  const rulesWithHelp = Object.fromEntries(
    Object.entries({ ...configured, ...engine }).map(([id, m]) => {
      if (!files.help) return [id, m];
      const help = files.help(m.docs);
      // An archive without the page gets no link to it: `docs` is empty, and the reports link nothing.
      return [id, help === undefined ? { ...m, docs: "" } : { ...m, help }];
    }),
  );
  const facts = Object.fromEntries([...corpus.facts].map(([key, f]) => [key, { label: f.label, quantity: QUANTITY_UNITS.has(f.unit) }]));
  const instruments = Object.fromEntries([...corpus.instruments].map(([id, i]) => [id, { title: i.title }]));
  return {
    documents,
    rules: rulesWithHelp,
    acknowledgements,
    sourceGroup: sourceGroups(corpus),
    ...(files.tool ? { tool: files.tool } : {}),
    facts,
    instruments,
    excerpts: excerpts(corpus.sources, shownFindings(findings).findings),
    agreement: agreementData(corpus),
  };
}
