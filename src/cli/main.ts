import { resolve } from "node:path";
import { catalogue } from "../checks/catalogue.js";
import { guarded, parseCommandLine, USAGE, type Values } from "./args.js";
import { checkCommand } from "./check-args.js";
import type { Io } from "./check-command.js";
import { runAcknowledge, runPrune } from "./acknowledge-command.js";
import { runDraft, runList, runShow, runStats } from "./corpus-commands.js";
import { runDraftFile } from "./draft-command.js";
import { runEval } from "./eval-command.js";
import { runInit } from "./init-command.js";
import { runMentions } from "./mentions-command.js";
import { runSchemas } from "./schemas-command.js";
import { runSuggest, runWordsAdd } from "./words-command.js";
import { explainText } from "./explain.js";

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
  const parsed = parseCommandLine(argv, io);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  return guarded(values, io, () => dispatch(positionals, values, io));
}

function dispatch(positionals: readonly string[], values: Values, io: Io): number {
  const root = resolve(values.root ?? ".");
  const [command = "", arg] = positionals;
  switch (command) {
    case "check":
      return checkCommand(root, values, io);
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
}
