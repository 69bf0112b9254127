import type { AnyCheck, RawFinding } from "../../src/engine/check.js";
import type { Corpus } from "../../src/model/corpus.js";

/** Runs one check with options, failing the test loudly if the options are invalid. */
export function runCheck(check: AnyCheck, corpus: Corpus, options: unknown = {}): RawFinding[] {
  const parsed = check.parseOptions(options);
  if (!parsed.ok) throw new Error(`bad options: ${JSON.stringify(parsed.issues)}`);
  return parsed.run(corpus);
}
