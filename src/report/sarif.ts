import type { Finding, FindingLocation, Report } from "../model/report.js";
import { formatNumber } from "../text/format.js";
import type { ReportContext } from "./context.js";
import { sarifText } from "./escape.js";
import { SARIF_LOCATIONS, SARIF_RESULTS } from "./limits.js";
import { jsonParts } from "./json-parts.js";

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

const RANK: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** The findings code scanning shows (at most 5,000): the most severe first, kept in the report's order. */
function keptFindings(findings: readonly Finding[]): Finding[] {
  if (findings.length <= SARIF_RESULTS) return [...findings];
  const order = findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i);
  const keep = new Set(order.slice(0, SARIF_RESULTS).map((x) => x.i));
  return findings.filter((_, i) => keep.has(i));
}

/** SARIF 2.1.0: every rule declared with its help, each finding at one claim's YAML line with the others related. */
export function renderSarif(r: Report, ctx: ReportContext): string {
  return [...sarifParts(r, ctx)].join("");
}

/** `renderSarif` in parts, a result at a time (see `jsonParts`). */
export function* sarifParts(r: Report, ctx: ReportContext): Generator<string> {
  // The log's results stand four levels down: log, runs, the run, its results.
  yield* jsonParts(sarifLog(r, ctx), 4);
  yield "\n";
}

function sarifLog(r: Report, ctx: ReportContext): object {
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
  const kept = keptFindings(r.findings);
  const results = kept.map((f) => {
    const [first, ...rest] = f.locations;
    const ack = ctx.acknowledgements[f.id];
    const related = [...rest.map(physical), ...f.locations.flatMap(sourceLocation)];
    // Code scanning rejects a result with more than 1,000 locations: the first ones are kept, the rest counted.
    const room = SARIF_LOCATIONS - (first ? 1 : 0);
    const left = Math.max(0, related.length - room);
    const note = left > 0 ? ` (${formatNumber(left)} more locations are in the JSON report.)` : "";
    return {
      ruleId: f.rule,
      ruleIndex: ruleIds.indexOf(f.rule),
      level: LEVEL[f.severity],
      message: { text: sarifText(f.message) + note },
      locations: first ? [physical(first)] : [],
      relatedLocations: related.slice(0, room).map((l, i) => ({ id: i + 1, ...l })),
      partialFingerprints: { findingId: f.id },
      ...(f.acknowledged
        ? { suppressions: [{ kind: "external", status: "accepted", justification: ack ? `${ack.reason} (${ack.by}, ${ack.date})` : "acknowledged" }] }
        : {}),
      properties: { subject: f.subject, values: f.values, ...(f.related ? { related: f.related } : {}), ...(left > 0 ? { omittedLocations: left } : {}) },
    };
  });
  const omitted = r.findings.length - kept.length;
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: ctx.tool?.name ?? "corpus-check", ...driverInfo(ctx), rules } },
        results,
        ...(omitted > 0 ? { properties: { omittedResults: omitted, note: `${formatNumber(omitted)} less severe findings are in the JSON report only.` } } : {}),
      },
    ],
  };
}
