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
