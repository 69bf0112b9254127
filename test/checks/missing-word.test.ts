import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { missingWord } from "../../src/checks/missing-word.js";
import { signTail } from "../../src/checks/sign-test-evidence.js";
import { corpusCounts } from "../../src/text/corpus-counts.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { realCorpus } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const textCorpus = (lines: string[]) => corpus([doc("d", [], [1, lines.length])], { source: lines });
const times = (n: number, line: string): string[] => Array.from({ length: n }, () => line);
const messages = (lines: string[], options: unknown = {}): string[] => runCheck(missingWord, textCorpus(lines), options).map((f) => f.message);
const SLIP = "Relief efforts in region, in particular.";

describe("missing-word", () => {
  it("reports a pair the corpus prints far more often with a function word between, at the second word", () => {
    const c = textCorpus([...times(9, "Aid came in the region."), SLIP]);
    expect(runCheck(missingWord, c).map((f) => [f.message, f.refs])).toEqual([
      [
        'd prints "in region" at line 10 where the corpus prints "in the region": "in region" 1 time; "in the region" 9 times (any case).',
        [{ document: "d", source: 10, text: "region" }],
      ],
    ]);
  });

  it("needs the sign test passed: one against seven fires, one against six does not; two against nine, not eight", () => {
    expect(messages([...times(7, "Aid came in the region."), SLIP])).toHaveLength(1);
    expect(messages([...times(6, "Aid came in the region."), SLIP])).toEqual([]);
    expect(messages([...times(9, "Aid came in the region."), ...times(2, SLIP)])).toHaveLength(2);
    expect(messages([...times(8, "Aid came in the region."), ...times(2, SLIP)])).toEqual([]);
    expect(signTail(1, 8)).toBeLessThan(0.05);
    expect(signTail(1, 7)).toBeGreaterThan(0.05);
  });

  it("leaves established usage alone: a pair printed more than maxSeen times", () => {
    const lines = [...times(40, "Aid came in the region."), ...times(3, SLIP)];
    expect(messages(lines)).toEqual([]);
    expect(messages(lines, { maxSeen: 3 })).toHaveLength(3);
  });

  it("is silent before a function word, across a comma, and where the next word makes a unit that takes no word between", () => {
    expect(messages([...times(9, "The crimes committed by the army."), "Forces committed the massacre."])).toEqual([]);
    expect(messages([...times(9, "Aid came in the region."), "Relief efforts in, region."])).toEqual([]);
    // A doubled word is repetition's, though the corpus prints "houses and houses".
    expect(messages([...times(9, "Ruined houses and houses."), "Ruined houses houses."])).toEqual([]);
    expect(messages([...times(9, "Ruined houses and homes."), "Ruined houses homes."])).toHaveLength(1);
    // "the world community" nine times: the fuller phrase holds with "community" too.
    const world = times(9, "In the eyes of the world community.");
    expect(messages([...world, "In the eyes of world community."])).toEqual([
      'd prints "of world" at line 10 where the corpus prints "of the world": "of world" 1 time; "of the world" 9 times (any case).',
    ]);
    // "world azerbaijanis" is never printed with "the" before it: a unit of its own.
    expect(messages([...world, "The solidarity of world azerbaijanis."])).toEqual([]);
    expect(messages([...times(9, "In the eyes of the world."), ...times(2, "The world azerbaijanis met."), "The solidarity of world azerbaijanis."])).toEqual(
      [],
    );
  });

  it("reports only pairs whose counts pass the test, on random small corpora", () => {
    const word = fc.constantFrom("in", "the", "region", "aid", "came");
    const sentence = fc.array(word, { minLength: 2, maxLength: 5 }).map((ws) => `${ws.join(" ")}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), (lines) => {
        const c = textCorpus(lines);
        const counts = corpusCounts(c);
        for (const f of runCheck(missingWord, c)) {
          const m = /prints "(\S+) (\S+)" .* "\S+ (\S+) \S+": /.exec(f.message);
          if (!m) throw new Error(f.message);
          const [, a = "", x = "", b = ""] = m;
          const printed = counts.pair(a, x);
          expect(printed).toBeLessThanOrEqual(2);
          expect(signTail(printed, printed + counts.trigram(a, b, x))).toBeLessThanOrEqual(0.05);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("finds nothing in a text printed more than maxSeen times: every pair of it is established usage", () => {
    const word = fc.constantFrom("in", "the", "region", "aid", "came");
    const sentence = fc.array(word, { minLength: 2, maxLength: 5 }).map((ws) => `${ws.join(" ")}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 3 }), (lines, maxSeen) => {
        const copies = Array.from({ length: maxSeen + 1 }, () => lines).flat();
        expect(messages(copies, { maxSeen })).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("finds the real corpus's judged pairs", { timeout: 120_000 }, () => {
    const found = runCheck(missingWord, realCorpus(), { maxSeen: 2 }).map((f) => `${f.subject}:${f.refs[0]?.source ?? 0}`);
    expect(found).toEqual([
      "1997-02-25-presidential-decree-minute-of-silence:1488",
      "2007-02-23-ilham-aliyev-address-15th-anniversary:1955",
      "2015-02-19-ombudsman-statement-23rd-anniversary:4375",
      "undated-khojaly-genocide-as-international-crime:165",
      "unsc-res-822-1993:711",
      "unsc-res-853-1993:927",
    ]);
  });
});
