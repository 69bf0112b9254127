import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { proseLines, prosePassage } from "../../src/text/document-text.js";
import { attributedWords } from "../../src/text/quotation.js";
import { REAL_CORPUS_TIMEOUT, realCorpus } from "../helpers/real-corpus.js";

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

  it("flags the same words whatever the white space between them (lines as printed, or joined)", () => {
    const pieces = ["He", "said", "many", "were", "killed", ".", "“", "”", '"', "according", "to", "Others", ":", "(", "5"];
    const gaps = [" ", "  ", "\n", " \n  ", "\t"];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...gaps)), { maxLength: 25 }), (parts) => {
        const spaced = parts.map(([p, g]) => p + g).join("");
        const collapsed = spaced.replace(/\s+/g, " ");
        expect(attributedWords(spaced, CUES, 2)).toEqual(attributedWords(collapsed, CUES, 2));
      }),
      { numRuns: 2000 },
    );
  });

  it(
    "flags the same words from a real document's lines as from its joined passage",
    () => {
      const c = realCorpus();
      for (const d of c.documents) {
        const p = prosePassage(c, d);
        const fromPassage = p ? attributedWords(p.text, CUES, 12) : new Uint8Array(0);
        expect(attributedWords(proseLines(c, d).join("\n"), CUES, 12), d.record.id).toEqual(fromPassage);
      }
    },
    REAL_CORPUS_TIMEOUT,
  );
});
