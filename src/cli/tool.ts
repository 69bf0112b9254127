import { readFileSync } from "node:fs";
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

/** A rule's documentation page (markdown), or undefined when the tool ships none. */
export function ruleHelp(docs: string): string | undefined {
  try {
    return readFileSync(`${TOOL_ROOT}${docs}`, "utf8").trimEnd() + "\n";
  } catch {
    return undefined;
  }
}
