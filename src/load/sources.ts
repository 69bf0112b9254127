import type { LoadedDocument } from "../model/corpus.js";
import { readBytes, safePath } from "./files.js";
import type { LoadError } from "./load-error.js";
import { positionOf, type YamlFile } from "./yaml-file.js";

export interface ParsedDocument {
  y: YamlFile;
  doc: LoadedDocument;
}

/** The source texts documents name, read once each; paths that leave the root are refused. */
export class Sources {
  readonly texts = new Map<string, string[]>();
  private readonly refused = new Map<string, string>();

  constructor(private readonly root: string) {}

  /** Reads what these documents need; returns an error for each document whose source is refused. */
  load(docs: readonly ParsedDocument[]): LoadError[] {
    const errors: LoadError[] = [];
    for (const { y, doc } of docs) {
      const file = doc.record.source.file;
      if (!this.texts.has(file) && !this.refused.has(file)) {
        const safe = safePath(this.root, file);
        if ("refused" in safe) this.refused.set(file, safe.refused);
        else this.texts.set(file, readSource(this.root, file));
      }
      const why = this.refused.get(file);
      if (why !== undefined) errors.push({ file: y.file, ...positionOf(y, ["source", "file"]), message: why });
    }
    return errors;
  }
}

function readSource(root: string, file: string): string[] {
  return decodeLines(Buffer.from(readBytes(root, file)));
}

/**
 * The lines of UTF-8 text, each decoded on its own: the same lines as decoding the whole text and
 * splitting it (`splitLines`), but a line of plain ASCII is kept in one byte a character. Decoded
 * whole, one letter outside Latin-1 anywhere made every line of the file two bytes a character.
 */
export function decodeLines(bytes: Buffer): string[] {
  // A byte order mark is not text (TextDecoder drops it too).
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const lines: string[] = [];
  let start = from;
  for (let nl = bytes.indexOf(10, start); nl !== -1; nl = bytes.indexOf(10, start)) {
    lines.push(bytes.toString("utf8", start, nl > start && bytes[nl - 1] === 13 ? nl - 1 : nl));
    start = nl + 1;
  }
  if (start < bytes.length) lines.push(bytes.toString("utf8", start));
  return lines;
}
