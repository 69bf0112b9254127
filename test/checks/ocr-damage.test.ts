import { describe, expect, it } from "vitest";
import { ocrDamage } from "../../src/checks/ocr-damage.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const opts = { knownTlds: ["az", "org", "com"], knownConfusions: [{ text: "intemational", reading: "international" }] };

describe("ocr-damage", () => {
  it("reports digits in words, letters in symbols, broken domains and known confusions", () => {
    const source = [
      "conditions of life ca1culated to bring",
      "S/RES/S22(1993) April 1993",
      "campaign (www.justiceforkhojaly.orq) initiated",
      "similar intemational crimes",
    ];
    const [f] = runCheck(ocrDamage, corpus([doc("a", [], [1, 4])], { source }), opts);
    expect(f?.values.map((v) => v.value)).toEqual(["ca1culated", "S/RES/S22", "www.justiceforkhojaly.orq", "intemational"]);
    expect(f?.message).toContain('"www.justiceforkhojaly.orq" (unknown domain ending ".orq", line 3)');
  });

  it("is silent on ordinals, years, symbols and good domains", () => {
    const source = ["the 17th anniversary of 1992, S/RES/874 (1993)", "see www.justiceforkhojaly.org and http://www.apa.az/", "366th regiment, 25thto 26th"];
    expect(runCheck(ocrDamage, corpus([doc("a", [], [1, 3])], { source }), opts)).toEqual([]);
  });
});
