/**
 * A character classifier made fast: each class is decided once per character of the Basic
 * Multilingual Plane (a table filled the first time a character is met) and by `classify` every
 * time above it. Classes must be 1-255 (0 marks a character not met yet).
 */
export function cachedClasses(classify: (cp: number) => number): (cp: number) => number {
  const classes = new Uint8Array(0x10000);
  return (cp) => {
    if (cp >= 0x10000) return classify(cp);
    const known = classes[cp] ?? 0;
    if (known !== 0) return known;
    const c = classify(cp);
    classes[cp] = c;
    return c;
  };
}
