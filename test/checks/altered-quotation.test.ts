import { describe, expect, it } from "vitest";
import { alteredQuotation } from "../../src/checks/altered-quotation.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { REAL_CORPUS_TIMEOUT, realCorpus, ruleOptions } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

/** Fourteen words no other fixture line shares: a shared passage on its own. */
const P14 = "observers counted ninety burnt houses along the northern road beyond the old mill yesterday";
const TAIL = "before the rain came down on the valley";

/** Document a on line 1, b on line 2. */
function pair(a: string, b: string, options: Record<string, unknown> = {}) {
  const c = corpus([doc("a", [], [1, 1]), doc("b", [], [2, 2])], { source: [a, b] });
  return runCheck(alteredQuotation, c, { passages: { words: 12, minWords: 14 }, ...options });
}

describe("altered-quotation", () => {
  it("shows a word changed in a shared passage, as printed, with its line in both copies", () => {
    expect(pair(`${P14} and Seventy ${TAIL}.`, `${P14} and Sixty ${TAIL}.`)).toEqual([
      {
        subject: "a / b",
        message: 'a and b print the same passage with one difference, word by word: a prints "Seventy" (line 1) where the other prints "Sixty" (line 2).',
        values: [
          { value: '"Seventy"', refs: [{ document: "a", source: 1, text: "Seventy" }] },
          { value: '"Sixty"', refs: [{ document: "b", source: 2, text: "Sixty" }] },
        ],
        refs: [
          { document: "a", source: 1, text: "Seventy" },
          { document: "b", source: 2, text: "Sixty" },
        ],
      },
    ]);
  });

  it("says nothing for words left out, with the line of the word before, and counts several differences", () => {
    const [f] = pair(`${P14} and ${TAIL} in the spring of that year.`, `${P14} ${TAIL} in spring of that year.`);
    expect(f?.message).toBe(
      'a and b print the same passage with 2 differences, word by word: a prints "and" (line 1) where the other prints nothing (line 2); "the" (line 1) where the other prints nothing (line 2).',
    );
    expect(f?.refs).toEqual([
      { document: "a", source: 1, text: "and" },
      { document: "b", source: 2 },
      { document: "a", source: 1, text: "the" },
      { document: "b", source: 2 },
    ]);
  });

  it("finds a change before the shared passage too", () => {
    expect(pair(`crowds from the field on Monday ${TAIL} and ${P14}`, `crowds from the field on Tuesday ${TAIL} and ${P14}`).map((f) => f.message)).toEqual([
      'a and b print the same passage with one difference, word by word: a prints "Monday" (line 1) where the other prints "Tuesday" (line 2).',
    ]);
  });

  it("spans at most maxChange words (3 by default): four words changed part the copies", () => {
    // Shown as printed, with what stands between the words.
    const three = pair(`${P14} x1, x2- x3 ${TAIL}`, `${P14} y1 ${TAIL}`);
    expect(three.map((f) => f.values[0]?.value)).toEqual(['"x1, x2- x3"']);
    expect(pair(`${P14} x1 x2 x3 x4 ${TAIL}`, `${P14} y1 ${TAIL}`)).toEqual([]);
    expect(pair(`${P14} x1 x2 x3 x4 ${TAIL}`, `${P14} y1 ${TAIL}`, { maxChange: 4 }).map((f) => f.values[0]?.value)).toEqual(['"x1 x2 x3 x4"']);
  });

  it("needs resync equal words (4 by default) after a change", () => {
    expect(pair(`${P14} x1 one two three four`, `${P14} y1 one two three four`)).toHaveLength(1);
    expect(pair(`${P14} x1 one two three`, `${P14} y1 one two three`)).toEqual([]);
    expect(pair(`${P14} x1 one two three`, `${P14} y1 one two three`, { resync: 3 })).toHaveLength(1);
  });

  it("reports nothing for copies that agree, documents that share no passage, or a passage too short to pair", () => {
    expect(pair(`${P14} ${TAIL}`, `${P14} ${TAIL}`)).toEqual([]);
    expect(pair(`one two three ${TAIL}`, `four five six ${TAIL}`)).toEqual([]);
    const short = P14.split(" ").slice(0, 11).join(" ");
    expect(pair(`${short} x1 ${TAIL}`, `${short} y1 ${TAIL}`)).toEqual([]);
  });

  it("refuses passage options the shared-passage search cannot take", () => {
    expect(alteredQuotation.parseOptions({ passages: { words: 2 } }).ok).toBe(false);
    expect(alteredQuotation.parseOptions({ passages: { scope: "within" } }).ok).toBe(true);
    expect(alteredQuotation.parseOptions({ maxChange: 0 }).ok).toBe(false);
    expect(alteredQuotation.parseOptions({ resync: 1 }).ok).toBe(false);
  });
});

describe("altered-quotation on the real corpus", () => {
  it("shows the resolutions' paragraph with its damaged word, and a planted change there and only there", { timeout: REAL_CORPUS_TIMEOUT }, () => {
    const real = realCorpus();
    const options = ruleOptions(real, "altered-quotation");
    const found = runCheck(alteredQuotation, real, options);
    expect(found.find((f) => f.subject === "unsc-res-822-1993 / unsc-res-853-1993")?.message).toBe(
      'unsc-res-822-1993 and unsc-res-853-1993 print the same passage with 3 differences, word by word: unsc-res-822-1993 prints nothing (line 711) where the other prints "the" (line 854); "suffering" (line 713) where the other prints "increased suf- fering" (line 854); "arc bound" (line 715) where the other prints "are" (line 856).',
    );
    // The 2010 report's attendance sentence is the 2018 one word for word; change "ministers" in it.
    const [file, lines] = [...real.sources][0] ?? ["", []];
    expect(lines[3481 - 1]).toContain("ministers");
    const changed = lines.map((l, i) => (i === 3481 - 1 ? l.replace("ministers", "secretaries") : l));
    const planted = { ...real, documents: real.documents.map((d) => ({ ...d })), sources: new Map([[file, changed]]) };
    const before = new Map(found.map((f) => [f.subject, f.message]));
    const now = runCheck(alteredQuotation, planted, options);
    const after = now.filter((f) => before.get(f.subject) !== f.message);
    expect(after.map((f) => [f.subject, f.values.map((v) => v.value)])).toEqual([
      ["2010-02-26-president-attends-khojaly-commemorative-ceremony / 2018-02-26-president-attends-commemoration-ceremony", ['"secretaries"', '"ministers"']],
    ]);
    // Against the 2009 report, "MPs, secretaries" for "Milli Majlis deputies, ministers" is four words: the copies part there.
    expect(now.map((f) => f.subject)).not.toContain(
      "2009-02-26-president-attends-commemorative-ceremony-azertac / 2010-02-26-president-attends-khojaly-commemorative-ceremony",
    );
    expect(now).toHaveLength(found.length);
  });
});
