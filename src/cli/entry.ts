import { resolve } from "node:path";
import { guarded, parseCommandLine } from "./args.js";
import type { Io } from "./check-command.js";

/**
 * The command line as the bin runs it: `check`, the everyday command, loads only what checking
 * needs; every other command (and help) loads the whole CLI. Same output and exit codes as `main`.
 */
export async function entry(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(argv, io);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (!values.help && positionals[0] === "check") {
    const { checkCommand } = await import("./check-args.js");
    return guarded(values, io, () => checkCommand(resolve(values.root ?? "."), values, io));
  }
  const { main } = await import("./main.js");
  return main(argv, io);
}
