import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonParts } from "../../src/report/json-parts.js";

const joined = (value: unknown, levels: number): string => [...jsonParts(value, levels)].join("");

describe("JSON in parts", () => {
  it("joins to JSON.stringify's indented text at every depth, on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, levels) => {
        expect(joined(value, levels)).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it("leaves out members JSON cannot write and writes such elements null, as JSON.stringify does", () => {
    const value = { a: undefined, b: () => 1, c: Symbol("c"), d: [undefined, () => 1, 1], e: {}, f: [], g: { toJSON: () => "G" }, h: new Date(0) };
    for (const levels of [1, 2, 3]) expect(joined(value, levels)).toBe(JSON.stringify(value, null, 2));
    expect(joined({ a: undefined }, 1)).toBe("{}");
  });

  it("gives the members and elements above the given depth one part each, deeper values whole", () => {
    const value = { findings: [{ id: "a", refs: [1, 2] }, { id: "b" }], summary: { n: 2 } };
    const parts = [...jsonParts(value, 2)];
    expect(parts).toEqual([
      '{\n  "findings": ',
      "[\n    ",
      '{\n      "id": "a",\n      "refs": [\n        1,\n        2\n      ]\n    }',
      ",\n    ",
      '{\n      "id": "b"\n    }',
      "\n  ]",
      ',\n  "summary": ',
      '{\n    "n": ',
      "2",
      "\n  }",
      "\n}",
    ]);
    expect([...jsonParts(value, 0)]).toEqual([JSON.stringify(value, null, 2)]);
    expect([...jsonParts([], 3)]).toEqual(["[]"]);
  });
});
