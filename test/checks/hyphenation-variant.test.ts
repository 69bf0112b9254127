import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hyphenationVariant } from "../../src/checks/hyphenation-variant.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const run = (source: string[], options: Record<string, unknown> = {}) =>
  runCheck(hyphenationVariant, corpus([doc("a", [], [1, source.length])], { source }), options);

describe("hyphenation-variant", () => {
  it("reports a compound a document hyphenates and closes up; the less printed form is the location", () => {
    expect(run(["the co-operation of states", "further co-operation here", "and cooperation there"])).toEqual([
      {
        subject: "a",
        key: "cooperation",
        message: 'a prints one compound two ways: "co-operation" 2 times (lines 1, 2); "cooperation" 1 time (line 3).',
        values: [
          {
            value: "co-operation",
            refs: [
              { document: "a", source: 1, text: "co-operation" },
              { document: "a", source: 2, text: "co-operation" },
            ],
          },
          { value: "cooperation", refs: [{ document: "a", source: 3, text: "cooperation" }] },
        ],
        refs: [{ document: "a", source: 3, text: "cooperation" }],
      },
    ]);
  });

  it("reports a compound hyphenated at different places, and locates both forms when each is printed as often", () => {
    const [f] = run(["the Chairman-in-Office of the Conference", "the Chair-man-in-Office said"]);
    expect(f?.message).toBe('a prints one compound two ways: "Chair-man-in-Office" 1 time (line 2); "Chairman-in-Office" 1 time (line 1).');
    expect(f?.refs).toEqual([
      { document: "a", source: 2, text: "Chair-man-in-Office" },
      { document: "a", source: 1, text: "Chairman-in-Office" },
    ]);
  });

  it("takes a capitalised title printed apart for another form, but lower-case words apart for grammar", () => {
    const [f] = run(["the Secretary-General reports", "the Secretary-General asks", "the Secretary General and others"]);
    expect(f?.refs).toEqual([{ document: "a", source: 3, text: "Secretary General" }]);
    expect(run(["a well-known case", "the case is well known"])).toEqual([]);
    // One capitalised word and one lower-case one are no title apart.
    expect(run(["the Secretary-General reports", "the Secretary general asks"])).toEqual([]);
  });

  it("does not join words apart across punctuation or a line, nor compare documents", () => {
    expect(run(["the Secretary-General reports", "to the Secretary, General Smith"])).toEqual([]);
    expect(run(["the Secretary-General reports", "the Secretary", "General Assembly"])).toEqual([]);
    const two = corpus([doc("a", [], [1, 1]), doc("b", [], [2, 2])], { source: ["the co-operation", "the cooperation"] });
    expect(runCheck(hyphenationVariant, two, {})).toEqual([]);
  });

  it("is silent on a compound printed one way, and counts case as print, not spelling", () => {
    expect(run(["the co-operation", "more co-operation"])).toEqual([]);
    expect(run(["the SECRETARY-GENERAL", "the Secretary-General"])).toEqual([]);
  });

  it("needs minParts parts in the hyphenated compound (2 by default)", () => {
    const source = ["the Secretary-General reports", "the Secretary General asks", "the Chairman-in-Office", "the Chair-man-in-Office"];
    expect(run(source).map((f) => f.key)).toEqual(["chairmaninoffice", "secretarygeneral"]);
    expect(run(source, { minParts: 3 }).map((f) => f.key)).toEqual(["chairmaninoffice"]);
    expect(run(source, { minParts: 4 })).toEqual([]);
    expect(hyphenationVariant.parseOptions({ minParts: 1 }).ok).toBe(false);
  });

  it("a compound is words only, joined on one line, standing alone, and ending in a word", () => {
    // A number is no part: not "F-16" beside "F16", nor "16-year-old" beside "16-yearold".
    expect(run(["the F-16 jets", "the F16 jets"])).toEqual([]);
    expect(run(["a 16-year-old boy", "a 16-yearold girl"])).toEqual([]);
    // A compound that runs on into a number is none, so its words apart are no other form.
    expect(run(["the Secretary-General-16 unit", "the Secretary General asks"])).toEqual([]);
    // A word of an address, or one hyphenated to another word, is no closed-up form.
    expect(run(["the co-operation of states", "see www.cooperation.org"])).toEqual([]);
    expect(run(["the co-operation of states", "a cooperation-minded state"])).toEqual([]);
    // A compound that opens a line after a line of text is still one.
    expect(run(["the", "co-operation of states", "and cooperation there"]).map((f) => f.key)).toEqual(["cooperation"]);
  });

  it("a title apart: every part capitalised in both forms, the same words, spaces only, on one line", () => {
    // A capital inside a word does not capitalise it.
    expect(run(["the eBay-Seller here", "an eBay Seller there"])).toEqual([]);
    expect(run(["the Vice-president said", "the Vice President said"])).toEqual([]);
    expect(run(["the Secretary-General reports", "the Secretary Clinton said"])).toEqual([]);
    expect(run(["the Secretary-General reports", "the Secretary General-elect said"])).toEqual([]);
    expect(run(["the Secretary-General reports", "to the Secretary (General Smith)"])).toEqual([]);
    // Aligned by spaces across a line break: still two lines.
    expect(run(["the Secretary-General reports", "to the Secretary", "                 General Smith"])).toEqual([]);
    // The title's first word as the document's last.
    expect(run(["the Secretary-General reports", "to the Secretary"])).toEqual([]);
    expect(run(["the Secretary-General reports", "the Secretary  General asks"]).map((f) => f.message)).toEqual([
      'a prints one compound two ways: "Secretary General" 1 time (line 2); "Secretary-General" 1 time (line 1).',
    ]);
  });

  it("counts the ways past two", () => {
    expect(run(["the Chairman-in-Office", "the Chair-man-in-Office", "the Chairman-in-Office", "the Chairmanin-Office"]).map((f) => f.message)).toEqual([
      'a prints one compound 3 ways: "Chairman-in-Office" 2 times (lines 1, 3); "Chair-man-in-Office" 1 time (line 2); "Chairmanin-Office" 1 time (line 4).',
    ]);
  });

  it("property: the form printed more often than the other is never a location; with equal counts both are", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (hyphens, closed) => {
        const source = [...Array<string>(hyphens).fill("the co-operation"), ...Array<string>(closed).fill("the cooperation")];
        const [f] = run(source);
        const located = (f?.refs ?? []).map((r) => r.text);
        expect(located.filter((t) => t === "co-operation").length).toBe(hyphens > closed ? 0 : hyphens);
        expect(located.filter((t) => t === "cooperation").length).toBe(closed > hyphens ? 0 : closed);
      }),
    );
  });
});
