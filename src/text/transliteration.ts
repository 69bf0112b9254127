// Letters and letter groups that transliterations of one name alternate between (Azerbaijani,
// Russian and English conventions): each pair is folded to one form, so "Khatyn", "Hatyn" and
// "Khatin" share a key. Order matters: longer groups before their parts.
const LETTERS: [RegExp, string][] = [
  [/ə/g, "a"],
  [/ı/g, "i"],
  [/ş/g, "sh"],
  [/ç/g, "ch"],
  [/ğ/g, "g"],
  [/dzh|dj|zh/g, "j"],
  [/kh|x/g, "h"],
  [/gh|q/g, "g"],
  [/ch/g, "ʧ"],
  [/c/g, "j"],
  [/ʧ/g, "ch"],
  [/y/g, "i"],
  [/e/g, "a"],
];

/**
 * A transliteration-aware key: two spellings with one key read as one name. Case and diacritics
 * (ü, ö) are folded, the alternations above merged, doubled letters single, a final "h" after a
 * vowel dropped (Rasizadeh, Rasizade).
 */
export function transliterationKey(word: string): string {
  let k = word.toLowerCase().replace(/['’]/g, "");
  for (const [re, to] of LETTERS) k = k.replace(re, to);
  k = k.normalize("NFD").replace(/\p{M}/gu, "");
  return k.replace(/(.)\1+/g, "$1").replace(/([aiou])h$/, "$1");
}
