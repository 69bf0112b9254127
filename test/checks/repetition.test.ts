import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { repetition } from "../../src/checks/repetition.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { realCorpus, ROOT, withLine } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const textCorpus = (lines: string[], claims: Claim[] = []) => corpus([doc("d", claims, [1, lines.length])], { source: lines });
const messages = (lines: string[], options: object = {}): string[] => runCheck(repetition, textCorpus(lines), options).map((f) => f.message);

describe("repetition", () => {
  it("reports a doubled word, across a line break too, with both lines", () => {
    expect(messages(["It was the the worst night."])).toEqual(['d prints a word twice, "the the" at line 1.']);
    const [f] = runCheck(repetition, textCorpus(["It was the", "the worst night."]));
    expect(f?.message).toBe('d prints a word twice, "the the" at line 1 and again at line 2.');
    expect(f?.refs).toEqual([
      { document: "d", source: 1 },
      { document: "d", source: 2 },
    ]);
  });

  it("passes the doublings grammar allows, separators and a heading followed by its paragraph", () => {
    expect(messages(["He said that that was wrong."])).toEqual([]);
    expect(messages(["If I had had time, I would have come."])).toEqual([]);
    expect(messages(["Х Х Х", "The next section."])).toEqual([]);
    expect(messages(["Fate of the inhabitants", "Inhabitants who could flee had nothing."])).toEqual([]);
    expect(messages(["It was late. Late it was."])).toEqual([]);
  });

  it('reports "that that" before a pronoun', () => {
    expect(messages(["The right way is that that we must live."])).toEqual(['d prints a word twice, "that that" at line 1.']);
  });

  it("reports a short line printed again as the next line, once (not also as a sentence)", () => {
    expect(messages(["http://www.trend.az/", "http://www.trend.az/", "Baku, 25 January."])).toEqual([
      'd prints the line "http://www.trend.az/" at line 1 and again at line 2.',
    ]);
  });

  it("reports a short sentence repeated nearby, not one far away", () => {
    expect(messages(["The town fell. Many fled. The town fell."])).toEqual(['d prints the sentence "the town fell" at line 1.']);
    expect(messages(["The town fell.", ...Array.from({ length: 10 }, (_, i) => `Sentence number ${i} says five words.`), "The town fell."])).toEqual([]);
  });

  it("reports an item repeated in one list, not in two lists", () => {
    expect(messages(["The plan:", "- lay wreaths;", "- hold a meeting;", "- lay wreaths;", "End."])).toEqual([
      'd lists the item "lay wreaths;" at line 2 and again at line 4.',
    ]);
    expect(messages(["1. lay wreaths;", "2. hold a meeting.", "Then:", "1. lay wreaths."])).toEqual([]);
  });

  it("leaves repeats of passageWords words or more to duplicated-passage", () => {
    const line = "The statement was issued on the anniversary of the tragedy";
    expect(messages([line, line])).toEqual([]);
    expect(messages([line, line], { passageWords: 20 })).toEqual([`d prints the line "${line}" at line 1 and again at line 2.`]);
  });

  it("reports a list claim naming an item twice", () => {
    const claim: Claim = { kind: "list", fact: "document.addressees", items: ["OSCE", "Council of Europe", "Council of Europe"], quote: "OSCE", line: 1 };
    expect(runCheck(repetition, textCorpus(["OSCE, Council of Europe, Council of Europe"], [claim])).map((f) => [f.message, f.refs])).toEqual([
      ['The list claim document.addressees of d (line 1) names "Council of Europe" twice.', [{ document: "d", claim: 0 }]],
    ]);
  });

  it("finds exactly a planted doubled word in the real corpus", { timeout: 120_000 }, () => {
    const real = realCorpus();
    const before = runCheck(repetition, real).map((f) => f.message);
    expect(before).toEqual(
      [
        'The list claim document.addressees of 2015-02-19-ombudsman-statement-23rd-anniversary (line 4476) names "Council of Europe" twice.',
        '2001-02-24-president-appeal-ninth-anniversary prints a word twice, "that that" at line 1868.',
        '2006-01-30-trend-action-plan-14th-anniversary prints the line "http://www.trend.az/" at line 1931 and again at line 1932.',
      ].sort(),
    );
    const planted = withLine(real, 342, "more than 50", "more than than 50");
    const after = runCheck(repetition, planted).map((f) => f.message);
    expect(after.filter((m) => !before.includes(m))).toEqual([
      'undated-khojali-genocide-tragedy-of-20th-century prints a word twice, "than than" at line 342.',
    ]);
    expect(after).toHaveLength(before.length + 1);
  });

  it("keeps its passage window equal to duplicated-passage's in rules/core.yaml", () => {
    const rules = (parse(readFileSync(join(ROOT, "rules/core.yaml"), "utf8")) as { rules: { check: string; options?: Record<string, unknown> }[] }).rules;
    const within = rules.find((r) => r.check === "duplicated-passage" && r.options?.["scope"] === "within");
    const mine = rules.find((r) => r.check === "repetition");
    expect(mine?.options?.["passageWords"]).toBe(within?.options?.["words"]);
    expect(mine?.options?.["maxGap"] ?? 40).toBe(within?.options?.["maxGap"] ?? 40);
  });
});

describe("laws", () => {
  it("text whose words are all different has no repetition", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 1, maxLength: 30 }), (words) => {
        expect(messages([words.join(" ") + "."])).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  describe("cut short (a passage broken off and printed again in full)", () => {
    const cut = { kinds: ["cut short"], passageWords: 9 };
    const FIRST = ["It has been twenty years since the night of the attack on the", "town of Khojaly and its people"];
    const AGAIN = ["It has been twenty years since the night of the attack on the", "town of Khojaly and its people, who still remember it."];

    it("reports the first copy cut short inside its sentence, with the three lines", () => {
      const [f, ...rest] = runCheck(repetition, textCorpus([...FIRST, ...AGAIN]), cut);
      expect(rest).toEqual([]);
      expect(f?.message).toBe(
        'd prints a passage of 19 words ("It has been twenty … Khojaly and its people") from line 1, breaks it off at line 2 inside its sentence, and prints it again in full from line 3.',
      );
      expect(f?.refs).toEqual([1, 2, 3].map((source) => ({ document: "d", source })));
    });

    it("is silent on a paragraph printed twice whole: both copies end the sentence", () => {
      const whole = ["The town of Khojaly was attacked on the night of 25 February 1992.", "Its people still remember it."];
      expect(messages([whole[0] ?? "", whole[0] ?? "", whole[1] ?? ""], cut)).toEqual([]);
    });

    it("needs passageWords words: 9 are reported, 8 are not", () => {
      const nine = ["one two three four five six seven eight nine", "one two three four five six seven eight nine ten eleven"];
      expect(messages(nine, cut)).toHaveLength(1);
      const eight = ["one two three four five six seven eight", "one two three four five six seven eight nine ten"];
      expect(messages(eight, cut)).toEqual([]);
    });

    it("is silent when the copies are not printed one after the other", () => {
      const apart = ["one two three four five six seven eight nine", "and then something else entirely,", "one two three four five six seven eight nine ten"];
      expect(messages(apart, cut)).toEqual([]);
    });

    it("reports only the kinds asked for", () => {
      expect(messages([...FIRST, ...AGAIN, "It was the the worst night."], cut)).toHaveLength(1);
      expect(messages([...FIRST, ...AGAIN, "It was the the worst night."])).toEqual(['d prints a word twice, "the the" at line 5.']);
      expect(messages([...FIRST, ...AGAIN, "It was the the worst night."], { ...cut, kinds: ["word", "cut short"] })).toHaveLength(2);
    });
  });
});
