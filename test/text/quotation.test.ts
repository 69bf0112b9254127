import { describe, expect, it } from "vitest";
import { attributedWords } from "../../src/text/quotation.js";

const CUES = ["according to", "said"];
/** The words flagged, joined. */
const flagged = (text: string, minWords = 1): string => {
  const flags = attributedWords(text, CUES, minWords);
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)]
    .map((m, i) => (flags[i] ? m[0] : ""))
    .filter(Boolean)
    .join(" ");
};

describe("attributedWords", () => {
  it("flags words inside matched quotation marks, curly or straight, nested or not", () => {
    expect(flagged("He wrote: “many were killed” then left.")).toBe("many were killed");
    expect(flagged('The paper wrote "many were killed" then.')).toBe("many were killed");
    expect(flagged('“As one paper reported, "many were killed" that day” – the letter says.')).toBe("As one paper reported many were killed that day");
  });

  it("flags nothing for an unmatched mark", () => {
    expect(flagged("He wrote: “many were killed then left.")).toBe("");
    expect(flagged("Cut off” here.")).toBe("");
  });

  it("flags the rest of a sentence after a reporting cue, not the next sentence", () => {
    expect(flagged("According to the mission, 60 people fled. Others stayed.")).toBe("the mission 60 people fled");
    expect(flagged("The prosecutor said 286 people are wanted. Others are not.")).toBe("286 people are wanted");
    expect(flagged("Nothing unsaid here.")).toBe("");
  });

  it("ignores a quoted or cued stretch shorter than minWords (a name, a title)", () => {
    expect(flagged("the “Justice for Khojaly” campaign", 4)).toBe("");
    expect(flagged("the “Justice for Khojaly” campaign", 3)).toBe("Justice for Khojaly");
  });
});
