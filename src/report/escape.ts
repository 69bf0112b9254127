/** Text safe in HTML: shown as written, never interpreted. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

// Every character that can start markup, an entity, an autolink (a scheme's ":", e-mail's "@"), math ("$"),
// an emoji code (":") or an issue reference ("#") on a code host becomes a character reference.
const MARKDOWN_ENTITY: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "|": "&#124;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "~": "&#126;",
  $: "&#36;",
  ":": "&#58;",
  // An e-mail address is linked after entities are decoded (cmark-gfm's autolink post-pass), so only an
  // HTML node before "@" keeps it text: <wbr> renders nothing and copies as nothing.
  "@": "<wbr>&#64;",
  "#": "&#35;",
};

/**
 * Text safe inside a markdown table cell, a paragraph and inline HTML: shown as written, never interpreted.
 * No link, autolink (`http://`, `www.`, e-mail), emphasis, heading, list, code or HTML can form from it.
 */
export function cell(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[&<>|`*_[\]\\~$:@#]/g, (c) => MARKDOWN_ENTITY[c] ?? c)
    .replace(/(www)\./gi, "$1&#46;")
    .replace(/^[+=-]/, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/^(\d+)([.)])/, (_, d: string, p: string) => `${d}&#${p.charCodeAt(0)};`);
}

/** Text as a markdown code span: shown literally; a pipe is escaped for GFM tables, the fence outgrows any backtick run. */
export function codeSpan(s: string): string {
  const text = s.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** SARIF message text: brackets and backslashes escaped (SARIF 3.11.6) so a quote never forms an embedded link. */
export function sarifText(s: string): string {
  return s.replace(/[\\[\]]/g, "\\$&");
}
