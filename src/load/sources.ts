import type { LoadedDocument } from "../model/corpus.js";
import { readBytes, safePath, splitLines } from "./files.js";
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
  return splitLines(new TextDecoder("utf-8").decode(readBytes(root, file)));
}
