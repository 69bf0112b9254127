import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copySlip, slipOf } from "../../src/checks/copy-slip.js";
import { signTail } from "../../src/checks/sign-test-evidence.js";
import type { ConfusionsFile } from "../../src/model/confusions.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { REAL_CORPUS_TIMEOUT, realCorpus, ruleOptions } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

/** Fourteen words no other fixture line shares: a shared passage on its own. */
const P14 = "observers counted ninety burnt houses along the northern road beyond the old mill yesterday";
const TAIL = "before the rain came down on the valley";
const confusions: ConfusionsFile = { sets: [{ words: ["form", "from"], reason: "transposed" }], characters: [{ printed: "c", read: "e", reason: "OCR" }] };
const ENGLISH = ["arc", "are", "parties", "bound", "form", "from", "victim", "victims", "perpetuators", "perpetrators", "seen", "they"];

/**
 * Document a on line 1, b on line 2, then a document c of filler lines, each "they are seen" (or
 * what `filler` says) to give the corpus its counts.
 */
function run(a: string, b: string, fillers: string[], options: Record<string, unknown> = {}, english = ENGLISH) {
  const source = [a, b, ...fillers];
  const docs = [doc("a", [], [1, 1]), doc("b", [], [2, 2]), ...(fillers.length > 0 ? [doc("c", [], [3, source.length])] : [])];
  const c = corpus(docs, { source, confusions, english });
  return runCheck(copySlip, c, { passages: { words: 12, minWords: 14 }, ...options });
}
const times = (n: number, line: string): string[] => Array.from({ length: n }, () => line);
const ARC = `${P14} all parties arc bound ${TAIL}.`;
const ARE = `${P14} all parties are bound ${TAIL}.`;

describe("copy-slip", () => {
  it("reports the rare word of a copy, naming the other copy and the counts", () => {
    expect(run(ARC, ARE, times(7, "They are seen.")).map((f) => [f.message, f.refs])).toEqual([
      [
        'a prints "arc" at line 1 in a passage that b (line 2) prints with "are" in its place: "arc" 1 time in the corpus, "are" 8 times.',
        [{ document: "a", source: 1, text: "arc" }],
      ],
    ]);
  });

  it("reports the copy that slipped whichever document comes first", () => {
    expect(run(ARE, ARC, times(7, "They are seen.")).map((f) => f.message)).toEqual([
      'b prints "arc" at line 2 in a passage that a (line 1) prints with "are" in its place: "arc" 1 time in the corpus, "are" 8 times.',
    ]);
  });

  it("needs the sign test: one against seven is 0.035, one against six 0.0625", () => {
    expect(run(ARC, ARE, times(6, "They are seen."))).toHaveLength(1);
    expect(run(ARC, ARE, times(5, "They are seen."))).toEqual([]);
    expect(run(ARC, ARE, times(5, "They are seen."), { significance: 0.07 })).toHaveLength(1);
    expect(run(ARC, ARE, times(5, "They are seen."), { significance: 0.06 })).toEqual([]);
  });

  it("needs the printed word at most maxSeen times in the corpus", () => {
    const fillers = [...times(20, "They are seen."), "They arc seen.", "They arc seen."];
    expect(run(ARC, ARE, fillers)).toEqual([]);
    expect(run(ARC, ARE, fillers, { maxSeen: 3 })).toHaveLength(1);
  });

  it("reads a word against the one at the same place of a longer difference", () => {
    const [f] = run(`${P14} all parties arc bound ${TAIL}.`, `${P14} all parties are ${TAIL}.`, times(7, "They are seen."));
    expect(f?.refs).toEqual([{ document: "a", source: 1, text: "arc" }]);
  });

  it("is silent on a word no dictionary knows (the spelling checks'), and where neither word is rare", () => {
    expect(
      run(
        ARC,
        ARE,
        times(7, "They are seen."),
        {},
        ENGLISH.filter((w) => w !== "arc"),
      ),
    ).toEqual([]);
    expect(run(ARC, ARE, [...times(7, "They are seen."), ...times(8, "They arc seen.")], { maxSeen: 10 })).toEqual([]);
  });

  it("needs the printed word at most maxSeen times when the second copy slipped", () => {
    const fillers = [...times(20, "They are seen."), "They arc seen.", "They arc seen."];
    expect(run(ARE, ARC, fillers)).toEqual([]);
    expect(run(ARE, ARC, fillers, { maxSeen: 3 })).toHaveLength(1);
  });

  it("fires where the sign test's tail equals the significance exactly, in either copy", () => {
    const significance = signTail(1, 9);
    expect(run(ARC, ARE, times(7, "They are seen."), { significance })).toHaveLength(1);
    expect(run(ARE, ARC, times(7, "They are seen."), { significance })).toHaveLength(1);
  });

  it("is silent on a rare known word that is no slip of the other copy's word", () => {
    expect(run(`${P14} all parties victim bound ${TAIL}.`, ARE, times(7, "They are seen."))).toEqual([]);
  });

  it("reads a word against the one at the same place from the end of a longer difference", () => {
    const [f, ...rest] = run(`${P14} all parties once arc still ${TAIL}.`, `${P14} all parties are now ${TAIL}.`, times(7, "They are seen."));
    expect([f?.refs, rest]).toEqual([[{ document: "a", source: 1, text: "arc" }], []]);
  });

  it("reads no word past the shorter copy's side of a difference", () => {
    const fillers = times(7, "They are seen from afar.");
    const [short, long] = [`${P14} all parties arc from ${TAIL}.`, `${P14} all parties are form from ${TAIL}.`];
    expect(run(short, long, fillers).map((f) => f.refs)).toEqual([[{ document: "a", source: 1, text: "arc" }]]);
    expect(run(long, short, fillers).map((f) => f.refs)).toEqual([[{ document: "b", source: 2, text: "arc" }]]);
  });

  it("pairs each word of a two-word difference with its partner, and reports both slips", () => {
    const fillers = times(7, "They are seen from afar.");
    const found = run(`${P14} all parties arc form ${TAIL}.`, `${P14} all parties are from ${TAIL}.`, fillers);
    expect(found.map((f) => f.refs[0]?.text)).toEqual(["arc", "form"]);
  });

  it("names every other copy that prints the intended word, in id order", () => {
    // Three documents of one type print the passage: not stock wording, as it would be from three on.
    const passages = { words: 12, minWords: 14, boilerplateMinDocuments: 4 };
    expect(run(ARC, ARE, [ARE, ...times(6, "They are seen.")], { passages }).map((f) => f.message)).toEqual([
      'a prints "arc" at line 1 in a passage that b (line 2), c (line 3) print with "are" in its place: "arc" 1 time in the corpus, "are" 8 times.',
    ]);
  });

  it("lists the findings by document, then by place", () => {
    const fillers = times(7, "They are seen from afar.");
    const a = `${P14} all parties are bound before the rain form the north came down on the valley.`;
    const b = `${P14} all parties arc bound before the rain from the north came down on the valley.`;
    expect(run(a, b, fillers).map((f) => [f.refs[0]?.document, f.refs[0]?.text])).toEqual([
      ["a", "form"],
      ["b", "arc"],
    ]);
  });

  it("lists one document's findings by place, whichever copy shows them first", () => {
    const q = "witnesses described seven ruined bridges across the eastern river under the grey sky today";
    const a = `${q} form the hills of the south. ${P14} all parties arc bound ${TAIL}.`;
    const fillers = [`${q} from the hills of the south.`, ...times(7, "They are seen from afar.")];
    expect(run(a, ARE, fillers).map((f) => [f.refs[0]?.document, f.refs[0]?.text])).toEqual([
      ["a", "form"],
      ["a", "arc"],
    ]);
  });

  it("keys a finding by its line, its word's place and the printed word lower-cased", () => {
    expect(run(`${P14} all parties Arc bound ${TAIL}.`, ARE, times(7, "They are seen.")).map((f) => f.key)).toEqual(["1|16|arc"]);
  });

  it("refuses passage options the shared-passage rule would refuse", () => {
    expect(copySlip.parseOptions({ passages: { words: "twelve" } }).ok).toBe(false);
  });
});

describe("slipOf", () => {
  const c = corpus([], { confusions });
  it("takes a curated set, an OCR character rule, or one edit from minEditLength letters on", () => {
    expect(slipOf("form", "from", c, 10)).toBe(true);
    expect(slipOf("arc", "are", c, 10)).toBe(true);
    expect(slipOf("perpetuators", "perpetrators", c, 12)).toBe(true);
    expect(slipOf("perpetuators", "perpetrators", c, 13)).toBe(false);
    expect(slipOf("bard", "bird", c, 4)).toBe(true);
    expect(slipOf("bard", "bird", c, 5)).toBe(false);
  });

  it("never two forms of one word, a word with a digit, one word with itself, or two edits", () => {
    expect(slipOf("victim", "victims", c, 4)).toBe(false);
    expect(slipOf("16th", "17th", c, 4)).toBe(false);
    expect(slipOf("are", "are", c, 2)).toBe(false);
    expect(slipOf("progress", "process", c, 4)).toBe(false);
  });

  it("takes a pair from any one curated set, and only both words of one set", () => {
    const two = corpus([], { confusions: { sets: [{ words: ["their", "there"], reason: "homophones" }, ...confusions.sets], characters: [] } });
    expect(slipOf("form", "from", two, 10)).toBe(true);
    expect(slipOf("form", "norm", two, 10)).toBe(false);
  });

  it("needs the shorter word minEditLength letters long for one edit", () => {
    expect(slipOf("bard", "beard", c, 5)).toBe(false);
    expect(slipOf("bard", "beard", c, 4)).toBe(true);
  });

  it("is symmetric", () => {
    const word = fc.stringMatching(/^[a-e]{3,6}$/);
    fc.assert(
      fc.property(word, word, (x, y) => {
        expect(slipOf(x, y, c, 4)).toBe(slipOf(y, x, c, 4));
      }),
    );
  });
});

describe("copy-slip's law", () => {
  it("fires exactly where the sign test on the two counts passes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), (n) => {
        const fired = run(ARC, ARE, times(n, "They are seen.")).length === 1;
        expect(fired).toBe(signTail(1, n + 2) <= 0.05);
      }),
      { numRuns: 13 },
    );
  });
});

describe("copy-slip on the real corpus", () => {
  it("finds arc for are in resolution 822 and perpetuators for perpetrators", { timeout: REAL_CORPUS_TIMEOUT }, () => {
    const real = realCorpus();
    expect(runCheck(copySlip, real, ruleOptions(real, "copy-slip")).map((f) => f.message)).toEqual([
      '2012-02-23-presidential-message-20th-anniversary prints "perpetuators" at line 3861 in a passage that 2012-02-26-nationwide-march-in-baku-20th-anniversary (line 4081) prints with "perpetrators" in its place: "perpetuators" 1 time in the corpus, "perpetrators" 16 times.',
      'unsc-res-822-1993 prints "arc" at line 715 in a passage that unsc-res-853-1993 (line 856) prints with "are" in its place: "arc" 1 time in the corpus, "are" 48 times.',
    ]);
  });
});
