import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, miniCopy } from "./helpers/fixture.js";

describe("acknowledge and prune", () => {
  it("acknowledge writes an entry a person must complete before it validates", () => {
    const root = miniCopy();
    const report = cli(["check", "--root", root, "--format", "json", "--no-write"]).out.join("\n");
    const id = (JSON.parse(report) as { findings: { id: string; rule: string }[] }).findings.find((f) => f.rule === "citation-consistency")?.id ?? "";
    expect(cli(["acknowledge", id, "--root", root, "--by", "Reviewer"]).out).toEqual([
      `Added ${id} to data/acknowledgements.yaml; write the reason (what you established) before committing.`,
    ]);
    const file = join(root, "data/acknowledgements.yaml");
    expect(readFileSync(file, "utf8")).toContain(`  - finding: ${id}\n    rule: citation-consistency\n    values: ["1998-03-02", "1998-03-03"]`);
    const blocked = cli(["check", "--root", root, "--no-write"]);
    expect(blocked.code).toBe(2);
    expect(blocked.err[0]).toMatch(/^data\/acknowledgements.yaml:\d+:13: acknowledgements\[0\]\.reason must NOT have fewer than 20 characters$/);
    writeFileSync(file, readFileSync(file, "utf8").replace('reason: ""', "reason: Both dates are printed; the registry record gives 2 March."));
    expect(cli(["check", "--root", root, "--no-write"]).out[0]).toBe("2 documents, 6 claims: 0 errors, 1 warning, 0 info, 1 acknowledged.");
  });

  it("prune removes an entry that matches no finding", () => {
    const root = miniCopy({
      "data/acknowledgements.yaml":
        'acknowledgements:\n  - finding: fedcba9876543210\n    rule: figure-conflict\n    values: ["1"]\n    reason: A finding that no longer exists in this corpus.\n    by: r\n    date: 2026-01-01\n',
    });
    expect(cli(["check", "--root", root, "--no-write"]).code).toBe(1);
    expect(cli(["prune", "--root", root]).out).toEqual(["Removed 1 stale acknowledgement."]);
    expect(cli(["check", "--root", root, "--no-write"]).code).toBe(0);
  });
});
