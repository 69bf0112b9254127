import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkBase, runUrl } from "../src/cli/links.js";
import type { Finding, Report } from "../src/model/report.js";
import { diffReports, emptyContext, type ReportContext } from "../src/report/context.js";
import { firstScreen } from "../src/report/markdown.js";
import { COMMENT_LIMIT, COMMENT_MARKER, renderPullRequest } from "../src/report/pull-request.js";

function finding(i: number, severity: Finding["severity"] = "warning", message = `Documents give "${i}" and "${i + 1}".`): Finding {
  return {
    id: i.toString(16).padStart(16, "0"),
    rule: "figure-conflict",
    severity,
    acknowledged: false,
    subject: `fact.${i}`,
    message,
    values: [
      { value: i, documents: [`doc-${i}`] },
      { value: i + 1, documents: [`doc-${i + 1}`, `doc-${i + 2}`] },
    ],
    locations: [
      { document: `doc-${i}`, file: `data/documents/doc-${i}.yaml`, line: 5, source: { file: "data/sources/s.txt", line: i + 1 }, quote: `${i} people` },
    ],
  };
}

const report = (findings: Finding[]): Report => ({
  version: 1,
  corpus: { documents: 3, claims: 9 },
  summary: { error: 0, warning: findings.length, info: 0, acknowledged: 0 },
  findings,
});

const against = (base: Finding[], now: Finding[], extra: Partial<ReportContext> = {}): [Report, ReportContext] => {
  const r = report(now);
  return [r, { ...emptyContext(), ...extra, diff: diffReports(report(base), r, "origin/main") }];
};

describe("pull-request.md", () => {
  it("lists new, changed (with the base's message) and resolved findings (with their last values) in full", () => {
    const kept = finding(1);
    const changed = { ...finding(2), message: "Now different." };
    const [r, ctx] = against([kept, finding(2), finding(3)], [kept, changed, finding(4)]);
    const md = renderPullRequest(r, ctx, 2, "warning");
    expect(md.split("\n").slice(0, 4)).toEqual([
      COMMENT_MARKER,
      "## Consistency check",
      "",
      expect.stringContaining("**Against origin/main: 1 new, 1 changed, 1 resolved.**"),
    ]);
    expect(md).toContain("2 findings at warning or above are new or changed: the check fails.");
    expect(md).toMatch(/### New \(1\)\n\n- \*\*warning\*\* 🆕 new `0{15}4` fact\.4: Documents give "4"/);
    expect(md).toContain("### Changed (1)");
    expect(md).toContain('  Before: Documents give "2" and "3".');
    expect(md).toMatch(
      /### Resolved \(1\)\n\n- \*\*warning\*\* resolved `0{15}3` figure-conflict fact\.3: Documents give "3" and "4"\.\n\n {2}Values: `3` \(doc-3\); `4` \(doc-4, doc-5\)\n\n {2}Was at: doc-3 line 4/,
    );
    expect(md).not.toContain("0000000000000001");
  });

  it("says the check passes when nothing at the gate's level moved, and when nothing moved at all", () => {
    const [r, ctx] = against([finding(1)], [finding(1)]);
    expect(renderPullRequest(r, ctx, 0, "warning")).toContain("No new or changed finding at warning or above: the check passes.");
    expect(renderPullRequest(r, ctx, 0, "warning").trimEnd().split("\n").at(-1)).toBe("No finding is new, changed or resolved.");
    expect(renderPullRequest(r, ctx, 0, "none")).toContain("Nothing gates this check.");
  });

  it("stays within GitHub's comment limit whatever the number of findings, and counts what it leaves out", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1500, max: COMMENT_LIMIT }), (n, limit) => {
        const [r, ctx] = against(
          [],
          Array.from({ length: n }, (_, i) => finding(i)),
          { runUrl: "https://github.com/o/r/actions/runs/1" },
        );
        const md = renderPullRequest(r, ctx, n, "warning", limit);
        expect(md.length).toBeLessThanOrEqual(limit);
        const shown = (md.match(/^- \*\*warning\*\*/gm) ?? []).length;
        const left = Number(/_(\d[\d,]*) more findings? (?:is|are) not shown/.exec(md)?.[1]?.replace(/,/g, "") ?? 0);
        expect(shown + left).toBe(n);
        if (left > 0) expect(md).toContain("see the `reports` artifact of [this run](https://github.com/o/r/actions/runs/1)");
      }),
      { numRuns: 30 },
    );
  });

  it("counts the line break before the footer: at every limit around the whole comment, it stays within it", () => {
    // Three findings: leaving two out gives a footer as long as the one reserved for three.
    const [r, ctx] = against([], [finding(1), finding(2), finding(3)]);
    const whole = renderPullRequest(r, ctx, 3, "warning", 1_000_000);
    // Below the counts and the footer alone nothing can fit; from there up, every limit holds.
    const least = renderPullRequest(r, ctx, 3, "warning", 0).length;
    expect(least).toBeLessThan(whole.length - 600);
    for (let limit = least; limit <= whole.length + 300; limit++) {
      expect(renderPullRequest(r, ctx, 3, "warning", limit).length).toBeLessThanOrEqual(limit);
    }
  });

  it("shows every finding when they fit exactly, and leaves the last out one character before", () => {
    const [r, ctx] = against([], [finding(1), finding(2)]);
    const whole = renderPullRequest(r, ctx, 2, "warning", 1_000_000);
    expect(renderPullRequest(r, ctx, 2, "warning", whole.length + 200)).toBe(whole);
    expect(renderPullRequest(r, ctx, 2, "warning", whole.length - 1)).toContain("_1 more finding is not shown here");
  });

  it("at its default limit, 20,000 findings fit in 65,536 characters", () => {
    const [r, ctx] = against(
      [],
      Array.from({ length: 20_000 }, (_, i) => finding(i)),
    );
    const md = renderPullRequest(r, ctx, 20_000, "warning");
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md.length).toBeGreaterThan(60_000);
  });
});

describe("links to repository files", () => {
  const actions = { GITHUB_ACTIONS: "true", GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "o/r", GITHUB_SHA: "abc123", GITHUB_RUN_ID: "7" };

  it("are relative to the report's folder locally", () => {
    expect(linkBase("/w/corpus", "/w/corpus/reports", undefined, {})).toBe("../");
    expect(linkBase("/w/corpus", "/w/corpus/out/deep", undefined, {})).toBe("../../");
    expect(linkBase("/w/corpus", "/w/corpus", undefined, {})).toBe("");
  });

  it("point at the commit on Actions, unless relative links are asked for", () => {
    expect(linkBase("/nonexistent-corpus", "/nonexistent-corpus/review", undefined, actions)).toBe("https://github.com/o/r/blob/abc123/");
    expect(linkBase("/nonexistent-corpus", "/nonexistent-corpus/review", "commit", actions)).toBe("https://github.com/o/r/blob/abc123/");
    expect(linkBase("/nonexistent-corpus", "/nonexistent-corpus/reports", "relative", actions)).toBe("../");
    expect(linkBase("/w", "/w/reports", "commit", { ...actions, GITHUB_SHA: "" })).toBe("../");
    expect(linkBase("/w", "/w/reports", undefined, { ...actions, GITHUB_ACTIONS: "false" })).toBe("../");
  });

  it("name the run page where the artifact is, only on Actions", () => {
    expect(runUrl(actions)).toBe("https://github.com/o/r/actions/runs/7");
    expect(runUrl({ ...actions, GITHUB_ACTIONS: undefined })).toBeUndefined();
    expect(runUrl({ ...actions, GITHUB_RUN_ID: "" })).toBeUndefined();
  });
});

describe("the job summary", () => {
  const agreement = { facts: [{ key: "k", label: "K" }], rows: [{ document: "d", cells: [{ value: "1", relation: "agrees" as const }] }] };
  const variants = Array.from({ length: 12 }, (_, i) => finding(i * 3));

  it("shows no image by a relative path and promises only what it holds", () => {
    const ctx = { ...emptyContext(), agreement, runUrl: "https://github.com/o/r/actions/runs/7" };
    const summary = firstScreen(report(variants), ctx, true);
    expect(summary).not.toMatch(/!\[[^\]]*\]\((?!https?:|data:)/);
    expect(summary).toContain(
      "The agreement picture (`figures/agreement.svg`) is in the `reports` artifact of [this run](https://github.com/o/r/actions/runs/7).",
    );
    expect(summary).toContain("And 2 more; every variant table is in the `reports` artifact of [this run]");
    expect(summary).not.toContain("follows");
  });

  it("while the report itself keeps its picture and the tables that follow", () => {
    const md = firstScreen(report(variants), { ...emptyContext(), agreement });
    expect(md).toContain("](figures/agreement.svg)");
    expect(md).toContain("And 2 more; every variant table follows.");
  });
});
