import type { Finding, FindingLocation, Report } from "../model/report.js";
import type { ReportContext } from "./context.js";
import { sarifText } from "./escape.js";

const LEVEL: Record<Finding["severity"], string> = { error: "error", warning: "warning", info: "note" };

function physical(l: FindingLocation): object {
  return { physicalLocation: { artifactLocation: { uri: l.file }, region: { startLine: l.line } } };
}

function sourceLocation(l: FindingLocation): object[] {
  return l.source
    ? [
        {
          physicalLocation: { artifactLocation: { uri: l.source.file }, region: { startLine: l.source.line } },
          message: { text: sarifText(`${l.document}: ${l.quote ?? ""}`) },
        },
      ]
    : [];
}

function driverInfo(ctx: ReportContext): object {
  const t = ctx.tool;
  if (!t) return {};
  return { version: t.version, semanticVersion: t.version, ...(t.repository ? { informationUri: t.repository } : {}) };
}

/** SARIF 2.1.0: every rule declared with its help, each finding at one claim's YAML line with the others related. */
export function renderSarif(r: Report, ctx: ReportContext): string {
  const ruleIds = [...new Set([...Object.keys(ctx.rules), ...r.findings.map((f) => f.rule)])].sort();
  const repository = ctx.tool?.repository ?? "";
  const rules = ruleIds.map((id) => {
    const m = ctx.rules[id];
    const docs = m?.docs ?? `docs/rules/${id}.md`;
    // SARIF wants an absolute helpUri; the page is also inlined so the log is useful offline. Only a
    // page the archive has is linked: the repository is the archive's own.
    const helpUri = repository && m?.help !== undefined ? `${repository}/blob/main/${docs}` : undefined;
    // Without the archive's own page, a generic text: what the check does and why this archive runs it.
    const generic = [
      m?.description ?? id,
      ...(m && m.rationale !== m.description ? [m.rationale] : []),
      `Options and examples: corpus-check explain ${m?.check ?? id}.`,
    ];
    const summary = helpUri ? `${m?.description ?? id} See ${helpUri}.` : generic.join("\n\n");
    return {
      id,
      shortDescription: { text: m?.description ?? id },
      fullDescription: { text: m?.rationale ?? m?.description ?? id },
      help: { text: m?.help ?? summary, markdown: m?.help ?? summary },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: LEVEL[m?.severity ?? "error"] },
    };
  });
  const results = r.findings.map((f) => {
    const [first, ...rest] = f.locations;
    const ack = ctx.acknowledgements[f.id];
    return {
      ruleId: f.rule,
      ruleIndex: ruleIds.indexOf(f.rule),
      level: LEVEL[f.severity],
      message: { text: sarifText(f.message) },
      locations: first ? [physical(first)] : [],
      relatedLocations: [...rest.map(physical), ...f.locations.flatMap(sourceLocation)].map((l, i) => ({ id: i + 1, ...l })),
      partialFingerprints: { findingId: f.id },
      ...(f.acknowledged
        ? { suppressions: [{ kind: "external", status: "accepted", justification: ack ? `${ack.reason} (${ack.by}, ${ack.date})` : "acknowledged" }] }
        : {}),
      properties: { subject: f.subject, values: f.values, ...(f.related ? { related: f.related } : {}) },
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: ctx.tool?.name ?? "corpus-check", ...driverInfo(ctx), rules } }, results }],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
