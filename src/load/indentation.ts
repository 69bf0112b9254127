/** Parser error codes that a line indented one way too far or too little sets off, several at once. */
export const INDENTATION_CODES = new Set(["BAD_INDENT", "MULTILINE_IMPLICIT_KEY", "BLOCK_AS_IMPLICIT_KEY", "MISSING_CHAR", "UNEXPECTED_TOKEN"]);

export interface Misindented {
  line: number;
  col: number;
  message: string;
}

const OPENS_BLOCK = /^(?:- +)?[^#'"[{][^#]*:\s*(?:#.*)?$/;
const BLOCK_SCALAR = /:\s*[|>][+-]?\d*\s*(?:#.*)?$/;
const OPEN_FLOW_OR_QUOTE = /:\s*(?:\[[^\]]*|\{[^}]*|"(?:[^"\\]|\\.)*|'(?:[^']|'')*)$/;

/** Where a line's own content starts: after "- " items, the column a sibling key would take. */
function contentIndent(text: string, indent: number): number {
  const m = /^(?:- +)+/.exec(text.slice(indent));
  return indent + (m ? m[0].length : 0);
}

/** An open indentation level: keys of a mapping stand there, items of a sequence, or both ("key:" then "- " at its column). */
interface Level {
  indent: number;
  map: boolean;
  seq: boolean;
}

const spaces = (n: number): string => `${n} space${n === 1 ? "" : "s"}`;

/** The open level a line was meant for: the nearest; a tie goes deeper for a plain key, shallower for an item or a key that opens a block. */
function meantLevel(open: readonly Level[], indent: number, body: string, item: boolean): number {
  const shallower = item || OPENS_BLOCK.test(body);
  const fits = open.filter((l) => (item ? l.seq : l.map) && l.indent !== indent).map((l) => l.indent);
  const nearer = (l: number, best: number): boolean =>
    Math.abs(l - indent) < Math.abs(best - indent) || (Math.abs(l - indent) === Math.abs(best - indent) && !shallower);
  return fits.reduce((best, l) => (nearer(l, best) ? l : best), fits[0] ?? 0);
}

/**
 * The first line of a block-style YAML text whose indentation fits no open level: deeper than the
 * line above without that line opening a block, between two levels, a key where only items stand
 * or an item where only keys stand. When the line that does not fit is where the lines before it
 * stood, the line before it, which moved out, is the mistake. The parser reports such a line as two
 * or three errors, often on the line before; this names the line itself, once. Undefined when
 * every line fits (the parser's own message then serves), and for layouts it does not follow
 * (flow collections or quoted strings over several lines).
 */
export function misindentedLine(source: string): Misindented | undefined {
  const lines = source.split("\n");
  let levels: Level[] = [{ indent: 0, map: true, seq: true }];
  let opens = false;
  let scalarAbove: number | undefined;
  let before: { line: number; indent: number; open: Level[]; body: string; keys: Map<number, string> } | undefined;
  // What stands at each column, to name in the message: a key, or a sequence item's dash.
  const keyAt = new Map<number, string>();
  const misfit = (line: number, indent: number, level: number, keys = keyAt): Misindented => {
    const sibling = keys.get(level);
    return { line, col: indent + 1, message: `this line is indented ${spaces(indent)}; expected ${level}${sibling ? `, in line with ${sibling}` : ""}` };
  };
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? "").replace(/\s+$/, "");
    const indent = text.search(/\S/);
    if (indent === -1 || text[indent] === "#") continue;
    if (scalarAbove !== undefined && indent > scalarAbove) continue;
    scalarAbove = undefined;
    const body = text.slice(indent);
    const item = body.startsWith("- ");
    const open = levels;
    const top = levels[levels.length - 1];
    if (opens && top && (indent > top.indent || item)) levels = [...levels, { indent, map: !item || indent === top.indent, seq: item }];
    else {
      levels = levels.filter((l) => l.indent <= indent);
      const at = levels[levels.length - 1];
      if (at?.indent !== indent || !(item ? at.seq : at.map)) {
        // Back where the lines before the last one stood: that last line moved out of place.
        if (before && before.indent < indent && before.open.some((l) => l.indent === indent)) {
          return misfit(before.line, before.indent, meantLevel(before.open, before.indent, before.body, before.body.startsWith("- ")), before.keys);
        }
        return misfit(i + 1, indent, meantLevel(open, indent, body, item));
      }
    }
    if (OPEN_FLOW_OR_QUOTE.test(body)) return undefined;
    before = top && indent < top.indent ? { line: i + 1, indent, open, body, keys: new Map(keyAt) } : undefined;
    const inner = contentIndent(text, indent);
    if (inner > indent) levels = [...levels, { indent: inner, map: true, seq: false }];
    if (item) keyAt.set(indent, `the "-" on line ${i + 1}`);
    const key = /^(?:- +)*([^:#\s][^:#]*):/.exec(body)?.[1];
    if (key) keyAt.set(inner, `"${key.trim()}" on line ${i + 1}`);
    opens = OPENS_BLOCK.test(body) && !body.endsWith("-");
    if (BLOCK_SCALAR.test(body)) scalarAbove = inner;
  }
  return undefined;
}
