import { join } from "node:path";
import { loadCorpus } from "../../src/load/corpus.js";
import type { Corpus } from "../../src/model/corpus.js";

export const ROOT = join(import.meta.dirname, "..", "..");

/** The real corpus, loaded once per test file. */
export function realCorpus(): Corpus {
  const r = loadCorpus(ROOT);
  if (!r.ok) throw new Error(`the corpus does not load: ${r.errors.map((e) => e.message).join("; ")}`);
  return r.corpus;
}

/**
 * A copy of the corpus with one source line replaced (`from` must occur in it), for planted-fault
 * tests. Documents are copied too, so text models cached for the original are not reused.
 */
export function withLine(corpus: Corpus, line: number, from: string, to: string): Corpus {
  const sources = new Map(
    [...corpus.sources].map(([file, lines]) => {
      const copy = [...lines];
      const old = copy[line - 1] ?? "";
      if (!old.includes(from)) throw new Error(`line ${line} has no "${from}": ${old}`);
      copy[line - 1] = old.replace(from, to);
      return [file, copy];
    }),
  );
  return { ...corpus, sources, documents: corpus.documents.map((d) => ({ ...d })) };
}
