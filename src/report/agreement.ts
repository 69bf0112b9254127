import { formatFigure, formatNumber } from "../text/format.js";
import type { Agreement, Relation } from "./context.js";
import { escapeHtml as x } from "./escape.js";
import { SHOWN_ROWS } from "./limits.js";

type Row = Agreement["rows"][number];

/** How the picture is drawn inside the HTML page: the cells that differ link to the finding about their fact. */
export interface AgreementOptions {
  links?: Readonly<Record<string, string>>;
}

export const AGREEMENT_FILE = "agreement.svg";

const COL = 104;
const ROW = 16;
const LABEL = 330;
const LEGEND = 74;
const HEAD = 74;
const FONT = `font-family="sans-serif"`;

// A neutral pair from the Okabe-Ito palette (pale blue, pale orange), each relation also told by a
// pattern and by words in the legend, so no colour alone carries meaning and none reads as right or wrong.
const STYLE: Record<Relation, { fill: string; pattern?: string; words: string }> = {
  agrees: { fill: "#d4e6f4", words: "agrees with the value most documents state" },
  differs: { fill: "#f7dcae", pattern: "url(#agreement-hatch)", words: "differs from it (hatched)" },
  vague: { fill: "#ffffff", pattern: "url(#agreement-dots)", words: "only an order of magnitude (dotted, italic)" },
  none: { fill: "#ffffff", words: "not stated (·)" },
};
const RELATIONS: readonly Relation[] = ["agrees", "differs", "vague", "none"];

const DEFS = `<defs>
<pattern id="agreement-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#9a5b00" stroke-width="1.2" stroke-opacity="0.55"/></pattern>
<pattern id="agreement-dots" width="5" height="5" patternUnits="userSpaceOnUse"><circle cx="2.5" cy="2.5" r="0.9" fill="#777777"/></pattern>
</defs>`;

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Splits a label into at most two lines of about `n` characters, at spaces. */
function wrap(s: string, n: number): string[] {
  const lines: string[] = [];
  for (const word of s.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= n) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 2 ? [lines[0] ?? "", clip(lines.slice(1).join(" "), n)] : lines;
}

function swatch(rel: Relation, x0: number, y: number, w: number, h: number): string {
  const s = STYLE[rel];
  const base = `<rect x="${x0}" y="${y}" width="${w}" height="${h}" fill="${s.fill}" stroke="#c8c8c8"/>`;
  return s.pattern ? `${base}<rect x="${x0}" y="${y}" width="${w}" height="${h}" fill="${s.pattern}"/>` : base;
}

/** "Shows 42 of the 55 documents: those that state one of these facts.": what the picture leaves out. */
export function coverage(a: Agreement, shown: number): string {
  const all = a.documents ?? a.rows.length;
  const stating = a.rows.length;
  const of = `${formatNumber(shown)} of the ${formatNumber(all)} documents`;
  if (shown < stating)
    return `Shows ${of}: ${formatNumber(stating)} state one of these facts; those that differ from the value most documents state come first.`;
  return `Shows ${of}: ${shown === all ? "every one states" : "those that state"} one of these facts.`;
}

function legend(width: number, a: Agreement, shown: number): string[] {
  const per = Math.floor((width - 16) / 2);
  return [
    `<text x="8" y="16" font-size="12" font-weight="bold" ${FONT}>Each document's statement of each fact, documents by date</text>`,
    `<text x="8" y="32" font-size="11" ${FONT}>${x(coverage(a, shown))}</text>`,
    ...RELATIONS.map((rel, i) => {
      const [lx, ly] = [8 + (i % 2) * per, 42 + Math.floor(i / 2) * 16];
      return `<g>${swatch(rel, lx, ly, 22, 12)}<text x="${lx + 28}" y="${ly + 10}" font-size="11" ${FONT}>${x(STYLE[rel].words)}</text></g>`;
    }),
  ];
}

function header(a: Agreement): string[] {
  return a.facts.flatMap((f, i) => {
    const cx = LABEL + i * COL + COL / 2;
    const lines = wrap(f.label, 18).map(
      (l, j) => `<text x="${cx}" y="${LEGEND + 12 + j * 12}" font-size="10" text-anchor="middle" font-weight="bold" ${FONT}>${x(l)}</text>`,
    );
    return [
      `<g><title>${x(`${f.label} (${f.key})`)}</title>`,
      ...lines,
      `<text x="${cx}" y="${LEGEND + 46}" font-size="9" text-anchor="middle" font-family="monospace">${x(clip(f.key, 18))}</text>`,
      `<text x="${cx}" y="${LEGEND + 60}" font-size="9" text-anchor="middle" ${FONT}>${x(f.mostStated ? `most: ${formatFigure(f.mostStated)}` : "no value most stated")}</text>`,
      "</g>",
    ];
  });
}

/** The rows drawn: every one up to `SHOWN_ROWS`; beyond, those with a cell that differs first, then those stating most, in date order. */
export function shownRows(a: Agreement): Row[] {
  if (a.rows.length <= SHOWN_ROWS) return [...a.rows];
  const score = (r: Row): number => (r.cells.some((c) => c.relation === "differs") ? 1000 : 0) + r.cells.filter((c) => c.relation !== "none").length;
  const keep = new Set(
    a.rows
      .map((r, i) => ({ r, i }))
      .sort((p, q) => score(q.r) - score(p.r) || p.i - q.i)
      .slice(0, SHOWN_ROWS)
      .map((p) => p.i),
  );
  return a.rows.filter((_, i) => keep.has(i));
}

function row(r: Row, i: number, a: Agreement, o: AgreementOptions): string[] {
  const y = LEGEND + HEAD + i * ROW;
  const name = r.title ?? (r.date && r.document.startsWith(r.date) ? r.document.slice(r.date.length + 1) : r.document);
  const cells = r.cells.map((c, j) => {
    const x0 = LABEL + j * COL;
    const text = c.relation === "none" ? "·" : clip(c.value.split(" / ").map(formatFigure).join(" / "), 19);
    const style = c.relation === "vague" ? ` font-style="italic"` : c.relation === "none" ? ` fill="#777777"` : "";
    if (c.relation === "none")
      return `${swatch(c.relation, x0, y, COL, ROW)}<text x="${x0 + COL / 2}" y="${y + 12}" font-size="10" text-anchor="middle"${style}>${text}</text>`;
    const fact = a.facts[j];
    const tip = `${name} (${r.document}) · ${fact?.label ?? ""} (${fact?.key ?? ""}): ${c.value.split(" / ").map(formatFigure).join(" / ")} (${c.relation})`;
    const g = `<g><title>${x(tip)}</title>${swatch(c.relation, x0, y, COL, ROW)}<text x="${x0 + COL / 2}" y="${y + 12}" font-size="10" text-anchor="middle"${style} ${FONT}>${x(text)}</text></g>`;
    const href = c.relation === "differs" && fact ? o.links?.[fact.key] : undefined;
    return href ? `<a href="${x(href)}">${g}</a>` : g;
  });
  return [
    `<text x="8" y="${y + 12}" font-size="10" font-family="monospace">${x(r.date ?? "undated")}</text>`,
    `<text x="84" y="${y + 12}" font-size="10" ${FONT}><title>${x(`${name} (${r.document})`)}</title>${x(clip(name, 44))}</text>`,
    ...cells,
  ];
}

/**
 * The agreement picture: documents as rows in date order, facts as columns. Deterministic SVG text.
 * Inside the page (with links) it is a group whose cells a screen reader reaches, not one image.
 */
export function agreementSvg(a: Agreement, o: AgreementOptions = {}): string {
  const rows = shownRows(a);
  const width = LABEL + Math.max(1, a.facts.length) * COL + 8;
  const height = LEGEND + HEAD + rows.length * ROW + 8;
  const title = "Agreement between documents: the value each document states for the most-stated facts";
  const role = o.links ? "group" : "img";
  return (
    [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="${role}" aria-label="${x(title)}">`,
      `<title>${x(title)}</title>`,
      DEFS,
      `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
      ...legend(width, a, rows.length),
      ...header(a),
      ...rows.flatMap((r, i) => row(r, i, a, o)),
      "</svg>",
    ].join("\n") + "\n"
  );
}
