import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/checks/catalogue.js";
import { mergeFindings } from "../src/engine/merge.js";
import { compareFindings, prepareRules } from "../src/engine/run.js";
import type { Corpus } from "../src/model/corpus.js";
import type { Finding } from "../src/model/report.js";
import type { MergeGroup } from "../src/model/rules.js";
import { corpus, doc } from "./helpers/build-corpus.js";

const FILE = "data/sources/test.txt";
const SOURCES = new Map([[FILE, ["respond por ively and within the time in", "", "Persons like Seyran Ohanyan, Serj", "", "Sarkisyan, as well as others"]]]);

/** A finding about words at a source line; the quote is the words. */
function at(rule: string, id: string, line: number, quote: string | undefined, severity: Finding["severity"] = "info"): Finding {
  return {
    id,
    rule,
    severity,
    acknowledged: false,
    subject: id,
    message: `${rule} sees ${quote ?? "the line"}.`,
    values: [{ value: quote ?? "", documents: ["a"] }],
    locations: [{ document: "a", file: "data/documents/a.yaml", line: 2, source: { file: FILE, line }, ...(quote === undefined ? {} : { quote }) }],
  };
}

const WORDS: MergeGroup = { rules: ["ocr-damage", "probable-typo", "spelling"], same: "words", withinRule: false, rationale: "r" };
const PHRASE: MergeGroup = { rules: ["spelling-variant", "name-variant"], same: "phrase", withinRule: false, rationale: "r" };
const LOCATION: MergeGroup = { rules: ["citation-consistency"], same: "location", withinRule: true, rationale: "r" };
const merge = (fs: Finding[], groups: MergeGroup[] = [WORDS, PHRASE, LOCATION]): Finding[] => mergeFindings(fs, groups, SOURCES, compareFindings);

describe("merging findings about the same words", () => {
  it("merges overlapping words into the finding of the rule listed first, with the other's view inside", () => {
    const ocr = at("ocr-damage", "o1", 1, "por ively");
    const por = at("spelling", "s1", 1, "por");
    const ively = at("spelling", "s2", 1, "ively");
    expect(merge([por, ocr, ively])).toEqual([
      {
        ...ocr,
        related: [
          { rule: "spelling", id: "s1", message: "spelling sees por." },
          { rule: "spelling", id: "s2", message: "spelling sees ively." },
        ],
      },
    ]);
  });

  it("leaves findings about other words on the same line apart, ids unchanged", () => {
    const a = at("spelling", "s1", 1, "por");
    const b = at("probable-typo", "t1", 1, "ively");
    expect(merge([a, b])).toEqual([b, a].sort(compareFindings));
  });

  it("does not merge rules of no common group, nor one rule with itself under words", () => {
    const a = at("spelling", "s1", 1, "por");
    const b = at("name-variant", "n1", 1, "por");
    const c = at("spelling", "s2", 1, "por");
    expect(merge([a, b]).map((f) => f.id)).toEqual(["n1", "s1"]);
    expect(merge([a, c]).map((f) => f.id)).toEqual(["s1", "s2"]);
    expect(merge([a, c], [{ ...WORDS, withinRule: true }]).map((f) => [f.id, f.related?.map((r) => r.id)])).toEqual([["s1", ["s2"]]]);
  });

  it("reads a whole word: a quote inside a longer word is not the same words", () => {
    expect(merge([at("spelling", "s1", 1, "in"), at("ocr-damage", "o1", 1, "within")]).map((f) => f.id)).toEqual(["o1", "s1"]);
  });

  it("takes a location without a quote for its whole line", () => {
    expect(merge([at("spelling", "s1", 1, "por"), at("ocr-damage", "o1", 1, undefined)]).map((f) => [f.id, f.related?.length])).toEqual([["o1", 1]]);
  });

  it("merges words one white space apart, across a line break, only when the group says phrase", () => {
    const serj = at("name-variant", "n1", 3, "Serj");
    const sarkisyan = at("spelling-variant", "v1", 5, "Sarkisyan");
    expect(merge([serj, sarkisyan]).map((f) => [f.id, f.related?.map((r) => r.id)])).toEqual([["v1", ["n1"]]]);
    expect(merge([serj, sarkisyan], [{ ...PHRASE, same: "words" }]).map((f) => f.id)).toEqual(["n1", "v1"]);
    // A comma between is two names, not one phrase.
    expect(merge([at("name-variant", "n2", 3, "Ohanyan"), sarkisyan]).map((f) => f.id)).toEqual(["n2", "v1"]);
  });

  it("merges one rule's findings that share a location (a citation wrong in number and date)", () => {
    const number = { ...at("citation-consistency", "c1", 1, "por ively", "warning"), message: "number" };
    const date = { ...at("citation-consistency", "c2", 1, "por ively", "warning"), message: "date" };
    const other = { ...at("citation-consistency", "c3", 3, "Serj", "warning"), message: "other" };
    const out = merge([date, number, other]);
    expect(out.map((f) => [f.id, f.related?.map((r) => r.id)])).toEqual([
      ["c1", ["c2"]],
      ["c3", undefined],
    ]);
  });

  it("among findings of one rank, gives the merged finding to the one with more locations", () => {
    const two = { ...at("citation-consistency", "c9", 1, "and", "warning"), message: "b" };
    two.locations = [...two.locations, { document: "a", file: "data/documents/a.yaml", line: 9, source: { file: FILE, line: 3 }, quote: "Serj" }];
    const one = { ...at("citation-consistency", "c1", 1, "and", "warning"), message: "a" };
    expect(merge([one, two]).map((f) => [f.id, f.related?.map((r) => r.id)])).toEqual([["c9", ["c1"]]]);
  });

  it("takes one location for the same claim only: other words on its line are another location", () => {
    const a = at("citation-consistency", "c1", 1, "and", "warning");
    const b = at("citation-consistency", "c2", 1, "within", "warning");
    expect(merge([a, b]).map((f) => f.id)).toEqual(["c1", "c2"]);
  });

  it("gives the merged finding the most severe severity of its parts", () => {
    expect(merge([at("spelling", "s1", 1, "por", "warning"), at("ocr-damage", "o1", 1, "por ively")]).map((f) => [f.id, f.severity])).toEqual([
      ["o1", "warning"],
    ]);
  });

  it("is independent of finding order and idempotent", () => {
    const pool = [
      at("ocr-damage", "o1", 1, "por ively"),
      at("spelling", "s1", 1, "por"),
      at("spelling", "s2", 1, "ively"),
      at("probable-typo", "t1", 1, "ively"),
      at("spelling", "s3", 1, "time"),
      at("name-variant", "n1", 3, "Serj"),
      at("spelling-variant", "v1", 5, "Sarkisyan"),
      at("name-variant", "n2", 3, "Ohanyan"),
      { ...at("citation-consistency", "c1", 1, "and", "warning"), message: "number" },
      { ...at("citation-consistency", "c2", 1, "and", "warning"), message: "date" },
      at("figure-conflict", "f1", 1, "por", "warning"),
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(pool), fc.shuffledSubarray(pool, { minLength: pool.length }), (some, all) => {
        const once = merge(some);
        expect(merge(once)).toEqual(once);
        expect(merge([...some].reverse())).toEqual(once);
        expect(merge(all)).toEqual(merge(pool));
      }),
    );
  });
});

describe("merge groups in rules/", () => {
  const rule = (id: string): Corpus["rules"][number] => ({
    entry: { id, check: "spelling", severity: "info", rationale: "r" },
    file: "rules/core.yaml",
    line: 3,
    checkAt: { line: 4, col: 12 },
    optionsAt: { line: 6, col: 5 },
  });
  it("must name configured rules, each in one group", () => {
    const c: Corpus = {
      ...corpus([doc("a", [])]),
      rules: [rule("spelling"), rule("probable-typo")],
      merges: [
        { entry: { rules: ["spelling", "no-such-rule"], same: "words", withinRule: false, rationale: "r" }, file: "rules/precedence.yaml", line: 2 },
        { entry: { rules: ["probable-typo", "spelling"], same: "words", withinRule: false, rationale: "r" }, file: "rules/precedence.yaml", line: 5 },
      ],
    };
    expect(prepareRules(c, catalogue).errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([
      'rules/precedence.yaml:2: merge group names unknown rule "no-such-rule"',
      'rules/precedence.yaml:5: rule "spelling" is in two merge groups (first at rules/precedence.yaml:2)',
    ]);
  });
});
