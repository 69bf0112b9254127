/** A typed array of `size` elements holding `a`'s at the start: how the token columns grow when full. */
export function widened<T extends Int32Array | Uint8Array | Uint16Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
