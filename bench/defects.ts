// The real corpus's kinds of print damage, planted in the benchmark's prose at known rates.

export type DefectKind = "misspelling" | "cyrillic" | "repeated" | "ocr";

/** Chance that a prose sentence gets one defect of each kind (at most one defect per sentence). */
export const DEFECT_RATES: Readonly<Record<DefectKind, number>> = { misspelling: 0.02, cyrillic: 0.01, repeated: 0.01, ocr: 0.01 };

const MISSPELLINGS: Readonly<Record<string, string>> = {
  Khojaly: "Khojlay",
  Agdam: "Agadm",
  Karabakh: "Karabkah",
  Shusha: "Shushha",
  international: "internatinal",
  population: "popluation",
  government: "goverment",
  committed: "commited",
};
/** Latin letters and the Cyrillic letters printed in their place. */
const LOOKALIKES: Readonly<Record<string, string>> = { a: "а", o: "о", e: "е", c: "с", p: "р" };

function replaceWord(text: string, random: () => number, test: (w: string) => boolean, change: (w: string) => string): string | undefined {
  const words = [...text.matchAll(/\p{L}+/gu)].filter((m) => test(m[0]));
  if (words.length === 0) return undefined;
  const m = words[Math.floor(random() * words.length)];
  if (!m) return undefined;
  return text.slice(0, m.index) + change(m[0]) + text.slice(m.index + m[0].length);
}

/** One sentence, perhaps damaged: which kind of defect it got, if any. */
export function defectText(random: () => number, text: string): { text: string; kind?: DefectKind } {
  const r = random();
  let acc = 0;
  for (const [kind, rate] of Object.entries(DEFECT_RATES) as [DefectKind, number][]) {
    acc += rate;
    if (r >= acc) continue;
    const damaged = damage(kind, text, random);
    return damaged === undefined ? { text } : { text: damaged, kind };
  }
  return { text };
}

function damage(kind: DefectKind, text: string, random: () => number): string | undefined {
  switch (kind) {
    case "misspelling":
      return replaceWord(
        text,
        random,
        (w) => w in MISSPELLINGS,
        (w) => MISSPELLINGS[w] ?? w,
      );
    case "cyrillic":
      return replaceWord(
        text,
        random,
        (w) => w.length >= 4 && /[aoecp]/.test(w),
        (w) => w.replace(/[aoecp]/, (c) => LOOKALIKES[c] ?? c),
      );
    case "repeated":
      return replaceWord(
        text,
        random,
        (w) => w.length >= 3 && /^\p{Ll}/u.test(w),
        (w) => `${w} ${w}`,
      );
    case "ocr":
      return replaceWord(
        text,
        random,
        (w) => w.length >= 5 && /[a-z]l[a-z]/.test(w),
        (w) => w.replace(/(?<=[a-z])l(?=[a-z])/, "1"),
      );
  }
}
