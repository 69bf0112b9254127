// Letters that OCR and typists print for a digit of the same shape (the classic letter/digit
// confusions of OCR error studies: O and D for 0, I, l and | for 1, Z for 2, S for 5 and 8, B for 8,
// G for 6, T for 7, g and q for 9).
const DIGITS: Readonly<Record<string, string>> = {
  O: "0",
  o: "0",
  D: "0",
  I: "1",
  l: "1",
  "|": "1",
  Z: "2",
  z: "2",
  S: "58",
  s: "58",
  B: "8",
  G: "6",
  b: "6",
  T: "7",
  g: "9",
  q: "9",
};

/**
 * True when `printed` is `digits` with some digits printed as letters of the same shape: "S22" for
 * "822", "1O" for "10". Both must have the same length, `digits` only digits, and `printed` at least
 * one letter; every other character must be equal.
 */
export function readsAsDigits(printed: string, digits: string): boolean {
  if (printed.length !== digits.length || !/^\d+$/.test(digits) || /^\d+$/.test(printed)) return false;
  for (let i = 0; i < printed.length; i++) {
    const p = printed.charAt(i);
    const d = digits.charAt(i);
    if (p !== d && !(DIGITS[p] ?? "").includes(d)) return false;
  }
  return true;
}
