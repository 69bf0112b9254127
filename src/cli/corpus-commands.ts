import { readFileSync } from "node:fs";
import { join } from "node:path";
import { figuresInSpan } from "../extract/figures.js";
import { loadCorpus } from "../load/corpus.js";
import { formatLoadError } from "../load/load-error.js";
import type { Corpus } from "../model/corpus.js";
import { findDates } from "../text/dates.js";
import type { Io } from "./check-command.js";

function loaded(root: string, io: Io): Corpus | undefined {
  const r = loadCorpus(root);
  if (r.ok) return r.corpus;
  for (const e of r.errors) io.err(formatLoadError(e));
  return undefined;
}

const pad = (s: string, n: number): string => (s.length >= n ? s : s + " ".repeat(n - s.length));

/** `list`: how many documents, and one row each (id, type, date, lines, claims). */
export function runList(root: string, io: Io): number {
  const c = loaded(root, io);
  if (!c) return 2;
  const rows = c.documents.map((d) => [
    d.record.id,
    d.record.type,
    d.record.date?.iso ?? "undated",
    `${d.record.source.first}-${d.record.source.last}`,
    String(d.record.claims.length),
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length), 4));
  io.out(`${c.documents.length} documents, ${rows.reduce((n, r) => n + Number(r[4]), 0)} claims`);
  io.out(`${pad("id", widths[0] ?? 0)}  ${pad("type", widths[1] ?? 0)}  ${pad("date", widths[2] ?? 0)}  ${pad("lines", widths[3] ?? 0)}  claims`);
  for (const r of rows)
    io.out(
      `${pad(r[0] ?? "", widths[0] ?? 0)}  ${pad(r[1] ?? "", widths[1] ?? 0)}  ${pad(r[2] ?? "", widths[2] ?? 0)}  ${pad(r[3] ?? "", widths[3] ?? 0)}  ${r[4] ?? ""}`,
    );
  return 0;
}

/** `stats`: documents, claims by kind, facts, and the findings of the committed report. */
export function runStats(root: string, io: Io): number {
  const c = loaded(root, io);
  if (!c) return 2;
  const claims = c.documents.flatMap((d) => d.record.claims);
  const byKind = new Map<string, number>();
  for (const cl of claims) byKind.set(cl.kind, (byKind.get(cl.kind) ?? 0) + 1);
  io.out(`documents: ${c.documents.length}`);
  io.out(
    `claims: ${claims.length} (${[...byKind]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")})`,
  );
  io.out(`facts defined: ${c.facts.size}, stated: ${new Set(claims.map((cl) => cl.fact)).size}`);
  io.out(`instruments: ${c.instruments.size}, entities: ${c.entities.size}, rules: ${c.rules.length}, acknowledgements: ${c.acknowledgements.length}`);
  try {
    const report = JSON.parse(readFileSync(join(root, "reports", "consistency-report.json"), "utf8")) as { summary: Record<string, number> };
    io.out(
      `findings (reports/consistency-report.json): ${Object.entries(report.summary)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );
  } catch {
    io.out("findings: no report yet (run check)");
  }
  return 0;
}

/** `show <document>`: each source line of the document with the claims and waivers that point at it. */
export function runShow(root: string, id: string, io: Io): number {
  const c = loaded(root, io);
  if (!c) return 2;
  const doc = c.documents.find((d) => d.record.id === id);
  if (!doc) {
    io.err(`no document "${id}"; run list to see the ids`);
    return 2;
  }
  const r = doc.record;
  const lines = c.sources.get(r.source.file) ?? [];
  io.out(`${r.id} (${r.type}, ${r.date?.printed ?? "undated"}) ${r.source.file}:${r.source.first}-${r.source.last}, ${r.claims.length} claims`);
  for (let l = r.source.first; l <= r.source.last; l++) {
    const text = lines[l - 1] ?? "";
    if (text.trim() === "") continue;
    io.out(`${String(l).padStart(5)} | ${text.trimEnd()}`);
    r.claims.forEach((cl, i) => {
      if (cl.line !== l) return;
      const value =
        cl.kind === "list"
          ? `[${cl.items.length} items${cl.count !== undefined ? `, count ${cl.count}` : ""}]`
          : cl.kind === "citation"
            ? `${cl.instrument} ${cl.number ?? ""} ${cl.date ?? ""}`.trim()
            : cl.kind === "entity"
              ? `${cl.entity} "${cl.spelling}"`
              : `${"qualifier" in cl && cl.qualifier ? `${cl.qualifier} ` : ""}${String(cl.value)}`;
      io.out(`      +- claim ${i} (${doc.file}:${doc.claimLines[i] ?? 0}) ${cl.fact} = ${value}  "${cl.quote}"`);
    });
    for (const w of r.waivers ?? []) if (w.line === l) io.out(`      +- waiver "${w.text}" (${w.reason})`);
  }
  return 0;
}

/** `draft <first>-<last>`: a record skeleton for a line range, with every figure as a draft claim to confirm. */
export function runDraft(root: string, range: string, source: string, io: Io): number {
  const m = /^(\d+)-(\d+)$/.exec(range);
  if (!m) {
    io.err(`give the lines as FIRST-LAST, e.g. 1277-1359 (got "${range}")`);
    return 2;
  }
  let lines: string[];
  try {
    lines = readFileSync(join(root, source), "utf8").split(/\r?\n/);
  } catch {
    io.err(`cannot read ${source}`);
    return 2;
  }
  const first = Number(m[1]);
  const last = Math.min(Number(m[2]), lines.length);
  const title =
    lines
      .slice(first - 1, last)
      .find((l) => l.trim() !== "")
      ?.trim() ?? "";
  const dates = lines.slice(first - 1, last).flatMap((l, i) => findDates(l).map((d) => ({ ...d, line: first + i })));
  // A document's own date usually closes it ("Baku city, February 25, 1997").
  const date = dates.filter((d) => /^\d{4}-\d\d-\d\d$/.test(d.iso)).pop();
  const inDate = (line: number, col: number): boolean => dates.some((d) => d.line === line && col >= d.start && col < d.start + d.text.length);
  const q = (s: string): string => JSON.stringify(s);
  const out = [
    "# yaml-language-server: $schema=../../schemas/document.schema.json",
    "# DRAFT: every value below was found by the figure finder and must be confirmed by a person:",
    "# set the fact key, the qualifier and the quote's exact words, delete what is not a claim,",
    "# and move page numbers, paragraph numbers and the like to waivers with a reason.",
    `id: ${date ? date.iso : "undated"}-draft`,
    `title: ${q(title)}`,
    "type: news-report",
    "issuer: DRAFT",
    ...(date ? ["date:", `  printed: ${q(date.text)}`, `  iso: ${date.iso}`, "  precision: day", `  line: ${date.line}`] : []),
    "source:",
    `  file: ${source}`,
    `  first: ${first}`,
    `  last: ${last}`,
    "claims:",
    ...dates.flatMap((d) => [
      "  - kind: date",
      "    fact: mentioned.date",
      `    value: ${q(d.iso)}`,
      ...(d.until ? [`    until: ${q(d.until)}`] : []),
      `    quote: ${q(d.text)}`,
      `    line: ${d.line}`,
      `    note: ${q("DRAFT: set the fact this date is about")}`,
    ]),
    ...figuresInSpan(lines, first, last)
      .filter((f) => !inDate(f.line, f.col))
      .flatMap((f) => [
        `  - kind: ${f.form === "vague" ? "vague" : "number"}`,
        "    fact: mentioned.number",
        `    value: ${f.form === "vague" ? "hundreds" : String(f.value)}`,
        `    quote: ${q(f.text)}`,
        `    line: ${f.line}`,
        `    note: ${q(`DRAFT: "…${f.context}…"`)}`,
      ]),
  ];
  io.out(out.join("\n"));
  return 0;
}
