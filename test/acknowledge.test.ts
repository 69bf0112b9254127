import { describe, expect, it } from "vitest";
import { applyAcknowledgements } from "../src/engine/acknowledge.js";
import type { LoadedAcknowledgement } from "../src/model/corpus.js";
import type { Finding } from "../src/model/report.js";

const finding: Finding = {
  id: "0123456789abcdef",
  rule: "figure-conflict",
  severity: "warning",
  acknowledged: false,
  subject: "killed.children",
  message: "m",
  values: [
    { value: "63", documents: ["a"] },
    { value: "83", documents: ["b"] },
  ],
  locations: [],
};
const ack = (values: string[], reviewBy?: string, id = finding.id): LoadedAcknowledgement => ({
  entry: {
    finding: id,
    rule: "figure-conflict",
    values,
    reason: "Reviewed against both sources.",
    by: "r",
    date: "2026-01-01",
    ...(reviewBy ? { reviewBy } : {}),
  },
  file: "data/acknowledgements.yaml",
  line: 5,
});

describe("acknowledgements", () => {
  it("acknowledge a finding whose values are all accepted", () => {
    expect(applyAcknowledgements([finding], [ack(["63", "83"])], "2026-11-27")).toEqual([{ ...finding, acknowledged: true }]);
  });

  it("stop applying when a new value appears (the finding reopens)", () => {
    const reopened = { ...finding, values: [...finding.values, { value: "93", documents: ["c"] }] };
    expect(applyAcknowledgements([reopened], [ack(["63", "83"])], "2026-11-27")).toEqual([reopened]);
  });

  it("report an acknowledgement that matches no finding as a stale error", () => {
    const [f] = applyAcknowledgements([], [ack(["63"], undefined, "fedcba9876543210")], "2026-11-27");
    expect(f?.rule).toBe("stale-acknowledgement");
    expect(f?.severity).toBe("error");
    expect(f?.message).toBe("The acknowledgement of figure-conflict finding fedcba9876543210 (data/acknowledgements.yaml:5) matches no finding.");
  });

  it("report an acknowledgement past its review-by day and stop applying it", () => {
    const out = applyAcknowledgements([finding], [ack(["63", "83"], "2026-06-01")], "2026-11-27");
    expect(out.map((f) => [f.rule, f.acknowledged])).toEqual([
      ["figure-conflict", false],
      ["stale-acknowledgement", false],
    ]);
  });
});
