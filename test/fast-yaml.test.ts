import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { fastParse } from "../src/load/fast-yaml.js";
import { blockLines, parseYaml, positionOf } from "../src/load/yaml-file.js";

// The fast reader (js-yaml) may only ever accept what the exact reader (yaml) accepts, with the
// same values; it may refuse more (the exact reader then reads the file).
const encode = (t: string): Uint8Array => new TextEncoder().encode(t);

/** Values as a string that tells -0, NaN, Infinity, arrays and plain objects apart. */
function canon(v: unknown): string {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (Array.isArray(v)) return `[${v.map(canon).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const proto = Object.getPrototypeOf(v) === Object.prototype ? "" : "?";
    return `${proto}{${Object.keys(v)
      .map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return v === undefined ? "undefined" : JSON.stringify(v);
}

function agrees(text: string): void {
  const fast = fastParse(text);
  if (fast === undefined) return;
  const { yaml, errors } = parseYaml("x.yaml", encode(text));
  expect(errors).toEqual([]);
  expect(canon(fast)).toBe(canon(yaml?.data));
}

const SCALARS = [
  "1",
  "-0",
  "+12",
  "007",
  "0o17",
  "0x1F",
  "0b101",
  "1_000",
  "1e3",
  ".5",
  "1.",
  "-.inf",
  ".NaN",
  "~",
  "null",
  "Null",
  "",
  "true",
  "True",
  "yes",
  "on",
  "off",
  "y",
  "2009-02-26",
  "2009-02-26T10:00:00Z",
  "12:30",
  "'q'",
  '"a\\tb"',
  '"\\u00e9"',
  "a b",
  "x #c",
  "|",
  ">-",
  "|+",
  "[1, a]",
  "{a: 1}",
  "&a x",
  "*a",
  "!!str 1",
  "<<",
  "? x",
  "'it''s'",
];
const KEYS = ["id", "kind", "value", "quote", "1", "true", "null", "a b", "'q'", '"k"', "__proto__", "constructor"];

/** Block-style YAML assembled from the forms where YAML readers are known to differ. */
const blockYaml = fc
  .array(
    fc.tuple(
      fc.constantFrom(...KEYS),
      fc.constantFrom(...SCALARS),
      fc.constantFrom("", "  ", "- ", "  - "),
      fc.constantFrom("\n", "\n\n", "\n  more\n", "\n# c\n", "\r\n", "\n\t"),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.map(([k, v, lead, end]) => `${lead}${k}: ${v}${end}`).join(""));

const yamlish = fc.string({ unit: fc.constantFrom(..."ab1:- \n\t&*[]{}#'\"|>!%@`,?~=.0x".split("")), maxLength: 120 });

describe("fast reader agrees with the exact reader", () => {
  it("on YAML-ish text", () => {
    fc.assert(fc.property(yamlish, agrees), { numRuns: 1000 });
  });

  it("on block YAML built from the forms where readers differ", () => {
    fc.assert(fc.property(blockYaml, agrees), { numRuns: 1000 });
  });

  it.each(SCALARS)("on the scalar %s", (v) => {
    agrees(`a: ${v}\n`);
    agrees(`- ${v}\n`);
  });

  it("refuses what only the exact reader can judge: aliases, tags, duplicate keys, merge keys", () => {
    for (const t of ["a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "<<: {a: 1}\n", "--- \na: 1\n", "a:\n\tb: 1\n"]) {
      expect(fastParse(t)).toBeUndefined();
    }
  });
});

const claimArb = fc.record({
  kind: fc.constantFrom("number", "date", "text"),
  value: fc.oneof(fc.integer(), fc.constantFrom("1992-02-26", "yes", "1_000", "Thursday", "a: b", "x\ny", "- z", "#no")),
  quote: fc.string({ maxLength: 40 }),
  line: fc.nat(5000),
});
const recordArb = fc.record({
  id: fc.constantFrom("news", "res-822"),
  title: fc.string({ maxLength: 30 }),
  claims: fc.array(claimArb, { maxLength: 5 }),
  waivers: fc.array(fc.record({ text: fc.string({ maxLength: 10 }), line: fc.nat(99) }), { maxLength: 3 }),
});

describe("lines of keys and claims without a syntax tree", () => {
  it("are the syntax tree's lines, or the reader asks the tree", () => {
    fc.assert(
      fc.property(recordArb, fc.constantFrom(0, 2), fc.constantFrom(40, 80), (record, indentSeq, lineWidth) => {
        const text = stringify(record, { indentSeq: indentSeq === 2, lineWidth });
        agrees(text);
        const { yaml } = parseYaml("x.yaml", encode(text));
        const scanned = blockLines(text, "claims");
        if (!yaml || !scanned || scanned.items.length !== record.claims.length) return;
        expect(scanned.items).toEqual(record.claims.map((_, i) => positionOf(yaml, ["claims", i]).line));
        expect(Object.fromEntries(scanned.keys)).toEqual(Object.fromEntries(Object.keys(record).map((k) => [k, positionOf(yaml, [k], true).line])));
      }),
      { numRuns: 150 },
    );
  });
});
