import { describe, expect, it } from "vitest";
import type { CorpusCounts, Neighbours } from "../../src/text/corpus-counts.js";
import { explanation, type SuggestContext } from "../../src/text/suggest.js";

interface Corpus {
  english?: string[];
  known?: string[];
  byCount?: [string, number][];
  counts?: Record<string, number>;
  pairs?: [string, string][];
}

/** A suggestion context over a few words: what is English, what the corpus knows and prints. */
function context(c: Corpus): SuggestContext {
  const english = new Set(c.english ?? []);
  const known = new Set([...(c.known ?? []), ...english]);
  const pairs = new Set((c.pairs ?? []).map(([a, b]) => `${a} ${b}`));
  const counts = {
    count: (w: string) => c.counts?.[w] ?? 0,
    pair: (a: string, b: string) => (pairs.has(`${a} ${b}`) ? 1 : 0),
  } as unknown as CorpusCounts;
  return { english: (w) => english.has(w), known: (w) => known.has(w), counts, byCount: c.byCount ?? [], ocr: [] };
}

const alone: Neighbours = { before: [], after: [] };
const never = (): boolean => false;

describe("explanation: the corpus's own words as candidates", () => {
  it("takes a known corpus word one or two edits away, the length differing by two at most", () => {
    const ctx = context({ known: ["genocide"], byCount: [["genocide", 5]] });
    expect(explanation("genocde", alone, never, ctx)).toBe("genocide");
    expect(explanation("gencde", alone, never, ctx)).toBe("genocide");
    expect(explanation("genoci", alone, never, ctx)).toBe("genocide");
    expect(explanation("gncde", alone, never, ctx)).toBeUndefined();
  });

  it("never takes an unknown corpus word, nor the word itself", () => {
    const ctx = context({
      known: ["genocide", "genocde"],
      byCount: [
        ["genocde", 9],
        ["genocda", 3],
        ["genocide", 5],
      ],
    });
    expect(explanation("genocde", alone, never, ctx)).toBe("genocide");
  });
});

describe("explanation: a damaged neighbour", () => {
  it("joins the word to a damaged neighbour on either side when that makes one English word", () => {
    const ctx = context({ english: ["genocide", "cider"] });
    expect(explanation("cide", { before: ["geno"], after: [] }, (w) => w === "geno", ctx)).toBe("genocide");
    expect(explanation("ci", { before: [], after: ["der"] }, (w) => w === "der", ctx)).toBe("cider");
  });

  it("gives no explanation when two joins are English, or none is", () => {
    const ctx = context({ english: ["genocide", "cider"] });
    expect(explanation("cide", { before: ["geno"], after: ["r"] }, (w) => w === "geno" || w === "r", ctx)).toBeUndefined();
    expect(explanation("cide", { before: ["xx"], after: [] }, (w) => w === "xx", ctx)).toBeUndefined();
  });
});

describe("explanation: the cheapest candidate, with the corpus's bonuses", () => {
  // "treatp": "treaty" and "treats" are each one unlikely substitution away; a tie explains nothing.
  const words = { english: ["treaty", "treats"] };

  it("a tie is no explanation", () => {
    expect(explanation("treatp", alone, never, context(words))).toBeUndefined();
  });

  it("a word printed beside one of the neighbours before or after wins the tie", () => {
    const ctx = context({
      ...words,
      pairs: [
        ["the", "treaty"],
        ["treats", "were"],
      ],
    });
    expect(explanation("treatp", { before: ["a", "the"], after: [] }, never, ctx)).toBe("treaty");
    expect(explanation("treatp", { before: [], after: ["are", "were"] }, never, ctx)).toBe("treats");
    expect(explanation("treatp", { before: ["a"], after: ["are"] }, never, ctx)).toBeUndefined();
  });

  it("a word the corpus prints wins the tie, whichever it is", () => {
    expect(explanation("treatp", alone, never, context({ ...words, counts: { treaty: 1 } }))).toBe("treaty");
    expect(explanation("treatp", alone, never, context({ ...words, counts: { treats: 1 } }))).toBe("treats");
  });

  it("the cheaper damage wins, whichever word it is", () => {
    // o is beside p on the keyboard: "treato" for "treatp" is a likely slip.
    expect(explanation("treatp", alone, never, context({ english: ["treaty", "treato", "treats"] }))).toBe("treato");
    expect(explanation("treatp", alone, never, context({ english: ["treato", "treaty"] }))).toBe("treato");
    expect(explanation("treatp", alone, never, context({ english: ["treats", "treato"] }))).toBe("treato");
  });
});
