import { describe, expect, it } from "vitest";
import { confusableWord } from "../../src/checks/confusable-word.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { realCorpus, ruleOptions } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const textCorpus = (lines: string[]) => corpus([doc("d", [], [1, lines.length])], { source: lines });
const found = (lines: string[], options: object = {}) => runCheck(confusableWord, textCorpus(lines), options).map((f) => f.message);
const times = (n: number, line: string): string[] => Array.from({ length: n }, () => line);

describe("confusable-word fires where the context admits only the other member", () => {
  it.each([
    [
      ["They came from their homes.", "They were driven form their homes."],
      'd prints "form" at line 2 where "from" fits (a participle then a determiner: a preposition stands there, not the noun or verb): "form their" 1 time in the corpus, "from their" 2 times.',
    ],
    [
      ["A form of words.", "A from of words."],
      'd prints "from" at line 2 where "form" fits (an article then "of": a noun stands there, not a preposition): "a from" 1 time in the corpus, "a form" 2 times.',
    ],
    [
      ["It took more than a day.", "It took more then a day."],
      'd prints "then" at line 2 where "than" fits (after a comparative, the comparison\'s word): "more then" 1 time in the corpus, "more than" 2 times.',
    ],
    [
      ["They came and then left.", "They came and than left."],
      'd prints "than" at line 2 where "then" fits (after a conjunction of time, the adverb of sequence): "and than" 1 time in the corpus, "and then" 2 times.',
    ],
    [
      ["It's been a year.", "Its been a year."],
      'd prints "Its" at line 2 where "it\'s" fits (the possessive before a participle or an article, where a verb is needed): "its been" 1 time in the corpus, "it\'s been" 2 times.',
    ],
    [
      ["Each state has its own law.", "Each state has it's own law."],
      'd prints "it\'s" at line 2 where "its" fits ("it is" before a noun, where the possessive stands): "it\'s own" 1 time in the corpus, "its own" 2 times.',
    ],
    [
      ["They will lose the land.", "They will loose the land."],
      'd prints "loose" at line 2 where "lose" fits (the adjective after an auxiliary or infinitive marker, where the verb stands): "will loose" 1 time in the corpus, "will lose" 2 times.',
    ],
    [
      ["There are many.", "Their are many."],
      'd prints "Their" at line 2 where "there" fits (the possessive before a finite verb, where the subject word stands): "their are" 1 time in the corpus, "there are" 2 times.',
    ],
    [
      ["The loss of their homes.", "The loss of there homes."],
      'd prints "there" at line 2 where "their" fits (the adverb between a preposition and its noun, where the possessive stands): "there homes" 1 time in the corpus, "their homes" 2 times.',
    ],
    [
      ["The memory of the dead.", "The memory off the dead."],
      'd prints "off" at line 2 where "of" fits (a noun then a determiner: the preposition of stands there, not the adverb): "off the" 1 time in the corpus, "of the" 2 times.',
    ],
  ])("%j", ([good = "", slip = ""], message) => {
    // The other member twice beside the same neighbour: more usual than the one printing of the slip.
    expect(found([good, good, slip])).toEqual([message.replace("line 2", "line 3")]);
  });

  it("locates the finding at the word, across a line break", () => {
    const c = textCorpus(["They came from their homes.", "They were driven form", "their homes.", "They came from their homes."]);
    const [f] = runCheck(confusableWord, c);
    expect(f?.refs).toEqual([{ document: "d", source: 2, text: "form" }]);
    expect(f?.key).toBe("2|17|form");
  });
});

describe("confusable-word must not fire", () => {
  it("where the context admits the printed word", () => {
    const twice = (line: string): string[] => times(2, line);
    expect(found([...twice("They came from their homes."), "They form their own party."])).toEqual([]);
    expect(found([...twice("A form of words."), "A new form of words."])).toEqual([]);
    expect(found([...twice("More than a day."), "It came then."])).toEqual([]);
    expect(found([...twice("It's been a year."), "Its people came."])).toEqual([]);
    expect(found([...twice("They will lose the land."), "The loose ends."])).toEqual([]);
    expect(found([...twice("There are many."), "Their homes are many."])).toEqual([]);
  });

  it("when the corpus never prints the other member beside that neighbour", () => {
    expect(found(["They were driven form their homes."])).toEqual([]);
  });

  it("across punctuation, which ends the phrase", () => {
    expect(found([...times(2, "They came from their homes."), "They were driven, form their homes."])).toEqual([]);
  });

  it("when the printed phrase is established usage: more than maxSeen printings, one step each side", () => {
    const lines = [...times(4, "It took more than a day."), ...times(3, "It took more then a day.")];
    // Three printings of the slip: usage at maxSeen 2, a slip at maxSeen 3.
    expect(found(lines, { maxSeen: 2 })).toEqual([]);
    expect(found(lines, { maxSeen: 3 })).toHaveLength(3);
  });

  it("when the other member is no more usual beside the neighbour than the printed one", () => {
    expect(found(["It took more than a day.", ...times(2, "It took more then a day.")], { maxSeen: 2 })).toEqual([]);
    expect(found([...times(2, "It took more than a day."), ...times(2, "It took more then a day.")], { maxSeen: 2 })).toEqual([]);
    expect(found([...times(3, "It took more than a day."), ...times(2, "It took more then a day.")], { maxSeen: 2 })).toHaveLength(2);
  });
});

describe("confusable-word on the real corpus", () => {
  it("finds the one slip of its judged set", { timeout: 120_000 }, () => {
    const real = realCorpus();
    expect(runCheck(confusableWord, real, ruleOptions(real, "confusable-word")).map((f) => f.message)).toEqual([
      '2007-02-23-ilham-aliyev-address-15th-anniversary prints "form" at line 1977 where "from" fits (a participle then a determiner: a preposition stands there, not the noun or verb): "form their" 1 time in the corpus, "from their" 20 times.',
    ]);
  });
});
