import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { realWordError } from "../../src/checks/real-word-error.js";
import { signTail } from "../../src/checks/sign-test-evidence.js";
import type { ConfusionsFile } from "../../src/model/confusions.js";
import { oneEdit } from "../../src/text/edit-index.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { realCorpus, withLine } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const confusions: ConfusionsFile = {
  sets: [{ words: ["form", "from"], reason: "transposed" }],
  characters: [{ printed: "rn", read: "m", reason: "touching" }],
};

/** One document of the given lines (each its own sentence), source lines 1..n. */
// The English words these fixtures print, as the dictionaries know them ("tasks" left out on purpose).
const ENGLISH = [
  "a",
  "letter",
  "from",
  "form",
  "the",
  "minister",
  "came",
  "we",
  "know",
  "fate",
  "date",
  "of",
  "them",
  "it",
  "armed",
  "forces",
  "force",
  "peace",
  "talks",
  "were",
  "slow",
  "many",
  "remain",
  "work",
  "on",
  "was",
  "resumed",
  "for",
  "human",
  "rights",
  "fights",
  "and",
];
const textCorpus = (lines: string[], known: string[] = []) =>
  corpus([doc("d", [], [1, lines.length])], { source: lines, confusions, english: [...ENGLISH, ...known] });
const times = (n: number, line: string): string[] => Array.from({ length: n }, () => line);

describe("real-word-error", () => {
  it("reports a word whose content-word phrase the corpus prints with a one-edit neighbour instead", () => {
    // "tasks" is a word the dictionaries know: a real word in the wrong place.
    const c = textCorpus([...times(9, "The peace talks were slow."), "Work on the peace tasks was resumed.", "Many tasks remain."], ["tasks"]);
    expect(runCheck(realWordError, c).map((f) => [f.message, f.refs])).toEqual([
      [
        'd prints "tasks" at line 10 where the corpus\'s usage suggests "talks": "peace tasks" 1 time; "peace talks" 9 times; "the peace tasks" 1 time; "the peace talks" 9 times.',
        [{ document: "d", source: 10, text: "tasks" }],
      ],
    ]);
  });

  it("reports a curated partner (form for from), across a line break", () => {
    const c = textCorpus([...times(8, "A letter from the minister came."), "A letter form", "the minister came."]);
    expect(runCheck(realWordError, c).map((f) => f.message)).toEqual([
      'd prints "form" at line 9 where the corpus\'s usage suggests "from": "letter form" 1 time; "letter from" 8 times; "a letter form" 1 time; "a letter from" 8 times; "letter form the" 1 time; "letter from the" 8 times; "form the minister" 1 time; "from the minister" 8 times.',
    ]);
  });

  it("is silent where only function words stand beside the word, on inflections, on weak evidence and on non-words", () => {
    expect(runCheck(realWordError, textCorpus([...times(12, "We know the fate of them."), "We know the date of it."]))).toEqual([]);
    expect(runCheck(realWordError, textCorpus([...times(9, "The armed forces came."), "The armed force came."]))).toEqual([]);
    // One against six: a sign test at 0.05 cannot tell that from chance.
    expect(runCheck(realWordError, textCorpus([...times(6, "The peace talks were slow."), "The peace tasks were slow.", "Many tasks remain."]))).toEqual([]);
    // "tasks" unknown to the dictionaries is a non-word, however often printed: the spelling check's.
    expect(runCheck(realWordError, textCorpus([...times(9, "The peace talks were slow."), "Work on the peace tasks was resumed."]))).toEqual([]);
    expect(
      runCheck(realWordError, textCorpus([...times(9, "The peace talks were slow."), "Work on the peace tasks was resumed.", "Many tasks remain."])),
    ).toEqual([]);
    // A phrase across a comma is no phrase.
    expect(runCheck(realWordError, textCorpus([...times(9, "The peace talks were slow."), "For peace, tasks were slow.", "Many tasks remain."]))).toEqual([]);
  });

  it("is silent when the other content-word neighbour fits the printed word", () => {
    const c = textCorpus([...times(9, "The peace talks were slow."), ...times(5, "Real tasks need time."), "The peace tasks need time."]);
    expect(runCheck(realWordError, c)).toEqual([]);
  });

  it("leaves out a context neither phrase is attested in, instead of counting it against the candidate", () => {
    // "tasks begun" is printed once and "talks begun" never: that neighbour says nothing either way.
    const lines = [...times(9, "The peace talks were slow."), "The peace tasks begun.", "Many tasks remain."];
    expect(runCheck(realWordError, textCorpus(lines, ["tasks", "begun"])).map((f) => f.message)).toEqual([
      'd prints "tasks" at line 10 where the corpus\'s usage suggests "talks": "peace tasks" 1 time; "peace talks" 9 times; "the peace tasks" 1 time; "the peace talks" 9 times.',
    ]);
    // Printed twice, the phrase is attested: a context that no longer favours the candidate.
    const twice = [...times(9, "The peace talks were slow."), ...times(2, "The peace tasks begun."), "Many tasks remain."];
    expect(runCheck(realWordError, textCorpus(twice, ["tasks", "begun"]))).toEqual([]);
  });

  it("clears a word that a three-word phrase printed more than maxSeen times fits (three printings in all, not two)", () => {
    const base = [...times(9, "The peace talks were slow."), "The peace tasks were done."];
    const known = ["tasks", "done", "old"];
    const run = (lines: string[], o: unknown = {}) => runCheck(realWordError, textCorpus(lines, known), o).map((f) => f.refs[0]?.source);
    // "tasks were done" twice in all (line 10 and one more): at maxSeen, still a possible slip.
    expect(run([...base, "Old tasks were done."])).toEqual([10]);
    expect(run([...base, ...times(2, "Old tasks were done.")])).toEqual([]);
    // Without trigrams the pair "peace tasks" decides alone.
    expect(run([...base, ...times(2, "Old tasks were done.")], { trigrams: false })).toEqual([10]);
  });

  it("clears a word whose pair with a content word is printed more than maxSeen times, on either side (three printings, not two)", () => {
    const run = (lines: string[]) => runCheck(realWordError, textCorpus(lines, ["tasks"]), { trigrams: false }).map((f) => f.refs[0]?.source);
    const left = (k: number) => [...times(20, "We saw peace talks."), ...times(k, "We saw peace tasks.")];
    const right = (k: number) => [...times(20, "The talks resumed."), ...times(k, "The tasks resumed.")];
    expect(run(left(2))).toEqual([21, 22]);
    expect(run(left(3))).toEqual([]);
    expect(run(right(2))).toEqual([21, 22]);
    expect(run(right(3))).toEqual([]);
  });

  it("clears a word that a three-word phrase favours beyond chance (five against none, not four)", () => {
    const talks = times(20, "The peace talks were slow.");
    const known = ["tasks", "done"];
    const run = (n: number) => runCheck(realWordError, textCorpus([...talks, ...times(n, "The peace tasks were done.")], known), { maxSeen: 5 });
    expect(run(4).map((f) => f.refs[0]?.source)).toEqual([21, 22, 23, 24]);
    expect(run(4)[0]?.message).toBe(
      'd prints "tasks" at line 21 where the corpus\'s usage suggests "talks": "peace tasks" 4 times; "peace talks" 20 times; "the peace tasks" 4 times; "the peace talks" 20 times; "peace tasks were" 4 times; "peace talks were" 20 times.',
    );
    expect(run(5)).toEqual([]);
  });

  it("opens no word to suspicion on a three-word phrase alone", () => {
    // "know the _" takes any object: no content word beside "date", so no evidence at all.
    expect(runCheck(realWordError, textCorpus([...times(12, "We know the fate of them."), "We know the date of it."]))).toEqual([]);
  });

  it("finds the one slip of the real corpus's judged set, and a planted slip", { timeout: 120_000 }, () => {
    const real = realCorpus();
    const BECOME =
      /^undated-khojali-genocide-tragedy-of-20th-century prints "become" at line 384 where the corpus's usage suggests "became": "become refugees" 1 time; "became refugees" \d+ times\.$/;
    expect(runCheck(realWordError, real).map((f) => f.message)).toEqual([expect.stringMatching(BECOME)]);
    const planted = withLine(real, 342, "more than 50", "more then 50");
    expect(runCheck(realWordError, planted).map((f) => f.message)).toEqual([
      expect.stringMatching(/^\S+ prints "then" at line 342 where the corpus's usage suggests "than": "more then" 1 time; "more than" \d+ times\.$/),
      expect.stringMatching(BECOME),
    ]);
    const byForm = withLine(real, 3746, "human rights and", "human fights and");
    expect(runCheck(realWordError, byForm).map((f) => f.message)).toEqual([
      expect.stringMatching(/prints "fights" at line 3746 where the corpus's usage suggests "rights": "human fights" 1 time; "human rights" \d+ times\.$/),
      expect.stringMatching(BECOME),
    ]);
  });
});

describe("laws", () => {
  it("the sign test's tail is a probability that grows with k and shrinks with n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (k, extra) => {
        const n = k + extra;
        const p = signTail(k, n);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1 + 1e-12);
        expect(signTail(k, n + 1)).toBeLessThanOrEqual(p);
        if (k < n) expect(signTail(k + 1, n)).toBeGreaterThanOrEqual(p);
      }),
    );
  });

  it("one edit is symmetric, and a word is never one edit from itself", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 6 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(oneEdit(a, b)).toBe(oneEdit(b, a));
        expect(oneEdit(a, a)).toBe(false);
      }),
    );
  });

  it("findings do not depend on the order of the lines' repetitions", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...times(9, "The peace talks were slow."), "Work on the peace tasks was resumed.", "Many tasks remain."], { minLength: 11 }),
        (lines) => {
          const found = runCheck(realWordError, textCorpus(lines, ["tasks"])).map((f) => f.values[0]?.value);
          expect(found).toEqual(["tasks"]);
        },
      ),
      { numRuns: 20 },
    );
  });
});
