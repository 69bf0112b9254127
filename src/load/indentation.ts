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

/**
 * The first line of a block-style YAML text whose indentation fits no open level: deeper than the
 * line above without that line opening a block, or between two levels. The parser reports such a
 * line as two or three errors, often on the line before; this names the line itself, once.
 * Undefined when every line fits (the parser's own message then serves), and for layouts it does
 * not follow (flow collections or quoted strings over several lines).
 */
export function misindentedLine(source: string): Misindented | undefined {
  const lines = source.split("\n");
  const levels = [0];
  let opens = false;
  let scalarAbove: number | undefined;
  // What stands at each column, to name in the message: a key, or a sequence item's dash.
  let previous: string | undefined;
  const keyAt = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? "").replace(/\s+$/, "");
    const indent = text.search(/\S/);
    if (indent === -1 || text[indent] === "#") continue;
    if (scalarAbove !== undefined && indent > scalarAbove) continue;
    scalarAbove = undefined;
    const body = text.slice(indent);
    if (opens && (indent > (levels[levels.length - 1] ?? 0) || body.startsWith("- "))) levels.push(indent);
    else {
      const open = [...levels];
      while (levels.length > 1 && (levels[levels.length - 1] ?? 0) > indent) levels.pop();
      if ((levels[levels.length - 1] ?? 0) !== indent) {
        // The level it was meant for is the nearest open one; a tie goes to the deeper for a key,
        // to the shallower for a sequence item ("- " stands where its sequence's items stand).
        const item = body.startsWith("- ");
        const nearer = (l: number, best: number): boolean =>
          Math.abs(l - indent) < Math.abs(best - indent) || (Math.abs(l - indent) === Math.abs(best - indent) && !item);
        const level = open.reduce((best, l) => (nearer(l, best) ? l : best), 0);
        const sibling = keyAt.get(level) ?? previous;
        const beside = sibling ? `, in line with ${sibling}` : "";
        return { line: i + 1, col: indent + 1, message: `this line is indented ${indent} space${indent === 1 ? "" : "s"}; expected ${level}${beside}` };
      }
    }
    if (OPEN_FLOW_OR_QUOTE.test(body)) return undefined;
    const inner = contentIndent(text, indent);
    if (inner > indent) levels.push(inner);
    if (body.startsWith("- ")) keyAt.set(indent, `the "-" on line ${i + 1}`);
    const key = /^(?:- +)*([^:#\s][^:#]*):/.exec(body)?.[1];
    if (key) keyAt.set(inner, (previous = `"${key.trim()}" on line ${i + 1}`));
    opens = OPENS_BLOCK.test(body) && !body.endsWith("-");
    if (BLOCK_SCALAR.test(body)) scalarAbove = inner;
  }
  return undefined;
}
