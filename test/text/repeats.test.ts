import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readings } from "../../src/text/corpus-counts.js";
import { documentText } from "../../src/text/document-text.js";
import { doubledWords, normalise, repeatedLines, repeatedListItems, repeatedSentences, wordsIn } from "../../src/text/repeats.js";
import { corpus, doc } from "../helpers/build-corpus.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

/** The text model of one document printing `source`. */
function textOf(source: string[]) {
  const c = corpus([doc("d", [], [1, source.length])], { source });
  const d = c.documents[0];
  if (!d) throw new Error("no document");
  const text = documentText(c, d);
  return { text, rs: readings(text) };
}

describe("normalise and wordsIn", () => {
  it("ignores case, spacing, curly apostrophes and punctuation at the edges, not inside", () => {
    expect(normalise("  The  People’s `war`, ")).toBe("the people's 'war");
    expect(normalise("¡Hello, world!")).toBe("hello, world");
    expect(normalise("...")).toBe("");
    expect(wordsIn({ kind: "line", text: "one, two-three 4", firstLine: 1, againLine: 2 })).toBe(4);
  });
});

describe("repeatedLines", () => {
  it("reports a line printed again as the next line, trimmed, and nothing for blank or punctuation-only lines", () => {
    expect(repeatedLines(lines("The town.", "the  TOWN", "other", "--", "--"))).toEqual([{ kind: "line", text: "The town.", firstLine: 1, againLine: 2 }]);
    expect(repeatedLines(lines("The town.", "other", "The town."))).toEqual([]);
  });

  it("tells lines with the same letters apart by the punctuation inside them, and reads other scripts and case", () => {
    expect(repeatedLines(lines("The town, of Khojaly.", "the town of khojaly"))).toEqual([]);
    expect(repeatedLines(lines("Town 12", "town 1", "town 12a", "town 12"))).toEqual([]);
    expect(repeatedLines(lines("ХОДЖАЛЫ 613", "Ходжалы 613"))).toEqual([{ kind: "line", text: "ХОДЖАЛЫ 613", firstLine: 1, againLine: 2 }]);
    expect(repeatedLines(lines("x", "x", "x"))).toHaveLength(2);
  });

  it("finds exactly the neighbouring lines equal once normalised, on any lines", () => {
    const reference = (ls: { line: number; text: string }[]): number[] =>
      ls.flatMap((l, i) => {
        const next = ls[i + 1];
        return next && normalise(l.text) !== "" && normalise(l.text) === normalise(next.text) ? [l.line] : [];
      });
    const piece = fc.constantFrom("a", "A", "b", "1", " ", "  ", ",", ".", "’", "`", "'", "é", "É", "ж", "Ж", "-", "K", "\u212a", "İ", "i\u0307");
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 6 }), { maxLength: 8 }), (texts) => {
        const ls = lines(...texts.map((t) => t.join("")));
        expect(repeatedLines(ls).map((r) => r.firstLine)).toEqual(reference(ls));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("repeatedListItems", () => {
  it("reports an item repeated within one list, an item running on over lines read whole", () => {
    expect(repeatedListItems(lines("1. the town", "2. the village", "3. The town;"))).toEqual([
      { kind: "list item", text: "The town;", firstLine: 1, againLine: 3 },
    ]);
    expect(repeatedListItems(lines("- the town of", "Khojaly;", "• the village", "– the town of Khojaly."))).toEqual([
      { kind: "list item", text: "the town of Khojaly.", firstLine: 1, againLine: 4 },
    ]);
  });

  it("a line that continues no item ends the list: the same item in the next list is no repeat", () => {
    expect(repeatedListItems(lines("1. the town.", "Between the lists.", "1. the town."))).toEqual([]);
    // An unfinished item takes the next line as its own, so the list goes on.
    expect(repeatedListItems(lines("1) the town", "and more", "2) the town and more"))).toEqual([
      { kind: "list item", text: "the town and more", firstLine: 1, againLine: 3 },
    ]);
  });

  it("needs a marker and a space: numbers of three digits and words are no markers", () => {
    expect(repeatedListItems(lines("100. the town.", "100. the town."))).toEqual([]);
    expect(repeatedListItems(lines("-the town.", "-the town."))).toEqual([]);
    expect(repeatedListItems(lines("12. the town.", "12. the town."))).toEqual([{ kind: "list item", text: "the town.", firstLine: 1, againLine: 2 }]);
  });
});

describe("repeatedSentences", () => {
  it("reports a sentence printed again within maxGap words of its first copy", () => {
    const { text, rs } = textOf(["The town was burnt. One two three. The town was burnt. Four."]);
    expect(repeatedSentences(text, rs, 3)).toEqual([{ kind: "sentence", text: "the town was burnt", firstLine: 1, againLine: 1 }]);
    expect(repeatedSentences(text, rs, 2)).toEqual([]);
  });

  it("a one-word sentence is no sentence to repeat", () => {
    const { text, rs } = textOf(["Yes. Yes. Yes."]);
    expect(repeatedSentences(text, rs, 40)).toEqual([]);
  });
});

describe("doubledWords", () => {
  const doubled = (source: string[]): string[] => doubledWords(textOf(source).rs).map((r) => `${r.text}@${r.firstLine}-${r.againLine}`);

  it("reports a word printed twice in one phrase, across a line break too", () => {
    expect(doubled(["It was the", "the worst night."])).toEqual(["the the@1-2"]);
    expect(doubled(["It was the, the worst night."])).toEqual([]);
    expect(doubled(["It was 25 25 people."])).toEqual([]);
  });

  it("single letters: a pair is doubled, a run of three is spaced lettering", () => {
    expect(doubled(["It is a a town."])).toEqual(["a a@1-1"]);
    expect(doubled(["It is x a a town."])).toEqual([]);
    expect(doubled(["It is a a x town."])).toEqual([]);
  });

  it("a capitalised second copy after a lower-case first is a heading and its paragraph", () => {
    expect(doubled(["the town", "Town people"])).toEqual([]);
    expect(doubled(["The The town"])).toEqual(["The The@1-1"]);
  });

  it("had had after a noun or pronoun and that that before an open-class word are grammar", () => {
    expect(doubled(["If I had had time."])).toEqual([]);
    expect(doubled(["If the army had had time."])).toEqual([]);
    expect(doubled(["If the had had time."])).toEqual(["had had@1-1"]);
    expect(doubled(["Had had time."])).toEqual(["Had had@1-1"]);
    expect(doubled(["He said that that town was burnt."])).toEqual([]);
    expect(doubled(["He said that that his town was burnt."])).toEqual([]);
    expect(doubled(["He said that that is wrong."])).toEqual([]);
    expect(doubled(["He said that that could be."])).toEqual([]);
    expect(doubled(["The way is that that we must go."])).toEqual(["that that@1-1"]);
    expect(doubled(["He said that that"])).toEqual(["that that@1-1"]);
  });
});
