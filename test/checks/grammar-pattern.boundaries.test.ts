import { describe, expect, it } from "vitest";
import { grammarPattern } from "../../src/checks/grammar-pattern.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const textCorpus = (lines: string[]) => corpus([doc("d", [], [1, lines.length])], { source: lines });

/** Each finding on one line of text as [pattern, the words it prints]. */
function hits(line: string, options: object = {}): [string, string][] {
  return runCheck(grammarPattern, textCorpus([line]), options).map((f) => [f.key?.split("|")[0] ?? "", /prints "(.*?)" at line/.exec(f.message)?.[1] ?? ""]);
}

describe("plural-subject-singular-verb: only a plural heading its clause's subject", () => {
  it("fires at a sentence's start, past adjectives and one determiner", () => {
    expect(hits("Crimes is known.")).toEqual([["plural-subject-singular-verb", "Crimes is"]]);
    expect(hits("Brutal crimes is known.")).toEqual([["plural-subject-singular-verb", "Brutal crimes is"]]);
    expect(hits("The crimes is known.")).toEqual([["plural-subject-singular-verb", "The crimes is"]]);
    expect(hits("The brutal old crimes was known.")).toEqual([["plural-subject-singular-verb", "The brutal old crimes was"]]);
  });

  it("fires after punctuation and after a word that opens a clause, not after another word", () => {
    expect(hits("Yesterday, crimes is known.")).toEqual([["plural-subject-singular-verb", "crimes is"]]);
    expect(hits("He said that the crimes is known.")).toEqual([["plural-subject-singular-verb", "the crimes is"]]);
    expect(hits("He saw the crimes is known.")).toEqual([]);
    expect(hits("He saw crimes is known.")).toEqual([]);
  });

  it("needs the verb joined to the noun", () => {
    expect(hits("Crimes, is known.")).toEqual([]);
  });
});

describe("verb-for-adjective: and or or between an adjective and a base verb before a noun", () => {
  it("fires with and and with or, and with no other word between", () => {
    expect(hits("It forbids inhuman and humiliate treatment.")).toEqual([["verb-for-adjective", "inhuman and humiliate"]]);
    expect(hits("It forbids inhuman or humiliate treatment.")).toEqual([["verb-for-adjective", "inhuman or humiliate"]]);
    expect(hits("It forbids inhuman but humiliate treatment.")).toEqual([]);
  });
});

describe("singular-subject-plural-verb", () => {
  it("fires at a clause's start with a singular determiner, and not inside a clause", () => {
    expect(hits("The plan of events include wreaths.")).toEqual([["singular-subject-plural-verb", "The plan of events include"]]);
    expect(hits("This plan of events include wreaths.")).toEqual([["singular-subject-plural-verb", "This plan of events include"]]);
    expect(hits("They said that the plan of events include wreaths.")).toEqual([["singular-subject-plural-verb", "the plan of events include"]]);
    expect(hits("They saw the plan of events include wreaths.")).toEqual([]);
  });

  it("reads a clause of exactly five words, and one determiner before the plural", () => {
    expect(hits("The plan of events include.")).toEqual([["singular-subject-plural-verb", "The plan of events include"]]);
    expect(hits("The plan of the events include wreaths.")).toEqual([["singular-subject-plural-verb", "The plan of the events include"]]);
  });

  it("needs a head that is only singular, then of, then a noun that is only plural", () => {
    expect(hits("The plans of events include wreaths.")).toEqual([]);
    expect(hits("The sheep of farms include wreaths.")).toEqual([]);
    expect(hits("The plan for events include wreaths.")).toEqual([]);
    expect(hits("The plan of sheep include wreaths.")).toEqual([]);
  });

  it("needs a verb that can only be the plural present", () => {
    expect(hits("The plan of events abdicate today.")).toEqual([["singular-subject-plural-verb", "The plan of events abdicate"]]);
    for (const verb of ["helped", "derails", "abandon", "avoid", "plans"]) expect(hits(`The plan of events ${verb} today.`)).toEqual([]);
  });
});

describe("bare-numeral-noun", () => {
  it("fires before a plural-only noun or a capitalised plural name, standing first in its phrase", () => {
    expect(hits("Then, thousand people died.")).toEqual([["bare-numeral-noun", "thousand people"]]);
    expect(hits("Then, thousand Azerbaijanis died.")).toEqual([["bare-numeral-noun", "thousand Azerbaijanis"]]);
    expect(hits("Then, thousand times died.")).toEqual([]);
    expect(hits("Then, thousand eAzerbaijanis died.")).toEqual([]);
    expect(hits("Then, thousand Azerisk died.")).toEqual([]);
  });
});

describe("modal-after-let", () => {
  it("fires on will or shall up to three words after let, in one phrase", () => {
    expect(hits("Let them will be remembered.")).toEqual([["modal-after-let", "Let them will"]]);
    expect(hits("Let it shall be.")).toEqual([["modal-after-let", "Let it shall"]]);
    expect(hits("Let Khojaly genocide will be known.")).toEqual([["modal-after-let", "Let Khojaly genocide will"]]);
    expect(hits("Let the people of Khojaly will be known.")).toEqual([]);
    expect(hits("Let it, will be.")).toEqual([]);
    expect(hits("Let it be.")).toEqual([]);
  });
});

describe("grammar-pattern's finding", () => {
  it("carries the printed words as its value, referenced at the last word", () => {
    const [f] = runCheck(grammarPattern, textCorpus(["They were indifferent to the this tragedy."]));
    const ref = { document: "d", source: 1, text: "this" };
    expect(f?.values).toEqual([{ value: "the this", refs: [ref] }]);
    expect(f?.refs).toEqual([ref]);
    expect(f?.key).toBe("two-determiners|1|29");
  });
});

describe("two-determiners and determiner-number", () => {
  it("fires on an article before another article or a demonstrative, never on one word twice", () => {
    expect(hits("They saw the a house.")).toEqual([["two-determiners", "the a"]]);
    expect(hits("They saw the these houses.")).toEqual([["two-determiners", "the these"]]);
    expect(hits("They saw the those houses.")).toEqual([["two-determiners", "the those"]]);
    expect(hits("They saw the the house.")).toEqual([]);
  });

  it("fires on each singular determiner before a plural-only noun and each plural one before a singular-only noun", () => {
    expect(hits("They saw a crimes.")).toEqual([["determiner-number", "a crimes"]]);
    expect(hits("They saw an crimes.")).toEqual([["determiner-number", "an crimes"]]);
    expect(hits("They saw these victim.")).toEqual([["determiner-number", "these victim"]]);
    expect(hits("They saw that crimes.")).toEqual([]);
  });
});

describe("of-after-numeral and a people's name", () => {
  it("reads a capitalised unknown plural as a name, not a lower-case one or one not ending in s", () => {
    expect(hits("They counted 150 of Azerbaijanis.")).toEqual([["of-after-numeral", "150 of Azerbaijanis"]]);
    expect(hits("They counted 150 of azerbaijanis.")).toEqual([]);
    expect(hits("They counted 150 of aZerbaijanis.")).toEqual([]);
    expect(hits("They counted 150 of Azerisk.")).toEqual([]);
  });

  it("does not read a word the lexicon knows as a noun, a proper noun or an adjective as a name", () => {
    expect(hits("They counted 150 of Abyss.")).toEqual([]);
    expect(hits("They counted 150 of Charles.")).toEqual([]);
    expect(hits("They counted 150 of Anxious.")).toEqual([]);
  });

  it("needs the of joined to what follows", () => {
    expect(hits("They counted 150 of, persons.")).toEqual([]);
  });
});

describe("pronoun-after-preposition", () => {
  it("fires unless a verb or modal follows the pronoun in its phrase", () => {
    expect(hits("They all, including we people, came.")).toEqual([["pronoun-after-preposition", "including we"]]);
    expect(hits("All, including we will go.")).toEqual([]);
    expect(hits("Some including we will go.")).toEqual([]);
  });
});

describe("verb-form-after-auxiliary", () => {
  it("walks past inserted adverbs to a verb at the sentence's end", () => {
    expect(hits("The crime has not get.")).toEqual([["verb-form-after-auxiliary", "has not get"]]);
  });

  it("after a modal: a past-only, participle-only or past-or-participle verb", () => {
    expect(hits("They could took it.")).toEqual([["verb-form-after-auxiliary", "could took"]]);
    expect(hits("They could ablated it.")).toEqual([["verb-form-after-auxiliary", "could ablated"]]);
    expect(hits("They could remained there.")).toEqual([["verb-form-after-auxiliary", "could remained"]]);
    expect(hits("They could get it.")).toEqual([]);
  });
});

describe("to-after-modal", () => {
  it("fires after a modal that is only an auxiliary, past one joined not", () => {
    expect(hits("They must to be there.")).toEqual([["to-after-modal", "must to"]]);
    expect(hits("They must to.")).toEqual([["to-after-modal", "must to"]]);
    expect(hits("They must not to be there.")).toEqual([["to-after-modal", "must not to"]]);
  });

  it("not after will or may, which are also nouns, nor across punctuation", () => {
    expect(hits("The will to live is strong.")).toEqual([]);
    expect(hits("They may to go.")).toEqual([]);
    expect(hits("They must, not to be.")).toEqual([]);
    expect(hits("I must, to be honest, go.")).toEqual([]);
  });
});

describe("detached-ordinal-suffix and possessive-before-preposition", () => {
  it("an ordinal ending apart from a number only", () => {
    expect(hits("It was the 366 th day.")).toEqual([["detached-ordinal-suffix", "366 th"]]);
    expect(hits("It was the th day.")).toEqual([]);
  });

  it("the possessive of a singular, plural or either noun before a preposition, not of another word", () => {
    expect(hits("The people's of the town came.")).toEqual([["possessive-before-preposition", "people's of"]]);
    expect(hits("The sheep's of the town came.")).toEqual([["possessive-before-preposition", "sheep's of"]]);
    expect(hits("The driven's of the town came.")).toEqual([]);
  });

  it("verb-for-adjective before a plural-only or either-number noun", () => {
    expect(hits("It forbids inhuman or humiliate people.")).toEqual([["verb-for-adjective", "inhuman or humiliate"]]);
    expect(hits("It forbids inhuman or humiliate sheep.")).toEqual([["verb-for-adjective", "inhuman or humiliate"]]);
    expect(hits("It forbids inhuman or humiliate driven.")).toEqual([]);
  });
});
