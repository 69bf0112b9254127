import { describe, expect, it } from "vitest";
import { draftClaims } from "../src/draft/claims.js";
import { keyOf, quantityWords, registryKeyFor, stem } from "../src/draft/fact-key.js";
import { stateAfter, stateBefore } from "../src/draft/state.js";

const key = (before: string, after: string, percent = false): string | undefined => keyOf(quantityWords(before, after), percent);

describe("fact keys: the state of what a figure counts, wherever the sentence says it", () => {
  it.each([
    // said after the figure, in a phrase or a word, within its first six words
    ["", " lost their lives, and 45", "dead"],
    ["", " persons were in the mine when the explosion took place", "present"],
    ["", " men were below ground at the time", "present"],
    ["", " men and boys had gone down.", "present"],
    ["", " people on board, many of them", "present"],
    ["", " had been brought out alive.", "survivor"],
    ["", " never came up alive.", "dead"],
    ["", " did not survive the night", "dead"],
    ["", " aged or infirm parents who were dependent upon the men who lost their lives", "aged.infirm"],
    // named by a noun of counting before it, with no other figure between
    ["The number of deaths caused by the explosion was ", ", of whom", "dead"],
    ["remembered for its death toll, which most modern accounts put at ", ", out of", "dead"],
    ["The number of deaths was 98, of whom ", " were boys under sixteen", "boy.under"],
    ["In 1891 the death toll stood at ", ".", "dead"],
    // who is counted, from the noun right after the figure
    ["", " crew were drowned", "crew.dead"],
    ["", " passengers perished", "passenger.dead"],
    // a length of time is its unit and the next word, or nothing
    ["", " years ago today an explosion killed the men", "year.ago"],
    ["", " years of age.", "year.age"],
    ["in it for ", " years.", undefined],
    ["a deliberation of ", " hours and a quarter the jury", undefined],
  ])("%j %j", (before, after, expected) => {
    expect(key(before, after)).toBe(expected);
  });

  it("a percentage's key ends in percent, and the words after 'per cent.' say what it is of", () => {
    expect(key("a death rate of ", " never came up alive", true)).toBe("dead.percent");
    expect(key("", " of ash.", true)).toBe("ash.percent");
  });

  it("reads a state word only near the figure, and a negation only before the state", () => {
    expect(stateAfter("were rescued and never")).toBe("survivor");
    expect(stateAfter("one two three four five six died")).toBeUndefined();
    expect(stateAfter("one two three four five died")).toBe("dead");
    expect(stateBefore("the number of deaths in 1891 was ", stem)).toBeUndefined();
    expect(stateBefore("the number of passengers was ", stem)).toBeUndefined();
  });
});

describe("parts of a figure, 'of whom'", () => {
  it("files a part under the figure before it, with its own words after 'of-whom'", () => {
    const d = draftClaims(["Of these, 97 lost their lives, and 45 were brought out alive, 12 of whom were injured."], 1, 1);
    expect([...d.proposals.values()].map((p) => p.key)).toEqual(["dead", "survivor", "survivor.of-whom.injured"]);
  });

  it("a part with no figure before it keeps its own key", () => {
    const d = draftClaims(["of whom 14 were boys"], 1, 1);
    expect([...d.proposals.values()].map((p) => p.key)).toEqual(["boy"]);
  });

  it("a registry key is reused only for the same words as many times: a part of the dead is not the dead", () => {
    const facts = [{ key: "dead", label: "Dead", meaning: "m", unit: "count" }];
    expect(registryKeyFor("dead.of-whom.dead", facts)).toBeUndefined();
    expect(registryKeyFor("dead", facts)).toBe("dead");
  });
});
