import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { initials, nameRuns, printedName, type NameRun } from "../../src/text/name-runs.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));
const words = (texts: string[]) => nameRuns(lines(...texts)).map((r) => r.words.map((w) => w.text).join(" "));

describe("nameRuns", () => {
  it("reads runs of capitalised words joined by function words, over a line break", () => {
    const [run] = nameRuns(lines("to the Parliamentary Union of the", "Organization of Islamic Conference (OIC) on"));
    expect(run?.words).toEqual([
      { text: "Parliamentary", line: 1 },
      { text: "Union", line: 1 },
      { text: "Organization", line: 2 },
      { text: "Islamic", line: 2 },
      { text: "Conference", line: 2 },
    ]);
    expect(run?.joiners).toEqual(["", "of the", "of", ""]);
    expect(run?.acronym).toBe("OIC");
    expect(run && printedName(run, 1, 4)).toBe("Union of the Organization of Islamic");
  });

  it("ends a run at a mark, at a lower-case word and at a function word not followed by a capital", () => {
    expect(words(["Baku, Azerbaijan Republic and the people of Khojaly."])).toEqual(["Baku", "Azerbaijan Republic", "Khojaly"]);
  });

  it("leaves a sentence's The out and keeps no acronym that is not in brackets right after the name", () => {
    const [run] = nameRuns(lines("The Security Council OIC met."));
    expect(run?.words.map((w) => w.text)).toEqual(["Security", "Council"]);
    expect(run?.acronym).toBeUndefined();
    expect(nameRuns(lines("the Security Council (S) met."))[0]?.acronym).toBeUndefined();
    expect(nameRuns(lines("the Security Council (SCOUNCIL) met."))[0]?.acronym).toBeUndefined();
    expect(nameRuns(lines("the Security Council (SECURE) met."))[0]?.acronym).toBe("SECURE");
    expect(nameRuns(lines("the Security Council (SECURES) met."))[0]?.acronym).toBeUndefined();
    expect(nameRuns(lines("the Security Council (SC) met."))[0]?.acronym).toBe("SC");
  });

  it("joins by and, for and on, never by another lower-case word", () => {
    expect(words(["the Ministry of Labour and Social Protection met.", "the Commissioner on Human Rights in Baku."])).toEqual([
      "Ministry Labour Social Protection",
      "Commissioner Human Rights",
      "Baku",
    ]);
    expect(words(["the Organization for Security in Europe."])).toEqual(["Organization Security", "Europe"]);
  });

  it("initials", () => {
    expect(
      initials([
        { text: "Organization", line: 1 },
        { text: "islamic", line: 1 },
      ]),
    ).toBe("OI");
  });
});

// The reading this module replaced: every piece of every line by one regular expression, then runs over them.
const PIECES = /[\p{L}\p{N}][\p{L}\p{N}'’`-]*|\S/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u;
const JOINERS = new Set(["of", "the", "for", "on", "and"]);

function slowRuns(texts: string[]): NameRun[] {
  const ps = texts.flatMap((text, n) => [...text.matchAll(PIECES)].map((m) => ({ text: m[0], line: n + 1 })));
  const out: NameRun[] = [];
  for (let from = 0; from < ps.length;) {
    const words: NameRun["words"] = [];
    const joiners: string[] = [];
    let between: string[] = [];
    let i = from;
    for (; i < ps.length; i++) {
      const t = ps[i]?.text ?? "";
      const cap = (k: number) => CAPITALISED.test(ps[k]?.text ?? "");
      if (CAPITALISED.test(t) && !(words.length === 0 && t === "The")) {
        if (words.length > 0) joiners.push(between.join(" "));
        words.push({ text: t, line: ps[i]?.line ?? 0 });
        between = [];
      } else if (words.length > 0 && JOINERS.has(t) && (cap(i + 1) || (JOINERS.has(ps[i + 1]?.text ?? "") && cap(i + 2)))) between.push(t);
      else if (!(words.length === 0 && t === "The")) break;
    }
    const [open, acronym, close] = [ps[i]?.text, ps[i + 1]?.text ?? "", ps[i + 2]?.text];
    const glossed = open === "(" && close === ")" && /^\p{Lu}{2,6}$/u.test(acronym);
    if (words.length > 0) out.push({ words, joiners, ...(glossed ? { acronym } : {}) });
    from = Math.max(i, from + 1);
  }
  return out;
}

describe("nameRuns reads only the pieces near capitals", () => {
  it("finds the runs every piece of the text gives, on random text", () => {
    const piece = fc.constantFrom(
      ...["The", "the", "of", "for", "on", "and", "in", "Organization", "Islamic", "Conference", "OIC", "OSCE", "Kara-Bakh", "Azerbaijan's", "O'Neil"],
      ...["Élan", "ÉCOLE", "Ab3", "3Ab", "x", "X", "(", ")", ",", ".", "-", "'", "’", "`", "𝐀bc", "a𝐀bc", "Ab", "\u00a0", "\t"],
      ...["Ab-ǅa", "Ab-中", "中", "Aʰb", "ÀB", "OSCEABC", "ABCDEF", "Cafe\u0301", "Ab-", "Ab--Cd", "Aa-b-c", "The-Ab", "Ка-Ба", "Tthe", "ofs", "fo"],
    );
    const gap = fc.constantFrom(" ", "", "  ", "-", "'");
    const line = fc.array(fc.tuple(piece, gap), { maxLength: 12 }).map((ps) => ps.map(([p, g]) => p + g).join(""));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (texts) => {
        expect(nameRuns(lines(...texts))).toEqual(slowRuns(texts));
      }),
      { numRuns: 2000 },
    );
  });

  it("starts no word inside a word, and one after a mark that stands alone", () => {
    expect(words(["x-Abc", "x'Abc y’Abc z`Abc", "3Abc Élan"])).toEqual(["Élan"]);
    expect(words([" -Abc 'Abc ’Abc `Abc (Abc"])).toEqual(["Abc", "Abc", "Abc", "Abc", "Abc"]);
    expect(words(["𝐀Abc a-'Abc --Abc"])).toEqual(["Abc"]);
  });
});
