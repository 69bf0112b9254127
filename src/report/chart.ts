import type { Finding } from "../model/report.js";
import { formatFigure, formatNumber } from "../text/format.js";
import type { ReportContext } from "./context.js";
import { escapeHtml } from "./escape.js";
import { valueText } from "./variants.js";
import { subjectLabel } from "./words.js";

const W = 640;
const H = 300;
const M = { left: 64, right: 180, top: 24, bottom: 40 };
/** The band at the right of the dates where undated documents stand. */
const BAND = 56;
const NOTE = 16;
// Colour-blind-safe palette (Okabe-Ito), one colour per distinct value.
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
const FONT = `font-family="sans-serif"`;

interface Point {
  /** The year as a fraction, or undefined for an undated document. */
  x: number | undefined;
  y: number;
  label: string;
  document: string;
  date: string;
}

function yearOf(iso: string): number {
  const [y = 0, m = 7, d = 1] = iso.split("-").map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}

const numberOf = (label: string): number | undefined => {
  const m = /^(?:[a-z -]+ )?(\d+(?:\.\d+)?)$/.exec(label);
  return m ? Number(m[1]) : undefined;
};

function points(f: Finding, ctx: ReportContext): Point[] {
  return f.values.flatMap((v) => {
    const label = valueText(v.value);
    const y = numberOf(label);
    if (y === undefined) return [];
    return v.documents.map((d) => {
      const date = ctx.documents[d]?.date;
      const dated = date !== undefined && /^\d{4}/.test(date);
      return { x: dated ? yearOf(date) : undefined, y, label, document: d, date: dated ? date : "undated" };
    });
  });
}

/** "hundreds" (4 documents): values with no figure to draw, told in a note under the chart. */
function vagueNote(f: Finding): string | undefined {
  const vague = f.values.filter((v) => numberOf(valueText(v.value)) === undefined);
  if (vague.length === 0) return undefined;
  const parts = vague.map((v) => `"${valueText(v.value)}" (${formatNumber(v.documents.length)} document${v.documents.length === 1 ? "" : "s"})`);
  return `Not drawn, no figure: ${parts.join("; ")}.`;
}

/** A note in lines of about `n` characters, broken at spaces, so nothing runs past the picture's edge. */
function wrapped(text: string, n: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ").filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= n) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Ticks at 1, 2 or 5 times a power of ten, about `count` of them. */
function ticks(lo: number, hi: number, count: number): number[] {
  const raw = Math.max(1, (hi - lo) / count);
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) out.push(t);
  return out;
}

interface Mark {
  cx: number;
  cy: number;
  label: string;
  points: Point[];
}

/** Marks closer than this many pixels (a large mark's width and a little) are one place. */
const PLACE = 18;

/** Points of one value within `PLACE` pixels along a row become one mark, at their mean date. */
function cluster(ps: readonly { p: Point; cx: number; cy: number }[]): Mark[] {
  const out: Mark[] = [];
  const sorted = [...ps].sort((a, b) => a.cy - b.cy || a.p.label.localeCompare(b.p.label) || a.cx - b.cx);
  let first = 0;
  for (const q of sorted) {
    const last = out[out.length - 1];
    if (last && last.label === q.p.label && last.cy === q.cy && q.cx - first <= PLACE) {
      last.points.push(q.p);
      last.cx += (q.cx - last.cx) / last.points.length;
    } else {
      out.push({ cx: q.cx, cy: q.cy, label: q.p.label, points: [q.p] });
      first = q.cx;
    }
  }
  return out;
}

/**
 * Points at one place with the same value are one mark that shows its count; marks that would still
 * touch on one row are moved apart along it, so no mark hides another.
 */
function marks(ps: readonly Point[], at: (p: Point) => [number, number]): Mark[] {
  const all = cluster(
    ps.map((p) => {
      const [cx, cy] = at(p);
      return { p, cx, cy };
    }),
  );
  const rows: Mark[][] = [];
  for (const m of [...all].sort((a, b) => a.cy - b.cy || a.cx - b.cx)) {
    const row = rows.find((r) => Math.abs((r[0]?.cy ?? Infinity) - m.cy) < PLACE);
    if (row) row.push(m);
    else rows.push([m]);
  }
  for (const row of rows) {
    row.sort((a, b) => a.cx - b.cx || a.label.localeCompare(b.label));
    row.forEach((m, i) => {
      const before = row[i - 1];
      if (before && m.cx < before.cx + PLACE) m.cx = before.cx + PLACE;
    });
  }
  return all;
}

function markSvg(m: Mark, colour: string, ctx: ReportContext): string {
  const r = (n: number): string => n.toFixed(1);
  const who = m.points.map((p) => `${ctx.documents[p.document]?.title ?? p.document} (${p.date})`).join("; ");
  const tip = `${formatFigure(m.label)}: ${m.points.length === 1 ? who : `${formatNumber(m.points.length)} documents: ${who}`}`;
  if (m.points.length === 1)
    return `<g><title>${escapeHtml(tip)}</title><circle cx="${r(m.cx)}" cy="${r(m.cy)}" r="5" fill="${colour}" fill-opacity="0.85"/></g>`;
  // Several documents at one place: a larger pale disc with their count inside, so no mark hides another.
  return `<g><title>${escapeHtml(tip)}</title><circle cx="${r(m.cx)}" cy="${r(m.cy)}" r="8" fill="${colour}" fill-opacity="0.45" stroke="${colour}"/><text x="${r(m.cx)}" y="${r(m.cy + 3.5)}" font-size="10" font-weight="bold" text-anchor="middle" ${FONT}>${formatNumber(m.points.length)}</text></g>`;
}

/**
 * A scatter of the stated value against the document's date, one mark per value and place (with its
 * count when several documents stand there), undated documents in a band of their own, values with
 * no figure told in a note; undefined when fewer than two statements of two values can be drawn.
 * Deterministic SVG text.
 */
export function chartSvg(f: Finding, ctx: ReportContext): string | undefined {
  // Only quantities are charted: a citation's number is a name, not an amount.
  if (ctx.rules[f.rule]?.check !== "figure-conflict") return undefined;
  const ps = points(f, ctx);
  if (ps.length < 2 || new Set(ps.map((p) => p.label)).size < 2) return undefined;
  const dated = ps.flatMap((p) => (p.x === undefined ? [] : [p.x]));
  const undated = ps.length - dated.length;
  const lo = dated.length > 0 ? Math.floor(Math.min(...dated)) : 0;
  const x1 = dated.length > 0 ? Math.ceil(Math.max(...dated)) + (Math.min(...dated) === Math.max(...dated) ? 1 : 0) : 1;
  const y1 = Math.max(...ps.map((p) => p.y)) * 1.1;
  const note = wrapped(vagueNote(f) ?? "", 100);
  const height = H + note.length * NOTE;
  const right = W - M.right - (undated > 0 ? BAND : 0);
  const sx = (x: number): number => M.left + ((x - lo) / (x1 - lo || 1)) * (right - M.left);
  const sy = (y: number): number => H - M.bottom - (y / (y1 || 1)) * (H - M.top - M.bottom);
  const at = (p: Point): [number, number] => [p.x === undefined ? right + BAND / 2 : sx(p.x), sy(p.y)];
  // The legend and the colours follow the values' order: smallest first.
  const labels = [...new Set(ps.map((p) => p.label))].sort((a, b) => (numberOf(a) ?? 0) - (numberOf(b) ?? 0) || a.localeCompare(b));
  const colour = (label: string): string => PALETTE[labels.indexOf(label) % PALETTE.length] ?? "#000000";
  const r = (n: number): string => n.toFixed(1);
  const name = `${subjectLabel(f, ctx) ?? f.subject}: stated values by document date`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" role="img" aria-label="${escapeHtml(name)}">`,
    `<title>${escapeHtml(name)}</title>`,
    `<rect width="${W}" height="${height}" fill="#ffffff"/>`,
    ...(undated > 0
      ? [
          `<rect x="${right + 4}" y="${M.top}" width="${BAND - 8}" height="${H - M.top - M.bottom}" fill="#f0f0f0" stroke="#999999" stroke-dasharray="3 2"/>`,
          `<text x="${right + BAND / 2}" y="${H - M.bottom + 16}" font-size="11" text-anchor="middle" ${FONT}>undated</text>`,
        ]
      : []),
    `<line x1="${M.left}" y1="${H - M.bottom}" x2="${right}" y2="${H - M.bottom}" stroke="#444"/>`,
    `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#444"/>`,
    ...(dated.length > 0
      ? ticks(lo, x1, 8).map((t) => `<text x="${r(sx(t))}" y="${H - M.bottom + 16}" font-size="11" text-anchor="middle" ${FONT}>${t}</text>`)
      : []),
    ...ticks(0, y1, 5).map((t) => `<text x="${M.left - 6}" y="${r(sy(t) + 4)}" font-size="11" text-anchor="end" ${FONT}>${formatNumber(t)}</text>`),
    `<text x="${(right + M.left) / 2}" y="${H - 6}" font-size="11" text-anchor="middle" ${FONT}>document date</text>`,
    ...marks(ps, at).map((m) => markSvg(m, colour(m.label), ctx)),
    ...labels.map(
      (l, i) =>
        `<g><rect x="${W - M.right + 16}" y="${M.top + i * 18}" width="10" height="10" fill="${colour(l)}"/><text x="${W - M.right + 32}" y="${M.top + i * 18 + 9}" font-size="11" ${FONT}>${escapeHtml(formatFigure(l))}</text></g>`,
    ),
    ...note.map((line, i) => `<text x="8" y="${H + 10 + i * NOTE}" font-size="11" ${FONT}>${escapeHtml(line)}</text>`),
    "</svg>",
  ];
  return parts.join("\n") + "\n";
}

/** File name of a chart: the subject made safe for a path. */
export function chartFile(f: Finding): string {
  return `${f.subject.replace(/[^a-zA-Z0-9.-]+/g, "_")}.svg`;
}
