import type { Finding } from "../model/report.js";
import type { ReportContext } from "./context.js";
import { escapeHtml } from "./escape.js";
import { valueText } from "./variants.js";

const W = 640;
const H = 300;
const M = { left: 64, right: 180, top: 24, bottom: 40 };
// Colour-blind-safe palette (Okabe-Ito), one colour per distinct value.
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

interface Point {
  x: number;
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
    return v.documents.flatMap((d) => {
      const date = ctx.documents[d]?.date;
      return date && /^\d{4}/.test(date) ? [{ x: yearOf(date), y, label, document: d, date }] : [];
    });
  });
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

/**
 * A scatter of the stated value against the document's date, one mark per document, coloured by
 * value; undefined when fewer than two dated numeric statements exist. Deterministic SVG text.
 */
export function chartSvg(f: Finding, ctx: ReportContext): string | undefined {
  // Only quantities are charted: a citation's number is a name, not an amount.
  if (ctx.rules[f.rule]?.check !== "figure-conflict") return undefined;
  const ps = points(f, ctx);
  if (ps.length < 2 || new Set(ps.map((p) => p.label)).size < 2) return undefined;
  const xs = ps.map((p) => p.x);
  const ys = ps.map((p) => p.y);
  const [x0, x1] = [Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs)) + (Math.min(...xs) === Math.max(...xs) ? 1 : 0)];
  const [y0, y1] = [0, Math.max(...ys) * 1.1];
  const sx = (x: number): number => M.left + ((x - x0) / (x1 - x0 || 1)) * (W - M.left - M.right);
  const sy = (y: number): number => H - M.bottom - ((y - y0) / (y1 - y0 || 1)) * (H - M.top - M.bottom);
  const labels = [...new Set(ps.map((p) => p.label))];
  const colour = (label: string): string => PALETTE[labels.indexOf(label) % PALETTE.length] ?? "#000000";
  const r = (n: number): string => n.toFixed(1);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(`${f.subject}: stated values by document date`)}">`,
    `<title>${escapeHtml(`${f.subject}: stated values by document date`)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="#444"/>`,
    `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#444"/>`,
    ...ticks(x0, x1, 8).map((t) => `<text x="${r(sx(t))}" y="${H - M.bottom + 16}" font-size="11" text-anchor="middle" font-family="sans-serif">${t}</text>`),
    ...ticks(y0, y1, 5).map((t) => `<text x="${M.left - 6}" y="${r(sy(t) + 4)}" font-size="11" text-anchor="end" font-family="sans-serif">${t}</text>`),
    `<text x="${(W - M.right + M.left) / 2}" y="${H - 6}" font-size="11" text-anchor="middle" font-family="sans-serif">document date</text>`,
    ...ps.map((p, i) => {
      const jitter = ((i % 5) - 2) * 2;
      return `<circle cx="${r(sx(p.x) + jitter)}" cy="${r(sy(p.y))}" r="5" fill="${colour(p.label)}" fill-opacity="0.8"><title>${escapeHtml(`${p.document} (${p.date}): ${p.label}`)}</title></circle>`;
    }),
    ...labels.map(
      (l, i) =>
        `<g><rect x="${W - M.right + 16}" y="${M.top + i * 18}" width="10" height="10" fill="${colour(l)}"/><text x="${W - M.right + 32}" y="${M.top + i * 18 + 9}" font-size="11" font-family="sans-serif">${escapeHtml(l)}</text></g>`,
    ),
    "</svg>",
  ];
  return parts.join("\n") + "\n";
}

/** File name of a chart: the subject made safe for a path. */
export function chartFile(f: Finding): string {
  return `${f.subject.replace(/[^a-zA-Z0-9.-]+/g, "_")}.svg`;
}
