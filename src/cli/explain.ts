import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { AnyCheck } from "../engine/check.js";

interface OptionSchema {
  type?: string;
  default?: unknown;
  description?: string;
}

/**
 * A check's help from the tool itself, for an archive without its own docs page: what the check
 * does and each option with its default and description, nothing of any archive's examples.
 */
export function genericHelp(check: AnyCheck): string {
  const schema = z.toJSONSchema(check.options, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, OptionSchema> };
  const options = Object.entries(schema.properties ?? {}).map(
    ([name, o]) => `- \`${name}\`${o.default === undefined ? "" : ` (default ${JSON.stringify(o.default)})`}: ${o.description ?? ""}`,
  );
  return [
    `# ${check.meta.id}`,
    "",
    check.meta.description,
    "",
    "## Options",
    "",
    ...(options.length > 0 ? options : ["None."]),
    "",
    `Write \`docs/rules/${check.meta.id}.md\` in this archive (what it catches, a failing and a passing example) and \`explain\` prints it instead.`,
  ].join("\n");
}

/** The archive's own docs page for a check when it has one, else the tool's generic help; undefined for an unknown id. */
export function explainText(root: string, id: string | undefined, catalogue: readonly AnyCheck[]): string | undefined {
  const check = catalogue.find((c) => c.meta.id === id);
  const docs = check?.meta.docs ?? (id ? `docs/rules/${id}.md` : "");
  try {
    return readFileSync(join(root, docs), "utf8").trimEnd();
  } catch {
    return check ? genericHelp(check) : undefined;
  }
}
