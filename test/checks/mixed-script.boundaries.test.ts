import { describe, expect, it } from "vitest";
import { mixedScript } from "../../src/checks/mixed-script.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import type { DocumentRecord } from "../../src/model/document.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const messages = (source: string[], docs: LoadedDocument[] = [doc("a", [], [1, source.length])]): string[] =>
  runCheck(mixedScript, corpus(docs, { source })).map((f) => f.message);
const withRecord = (d: LoadedDocument, r: Partial<DocumentRecord>): LoadedDocument => ({ ...d, record: { ...d.record, ...r } });

describe("mixed-script at its boundaries", () => {
  it("one word is named in the singular, with its subject, key, value and reference", () => {
    const found = runCheck(mixedScript, corpus([doc("a", [], [1, 1])], { source: ["the town АN the day"] }));
    expect(found).toEqual([
      {
        subject: "a",
        key: "source",
        message: '1 word in a is written with Cyrillic or Greek letters in English text: "АN" (А U+0410 Cyrillic).',
        values: [{ value: "АN", refs: [{ document: "a", source: 1, text: "АN" }] }],
        refs: [{ document: "a", source: 1, text: "АN" }],
      },
    ]);
  });

  it("names twelve words and counts the rest", () => {
    const words = (n: number): string => Array.from({ length: n }, (_, i) => `x${"b".repeat(i + 1)}е`).join(" ");
    const twelve = messages([`the town and the ${words(12)}`]);
    expect(twelve[0]).not.toContain("more words");
    expect(twelve[0]).toMatch(/^12 words in a are written .*"xbbbbbbbbbbbbе" \(е U\+0435 Cyrillic\)\.$/);
    const thirteen = messages([`the town and the ${words(13)}`]);
    expect(thirteen[0]).toMatch(/^13 words in a are written .*"xbbbbbbbbbbbbе" \(е U\+0435 Cyrillic\); and 1 more words\.$/);
  });

  it("a whole look-alike word reads as English only when the corpus prints that word in Latin letters", () => {
    expect(messages(["the town ТАСС the day"])).toEqual([]);
    expect(messages(["the town ТАСС the day", "the TACC office"])).toEqual([
      '1 word in a is written with Cyrillic or Greek letters in English text: "ТАСС" (reads "TACC": Т U+0422 Cyrillic, А U+0410 Cyrillic, С U+0421 Cyrillic).',
    ]);
  });

  it("in a line of another language only words mixing scripts are reported", () => {
    expect(messages(["не было ТАСС и Мемориал", "the TACC office"])).toEqual([]);
    expect(messages(["не было TАСС и Мемориал"])).toEqual([
      '1 word in a is written with Cyrillic or Greek letters in English text: "TАСС" (А U+0410 Cyrillic, С U+0421 Cyrillic).',
    ]);
  });

  it("reads every string we write in a record: outlet, notes and claim notes, each named by its field", () => {
    const d = withRecord(doc("a", [{ kind: "text", fact: "f", value: "v", quote: "v", line: 1, note: "a nоte" }], [1, 1]), {
      outlet: "Тhe Outlet",
      notes: "the nоtes",
    });
    expect(messages(["A clean line"], [d])).toEqual([
      'The record of a has "Тhe" (Т U+0422 Cyrillic) in outlet.',
      'The record of a has "nоtes" (о U+043E Cyrillic) in notes.',
      'The record of a has "nоte" (о U+043E Cyrillic) in claims[0].note.',
    ]);
    const [f] = runCheck(mixedScript, corpus([withRecord(doc("a", [], [1, 1]), { notes: "the nоtes" })], { source: ["A clean line"] }));
    expect(f).toEqual({
      subject: "a",
      key: "record|notes|nоtes",
      message: 'The record of a has "nоtes" (о U+043E Cyrillic) in notes.',
      values: [{ value: "nоtes", refs: [{ document: "a" }] }],
      refs: [{ document: "a" }],
    });
  });

  it("a record string that quotes the document's own lines is the source's, reported there; other lines are no excuse", () => {
    // A new document object each time: the text model is cached per document.
    const d = (): LoadedDocument => withRecord(doc("a", [], [1, 1]), { notes: "it says nоtes" });
    expect(messages(["the nоtes"], [d()])).toEqual(['1 word in a is written with Cyrillic or Greek letters in English text: "nоtes" (о U+043E Cyrillic).']);
    expect(messages(["A clean line", "the nоtes"], [d(), doc("b", [], [2, 2])])).toEqual([
      'The record of a has "nоtes" (о U+043E Cyrillic) in notes.',
      '1 word in b is written with Cyrillic or Greek letters in English text: "nоtes" (о U+043E Cyrillic).',
    ]);
  });

  it("in a record string of another language, a whole look-alike word is left alone but a mixed word is not", () => {
    expect(messages(["A clean line"], [withRecord(doc("a", [], [1, 1]), { notes: "не было ТАСС", outlet: "the TACC" })])).toEqual([]);
    expect(messages(["A clean line"], [withRecord(doc("a", [], [1, 1]), { notes: "не было TАСС" })])).toEqual([
      'The record of a has "TАСС" (А U+0410 Cyrillic, С U+0421 Cyrillic) in notes.',
    ]);
  });
});
