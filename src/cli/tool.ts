import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The tool's own folder (where package.json and docs/ live), whatever corpus --root names. */
const TOOL_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface ToolInfo {
  name: string;
  version: string;
  /** The repository's web address, from package.json: the one place it is written. */
  repository: string;
}

/** "git+https://host/owner/name.git" and "https://host/owner/name" both give "https://host/owner/name". */
export function repositoryUrl(field: unknown): string | undefined {
  const url = typeof field === "string" ? field : typeof field === "object" && field !== null && "url" in field ? field.url : undefined;
  if (typeof url !== "string" || url === "") return undefined;
  return url
    .replace(/^git\+/, "")
    .replace(/\.git$/, "")
    .replace(/\/+$/, "");
}

/** Name (the bin), version and repository of this tool, read from its package.json. */
export function toolInfo(): ToolInfo {
  const pkg = JSON.parse(readFileSync(`${TOOL_ROOT}package.json`, "utf8")) as { version?: unknown; repository?: unknown; bin?: unknown };
  const bin = typeof pkg.bin === "object" && pkg.bin !== null ? Object.keys(pkg.bin)[0] : undefined;
  return { name: bin ?? "corpus-check", version: typeof pkg.version === "string" ? pkg.version : "0.0.0", repository: repositoryUrl(pkg.repository) ?? "" };
}

/**
 * The web address of the archive's own repository (its package.json), or "" when it declares none.
 * Help links point there, never at the tool's repository, whose pages use the tool's own corpus as
 * their examples.
 */
export function archiveRepository(root: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { repository?: unknown };
    return repositoryUrl(pkg.repository) ?? "";
  } catch {
    return "";
  }
}

/**
 * A rule's documentation page (markdown) in the archive's own docs/, or undefined when the archive
 * has none: the tool's pages illustrate each rule with the tool's own corpus, which means nothing
 * in another archive's report.
 */
export function ruleHelp(root: string, docs: string): string | undefined {
  try {
    return readFileSync(join(root, docs), "utf8").trimEnd() + "\n";
  } catch {
    return undefined;
  }
}
