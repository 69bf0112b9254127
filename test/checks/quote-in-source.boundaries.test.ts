import { describe, expect, it } from "vitest";
import { quoteInSource, quoteStandsAt } from "../../src/checks/quote-in-source.js";
import type { Claim } from "../../src/model/claim.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const source = ["Intro", "In Khojaly 613 people", "", "were killed, 1000 became", "", "invalid.", "Other text"];
const claim = (quote: string, line: number): Claim => ({ kind: "text", fact: "t.x", value: quote, quote, line });
const run = (claims: Claim[], span: [number, number] = [2, 6], options: object = {}) =>
  runCheck(quoteInSource, corpus([doc("a", claims, span)], { source }), options);

describe("quote-in-source at its boundaries", () => {
  it("a quote runs over at most maxLines non-blank lines", () => {
    expect(quoteStandsAt(source, 2, "613 people were killed, 1000 became invalid.", 3)).toBe(true);
    expect(quoteStandsAt(source, 2, "613 people were killed, 1000 became invalid.", 2)).toBe(false);
    expect(run([claim("613 people were killed, 1000 became invalid.", 2)], [2, 6], { maxLines: 2 })).toHaveLength(1);
    expect(run([claim("613 people were killed, 1000 became invalid.", 2)], [2, 6], { maxLines: 3 })).toEqual([]);
  });

  it("an empty quote stands nowhere", () => {
    expect(quoteStandsAt(source, 2, "", 8)).toBe(false);
    expect(quoteStandsAt(source, 2, "   ", 8)).toBe(false);
  });

  it("a claim on the first and the last line of its document is inside it; one line further is not", () => {
    expect(run([claim("In Khojaly", 2), claim("invalid.", 6)])).toEqual([]);
    expect(run([claim("Intro", 1), claim("Other text", 7)])).toEqual([
      {
        subject: "a",
        key: "t.x|1|Intro",
        message: 'Claim "t.x" of a points at source line 1, outside the document\'s lines 2-6.',
        values: [{ value: "Intro", refs: [{ document: "a", claim: 0 }] }],
        refs: [{ document: "a", claim: 0 }],
      },
      {
        subject: "a",
        key: "t.x|7|Other text",
        message: 'Claim "t.x" of a points at source line 7, outside the document\'s lines 2-6.',
        values: [{ value: "Other text", refs: [{ document: "a", claim: 1 }] }],
        refs: [{ document: "a", claim: 1 }],
      },
    ]);
  });

  it("a quote not at its line is looked for in the document's lines, first to last", () => {
    expect(run([claim("invalid.", 4)]).map((f) => f.message)).toEqual(['Quote "invalid." of claim "t.x" is not at source line 4; it stands at line 6.']);
    expect(run([claim("In  Khojaly", 4)]).map((f) => [f.key, f.message])).toEqual([
      ["t.x|4|In Khojaly", 'Quote "In Khojaly" of claim "t.x" is not at source line 4; it stands at line 2.'],
    ]);
    expect(run([claim("Other text", 2)]).map((f) => f.message)).toEqual([
      'Quote "Other text" of claim "t.x" is not at source line 2; nor anywhere in the document.',
    ]);
    expect(run([claim("invalid.", 2)], [2, 5]).map((f) => f.message)).toEqual([
      'Quote "invalid." of claim "t.x" is not at source line 2; nor anywhere in the document.',
    ]);
  });
});
