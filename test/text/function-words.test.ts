import { describe, expect, it } from "vitest";
import { FUNCTION_WORDS } from "../../src/text/function-words.js";
import { closedClassWords } from "../helpers/closed-class-words.js";

describe("function words", () => {
  it("are the closed-class words of compromise's lexicon (run scripts/build-function-words.ts when it changes)", () => {
    expect(FUNCTION_WORDS).toEqual(closedClassWords());
    expect(FUNCTION_WORDS["we"]).toEqual(["Pronoun"]);
  });
});
