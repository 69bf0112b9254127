import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import type { FactEntry } from "../src/model/registry.js";
import { conflicts, firstReport, OUR_CORPUS, records, writtenFiles } from "./another-archive-run.js";

// The acceptance test of issue 21: another archive, from raw text to a first report. Eight texts
// about an invented colliery explosion (test/fixtures/another-archive/, written before the draft
// command was run on them), `init`, `draft` for each file and `check`, with no registry written by hand.
const TEXTS = join(import.meta.dirname, "fixtures", "another-archive");

describe("another archive: eight raw texts, init, draft, check", () => {
  const { root, report, printed } = firstReport(TEXTS);

  it("drafts one record per text, and the check finds no error in the drafts", () => {
    expect(printed.filter((l) => l.startsWith("wrote ")).length).toBe(8);
    expect(report.summary["error"]).toBe(0);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("shows each disagreement of the texts without a registry written by hand, as resting on drafts", () => {
    // Phrases of one quantity meet in one proposed fact: "97 lost their lives", "the number of deaths
    // ... was 98", "its death toll, which most modern accounts put at 96"; "142 men and boys had
    // descended the pit", "141 persons were in the mine", "About 150 men were below ground".
    expect(conflicts(report)).toEqual({
      dead: ["101", "96", "97", "98", "99", "more than 100"],
      "dead.percent": ["67.6", "68.3"],
      present: ["141", "142", "143", "about 150"],
      survivor: ["38", "45"],
    });
    const deaths = report.findings.find((f) => f.rule === "figure-conflict" && f.subject === "dead");
    expect(deaths?.message).toMatch(/It rests on draft claims not yet confirmed \(/);
    const facts = (load(readFileSync(join(root, "data/registry/facts.yaml"), "utf8")) as { facts: FactEntry[] }).facts;
    expect(facts.find((f) => f.key === "dead")).toMatchObject({ unit: "count", proposed: true });
  });

  it("drafts persons' names and cited instruments as claims that agree across these texts", () => {
    const texts = records(root)
      .flatMap((r) => r.claims)
      .flatMap((c) => (c.kind === "text" && !c.fact.startsWith("mentioned.") ? [[c.fact, c.value]] : []));
    expect(texts.sort()).toEqual([
      ["cited.coal-mines-regulation-act.year", "1887"],
      ["person.ellery", "George Ellery"],
      ["person.prothero", "Edwin Prothero"],
      ["person.radley", "Thomas Radley"],
    ]);
    expect(report.findings.filter((f) => f.rule === "text-conflict")).toEqual([]);
  });

  it("files a part of a figure ('of whom') under that figure, not as another total", () => {
    const parts = records(root)
      .flatMap((r) => r.claims)
      .flatMap((c) => (c.kind === "number" && c.fact.includes(".of-whom") ? [[c.fact, c.value]] : []));
    expect(parts.sort()).toEqual([
      ["dead.of-whom.boy.under", 14],
      ["dead.of-whom.dead", 2],
      ["survivor.of-whom.injured", 12],
    ]);
  });

  it("reads compound number words, decimals, percentages and attributions right, and ranks are no counts", () => {
    const claims = records(root).flatMap((r) => r.claims);
    const numbers = claims.flatMap((c) => (c.kind === "number" ? [c] : []));
    expect(numbers.find((c) => c.quote === "Eight hundred and ninety-eight")?.value).toBe(898);
    const decimals = numbers.filter((c) => !Number.isInteger(c.value)).sort((a, b) => a.value - b.value);
    expect(decimals.map((c) => [c.quote, c.value])).toEqual([
      ["1.67", 1.67],
      ["22.5", 22.5],
      ["67.6", 67.6],
      ["68.3", 68.3],
    ]);
    expect(numbers.filter((c) => c.attributedTo !== undefined).map((c) => [c.attributedTo, c.value])).toEqual([["Inspector of Mines", 97]]);
    const waived = records(root).flatMap((r) => (r.waivers ?? []).map((w) => [w.text, w.reason]));
    expect(waived).toEqual(
      expect.arrayContaining([
        ["10.40", "time-of-day"],
        ["third", "ordinal"],
      ]),
    );
  });

  it("mentions nothing of the tool's own corpus in anything it wrote or printed", () => {
    const leaks = writtenFiles(root).filter((f) => OUR_CORPUS.test(f.text));
    expect(leaks.map((f) => f.file)).toEqual([]);
    expect(printed.filter((l) => OUR_CORPUS.test(l))).toEqual([]);
  });
});
