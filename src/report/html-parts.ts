import type { Finding } from "../model/report.js";
import { formatNumber } from "../text/format.js";
import type { ReportContext } from "./context.js";
import { escapeHtml as h } from "./escape.js";
import { documentsNamed, factInDocument, subjectLabel, type Subjected } from "./words.js";

/** A wide table or picture scrolls inside its own box, which a keyboard can reach, so a phone's page never scrolls sideways. */
export const scroll = (label: string, inner: string): string => `<div class="scroll" tabindex="0" role="region" aria-label="${h(label)}">${inner}</div>`;

/** "1 warning", "27 warnings", "1,275 findings". */
export const plural = (n: number, noun: string): string => `${formatNumber(n)} ${noun}${n === 1 ? "" : "s"}`;

/** The title and date of a document as plain text, for a filter's option, a chart or a hover text. */
export function documentText(id: string, ctx: ReportContext): string {
  const d = ctx.documents[id];
  return d ? `${d.title}${d.date ? ` (${d.date})` : ""}` : id;
}

/** A document as a reader knows it: its title, with the date and outlet; the id on hover. */
export function documentName(id: string, ctx: ReportContext): string {
  const d = ctx.documents[id];
  if (!d) return h(id);
  const bits = [d.date, d.outlet].filter((b): b is string => b !== undefined);
  return `<span title="${h(id)}">${h(d.title)}</span>${bits.length > 0 ? ` <span class="keys">(${h(bits.join(", "))})</span>` : ""}`;
}

/**
 * A finding's subject as a reader knows it: "Killed, all ages <code>killed.total</code>", an
 * aggregate's fact and document, a group's documents by title; the bare subject otherwise.
 */
export function subjectHtml(f: Subjected, ctx: ReportContext): string {
  const label = subjectLabel(f, ctx);
  if (label) return `${h(label)} <code>${h(f.subject)}</code>`;
  const aggregate = factInDocument(f.subject, ctx);
  if (aggregate) return `${h(aggregate.label)} <code>${h(aggregate.fact)}</code> in ${documentName(aggregate.document, ctx)}`;
  const group = documentsNamed(f.subject, ctx);
  if (group) return group.documents.map((d) => documentName(d, ctx)).join(" / ") + (group.more > 0 ? ` and ${formatNumber(group.more)} more` : "");
  return h(f.subject);
}

/** The same as plain text, for a one-line list or an accessible name. */
export function subjectText(f: Subjected, ctx: ReportContext): string {
  const label = subjectLabel(f, ctx);
  if (label) return label;
  const aggregate = factInDocument(f.subject, ctx);
  if (aggregate) return `${aggregate.label} in ${documentText(aggregate.document, ctx)}`;
  const group = documentsNamed(f.subject, ctx);
  if (group) return group.documents.map((d) => ctx.documents[d]?.title ?? d).join(" / ") + (group.more > 0 ? ` and ${formatNumber(group.more)} more` : "");
  return f.subject;
}

/** The distinct documents a finding's locations are in. */
export const documentsOf = (f: Finding): string[] => [...new Set(f.locations.map((l) => l.document).filter((d) => d !== ""))];

/** Words of a title a message shows in place of a document's id; the whole title is on hover. */
export const TITLE_WORDS = 8;

/** A title cut to its first `TITLE_WORDS` words, with an ellipsis when cut. */
export function shortTitle(title: string): string {
  const words = title.trim().split(/\s+/);
  return words.length <= TITLE_WORDS ? words.join(" ") : `${words.slice(0, TITLE_WORDS).join(" ")} …`;
}

/**
 * A message as HTML: each document it names by id is shown by its title (cut to a few words) and
 * date, with the id and the whole title on hover, so a reader reads names, not slugs. The check's
 * other words stay as written.
 */
export function messageHtml(message: string, documents: readonly string[], ctx: ReportContext): string {
  const known = [...new Set(documents)].filter((d) => ctx.documents[d] !== undefined).sort((a, b) => b.length - a.length);
  const text = h(message);
  if (known.length === 0) return text;
  const ids = new RegExp(`(?<![\\w-])(?:${known.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\w-])`, "g");
  return text.replace(ids, (id) => {
    const d = ctx.documents[id];
    const shown = d ? `${shortTitle(d.title)}${d.date ? ` (${d.date})` : ""}` : id;
    return `<span class="docref" title="${h(`${id}: ${documentText(id, ctx)}`)}">${h(shown)}</span>`;
  });
}
