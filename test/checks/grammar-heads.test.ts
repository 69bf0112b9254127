import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grammarPattern } from "../../src/checks/grammar-pattern.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const textCorpus = (lines: string[]) => corpus([doc("d", [], [1, lines.length])], { source: lines });
const found = (line: string): string[] => runCheck(grammarPattern, textCorpus([line])).map((f) => f.message);

/** Each finding on one line of text as [pattern, the words it prints]. */
function hits(line: string, options: object = {}): [string, string][] {
  return runCheck(grammarPattern, textCorpus([line]), options).map((f) => [f.key?.split("|")[0] ?? "", /prints "(.*?)" at line/.exec(f.message)?.[1] ?? ""]);
}

describe("the patterns on a noun phrase's head and a clause's subject fire", () => {
  it.each([
    [
      "The Association of members States met.",
      'd prints "members States" at line 1: the plural "members" as a modifier before the plural noun "States", where the singular "member" is usual.',
    ],
    [
      "They were admitting their guilty in the outrage.",
      'd prints "their guilty" at line 1: the adjective "guilty" after the possessive "their", where a noun is expected.',
    ],
    ["They reconcile to the fact of lost of our lands.", 'd prints "of lost" at line 1: the past form "lost" between "of" and "of", where a noun is expected.'],
    ["The court said they had they put it.", 'd prints "they had they" at line 1: the subject "they" printed both before and after "had".'],
    ["The forces have attacked to Khojaly.", 'd prints "attacked to Khojaly" at line 1: "to" between the verb "attacked" and its object "Khojaly".'],
    ["And if humanity want to live in safety.", 'd prints "humanity want" at line 1: the singular subject "humanity" with the plural verb "want".'],
    [
      "We concern now that the crime is forgotten.",
      'd prints "We concern" at line 1: the verb "concern" in the active with the one who feels, "we", as its subject.',
    ],
  ])("%s", (line, message) => {
    expect(found(line)).toEqual([message]);
  });
});

describe("plural-noun-modifier", () => {
  it("takes a plural-only modifier before a plural-only noun, or a capitalised plural that could be an -s verb", () => {
    expect(hits("The members countries met.")).toEqual([["plural-noun-modifier", "members countries"]]);
    expect(hits("The members States met.")).toEqual([["plural-noun-modifier", "members States"]]);
    // In lower case "states" may be the verb of a plural subject.
    expect(hits("The members states met.")).toEqual([]);
    expect(hits("The member States met.")).toEqual([]);
  });

  it("leaves the plurals general English uses as modifiers, and a word whose singular is no noun", () => {
    expect(hits("The customs officers met.")).toEqual([]);
    expect(hits("The communications workers met.")).toEqual([]);
    expect(hits("The goods trains left.")).toEqual([]);
  });

  it("needs the two words in one phrase", () => {
    expect(hits("Of the members, States met.")).toEqual([]);
  });

  it("takes the singular without the final s only", () => {
    // An "s" before the last: "settlements", not "ettlements".
    expect(hits("The settlements residents fled.")).toEqual([["plural-noun-modifier", "settlements residents"]]);
  });
});

describe("adjective-for-noun", () => {
  it("fires after their, our, its, my, your, with a preposition next", () => {
    for (const det of ["their", "our", "its", "my", "your"])
      expect(hits(`Admitting ${det} guilty in the outrage.`)).toEqual([["adjective-for-noun", `${det} guilty`]]);
  });

  it("not after his or her, not before a noun, not for own or a word that can be a noun", () => {
    expect(hits("Admitting her guilty in the outrage.")).toEqual([]);
    expect(hits("Admitting their guilty conscience in the outrage.")).toEqual([]);
    expect(hits("They stood on their own in the war.")).toEqual([]);
    expect(hits("Admitting their guilt in the outrage.")).toEqual([]);
    expect(hits("They did their best in the war.")).toEqual([]);
    // An adjective that can be a noun too.
    expect(hits("They admitted their past in the war.")).toEqual([]);
  });
});

describe("participle-after-preposition", () => {
  it("needs of on both sides and a word that can only be a past form or an adjective", () => {
    expect(hits("The fact of lost of lands.")).toEqual([["participle-after-preposition", "of lost"]]);
    expect(hits("The fact of lost in lands.")).toEqual([]);
    expect(hits("The fact in lost of lands.")).toEqual([]);
    expect(hits("The fact of loss of lands.")).toEqual([]);
    expect(hits("The fact of red of lands.")).toEqual([]);
  });

  it("takes a word that can only be a past tense, or only a participle or an adjective", () => {
    // "began" is a verb after a preposition too: only this pattern asked for.
    expect(hits("The fact of began of the war.", { patterns: ["participle-after-preposition"] })).toEqual([["participle-after-preposition", "of began"]]);
    expect(hits("The fact of broken of promises.")).toEqual([["participle-after-preposition", "of broken"]]);
  });
});

describe("repeated-subject", () => {
  it("fires after any auxiliary, not for two pronouns or another word between", () => {
    expect(hits("He said we will we go.")).toEqual([["repeated-subject", "we will we"]]);
    expect(hits("He said we were we told.")).toEqual([["repeated-subject", "we were we"]]);
    expect(hits("He said we did we go.")).toEqual([["repeated-subject", "we did we"]]);
    expect(hits("He said we had they put it.")).toEqual([]);
    expect(hits("He said we saw we went.")).toEqual([]);
  });

  it("leaves a fronted object alone", () => {
    expect(hits("What they had they kept.")).toEqual([]);
    expect(hits("All we have we give.")).toEqual([]);
  });

  it("fires at a text's first word, and after a fronting word that punctuation sets apart", () => {
    expect(hits("We will we go.")).toEqual([["repeated-subject", "We will we"]]);
    expect(hits("He said that, we will we go.")).toEqual([["repeated-subject", "we will we"]]);
  });
});

describe("to-before-object", () => {
  it("fires before a capitalised word only, and not in the passive", () => {
    expect(hits("The troops entered to Baku.")).toEqual([["to-before-object", "entered to Baku"]]);
    expect(hits("The troops attacked to the town.")).toEqual([]);
    expect(hits("The town was attacked to Khojaly's shame.")).toEqual([]);
    expect(hits("The troops came to Baku.")).toEqual([]);
    expect(hits("The troops attacked Khojaly.")).toEqual([]);
    expect(hits("The troops entered in Baku.")).toEqual([]);
  });

  it("fires at a text's first word, and after a form of be that punctuation sets apart", () => {
    expect(hits("Entered to Baku, the troops rested.")).toEqual([["to-before-object", "Entered to Baku"]]);
    expect(hits("Whoever they were, attacked to Khojaly.")).toEqual([["to-before-object", "attacked to Khojaly"]]);
  });
});

describe("bare-singular-subject-plural-verb", () => {
  it("needs a clause opener, a singular noun with no determiner, a plural verb, to and a base verb", () => {
    expect(hits("It fails if humanity want to live.")).toEqual([["bare-singular-subject-plural-verb", "humanity want"]]);
    expect(hits("It fails if humanity wants to live.")).toEqual([]);
    expect(hits("It fails if the humanity want to live.")).toEqual([]);
    expect(hits("It fails so humanity want to live.")).toEqual([]);
    expect(hits("It fails if humanity want a life.")).toEqual([]);
    expect(hits("It fails if humanity want to Baku.")).toEqual([]);
    expect(hits("It fails if humanity want and work.")).toEqual([]);
    expect(hits("It fails if people want to live.")).toEqual([]);
  });

  it("leaves a verb that is no plural present, or can also be an -s form, a past form or a modal", () => {
    expect(hits("It fails if humanity wanting to live.")).toEqual([]);
    expect(hits("It fails if humanity needs to live.")).toEqual([]);
    expect(hits("It fails if humanity rose to fight.")).toEqual([]);
    // The lexicon gives "have" a participle reading.
    expect(hits("It fails if humanity have to live.")).toEqual([]);
    expect(hits("It fails if humanity need to live.")).toEqual([]);
  });

  it("leaves collective nouns, which British English lets take a plural verb, and names", () => {
    expect(hits("It fails if government want to act.")).toEqual([]);
    expect(hits("It fails if Humanity want to live.")).toEqual([]);
  });
});

describe("active-for-passive", () => {
  it("needs a subject pronoun, the verb, then that (one adverb may stand between)", () => {
    expect(hits("We concern that it is forgotten.")).toEqual([["active-for-passive", "We concern"]]);
    expect(hits("They surprise still that it is forgotten.")).toEqual([["active-for-passive", "They surprise"]]);
    expect(hits("We are concerned that it is forgotten.")).toEqual([]);
    expect(hits("We worry that it is forgotten.")).toEqual([]);
    expect(hits("We concern ourselves that it is forgotten.")).toEqual([]);
    expect(hits("We concern now and that is all.")).toEqual([]);
  });
});

describe("a capital counts only as a word's first letter", () => {
  it("for the plural noun, the object's name and the subject's name", () => {
    expect(hits("The members sTates met.")).toEqual([]);
    expect(hits("The troops entered to bAKU.")).toEqual([]);
    expect(hits("It fails if hUMANITY want to live.")).toEqual([["bare-singular-subject-plural-verb", "hUMANITY want"]]);
  });
});

describe("laws", () => {
  const pronouns = ["i", "we", "they", "he", "she"];
  it("two different subject pronouns around an auxiliary are never a repeated subject", () => {
    fc.assert(
      fc.property(fc.constantFrom(...pronouns), fc.constantFrom(...pronouns), fc.constantFrom("had", "will", "were", "did"), (a, b, aux) => {
        const got = hits(`He said ${a} ${aux} ${b} put it.`).filter(([p]) => p === "repeated-subject");
        expect(got.length).toBe(a === b ? 1 : 0);
      }),
      { numRuns: 60 },
    );
  });
});
