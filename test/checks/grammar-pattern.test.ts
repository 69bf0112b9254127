import { describe, expect, it } from "vitest";
import { grammarPattern } from "../../src/checks/grammar-pattern.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { realCorpus, ruleOptions } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const textCorpus = (lines: string[]) => corpus([doc("d", [], [1, lines.length])], { source: lines });
const found = (lines: string[], options: object = {}) => runCheck(grammarPattern, textCorpus(lines), options).map((f) => f.message);
const one = (line: string): string[] => found([line]);

describe("grammar-pattern fires", () => {
  it.each([
    [
      "The day will be commemorate on the state level.",
      'd prints "be commemorate" at line 1: "commemorate" after "be", where a participle of the verb is expected.',
    ],
    ["The crime has not yet get its assessment.", 'd prints "has not yet get" at line 1: "get" after "has", where a participle of the verb is expected.'],
    [
      "The crime should not remained unpunished.",
      'd prints "should not remained" at line 1: "remained" after "should", where the base form of the verb is expected.',
    ],
    ["The intent must not to be directed at one person.", 'd prints "must not to" at line 1: "to" after the auxiliary "must", which takes the bare verb.'],
    ["They were indifferent to the this tragedy.", 'd prints "the this" at line 1: two determiners, "the" and "this", before one noun.'],
    ["The committers of this crimes are known.", 'd prints "this crimes" at line 1: the singular determiner "this" before the plural noun "crimes".'],
    ["We remember those victim today.", 'd prints "those victim" at line 1: the plural determiner "those" before the singular noun "victim".'],
    ["The city had ten thousands population.", 'd prints "ten thousands" at line 1: the plural "thousands" after the numeral "ten".'],
    ["They hold 20 percents of the land.", 'd prints "20 percents" at line 1: the plural "percents" after the numeral "20".'],
    [
      "The fate of 150 of persons is unknown.",
      'd prints "150 of persons" at line 1: "of" between the numeral "150" and the noun "persons" it counts, with no determiner.',
    ],
    [
      "The expulsion of a million of Azerbaijanis followed.",
      'd prints "million of Azerbaijanis" at line 1: "of" between the numeral "million" and the noun "Azerbaijanis" it counts, with no determiner.',
    ],
    [
      "They planned the laying of wreathes at the monument.",
      'd prints "of wreathes" at line 1: the verb form "wreathes" after the preposition "of", where a noun is expected.',
    ],
    ["It was done in comply with the law.", 'd prints "in comply" at line 1: the verb form "comply" after the preposition "in", where a noun is expected.'],
    ["The voice of all, including we, will be heard.", 'd prints "including we" at line 1: the subject pronoun "we" after the preposition "including".'],
    ["The army took came back.", 'd prints "took came" at line 1: two finite verbs in a row, "took" and "came".'],
    ["When punished, new tragedies is implemented.", 'd prints "new tragedies is" at line 1: the plural subject "tragedies" with the singular verb "is".'],
    [
      "It forbids to deprive arbitrary the person of property.",
      'd prints "deprive arbitrary" at line 1: the adjective "arbitrary" between the verb "deprive" and its object, where an adverb is expected.',
    ],
    [
      "It forbids inhuman or humiliate treatment.",
      'd prints "inhuman or humiliate" at line 1: the verb "humiliate" joined to the adjective "inhuman" before the noun "treatment", where an adjective is expected.',
    ],
    [
      "With the aim to revere victim’s of Khojaly memory.",
      'd prints "victim’s of" at line 1: the possessive "victim\'s" before the preposition "of", with no noun for it to own.',
    ],
    [
      "The plan of events include laying wreaths.",
      'd prints "The plan of events include" at line 1: the singular subject "plan" with the plural verb "include".',
    ],
    ["In the genocide, thousand Azerbaijanis were killed.", 'd prints "thousand Azerbaijanis" at line 1: "thousand" with no number or article before it.'],
    ["Let the genocide will be the past.", 'd prints "Let the genocide will" at line 1: the auxiliary "will" after "let", which takes the bare verb.'],
    ["Together with the 366 th regiment.", 'd prints "366 th" at line 1: the ordinal ending "th" printed apart from its number "366".'],
    ["A policy pursued along hundreds years.", 'd prints "hundreds years" at line 1: no "of" between the plural numeral "hundreds" and the noun "years".'],
    [
      "A minute of silence will be held 17.00 throughout the country.",
      'd prints "held 17" at line 1: no preposition between "held" and the time of day after it.',
    ],
    ["A minute of silence will be held 5.00pm in every town.", 'd prints "held 5" at line 1: no preposition between "held" and the time of day after it.'],
    ["The minute of silence was observed 24.59.", 'd prints "observed 24" at line 1: no preposition between "observed" and the time of day after it.'],
  ])("%s", (line, message) => {
    expect(one(line)).toEqual([message]);
  });

  it("reads a phrase across a line break, and a word broken at a line end whole", () => {
    expect(found(["The day will be", "commemorate on the state level."])).toEqual([
      'd prints "be commemorate" at line 2: "commemorate" after "be", where a participle of the verb is expected.',
    ]);
    expect(found(["The day will be commem-", "orate on the state level."])).toEqual([
      'd prints "be commem" at line 1: "commemorate" after "be", where a participle of the verb is expected.',
    ]);
  });

  it("locates the finding at the offending word, with its words as the quote", () => {
    const [f] = runCheck(grammarPattern, textCorpus(["The committers of this crimes are known."]));
    expect(f?.refs).toEqual([{ document: "d", source: 1, text: "crimes" }]);
    expect(f?.key).toBe("determiner-number|1|23");
  });
});

describe("grammar-pattern must not fire", () => {
  it.each([
    "The day will be commemorated on the state level.",
    "The crime has not yet got its assessment.",
    "The crime should not remain unpunished.",
    "The people must not be divided.",
    "The political will to act is there.",
    "They ought to know.",
    "They were indifferent to this tragedy.",
    "The committers of these crimes are known.",
    "We remember those victims today.",
    "The city had ten thousand people.",
    "Tens of thousands of people fled.",
    "Hundreds of thousands of people fled.",
    "They hold 20 percent of the land.",
    "Ten thousands of refugees fled.",
    "The fate of 150 of them is unknown.",
    "One of victims survived.",
    "The laying of wreaths at the monument.",
    "It was done in compliance with the law.",
    "They said that we will come.",
    "It was done for we had no choice.",
    "The rights of victims is a matter for the court.",
    "The tragedies, is it not so?",
    "Khojaly tragedies is a name.",
    "It forbids to deprive arbitrarily the person of property.",
    "They deprive innocent people of property.",
    "It forbids inhuman or humiliating treatment.",
    "A policy pursued along hundreds of years.",
    "The victims' memory of Khojaly.",
    "It's of great importance.",
    "The victim's family of five.",
    "Together with the 366th regiment.",
    "The plan of events includes laying wreaths.",
    "The victims of the plan include many.",
    "In the genocide, a thousand Azerbaijanis were killed.",
    "Let the genocide be the past, and it will be.",
    "A minute of silence will be held at 17.00 throughout the country.",
    "The minute of silence was observed 25.00 in the text.",
    "The minute of silence was observed 23.60 in the text.",
    "The sales received 1.25 million in all.",
    "The sales received 1.25 manat in all.",
    "The talks were held 10-15 March.",
    "The talks were held 10 15 March.",
    "The meeting on 17.00 throughout.",
  ])("%s", (line) => {
    expect(one(line)).toEqual([]);
  });

  it("never reaches across punctuation", () => {
    expect(one("The day will be, commemorate it.")).toEqual([]);
    expect(one("Of this, crimes were made.")).toEqual([]);
  });

  it("starts no pattern at a token of letters and digits, though the lexicon knows some", () => {
    // The lexicon has "gr8" as an adjective: read as a word, it would start verb-for-adjective as "inhuman" does.
    expect(one("It forbids gr8 or humiliate treatment.")).toEqual([]);
  });

  it("reports only the patterns asked for", () => {
    expect(found(["The committers of this crimes are known."], { patterns: ["two-determiners"] })).toEqual([]);
    expect(found(["The committers of this crimes are known."], { patterns: ["determiner-number"] })).toHaveLength(1);
  });
});

describe("grammar-pattern on the real corpus", () => {
  it("finds the slips of its judged set and nothing a reader calls grammatical", { timeout: 120_000 }, () => {
    const real = realCorpus();
    const quotes = runCheck(grammarPattern, real, ruleOptions(real, "grammar-pattern")).map((f) => `${f.refs[0]?.source ?? 0} ${String(f.values[0]?.value)}`);
    expect(quotes).toEqual([
      "1331 be commemorate",
      "1415 ten thousands",
      "1447 We concern",
      "1453 new tragedies is",
      "1459 20 percents",
      "1473 humanity want",
      "1481 Let Khojaly genocide will",
      "1510 victim’s of",
      "1514 victim’s of",
      "1846 the this",
      "1895 of wreathes",
      "1983 of lost",
      "2345 million of refugees",
      "2404 million of refugees",
      "2888 they had they",
      "3336 thousand Azerbaijanis",
      "3342 attacked to Khojaly",
      "3629 million of Azerbaijanis",
      "3754 including we",
      "4139 150 of persons",
      "4342 in comply",
      "4445 in comply",
      "4587 The plan of events include",
      "4704 has not yet get",
      "4704 this crimes",
      "5081 has not yet get",
      "5083 this crimes",
      "5133 members States",
      "408 should not remained",
      "68 must not to",
      "187 million of people",
      "550 inhuman or humiliate",
      "556 deprive arbitrary",
      "591 their guilty",
    ]);
  });

  it('as dropped-word, finds the one missing "of", the two missing "at" and nothing else', { timeout: 120_000 }, () => {
    const real = realCorpus();
    expect(runCheck(grammarPattern, real, ruleOptions(real, "dropped-word")).map((f) => f.message)).toEqual([
      '2007-02-23-ilham-aliyev-address-15th-anniversary prints "hundreds years" at line 1961: no "of" between the plural numeral "hundreds" and the noun "years".',
      '2016-02-03-plan-of-events-24th-anniversary prints "held 17" at line 4517: no preposition between "held" and the time of day after it.',
      '2017-01-27-plan-of-events-25th-anniversary prints "held 5" at line 4607: no preposition between "held" and the time of day after it.',
    ]);
  });
});
