import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { runCheck, type FailOn, type Io } from "./check-command.js";
import { runSchemas } from "./schemas-command.js";

const USAGE = `usage: corpus-check <command> [options]

commands:
  check     load the corpus, run every rule, write reports/ (exit 0 clean, 1 gated findings, 2 bad input)
  schemas   write schemas/*.json from the data model (--verify: fail if they are stale)

options:
  --root <dir>       corpus root (default: current directory)
  --out <dir>        where reports go (default: <root>/reports)
  --fail-on <level>  error | warning | info | none (default: error)
  --no-write         check only, write nothing
  --verify           (schemas) compare instead of writing
  --debug            show stack traces of internal errors
  -h, --help         this text`;

const FAIL_ON = ["error", "warning", "info", "none"] as const;

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
        verify: { type: "boolean" },
        debug: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\nrun with --help for usage`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const root = resolve(values.root ?? ".");
  const command = positionals[0] ?? "";
  try {
    if (command === "check") {
      const failOn = values["fail-on"] ?? "error";
      if (!(FAIL_ON as readonly string[]).includes(failOn)) {
        io.err(`--fail-on must be one of: ${FAIL_ON.join(", ")}`);
        return 2;
      }
      const out = values.out ? resolve(values.out) : resolve(root, "reports");
      return runCheck({ root, out, failOn: failOn as FailOn, write: !values["no-write"] }, io);
    }
    if (command === "schemas") return runSchemas(root, values.verify === true, io);
    io.err(command ? `unknown command "${command}"; run with --help for usage` : USAGE);
    return 2;
  } catch (e) {
    io.err(
      `internal error: ${e instanceof Error ? e.message : String(e)}${values.debug && e instanceof Error ? `\n${e.stack ?? ""}` : " (run with --debug for the stack)"}`,
    );
    return 2;
  }
}
