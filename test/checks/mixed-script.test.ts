import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mixedScript } from "../../src/checks/mixed-script.js";
import type { Corpus } from "../../src/model/corpus.js";
import { isNumeral, latinReading } from "../../src/text/lookalikes.js";
import { isEnglishLine, scriptHit } from "../../src/text/scripts.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { realCorpus } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const english = (w: string): boolean => ["on", "the", "come", "a", "to"].includes(w);

describe("latinReading (Unicode's confusables, with the cursive Cyrillic letters it leaves out)", () => {
  it("reads words whose every letter looks Latin, and nothing else", () => {
    expect(latinReading("ТНЕ")?.letters).toBe("THE");
    expect(latinReading("оп")?.letters).toBe("on"); // п is n only in cursive: not in Unicode's table
    expect(latinReading("соте")?.letters).toBe("come"); // т is m in cursive
    expect(latinReading("З")?.digits).toBe("3");
    expect(latinReading("Мемориал")).toBeUndefined(); // л looks like no Latin letter
    expect(latinReading("не")).toBeUndefined(); // lower-case н is no h
  });
  it("knows numerals", () => {
    const xx = latinReading("ХХ");
    expect(xx && isNumeral(xx)).toBe(true);
  });
});

describe("scriptHit", () => {
  it("finds words mixing scripts, and whole words that look like English words or numerals", () => {
    expect(scriptHit("АN", english)).toEqual({ word: "АN", foreign: ["А U+0410 Cyrillic"] });
    expect(scriptHit("оп", english)).toEqual({ word: "оп", foreign: ["о U+043E Cyrillic", "п U+043F Cyrillic"], reads: "on" });
    expect(scriptHit("соте", english)?.reads).toBe("come");
    expect(scriptHit("ХХ", english)?.reads).toBe("XX");
    expect(scriptHit("р", english)?.reads).toBe("p"); // a single letter: an initial or abbreviation
  });
  it("leaves alone quoted words of another script and Latin words", () => {
    expect(scriptHit("Мемориал", english)).toBeUndefined();
    expect(scriptHit("ТАСС", english)).toBeUndefined(); // reads TACC, no English word
    expect(scriptHit("English", english)).toBeUndefined();
  });
  it("tells English lines from quoted Russian and lines of look-alikes alone", () => {
    expect(isEnglishLine(["It", "is", "оп", "the", "table"])).toBe(true);
    expect(isEnglishLine(["не", "было", "ТАСС"])).toBe(false);
    expect(isEnglishLine(["Х", "Х", "Х"])).toBe(false);
  });
});

describe("mixed-script", () => {
  it("reports every occurrence in a document, each word at its line", () => {
    const c = corpus([doc("a", [], [1, 3])], {
      source: ["GENOCIDE AS АN CRIME, а crime", "", "it is bе done оп the day they соте, bе sure to come on time"],
    });
    const [f] = runCheck(mixedScript, c);
    expect(f?.message).toBe(
      '6 words in a are written with Cyrillic or Greek letters in English text: "АN" (А U+0410 Cyrillic); "а" (reads "a": а U+0430 Cyrillic); "bе" (е U+0435 Cyrillic) 2 times; "оп" (reads "on": о U+043E Cyrillic, п U+043F Cyrillic); "соте" (reads "come": с U+0441 Cyrillic, о U+043E Cyrillic, т U+0442 Cyrillic, е U+0435 Cyrillic).',
    );
    expect(f?.refs).toEqual([
      { document: "a", source: 1, text: "АN" },
      { document: "a", source: 1, text: "а" },
      { document: "a", source: 3, text: "bе" },
      { document: "a", source: 3, text: "оп" },
      { document: "a", source: 3, text: "соте" },
      { document: "a", source: 3, text: "bе" },
    ]);
  });

  it("is silent on clean text and quoted Cyrillic, and reports a mixed word we wrote in a record", () => {
    const clean = corpus([doc("a", [], [1, 2])], { source: ["A clean line", 'According to the centre "Мемориал", 200 corpses; ТАСС said'] });
    expect(runCheck(mixedScript, clean)).toEqual([]);
    const d = doc("a", [], [1, 1]);
    const dirty = corpus([{ ...d, record: { ...d.record, issuer: "Tеst agency" } }], { source: ["A clean line"] });
    expect(runCheck(mixedScript, dirty).map((f) => f.message)).toEqual(['The record of a has "Tеst" (е U+0435 Cyrillic) in issuer.']);
  });

  it("reads nothing into Latin text (property: a line of Latin letters has no finding)", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9 ,.]{0,40}$/), { maxLength: 5 }), (lines) => {
        expect(runCheck(mixedScript, corpus([doc("a", [], [1, Math.max(1, lines.length)])], { source: lines }))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe("mixed-script on the real corpus (planted fault)", () => {
  const line = 1307; // in 1994-02-24-milli-majlis-appeal-to-azerbaijanis, a clean English line
  const planted = (c: Corpus, at: number, edit: (s: string) => string): Corpus => {
    const [file, lines] = [...c.sources][0] ?? ["", []];
    // New document objects: the text model is cached per document.
    return { ...c, documents: c.documents.map((d) => ({ ...d })), sources: new Map([[file, lines.map((l, i) => (i === at - 1 ? edit(l) : l))]]) };
  };
  const messages = (c: Corpus): string[] => runCheck(mixedScript, c).map((f) => f.message);

  it("finds a whole look-alike word planted in an English line, and only it", () => {
    // Loaded inside the test, not while collecting: a mutation run that skips it pays nothing.
    const real = realCorpus();
    expect(real.sources.get("data/sources/khojaly-compilation.txt")?.[line - 1]).toMatch(/ the /);
    const before = messages(real);
    const after = runCheck(
      mixedScript,
      planted(real, line, (l) => l.replace(" the ", " tһе ")),
    );
    const added = after.filter((f) => !before.includes(f.message));
    expect(added.map((f) => [f.subject, f.refs])).toEqual([
      ["1994-02-24-milli-majlis-appeal-to-azerbaijanis", [{ document: "1994-02-24-milli-majlis-appeal-to-azerbaijanis", source: line, text: "tһе" }]],
    ]);
    const whole = runCheck(
      mixedScript,
      planted(real, line, (l) => l.replace(" the ", " соте ")),
    );
    expect(whole.filter((f) => !before.includes(f.message)).map((f) => f.message)).toEqual([
      '1 word in 1994-02-24-milli-majlis-appeal-to-azerbaijanis is written with Cyrillic or Greek letters in English text: "соте" (reads "come": с U+0441 Cyrillic, о U+043E Cyrillic, т U+0442 Cyrillic, е U+0435 Cyrillic).',
    ]);
  }, 60_000);
});
