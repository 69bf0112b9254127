import { describe, expect, it } from "vitest";
import { z } from "zod";
import { catalogue } from "../../src/checks/catalogue.js";
import { prepareRules } from "../../src/engine/run.js";
import type { Corpus } from "../../src/model/corpus.js";
import { corpus } from "../helpers/build-corpus.js";

/** The options each check requires, so a test can vary one option at a time. */
const REQUIRED: Record<string, Record<string, unknown>> = {
  "anniversary-arithmetic": { eventDate: "1992-02-26" },
  "document-identity": { numberFacts: ["document.number"] },
  "document-structure": { types: { resolution: [{ id: "symbol", label: "symbol line", facts: ["document.symbol"] }] } },
  "duplicated-passage": { scope: "within" },
  "list-shrinks": { facts: ["named.list"] },
  "ocr-damage": { knownTlds: ["com"] },
  "part-exceeds-whole": { whole: "killed.total", parts: ["killed.children"] },
  "spelling-variant": { scope: "variants" },
  "sum-mismatch": { total: "killed.total", parts: ["killed.men", "killed.women"] },
  "weekday-mismatch": { facts: ["mentioned.weekday"] },
};

/** Load errors for one rule of `check` with these options on top of the required ones. */
function errorsFor(check: string, options: Record<string, unknown>): string[] {
  const c: Corpus = {
    ...corpus([]),
    rules: [
      {
        entry: { id: "r", check, severity: "error", rationale: "test", options: { ...REQUIRED[check], ...options } },
        file: "rules/core.yaml",
        line: 1,
        checkAt: { line: 1, col: 1 },
        optionsAt: { line: 2, col: 1 },
      },
    ],
  };
  return prepareRules(c, catalogue).errors.map((e) => e.message);
}

/**
 * Every declared bound of every option: [check, option, a value just outside, the message zod gives,
 * a value on the bound that is accepted]. A bound dropped or turned round fails one of the two tests.
 */
const BOUNDS: [string, string, unknown, string, unknown][] = [
  ["altered-quotation", "maxChange", 0, "Too small: expected number to be >=1", 1],
  ["altered-quotation", "maxChange", 11, "Too big: expected number to be <=10", 10],
  ["altered-quotation", "resync", 1, "Too small: expected number to be >=2", 2],
  ["anniversary-arithmetic", "eventDate", "26 February 1992", "", "1992-02"],
  ["citation-consistency", "fields", [], "Too small: expected array to have >=1 items", ["number"]],
  ["citation-consistency", "fields", ["page"], "", ["meeting"]],
  ["date-conflict", "slackDays", -1, "Too small: expected number to be >=0", 0],
  ["date-conflict", "slackDays", 0.5, "Invalid input: expected int, received number", 1],
  ["document-identity", "numberFacts", [], "Too small: expected array to have >=1 items", ["a"]],
  ["document-identity", "body", "", "Too small: expected string to have >=1 characters", "UN Security Council"],
  ["document-identity", "slackDays", -1, "Too small: expected number to be >=0", 0],
  [
    "document-structure",
    "types",
    { resolution: [] },
    "Too small: expected array to have >=1 items",
    { resolution: [{ id: "d", label: "date", outlet: true }] },
  ],
  [
    "document-structure",
    "types",
    { resolution: [{ id: "d", label: "", outlet: true }] },
    "Too small: expected string to have >=1 characters",
    { resolution: [{ id: "d", label: "d", outlet: true }] },
  ],
  [
    "document-structure",
    "types",
    { resolution: [{ id: "d", label: "d", facts: [] }] },
    "Too small: expected array to have >=1 items",
    { resolution: [{ id: "d", label: "d", facts: ["x"] }] },
  ],
  [
    "document-structure",
    "types",
    { resolution: [{ id: "D", label: "d", outlet: true }] },
    "Invalid string",
    { resolution: [{ id: "d-1", label: "d", outlet: true }] },
  ],
  [
    "document-structure",
    "types",
    { resolution: [{ id: "d", label: "d", line: "(" }] },
    "a valid regular expression",
    { resolution: [{ id: "d", label: "d", line: "^\\(S/" }] },
  ],
  [
    "document-structure",
    "types",
    { resolution: [{ id: "d", label: "d" }] },
    "a part needs facts, line or outlet to be recognised",
    { resolution: [{ id: "d", label: "d", line: "x" }] },
  ],
  ["document-structure", "share", 0, "Too small: expected number to be >0", 0.01],
  ["document-structure", "share", 1.01, "Too big: expected number to be <=1", 1],
  ["document-structure", "minHaving", 0, "Too small: expected number to be >=1", 1],
  ["duplicated-passage", "scope", "both", "", "across"],
  ["duplicated-passage", "words", 3, "Too small: expected number to be >=4", 4],
  ["duplicated-passage", "words", 51, "Too big: expected number to be <=50", 50],
  ["duplicated-passage", "maxGap", -1, "Too small: expected number to be >=0", 0],
  ["duplicated-passage", "minWords", 0, "Too small: expected number to be >=1", 1],
  ["duplicated-passage", "boilerplateWords", 1, "Too small: expected number to be >=2", 2],
  ["duplicated-passage", "boilerplateWords", 51, "Too big: expected number to be <=50", 50],
  ["duplicated-passage", "boilerplateShare", -0.01, "Too small: expected number to be >=0", 0],
  ["duplicated-passage", "boilerplateShare", 1.01, "Too big: expected number to be <=1", 1],
  ["duplicated-passage", "boilerplateMinDocuments", 1, "Too small: expected number to be >=2", 2],
  ["duplicated-passage", "showPairs", 0, "Too small: expected number to be >=1", 1],
  ["duplicated-passage", "maxSharers", 1, "Too small: expected number to be >=2", 2],
  ["figure-conflict", "about", -0.01, "Too small: expected number to be >=0", 0],
  ["figure-conflict", "about", 1.01, "Too big: expected number to be <=1", 1],
  ["figure-conflict", "nearly", -0.01, "Too small: expected number to be >=0", 0],
  ["figure-conflict", "nearly", 1.01, "Too big: expected number to be <=1", 1],
  ["figure-conflict", "rounding", -0.01, "Too small: expected number to be >=0", 0],
  ["figure-conflict", "rounding", 1.01, "Too big: expected number to be <=1", 1],
  ["list-shrinks", "facts", [], "Too small: expected array to have >=1 items", ["a"]],
  ["hyphenation-variant", "minParts", 1, "Too small: expected number to be >=2", 2],
  ["capitalisation-variant", "minCapitalised", 0, "Too small: expected number to be >=1", 1],
  ["capitalisation-variant", "minRatio", 0.99, "Too small: expected number to be >=1", 1],
  ["lost-stop", "minStops", 0, "Too small: expected number to be >=1", 1],
  ["lost-stop", "minShare", 0, "Too small: expected number to be >0", 0.5],
  ["lost-stop", "minShare", 1.01, "Too big: expected number to be <=1", 1],
  ["name-form-variant", "minStem", 1, "Too small: expected number to be >=2", 2],
  ["name-form-variant", "maxEnding", 0, "Too small: expected number to be >=1", 1],
  ["name-form-variant", "maxEnding", 4, "Too big: expected number to be <=3", 3],
  ["name-form-variant", "minUsual", 1, "Too small: expected number to be >=2", 2],
  ["name-form-variant", "minRatio", 0.99, "Too small: expected number to be >=1", 1],
  ["name-variant", "nearMissEdits", 0, "Too small: expected number to be >=1", 1],
  ["name-variant", "nearMissEdits", 4, "Too big: expected number to be <=3", 3],
  ["name-variant", "nearMissLength", 2, "Too small: expected number to be >=3", 3],
  ["ocr-damage", "knownTlds", [], "Too small: expected array to have >=1 items", ["org"]],
  ["odd-spelling", "minOther", 1, "Too small: expected number to be >=2", 2],
  ["stray-mark", "graves", [], "Too small: expected array to have >=1 items", ["`"]],
  ["stray-mark", "apostrophes", [], "Too small: expected array to have >=1 items", ["’"]],
  ["ocr-damage", "knownConfusions", [{ text: "", reading: "a" }], "Too small: expected string to have >=1 characters", [{ text: "b", reading: "a" }]],
  ["ocr-damage", "knownConfusions", [{ text: "b", reading: "" }], "Too small: expected string to have >=1 characters", [{ text: "b", reading: "a" }]],
  ["part-exceeds-whole", "parts", [], "Too small: expected array to have >=1 items", ["a"]],
  ["qualifier-scale", "ratio", 1.99, "Too small: expected number to be >=2", 2],
  ["quote-in-source", "maxLines", 0, "Too small: expected number to be >=1", 1],
  ["quote-in-source", "maxLines", 51, "Too big: expected number to be <=50", 50],
  ["confusable-word", "maxSeen", 0, "Too small: expected number to be >=1", 1],
  ["grammar-pattern", "patterns", [], "Too small: expected array to have >=1 items", ["two-determiners"]],
  ["numbered-sequence", "minFollowing", 0, "Too small: expected number to be >=1", 1],
  ["missing-word", "maxSeen", 0, "Too small: expected number to be >=1", 1],
  ["missing-word", "significance", 0, "Too small: expected number to be >0", 0.001],
  ["missing-word", "significance", 1, "Too big: expected number to be <1", 0.999],
  ["real-word-error", "maxSeen", 0, "Too small: expected number to be >=1", 1],
  ["real-word-error", "significance", 0, "Too small: expected number to be >0", 0.001],
  ["real-word-error", "significance", 1, "Too big: expected number to be <1", 0.999],
  ["real-word-error", "minEditLength", 1, "Too small: expected number to be >=2", 2],
  ["copy-slip", "maxSeen", 0, "Too small: expected number to be >=1", 1],
  ["copy-slip", "significance", 0, "Too small: expected number to be >0", 0.001],
  ["copy-slip", "significance", 1, "Too big: expected number to be <1", 0.999],
  ["copy-slip", "minEditLength", 1, "Too small: expected number to be >=2", 2],
  ["copy-slip", "maxChange", 0, "Too small: expected number to be >=1", 1],
  ["copy-slip", "maxChange", 11, "Too big: expected number to be <=10", 10],
  ["copy-slip", "resync", 1, "Too small: expected number to be >=2", 2],
  ["repetition", "passageWords", 1, "Too small: expected number to be >=2", 2],
  ["repetition", "maxGap", -1, "Too small: expected number to be >=0", 0],
  ["repetition", "kinds", [], "Too small: expected array to have >=1 items", ["cut short"]],
  ["spelling", "minRatio", 0.99, "Too small: expected number to be >=1", 1],
  ["spelling", "minCount", 0, "Too small: expected number to be >=1", 1],
  ["spelling", "minLength", 1, "Too small: expected number to be >=2", 2],
  ["spelling-variant", "scope", "all", "", "typos"],
  ["spelling-variant", "maxDistance", 0, "Too small: expected number to be >=1", 1],
  ["spelling-variant", "maxDistance", 4, "Too big: expected number to be <=3", 3],
  ["spelling-variant", "minLength", 2, "Too small: expected number to be >=3", 3],
  ["sum-mismatch", "parts", ["a"], "Too small: expected array to have >=2 items", ["a", "b"]],
  ["sum-mismatch", "scope", "all", "", "corpus"],
  ["uncovered-figure", "maxLines", 0, "Too small: expected number to be >=1", 1],
  ["uncovered-figure", "maxLines", 51, "Too big: expected number to be <=50", 50],
  ["weekday-mismatch", "facts", [], "Too small: expected array to have >=1 items", ["a"]],
  ["weekday-mismatch", "windowDays", -1, "Too small: expected number to be >=0", 0],
  ["weekday-mismatch", "windowDays", 7, "Too big: expected number to be <=6", 6],
];

describe("rule options", () => {
  it.each(catalogue.map((c) => c.meta.id))("%s accepts its required options and refuses an unknown one by name", (id) => {
    expect(errorsFor(id, {})).toEqual([]);
    expect(errorsFor(id, { notAnOption: 1 })).toEqual([`rule "r": options: Unrecognized key: "notAnOption"`]);
  });

  it.each(BOUNDS)("%s refuses %s = %j with a message naming the option", (check, option, bad, message) => {
    const errors = errorsFor(check, { [option]: bad });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^rule "r": options\\.${option}(\\.[\\w.]+)?: `));
    if (message !== "") expect(errors[0]).toContain(message);
  });

  it.each(BOUNDS)("%s accepts %s on its bound (not %j)", (check, option, _bad, _message, ok) => {
    expect(errorsFor(check, { [option]: ok })).toEqual([]);
  });
});

/** The schema under `.default()` and `.optional()`, where the bounds are. */
function inner(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

/** Options of a check with a declared bound: a number, or an array or string with a least length. */
function bounded(schema: z.ZodType): string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([, o]) => {
      const s = inner(o);
      return s instanceof z.ZodNumber || ((s instanceof z.ZodArray || s instanceof z.ZodString) && (s.def.checks ?? []).length > 0);
    })
    .map(([k]) => k);
}

describe("rule options are documented and bounded", () => {
  it.each(catalogue.map((c) => [c.meta.id, c] as const))("every option of %s has a description", (_id, check) => {
    const shape = check.options instanceof z.ZodObject ? (check.options.shape as Record<string, z.ZodType>) : {};
    for (const [name, option] of Object.entries(shape)) expect(option.description ?? "", name).toMatch(/\S/);
  });

  it("the table of bounds above names every bounded option of every check", () => {
    const declared = catalogue.flatMap((c) => bounded(c.options).map((o) => `${c.meta.id} ${o}`));
    const tested = new Set(BOUNDS.map(([check, option]) => `${check} ${option}`));
    expect(declared.filter((d) => !tested.has(d))).toEqual([]);
    expect(declared.length).toBeGreaterThan(30);
  });
});

/** The facts a rule's options select, which the engine reports when no record states them. */
function selects(check: string, options: Record<string, unknown>): readonly string[] {
  const c = catalogue.find((x) => x.meta.id === check);
  const parsed = c?.parseOptions({ ...REQUIRED[check], ...options });
  if (!parsed?.ok) throw new Error(`bad options for ${check}`);
  return parsed.selects;
}

describe("the facts each rule selects", () => {
  it.each([
    ["anniversary-arithmetic", { ordinalFacts: ["a.ordinal"], yearsFacts: ["a.years"] }, ["a.ordinal", "a.years"]],
    ["date-conflict", { facts: ["event.date"] }, ["event.date"]],
    ["document-identity", { numberFacts: ["doc.number", "doc.symbol"] }, ["doc.number", "doc.symbol"]],
    [
      "document-structure",
      {
        types: {
          r: [
            { id: "s", label: "s", facts: ["doc.symbol"] },
            { id: "o", label: "o", outlet: true },
          ],
        },
      },
      ["doc.symbol"],
    ],
    ["figure-conflict", { facts: ["killed.total"] }, ["killed.total"]],
    ["figure-conflict", {}, []],
    ["list-shrinks", { facts: ["named.list"] }, ["named.list"]],
    ["part-exceeds-whole", { whole: "w", parts: ["p1", "p2"] }, ["w", "p1", "p2"]],
    ["qualifier-scale", { facts: ["killed.total"] }, ["killed.total"]],
    ["qualifier-scale", {}, []],
    ["stated-count-mismatch", { facts: ["named.list"] }, ["named.list"]],
    ["stated-count-mismatch", {}, []],
    ["sum-mismatch", { total: "t", parts: ["p1", "p2"] }, ["t", "p1", "p2"]],
    ["weekday-mismatch", { facts: ["mentioned.weekday"] }, ["mentioned.weekday"]],
    ["repetition", {}, []],
  ])("%s with %j selects %j", (check, options, expected) => {
    expect(selects(check, options)).toEqual(expected);
  });
});
