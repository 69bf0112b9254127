import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, miniCopy } from "./helpers/fixture.js";

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

  it("refuses a base without a report in one line", () => {
    const root = committedCorpus();
    expect(cli(["check", "--root", root, "--base", "no-such-ref", "--no-write"]).err).toEqual([
      "no report at no-such-ref:reports/consistency-report.json (is no-such-ref a commit of this repository, with a committed report?)",
    ]);
  });
});
