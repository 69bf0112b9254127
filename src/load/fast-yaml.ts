import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";

/**
 * js-yaml with exactly the YAML 1.2 core schema that `yaml` resolves plain scalars with (its own
 * CORE_SCHEMA follows YAML 1.1 habits: "1_000" and "0b101" are numbers there, strings in `yaml`).
 * The resolvers below copy `yaml`'s tests (yaml/dist/schema/core) so both readers give one value.
 */
const nullType = new Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (s: string) => s.length === 0 || ("~nN".includes(s.charAt(0)) && /^(?:~|[Nn]ull|NULL)$/.test(s)),
  construct: () => null,
});
const boolType = new Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (s: string) => "tTfF".includes(s.charAt(0)) && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
  construct: (s: string) => s[0] === "t" || s[0] === "T",
});
// Resolvers run on every plain scalar; a first character that no number starts with settles most.
const NUMERIC_START = "-+.0123456789";
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const intType = new Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (s: string) => NUMERIC_START.includes(s.charAt(0)) && INT.test(s),
  construct: (s: string) => (s.startsWith("0o") ? parseInt(s.slice(2), 8) : s.startsWith("0x") ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const floatType = new Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (s: string) => NUMERIC_START.includes(s.charAt(0)) && (FLOAT.test(s) || SPECIAL_FLOAT.test(s)),
  construct: (s: string) => (SPECIAL_FLOAT.test(s) ? (s.slice(-3).toLowerCase() === "nan" ? NaN : s.startsWith("-") ? -Infinity : Infinity) : parseFloat(s)),
});
const CORE_1_2 = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/**
 * Anything the two readers could treat differently goes to the exact reader: anchors, aliases
 * (alias bombs) and tags where a node starts, directives and document markers, complex keys,
 * `<<` merge keys, `__proto__`, flow mappings (rare in records, and where the readers' corner cases gather), a comment glued to a bracket or quote, a collection as a key, tabs, carriage returns and other line breaks. A quote that merely
 * contains one of these costs a slow read, never a different value.
 */
const UNUSUAL =
  /[{]|(?:^|[\s[,])[&*!]|[\]}"']#|[\]}] *:(?:\s|$)|(?:^|[{,])[ -]*(?:~|null|Null|NULL)? *:|(?:^|[{,[])[ -]*\?|^%|^(?:---|\.\.\.)(?:\s|$)|<<|__proto__|[\t\r\u0085\u2028\u2029\ufeff]/m;

/**
 * Reads a plain YAML record fast: a plain object, or undefined when the text is anything but
 * plain (then `yaml` reads it and gives the exact message). Never throws.
 */
export function fastParse(text: string): Record<string, unknown> | undefined {
  if (UNUSUAL.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_1_2, json: false });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data) || deeperThan(data, 32)) return undefined;
  return data as Record<string, unknown>;
}

/** Deep nesting is refused by the exact reader with its own message (nesting.ts); leave it to that reader. */
function deeperThan(data: object, max: number): boolean {
  const stack: [unknown, number][] = [[data, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== "object") continue;
    if (depth > max) return true;
    for (const v of Object.values(node)) stack.push([v, depth + 1]);
  }
  return false;
}
