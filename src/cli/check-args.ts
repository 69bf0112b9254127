import { resolve } from "node:path";
import type { Values } from "./args.js";
import { runCheck, type FailOn, type Io } from "./check-command.js";
import { LINK_STYLES, type LinkStyle } from "./links.js";
import { FORMATS, type Format } from "./outputs.js";

const FAIL_ON = ["error", "warning", "info", "none"] as const;

/** `check` with its options checked: what the CLI's dispatch runs, and all the entry loads for it. */
export function checkCommand(root: string, values: Values, io: Io): number {
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
