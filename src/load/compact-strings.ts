/** Strings this long or shorter are shared between records: kinds, units, keys, ids of facts. */
const SHARED_MAX = 32;

/**
 * A copy of a parsed record whose strings no longer hold on to the file they were read from. The
 * YAML reader hands out slices of the file's text, and one slice keeps the whole text alive: at
 * 10,000 documents, 13 MB of YAML stayed in memory for the run behind 4 MB of slice headers. Long
 * strings are copied out (a JSON round trip: lossless, lone surrogates included); short ones, most
 * of them repeated, are shared through `shared`. Arrays and plain objects are copied with their
 * keys in order; any other value is kept as it is.
 */
export function compactStrings<T>(value: T, shared: Map<string, string> = new Map()): T {
  return copy(value, shared) as T;
}

function copy(value: unknown, shared: Map<string, string>): unknown {
  if (typeof value === "string") return compactString(value, shared);
  if (Array.isArray(value)) return value.map((v) => copy(v, shared));
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // An own "__proto__" key stays a key: assigned, it would set the copy's prototype.
    if (k === "__proto__") Object.defineProperty(out, k, { value: copy(v, shared), enumerable: true, writable: true, configurable: true });
    else out[k] = copy(v, shared);
  }
  return out;
}

/** Shorter strings are never slices: V8 copies a substring under 13 characters. */
const SLICE_MIN = 13;

const copied = (s: string): string => (s.length < SLICE_MIN ? s : (JSON.parse(JSON.stringify(s)) as string));

function compactString(s: string, shared: Map<string, string>): string {
  if (s.length > SHARED_MAX) return copied(s);
  const known = shared.get(s);
  if (known !== undefined) return known;
  const own = copied(s);
  shared.set(own, own);
  return own;
}
