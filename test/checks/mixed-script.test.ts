import { describe, expect, it } from "vitest";
import { mixedScript } from "../../src/checks/mixed-script.js";
import { mixedWords } from "../../src/text/scripts.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

describe("mixedWords", () => {
  it("finds Latin words with Cyrillic look-alikes and short Cyrillic words in Latin lines", () => {
    expect(mixedWords("KHOJALY GENOCIDE AS АN INTERNATIONAL СRIMЕ").map((w) => [w.word, w.foreign])).toEqual([
      ["АN", ["А U+0410 Cyrillic"]],
      ["СRIMЕ", ["С U+0421 Cyrillic", "Е U+0415 Cyrillic"]],
    ]);
    expect(mixedWords("inflicting оп the group").map((w) => w.word)).toEqual(["оп"]);
  });

  it("leaves Latin text and quoted Cyrillic words alone", () => {
    expect(mixedWords('According to the Russian centre "Мемориал", 200 corpses')).toEqual([]);
    expect(mixedWords("An ordinary English line.")).toEqual([]);
  });
});

describe("mixed-script", () => {
  it("reports each document's mixed words with their lines and a count", () => {
    const c = corpus([doc("a", [], [1, 3])], { source: ["GENOCIDE AS АN CRIME", "", "it is bе done"] });
    const [f] = runCheck(mixedScript, c);
    expect(f?.message).toBe('2 words in a mix Latin with Cyrillic or Greek letters: "АN" (А U+0410 Cyrillic) line 1; "bе" (е U+0435 Cyrillic) line 3.');
    expect(f?.refs).toEqual([
      { document: "a", source: 1 },
      { document: "a", source: 3 },
    ]);
  });

  it("is silent on clean text, and reports a mixed word we wrote in a record", () => {
    const clean = corpus([doc("a", [], [1, 1])], { source: ["A clean line"] });
    expect(runCheck(mixedScript, clean)).toEqual([]);
    const d = doc("a", [], [1, 1]);
    const dirty = corpus([{ ...d, record: { ...d.record, issuer: "Tеst agency" } }], { source: ["A clean line"] });
    expect(runCheck(mixedScript, dirty).map((f) => f.message)).toEqual(['The record of a has "Tеst" (е U+0435 Cyrillic) in issuer.']);
  });
});
