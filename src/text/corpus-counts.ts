import type { Corpus } from "../model/corpus.js";
import { documentText, readAs, type Token } from "./document-text.js";

/** One use of a word: where it stands and how it is printed. */
export interface Use {
  document: string;
  line: number;
  printed: string;
  token: Token;
}

/** Corpus-wide word statistics, computed once per corpus and shared by the checks that need them. */
export interface CorpusCounts {
  /** Every use of each word as read (a word broken at a line end read whole), by lower-cased word. */
  uses: ReadonlyMap<string, readonly Use[]>;
  count(lower: string): number;
}

function build(corpus: Corpus): CorpusCounts {
  const uses = new Map<string, Use[]>();
  for (const doc of corpus.documents) {
    for (const t of documentText(corpus, doc).tokens) {
      if (t.tail) continue;
      const printed = readAs(t);
      const lower = printed.toLowerCase();
      const list = uses.get(lower);
      const use = { document: doc.record.id, line: t.line, printed, token: t };
      if (list) list.push(use);
      else uses.set(lower, [use]);
    }
  }
  return { uses, count: (lower) => uses.get(lower)?.length ?? 0 };
}

const cache = new WeakMap<Corpus, CorpusCounts>();

/** The word counts of a corpus, built on first use. */
export function corpusCounts(corpus: Corpus): CorpusCounts {
  const hit = cache.get(corpus);
  if (hit) return hit;
  const built = build(corpus);
  cache.set(corpus, built);
  return built;
}
