import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { catalogue } from "../checks/catalogue.js";
import { runCheck, type FailOn, type Io } from "./check-command.js";
import { runAcknowledge, runPrune } from "./acknowledge-command.js";
import { runDraft, runList, runShow, runStats } from "./corpus-commands.js";
import { runDraftFile } from "./draft-command.js";
import { runEval } from "./eval-command.js";
import { FORMATS, type Format } from "./outputs.js";
import { runInit } from "./init-command.js";
import { runMentions } from "./mentions-command.js";
import { runSchemas } from "./schemas-command.js";
import { runSuggest, runWordsAdd } from "./words-command.js";
import { LINK_STYLES, type LinkStyle } from "./links.js";
import { explainText } from "./explain.js";

const USAGE = `usage: corpus-check <command> [options]

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

const FAIL_ON = ["error", "warning", "info", "none"] as const;

const today = (): string => new Date().toISOString().slice(0, 10);

function explain(root: string, id: string | undefined, io: Io): number {
  const text = explainText(root, id, catalogue);
  if (text !== undefined) {
    io.out(text);
    return 0;
  }
  io.err(`no documentation for "${id ?? ""}"; checks: ${catalogue.map((c) => c.meta.id).join(", ")}`);
  return 2;
}

/** Parses argv and runs a command; returns the process exit code. Never throws. */
export function main(argv: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
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
      },
    });
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}; run with --help for usage`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const root = resolve(values.root ?? ".");
  const [command = "", arg] = positionals;
  try {
    switch (command) {
      case "check": {
        const failOn = values["fail-on"] ?? "error";
        if (!(FAIL_ON as readonly string[]).includes(failOn)) {
          io.err(`--fail-on must be one of: ${FAIL_ON.join(", ")}`);
          return 2;
        }
        if (values.format !== undefined && !(FORMATS as readonly string[]).includes(values.format)) {
          io.err(`--format must be one of: ${FORMATS.join(", ")}`);
          return 2;
        }
        if (values.links !== undefined && !(LINK_STYLES as readonly string[]).includes(values.links)) {
          io.err(`--links must be one of: ${LINK_STYLES.join(", ")}`);
          return 2;
        }
        const out = values.out ? resolve(values.out) : resolve(root, "reports");
        return runCheck(
          {
            root,
            out,
            failOn: failOn as FailOn,
            write: !values["no-write"],
            ...(values.base ? { base: values.base } : {}),
            ...(values.links ? { links: values.links as LinkStyle } : {}),
            ...(values.format ? { format: values.format as Format } : {}),
            ...(values.rule ? { rule: values.rule } : {}),
            ...(values.document ? { document: values.document } : {}),
          },
          io,
        );
      }
      case "init":
        return runInit(root, io);
      case "list":
        return runList(root, io);
      case "stats":
        return runStats(root, io);
      case "show":
        if (!arg) break;
        return runShow(root, arg, io);
      case "draft":
        if (!arg) break;
        if (!/^\d+-\d+$/.test(arg)) return runDraftFile(root, arg, values.stdout === true, io);
        if (values.source === undefined) {
          io.err("draft <first>-<last> needs --source <file>, the source text those lines are in");
          return 2;
        }
        return runDraft(root, arg, values.source, io);
      case "explain":
        return explain(resolve(import.meta.dirname, "..", ".."), arg, io);
      case "acknowledge":
        if (!arg) break;
        return runAcknowledge(root, arg, values.by ?? process.env["USER"] ?? "unknown", today(), io);
      case "mentions":
        return runMentions(root, values.write === true, io);
      case "prune":
        return runPrune(root, today(), io);
      case "words":
        if (arg !== "add") break;
        return runWordsAdd(root, positionals[2], values.kind, values.note, io);
      case "suggest":
        return runSuggest(root, io);
      case "schemas":
        return runSchemas(root, values.verify === true, io);
      case "eval":
        return runEval(
          { root, out: values.out ? resolve(values.out) : resolve(root, "reports"), verbose: values.verbose === true, verify: values.verify === true },
          io,
        );
      case "":
        io.err(USAGE);
        return 2;
    }
    io.err(
      arg === undefined && ["show", "draft"].includes(command)
        ? `${command} needs an argument; run with --help for usage`
        : `unknown command "${command}"; run with --help for usage`,
    );
    return 2;
  } catch (e) {
    io.err(
      `internal error: ${e instanceof Error ? e.message : String(e)}${values.debug && e instanceof Error ? `\n${e.stack ?? ""}` : " (run with --debug for the stack)"}`,
    );
    return 2;
  }
}
