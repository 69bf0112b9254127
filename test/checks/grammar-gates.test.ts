import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLAUSE_MATCHERS } from "../../src/checks/grammar-clauses.js";
import { HEAD_MATCHERS } from "../../src/checks/grammar-heads.js";
import { TIME_MATCHER } from "../../src/checks/grammar-times.js";
import { WORD_MATCHERS, type GatedMatcher } from "../../src/checks/grammar-words.js";
import { documentText } from "../../src/text/document-text.js";
import { phraseWords, type PhraseWord } from "../../src/text/phrase-words.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { realCorpus } from "../helpers/real-corpus.js";

const MATCHERS: readonly GatedMatcher[] = [...WORD_MATCHERS, ...CLAUSE_MATCHERS, TIME_MATCHER, ...HEAD_MATCHERS];

/** The places where a matcher, asked at every word, matches at a word its gate shuts out. */
function shutOut(ws: readonly PhraseWord[]): string[] {
  const out: string[] = [];
  ws.forEach((w, i) => {
    for (const m of MATCHERS) {
      const hit = m.match(ws, i);
      if (hit && m.starts && !m.starts(w.word)) out.push(`${hit.pattern} at "${w.word}"`);
    }
  });
  return out;
}

const wordsOf = (line: string): readonly PhraseWord[] => {
  const c = corpus([doc("d", [], [1, 1])], { source: [line] });
  const d = c.documents[0];
  if (!d) throw new Error("no document");
  return phraseWords(documentText(c, d));
};

describe("grammar-pattern's first-word gates", () => {
  it("shut out no word a matcher matches at, on the real corpus", () => {
    const c = realCorpus();
    const missed = c.documents.flatMap((d) => shutOut(phraseWords(documentText(c, d))));
    expect(missed).toEqual([]);
  });

  it("shut out no word a matcher matches at, in sentences of the patterns' own words (property)", () => {
    // Words each pattern starts or goes on with, so that matches happen.
    const vocabulary = ["the", "a", "these", "this", "of", "to", "they", "he", "is", "was", "has", "have", "will", "can", "must", "let", "and", "or"];
    const more = ["hundreds", "thousands", "hundred", "three", "civilians", "states", "members", "killed", "kill", "entered", "town", "their", "guilty", "in"];
    const more2 = ["Khojaly's", "people", "1992", "th", "at", "17", "00", "held", "be", "if", "government", "decide", "inhuman", "humiliate", "treatment"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary, ...more, ...more2), { minLength: 2, maxLength: 12 }), (words) => {
        expect(shutOut(wordsOf(words.join(" ")))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
