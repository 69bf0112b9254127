import type { LoadedDocument } from "../model/corpus.js";
import { readBytes, safePath, splitLines } from "./files.js";
import type { LoadError } from "./load-error.js";
import { positionOf, type YamlFile } from "./yaml-file.js";

export interface ParsedDocument {
  y: YamlFile;
  doc: LoadedDocument;
}

/** Reads every source text the documents name, refusing paths that leave the root. */
export function loadSources(root: string, docs: readonly ParsedDocument[]): { sources: Map<string, string[]>; errors: LoadError[] } {
  const sources = new Map<string, string[]>();
  const refused = new Map<string, string>();
  const errors: LoadError[] = [];
  for (const { y, doc } of docs) {
    const file = doc.record.source.file;
    if (!sources.has(file) && !refused.has(file)) {
      const safe = safePath(root, file);
      if ("refused" in safe) refused.set(file, safe.refused);
      else sources.set(file, readSource(root, file));
    }
    const why = refused.get(file);
    if (why !== undefined) errors.push({ file: y.file, ...positionOf(y, ["source", "file"]), message: why });
  }
  return { sources, errors };
}

function readSource(root: string, file: string): string[] {
  return splitLines(new TextDecoder("utf-8").decode(readBytes(root, file)));
}
