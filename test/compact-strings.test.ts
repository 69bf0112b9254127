import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactStrings } from "../src/load/compact-strings.js";
import { fastParse } from "../src/load/fast-yaml.js";

describe("compactStrings", () => {
  it("copies a record read by the YAML reader to an equal value, keys in their order", () => {
    const record = fastParse(
      "id: doc-1\nclaims:\n  - kind: figure\n    quote: some sixty people were questioned in the town\n    line: 12\n    exact: true\n    note: null\n",
    );
    const copy = compactStrings(record);
    expect(copy).toEqual(record);
    expect(copy).not.toBe(record);
    expect(Object.keys((copy?.["claims"] as object[])[0] ?? {})).toEqual(["kind", "quote", "line", "exact", "note"]);
  });

  it("shares the strings of up to 32 characters and copies longer ones out", () => {
    const shared = new Map<string, string>();
    const [short, long] = ["x".repeat(32), "y".repeat(33)];
    compactStrings({ a: short, b: [long, "figure"] }, shared);
    compactStrings({ c: "figure" }, shared);
    expect([...shared.keys()]).toEqual([short, "figure"]);
  });

  it("keeps lone surrogates, an own __proto__ key and values that are not plain data", () => {
    const when = new Date(0);
    const tricky = JSON.parse('{"__proto__": {"q": "a lone \\ud800 surrogate in a long string"}}') as object;
    const copy = compactStrings({ tricky, when });
    expect(copy.when).toBe(when);
    expect(Object.getPrototypeOf(copy.tricky)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy.tricky, "__proto__")?.value).toEqual({ q: "a lone \ud800 surrogate in a long string" });
  });

  it("gives back an equal value for any JSON data (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(compactStrings(v)).toStrictEqual(v);
      }),
      { numRuns: 200 },
    );
  });
});
