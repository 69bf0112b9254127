import { execFileSync } from "node:child_process";
import { relative, sep } from "node:path";

export const LINK_STYLES = ["relative", "commit"] as const;
export type LinkStyle = (typeof LINK_STYLES)[number];

type Env = Readonly<Record<string, string | undefined>>;

/** The repository page at the commit under test, when running on GitHub Actions. */
function commitBase(env: Env): string | undefined {
  const server = env["GITHUB_SERVER_URL"];
  const repo = env["GITHUB_REPOSITORY"];
  const sha = env["GITHUB_SHA"];
  return env["GITHUB_ACTIONS"] === "true" && server && repo && sha ? `${server}/${repo}/blob/${sha}/` : undefined;
}

/** The corpus root's folder inside its repository ("" at the top level). */
function repoPrefix(root: string): string {
  try {
    return execFileSync("git", ["rev-parse", "--show-prefix"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

/**
 * Prefix of links to repository files in the reports. On Actions, links point at the files at the
 * commit, so they work from a downloaded artifact; elsewhere (and with `--links relative`, which the
 * committed reports use) they are relative to the report's folder.
 */
export function linkBase(root: string, out: string, style: LinkStyle | undefined, env: Env): string {
  const commit = commitBase(env);
  if (style !== "relative" && commit) return `${commit}${repoPrefix(root)}`;
  const rel = relative(out, root).split(sep).join("/");
  return rel === "" ? "" : `${rel}/`;
}

/** The Actions run page, where the uploaded reports are: what a capped comment points to. */
export function runUrl(env: Env): string | undefined {
  const server = env["GITHUB_SERVER_URL"];
  const repo = env["GITHUB_REPOSITORY"];
  const id = env["GITHUB_RUN_ID"];
  return env["GITHUB_ACTIONS"] === "true" && server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}
