/** Collapses every run of whitespace to one space and trims: quotes are compared this way and no other. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/gu, " ").trim();
}

/** Code-point order, independent of the machine's locale, for deterministic output. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
