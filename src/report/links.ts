import type { ReportContext } from "./context.js";

/**
 * A link to a file of the repository, at a line. Relative to the report's folder by default, so it
 * opens from a checkout; on Actions the CLI sets an absolute base at the commit, so the links also
 * work from a downloaded artifact.
 */
export function repoHref(ctx: ReportContext, path: string, line?: number): string {
  return `${ctx.linkBase ?? "../"}${path}${line === undefined ? "" : `#L${line}`}`;
}
