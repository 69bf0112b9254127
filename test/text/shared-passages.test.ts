import { describe, expect, it } from "vitest";
import type { LoadedDocument } from "../../src/model/corpus.js";
import type { DocumentType } from "../../src/model/document.js";
import { ATTRIBUTION_CUES } from "../../src/checks/duplicated-passage.js";
import { sharedPassageGroups, type SharedPassageOptions } from "../../src/text/shared-passages.js";
import { corpus, doc } from "../helpers/build-corpus.js";

/** Fourteen words no other fixture line shares, and twelve more. */
const P14 = "observers counted ninety burnt houses along the northern road beyond the old mill yesterday";
const Q12 = "sixty people fled from the town during the assault and were questioned";
const STOCK = "decides to remain actively seized of the matter";
const filler = (tag: string, n = 6): string => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(" ");

const OPTIONS: SharedPassageOptions = {
  words: 12,
  minWords: 14,
  maxSharers: 25,
  boilerplateWords: 8,
  boilerplateShare: 0.5,
  boilerplateMinDocuments: 3,
  cues: ATTRIBUTION_CUES,
};

function typed(id: string, line: number, type: DocumentType): LoadedDocument {
  const d = doc(id, [], [line, line]);
  return { ...d, record: { ...d.record, type } };
}

/** One document per line, a, b, c ...; all news reports unless `types` says otherwise. */
function corpusOf(lines: string[], types: DocumentType[] = []) {
  return corpus(
    lines.map((_, i) => typed(String.fromCharCode(97 + i), i + 1, types[i] ?? "news-report")),
    { source: lines },
  );
}

const groups = (lines: string[], o: Partial<SharedPassageOptions> = {}, types: DocumentType[] = []) =>
  sharedPassageGroups(corpusOf(lines, types), { ...OPTIONS, ...o });

const pairsOf = (lines: string[], o: Partial<SharedPassageOptions> = {}, types: DocumentType[] = []): string[] =>
  groups(lines, o, types).flatMap((g) => g.pairs.map((p) => `${p.a} / ${p.b}`));

describe("sharedPassageGroups", () => {
  it("gives each pair's passages with their printed text and the line each starts at", () => {
    expect(groups([`Today ${P14} and more.`, filler("z"), `Earlier:\n${P14}.`.replace("\n", " ")])).toEqual([
      {
        documents: ["a", "c"],
        pairs: [{ a: "a", b: "c", passages: [{ text: P14, words: 14, lineA: 1, lineB: 3 }], words: 14, quotations: [] }],
      },
    ]);
  });

  it("lists a pair's passages in the order of the first document, then of the second", () => {
    // P14 comes first in a and last in b: the order is a's, whatever the order of b.
    const [g] = groups([`${P14} ${filler("u")} ${Q12}`, `${Q12} ${filler("v")} ${P14}`]);
    expect(g?.pairs[0]?.passages.map((p) => p.text)).toEqual([P14, Q12]);
  });

  it("reads the text as printed, lines joined by a line break and white space shown as one space", () => {
    const a = {
      ...typed("a", 1, "news-report"),
      record: { ...typed("a", 1, "news-report").record, source: { file: "data/sources/test.txt", first: 1, last: 2 } },
    };
    const spaced = P14.replace("ninety ", "ninety   ");
    const c = corpus([a, typed("b", 3, "news-report")], { source: ["On Monday", `${spaced}.`, `Today ${P14}.`] });
    expect(sharedPassageGroups(c, OPTIONS).map((g) => g.pairs[0]?.passages)).toEqual([[{ text: P14, words: 14, lineA: 2, lineB: 3 }]]);
  });

  it("computes once per corpus and options", () => {
    const c = corpusOf([P14, P14]);
    const first = sharedPassageGroups(c, OPTIONS);
    expect(sharedPassageGroups(c, { ...OPTIONS })).toBe(first);
    expect(sharedPassageGroups(c, { ...OPTIONS, minWords: 15 })).toEqual([]);
  });

  it("counts the words of all the passages a pair shares towards minWords, and no pair beyond them", () => {
    // Two passages of 12 words, apart in both documents: 24 words of evidence, neither long enough alone.
    const lines = [`${Q12} ${filler("u")} ${Q12.replace("sixty", "forty")}`, `${Q12} ${filler("v")} ${Q12.replace("sixty", "forty")}`, filler("w")];
    expect(pairsOf(lines, { minWords: 24 })).toEqual(["a / b"]);
    expect(pairsOf(lines, { minWords: 25 })).toEqual([]);
  });

  it("learns stock wording wherever it stands in a shared passage, the last phrase of the passage too", () => {
    const resolution: DocumentType = "un-security-council-resolution";
    const types = [resolution, resolution, resolution, resolution];
    // a and b share nine words and the formula that ends the passage; c prints the formula alone.
    const shared = `it was adopted by the council at its meeting ${STOCK}`;
    const lines = [`${shared} ${filler("a")}`, `${shared} ${filler("b")}`, `${STOCK} ${filler("c")}`, filler("d")];
    expect(pairsOf(lines, { minWords: 1 }, types)).toEqual([]);
    // Without c the formula is printed by 2 of 4: no stock wording, so all 17 words are evidence.
    lines[2] = filler("c", 14);
    expect(groups(lines, { minWords: 1 }, types)[0]?.pairs[0]?.words).toBe(17);
  });

  it("counts a document that prints stock wording twice once, and the second document like the others", () => {
    const resolution: DocumentType = "un-security-council-resolution";
    const types = [resolution, resolution, resolution, resolution];
    const shared = `${STOCK} adopted by the council at its meeting`;
    // Printed by a (twice) and b: 2 documents of 4, not more than half, nor 3.
    expect(pairsOf([`${shared} ${STOCK}`, `${shared} ${filler("b")}`, filler("c"), filler("d")], { minWords: 1, words: 8 }, types)).toEqual(["a / b"]);
    // Printed by b, c and d but not a: 3 of 4, stock.
    expect(pairsOf([filler("a"), `${shared} ${filler("b")}`, `${shared} ${filler("c")}`, `${STOCK} ${filler("d")}`], { minWords: 1, words: 8 }, types)).toEqual(
      [],
    );
  });

  it("takes no evidence from a passage that contains a window too common to pair", () => {
    const types: DocumentType[] = ["decree", "appeal", "news-report"];
    // a and b share P14 and six words more; c prints P14 too, one sharer too many.
    const lines = [`${P14} ${filler("k")}`, `${P14} ${filler("k")}`, `x ${P14}`];
    expect(pairsOf(lines, { maxSharers: 2 }, types)).toEqual([]);
    expect(pairsOf(lines, { maxSharers: 3 }, types)).toEqual(["a / b", "a / c", "b / c"]);
  });

  it("orders a group's pairs by words shared, then by document, and its documents by id", () => {
    const lines = [`${Q12} one two`, `${P14} ${filler("m")} ${Q12} one two`, `${P14} m0`, `x ${P14} m0`];
    const [g] = groups(lines, {}, ["decree", "appeal", "news-report", "resolution"]);
    expect(g?.documents).toEqual(["a", "b", "c", "d"]);
    expect(g?.pairs.map((p) => `${p.a} / ${p.b} ${p.words}`)).toEqual(["b / c 15", "b / d 15", "c / d 15", "a / b 14"]);
  });
});
