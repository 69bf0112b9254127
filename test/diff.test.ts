import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, MINI, miniCopy } from "./helpers/fixture.js";

function git(root: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: root, stdio: "ignore" });
}

/** A corpus in its own git repository with its report committed. */
function committedCorpus(): string {
  const root = miniCopy();
  expect(cli(["check", "--root", root]).code).toBe(0);
  git(root, "init", "-q");
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", "base");
  return root;
}

describe("check --base", () => {
  it("labels exactly the changed figure as new and the old one as resolved", () => {
    const root = committedCorpus();
    const news = join(root, "data/documents/news.yaml");
    writeFileSync(news, readFileSync(news, "utf8").replace("date: 1998-03-03", "date: 1998-03-04").replace("of 3 March 1998", "of 3 March 1998"));
    const r = cli(["check", "--root", root, "--base", "HEAD", "--no-write", "--fail-on", "warning"]);
    expect(r.out[1]).toBe("Against HEAD: 0 new, 1 changed, 0 resolved.");
    expect(r.code).toBe(1);
  });

  it("is quiet when nothing changed, and shows one changed figure as exactly one new finding", () => {
    const root = committedCorpus();
    expect(cli(["check", "--root", root, "--base", "HEAD", "--no-write"]).out[1]).toBe("Against HEAD: 0 new, 0 changed, 0 resolved.");
    const news = join(root, "data/documents/news.yaml");
    writeFileSync(
      news,
      readFileSync(news, "utf8").replace('number: "800"', 'number: "801"').replace("resolution 800 (1998) of 3 March", "resolution 800 (1998) of 3 March"),
    );
    const r = cli(["check", "--root", root, "--base", "HEAD", "--no-write", "--fail-on", "warning"]);
    expect(r.out[1]).toBe("Against HEAD: 1 new, 0 changed, 0 resolved.");
    const md = cli(["check", "--root", root, "--base", "HEAD", "--no-write", "--format", "markdown"]).out.join("\n");
    expect(md).toContain("## What changed against HEAD");
    const [first = "", detail = ""] = md.split("## Changed findings in full");
    expect(first).toMatch(/^- new warning `[0-9a-f]{16}` citation-consistency: Resolution 800 \(1998\) \(`res-800`\)$/m);
    expect(detail.split("## Findings by rule")[0]).toMatch(
      /🆕 new `[0-9a-f]{16}` Resolution 800 \(1998\) \(`res-800`\): Instrument res-800 is cited with the number "800" \(res-900 line 5\) and "801" \(news line 10\)/,
    );
  });

  it("refuses a ref that is not a commit in one line, exit 2", () => {
    const root = committedCorpus();
    const r = cli(["check", "--root", root, "--base", "no-such-ref", "--no-write"]);
    expect(r.err).toEqual(["no-such-ref is not a commit of this repository (for a pull request, fetch the base branch first)"]);
    expect(r.code).toBe(2);
  });

  it("reads the base's report at its committed path whatever --out says (the pull-request step's command line)", () => {
    const root = committedCorpus();
    const r = cli(["check", "--root", root, "--base", "HEAD", "--out", join(root, "review"), "--fail-on", "warning"]);
    expect(r.err).toEqual([]);
    expect(r.out[1]).toBe("Against HEAD: 0 new, 0 changed, 0 resolved.");
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, "review/pull-request.md"), "utf8")).toContain("No finding is new, changed or resolved.");
  });

  it("computes the base's report from its own data and rules when the base commit has none, and says so in one line", () => {
    const root = miniCopy();
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "base without reports");
    const news = join(root, "data/documents/news.yaml");
    writeFileSync(news, readFileSync(news, "utf8").replace('number: "800"', 'number: "801"'));
    const r = cli(["check", "--root", root, "--base", "HEAD", "--out", join(root, "review"), "--fail-on", "warning"]);
    expect(r.err).toEqual(["HEAD has no committed report at reports/consistency-report.json; compared with a report computed from its data and rules."]);
    expect(r.out[1]).toBe("Against HEAD: 1 new, 0 changed, 0 resolved.");
    expect(r.code).toBe(1);
  });

  it("computes the base's report when the committed one does not follow the report schema", () => {
    const root = committedCorpus();
    writeFileSync(join(root, "reports/consistency-report.json"), '{"version": 0}\n');
    git(root, "commit", "-q", "-am", "a report of another version");
    const r = cli(["check", "--root", root, "--base", "HEAD", "--no-write"]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^HEAD has no committed report at reports\/consistency-report\.json; compared with a report computed/);
    expect(r.out[1]).toBe("Against HEAD: 0 new, 0 changed, 0 resolved.");
  });

  it("counts every finding as new when the base's data cannot be checked, without exit 2", () => {
    const root = miniCopy();
    git(root, "init", "-q");
    writeFileSync(join(root, "data/documents/news.yaml"), "id: [broken\n");
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "broken base");
    writeFileSync(join(root, "data/documents/news.yaml"), readFileSync(join(MINI, "data/documents/news.yaml"), "utf8"));
    const r = cli(["check", "--root", root, "--base", "HEAD", "--no-write", "--fail-on", "none"]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(
      /^HEAD has no committed report at reports\/consistency-report\.json and its data could not be checked \(1 problem loading it \(first: data\/documents\/news\.yaml:2:1: /,
    );
    expect(r.err[0]).toMatch(/every finding counts as new\.$/);
    expect(r.code).toBe(0);
  });
});
