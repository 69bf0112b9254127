import { describe, expect, it } from "vitest";
import { spelling } from "../../src/checks/spelling.js";
import type { Corpus } from "../../src/model/corpus.js";
import { BASIC_ENGLISH, corpus, doc } from "../helpers/build-corpus.js";
import { realCorpus } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const english = [...BASIC_ENGLISH, "see", "or", "have", "been", "genocide", "long", "term", "ceasefire", "regime", "to"];

describe("spelling", () => {
  it("reports an unknown word once, with every line and a suggestion", () => {
    const source = ["the ceacefire regime", "the town", "the ceacefire"];
    const findings = runCheck(spelling, corpus([doc("a", [], [1, 3])], { source, english }));
    expect(findings).toEqual([
      {
        subject: "ceacefire",
        key: "ceacefire",
        message: '"ceacefire" is in no English dictionary and not in the project word list (a lines 1, 3); perhaps "ceasefire".',
        values: [
          {
            value: "ceacefire",
            refs: [
              { document: "a", source: 1, text: "ceacefire" },
              { document: "a", source: 3, text: "ceacefire" },
            ],
          },
        ],
        refs: [
          { document: "a", source: 1, text: "ceacefire" },
          { document: "a", source: 3, text: "ceacefire" },
        ],
      },
    ]);
  });

  it("guesses only what explains the damage better than every other candidate", () => {
    const words = [...english, "cat", "car", "park", "sat", "lively", "positively", "for", "respond"];
    const messages = (source: string[]): string[] =>
      runCheck(spelling, corpus([doc("a", [], [1, source.length])], { source, english: words })).map((f) => f.message.replace(/ \(a lines? [\d, ]+\)/, ""));
    // "caz" is one key from "cat" and "car" alike: no guess.
    expect(messages(["the caz town"])).toEqual(['"caz" is in no English dictionary and not in the project word list.']);
    // The corpus's own word explains it better than a dictionary word it never uses.
    expect(messages(["the caz town", "a car"])).toEqual(['"caz" is in no English dictionary and not in the project word list; perhaps "car".']);
    // Both used: the one the corpus prints beside the same neighbour.
    expect(messages(["the caz park", "a cat sat", "a car park"])).toEqual([
      '"caz" is in no English dictionary and not in the project word list; perhaps "car".',
    ]);
    // Beside another unknown word the damage is a stretch: no single-word guess, unless the two joined are a word.
    expect(messages(["respond por ively to the town"])).toEqual([
      '"ively" is in no English dictionary and not in the project word list.',
      '"por" is in no English dictionary and not in the project word list.',
    ]);
    expect(messages(["the suf fering of people"])).toEqual([
      '"fering" is in no English dictionary and not in the project word list; perhaps "suffering".',
      '"suf" is in no English dictionary and not in the project word list; perhaps "suffering".',
    ]);
  });

  it("names words run together, digits included", () => {
    const source = ["people havebeen killed", "on the 25thto night", "people have been killed"];
    const findings = runCheck(spelling, corpus([doc("a", [], [1, 3])], { source, english }));
    expect(findings.map((f) => f.message)).toEqual([
      '"25thto" reads as two words run together, "25th to" (a line 2).',
      '"havebeen" reads as two words run together, "have been" (a line 1).',
    ]);
  });

  it("reads a capitalised slip of a frequent word, but leaves a capitalised unknown word to the name rule", () => {
    const source = [...Array<string>(10).fill("genocide genocide"), "Genecide in Khatyn"];
    const findings = runCheck(spelling, corpus([doc("a", [], [1, 11])], { source, english }));
    expect(findings.map((f) => f.subject)).toEqual(["Genecide"]);
  });

  it("is silent on registered words, aliases, abbreviations, ordinals, addresses, Cyrillic, possessives and compounds broken at a line end", () => {
    const source = [
      "the shahids of Khojaly's town, OSCE and IDPs, the 25th night, XXth",
      "see www.khojaly.az or info@kheyr.org, the Ходжалы town, the long-",
      "term suffer-",
      "ing of people",
    ];
    const c = corpus([doc("a", [], [1, 4])], {
      source,
      english,
      words: [{ word: "shahids", kind: "transliteration", note: "martyrs" }],
      entities: [{ id: "khojaly", name: "Khojaly", kind: "place", aliases: ["Khojaly"] }],
    });
    expect(runCheck(spelling, c)).toEqual([]);
  });
});

describe("spelling on the real corpus", () => {
  /** A copy of the corpus with one source line altered: new document objects, so no cached text is reused. */
  const planted = (real: Corpus, line: number, from: string, to: string): Corpus => {
    const [file, lines] = [...real.sources][0] ?? ["", []];
    const changed = lines.map((l, i) => (i === line - 1 ? l.replace(from, to) : l));
    return { ...real, documents: real.documents.map((d) => ({ ...d })), sources: new Map([[file, changed]]) };
  };

  it("fires on a planted typo there and only there", () => {
    // Loaded inside the test, not while collecting: a mutation run that skips it pays nothing.
    const real = realCorpus();
    const before = new Set(runCheck(spelling, real).map((f) => f.message));
    const after = runCheck(spelling, planted(real, 2270, "monstrous", "monstorus")).filter((f) => !before.has(f.message));
    expect(after.map((f) => [f.subject, f.refs])).toEqual([["monstorus", [{ document: expect.any(String) as string, source: 2270, text: "monstorus" }]]]);
    expect(after[0]?.message).toContain('perhaps "monstrous"');
  }, 60_000);
});
