import { parseArgs } from "node:util";
import type { Io } from "./check-command.js";

export const USAGE = `usage: corpus-check <command> [options]

commands:
  init              scaffold a minimal corpus in --root (never overwrites a file)
  check             load the corpus, run every rule, write reports/ (exit 0 clean, 1 gated findings, 2 bad input)
  list              the documents: count, then id, type, date, lines and claims of each
  stats             documents, claims by kind, facts, instruments, findings
  show <document>   a document's source lines with the claims and waivers beside them
  draft <file>      draft records for a source text: one per document it finds, every date, figure and name
                    a claim to confirm, each figure under a proposed fact (--stdout: print, write nothing)
  draft <a>-<b>     a draft record for lines a-b of --source <file>, printed
  explain <rule>    the documentation of a check
  mentions          list records whose entity claims are out of date (--write: rewrite them)
  acknowledge <id>  add an acknowledgement for a finding, for a person to write the reason (--by <name>)
  prune             remove acknowledgements that match no finding or are past their review-by day
  schemas           write schemas/*.json from the data model (--verify: fail if they are stale)
  eval              recall and precision of the findings against the hand annotations (test/eval/);
                    writes <out>/eval.json and the README table (--verify: fail if they are stale)
  words add <word>  add a word to data/registry/words.yaml (--kind name|transliteration|term|abbreviation|foreign --note "...")
  suggest           print registry entries for names no registry knows and names spelt several ways

options:
  --root <dir>       corpus root (default: current directory)
  --out <dir>        where reports go (default: <root>/reports)
  --fail-on <level>  error | warning | info | none (default: error)
  --no-write         check only, write nothing
  --base <ref>       (check) label findings new, changed or resolved against the report committed at a git ref
                     (reports/consistency-report.json there, or one computed from its data and rules);
                     writes <out>/pull-request.md, the comment for a pull request
  --links <style>    (check) relative | commit: links to repository files relative to the report, or at the
                     commit on the code host (default on GitHub Actions: commit; elsewhere: relative)
  --format <f>       (check) print the report as json | markdown | html | sarif instead of the summary
  --rule <id>        (check) only this rule's findings (a view: nothing is written)
  --document <id>    (check) only findings about this document (a view: nothing is written)
  --source <file>    (draft <a>-<b>) source text, relative to the root
  --stdout           (draft <file>) print the drafts and proposed facts instead of writing them
  --verify           (schemas, eval) compare instead of writing
  --verbose          (eval) list the missed annotations and the locations that match none
  --debug            show stack traces of internal errors
  -h, --help         this text`;

const OPTIONS = {
  root: { type: "string" },
  out: { type: "string" },
  "fail-on": { type: "string" },
  "no-write": { type: "boolean" },
  base: { type: "string" },
  links: { type: "string" },
  format: { type: "string" },
  rule: { type: "string" },
  document: { type: "string" },
  source: { type: "string" },
  stdout: { type: "boolean" },
  by: { type: "string" },
  kind: { type: "string" },
  note: { type: "string" },
  verify: { type: "boolean" },
  write: { type: "boolean" },
  verbose: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export type Values = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>["values"];

/** The options and positionals of a command line, or the exit code of one that cannot be read (said on `io`). */
export function parseCommandLine(argv: readonly string[], io: Io): { values: Values; positionals: string[] } | number {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}; run with --help for usage`);
    return 2;
  }
}

/** Runs a command; an exception that escapes it is a bug of the tool, said in one line (exit 2), its stack only with --debug. */
export function guarded(values: Values, io: Io, run: () => number): number {
  try {
    return run();
  } catch (e) {
    io.err(
      `internal error: ${e instanceof Error ? e.message : String(e)}${values.debug && e instanceof Error ? `\n${e.stack ?? ""}` : " (run with --debug for the stack)"}`,
    );
    return 2;
  }
}
