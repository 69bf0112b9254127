import type { Document, LineCounter, Node } from "yaml";
import { yamlLib } from "./yaml-lib.js";
import type { LoadError } from "./load-error.js";
import { INDENTATION_CODES, misindentedLine } from "./indentation.js";
import { nestingError } from "./nesting.js";

export type DataPath = readonly (string | number)[];

/** A parsed YAML file that can still say where each value stands. */
export interface YamlFile {
  file: string;
  data: unknown;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The decoded text, kept by the fast reader so lines can be found without a syntax tree. */
  text?: string;
}

const MAX_BYTES = 4 * 1024 * 1024;

/** Decodes and parses one YAML file; returns every syntax problem it finds, located. */
export function parseYaml(file: string, bytes: Uint8Array): { yaml?: YamlFile; errors: LoadError[] } {
  const decoded = decodeYaml(file, bytes);
  if ("errors" in decoded) return decoded;
  const text = decoded.text;
  const { doc, lines } = parseTree(text);
  const tooDeep = nestingError(file, doc, lines);
  if (tooDeep) return { errors: [tooDeep] };
  // A tab in indentation derails the parser into follow-on errors; the tab is the one to report.
  const tabs = doc.errors.filter((e) => e.code === "TAB_AS_INDENT");
  const errors: LoadError[] = (tabs.length > 0 ? tabs : doc.errors).map((e) => ({ file, ...at(lines, e.pos[0]), message: yamlMessage(e.code, e.message) }));
  const indentation = tabs.length === 0 ? indentationError(file, text, doc, errors) : undefined;
  if (indentation) return { errors: [indentation] };
  if (errors.length > 0) return { errors };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return { errors: [{ file, line: 1, col: 1, message: e instanceof Error ? firstLine(e.message) : "cannot read YAML" }] };
  }
  if (data === null || data === undefined) {
    return { errors: [{ file, line: 1, col: 1, message: "file is empty" }] };
  }
  return { yaml: { file, data, doc, lines }, errors: [] };
}

/**
 * One line indented wrongly sets off two or three parser errors, at the line before it or at it:
 * when the first error is of that family and a line there fits no open level, that line is the one
 * message. Anything else keeps the parser's messages.
 */
function indentationError(file: string, text: string, doc: Document.Parsed, errors: readonly LoadError[]): LoadError | undefined {
  const first = errors[0];
  if (!first || !doc.errors.some((e) => INDENTATION_CODES.has(e.code))) return undefined;
  const line = misindentedLine(text);
  return line && line.line >= first.line && line.line <= first.line + 1 ? { file, ...line } : undefined;
}

/** The file's text, or why it cannot be read: too large, or not UTF-8. A byte-order mark is dropped. */
export function decodeYaml(file: string, bytes: Uint8Array): { text: string } | { errors: LoadError[] } {
  if (bytes.byteLength > MAX_BYTES) {
    return { errors: [{ file, line: 1, col: 1, message: `file is ${bytes.byteLength} bytes; the limit is ${MAX_BYTES}` }] };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { errors: [{ file, ...firstInvalidUtf8(bytes), message: "file is not valid UTF-8" }] };
  }
}

function parseTree(text: string): { doc: Document.Parsed; lines: LineCounter } {
  const { LineCounter, parseDocument } = yamlLib();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  return { doc, lines };
}

/**
 * A file the fast reader has read: its syntax tree is built only when a position is asked for
 * (an error to locate), from the same text, so positions are the exact reader's.
 */
export function lazyYamlFile(file: string, text: string, data: unknown): YamlFile {
  let tree: { doc: Document.Parsed; lines: LineCounter } | undefined;
  const load = (): { doc: Document.Parsed; lines: LineCounter } => (tree ??= parseTree(text));
  return {
    file,
    data,
    text,
    get doc() {
      return load().doc;
    },
    get lines() {
      return load().lines;
    },
  };
}

function yamlMessage(code: string, message: string): string {
  if (code === "DUPLICATE_KEY") return "duplicate key: " + firstLine(message).replace(/^Map keys must be unique.*$/, "map keys must be unique");
  if (code === "TAB_AS_INDENT") return "tab used for indentation; YAML indents with spaces";
  return firstLine(message);
}

function firstLine(s: string): string {
  return s.split("\n")[0]?.trim() ?? s;
}

function at(lines: LineCounter, offset: number): { line: number; col: number } {
  const p = lines.linePos(offset);
  return { line: p.line, col: p.col };
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const valid = size > 0 && bytes.subarray(i + 1, i + size).every((c) => (c & 0xc0) === 0x80) && i + size <= bytes.length;
    if (!valid) return { line, col: i - lineStart + 1 };
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += size;
  }
  return { line, col: 1 };
}

/**
 * Where the value at `path` stands (or its key, for `key: true`); falls back to the
 * nearest ancestor that exists, so every error gets a position.
 */
export function positionOf(y: YamlFile, path: DataPath, key = false): { line: number; col: number } {
  let node: unknown = y.doc.contents;
  let keyNode: unknown = undefined;
  for (const segment of path) {
    const next = child(node, segment);
    if (next === undefined) break;
    keyNode = next.key;
    node = next.value;
  }
  const target = key && keyNode !== undefined ? keyNode : node;
  const range = rangeOf(target) ?? rangeOf(y.doc.contents);
  return at(y.lines, range?.[0] ?? 0);
}

function child(node: unknown, segment: string | number): { key: unknown; value: unknown } | undefined {
  const { isMap, isSeq } = yamlLib();
  if (isMap(node)) {
    const pair = node.items.find((p) => scalarValue(p.key) === String(segment));
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : undefined;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function scalarValue(n: unknown): string | undefined {
  if (!yamlLib().isScalar(n)) return undefined;
  const v = n.value;
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
}

function rangeOf(n: unknown): readonly number[] | undefined {
  const r = (n as Node | undefined)?.range;
  return Array.isArray(r) ? r : undefined;
}

const TOP_KEY = /^([A-Za-z_][\w-]*):(?: |$)/;

/**
 * Lines of a block-style record's top-level keys and of the items of its sequence `seq`, read from
 * the text without a syntax tree; undefined for any other layout (the caller then asks the tree).
 * Exact for what it accepts: an item is a line "- " at the sequence's indent with content after
 * the dash, and the caller compares the counts with the parsed data, so a line inside a
 * multi-line scalar that only looks like an item shows up as one too many.
 */
export function blockLines(text: string, seq: string): { keys: Map<string, number>; items: number[] } | undefined {
  const keys = new Map<string, number>();
  const items: number[] = [];
  let inSeq = false;
  let indent = -1;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const first = line.charCodeAt(0);
    if (line.length === 0 || first === 35 /* # */) continue;
    if (first !== 32 && first !== 45 /* space, - */) {
      const m = TOP_KEY.exec(line);
      if (!m?.[1]) return undefined;
      keys.set(m[1], i + 1);
      inSeq = m[1] === seq && line.slice(m[0].length).trim() === "";
      indent = -1;
      continue;
    }
    if (!inSeq) continue;
    const dash = line.search(/\S/);
    if (dash === -1 || line[dash] === "#") continue;
    if (indent === -1) indent = dash;
    if (dash === indent && line[dash] === "-") {
      if (!/^- +[^\s#]/.test(line.slice(dash))) return undefined;
      items.push(i + 1);
    } else if (dash < indent) return undefined;
  }
  return { keys, items };
}
