import { describe, expect, it } from "vitest";
import { uncoveredFigure } from "../../src/checks/uncovered-figure.js";
import type { Claim } from "../../src/model/claim.js";
import type { DocumentRecord } from "../../src/model/document.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const messages = (source: string[], claims: Claim[], options: object = {}, waivers?: DocumentRecord["waivers"]): string[] => {
  const d = doc("a", claims, [1, source.length]);
  const withWaivers = waivers ? { ...d, record: { ...d.record, waivers } } : d;
  return runCheck(uncoveredFigure, corpus([withWaivers], { source }), options).map((f) => f.message);
};
const num = (value: number, quote: string, line: number): Claim => ({ kind: "number", fact: "killed.total", value, quote, line });

describe("uncovered-figure at its boundaries", () => {
  it("a list claim's count quote covers the count", () => {
    const source = ["Two States, Azerbaijan and Turkey, said so."];
    const list: Claim = { kind: "list", fact: "states", items: ["Azerbaijan", "Turkey"], quote: "Azerbaijan and Turkey", line: 1 };
    expect(messages(source, [{ ...list, count: 2, countQuote: "Two States" }])).toEqual([]);
    expect(messages(source, [list])).toEqual(['Figure "Two" at source line 1 of a is neither claimed nor waived ("…Two States, Azerbaijan and Turkey…").']);
  });

  it("a quote covers its own characters, not the one after it", () => {
    const source = ["Total:613 people"];
    expect(messages(source, [num(613, "Total:613", 1)])).toEqual([]);
    expect(messages(source, [{ kind: "text", fact: "t", value: "Total", quote: "Total:", line: 1 }])).toEqual([
      'Figure "613" at source line 1 of a is neither claimed nor waived ("…Total:613 people…").',
    ]);
  });

  it("every place a quote stands on its line is covered", () => {
    expect(messages(["613 and 613 again"], [num(613, "613", 1)])).toEqual([]);
  });

  it("a quote runs over at most maxLines non-blank lines", () => {
    const source = ["In Khojaly 613", "people, 56 of them", "children."];
    const claim = num(56, "613 people, 56 of them children", 1);
    expect(messages(source, [claim], { maxLines: 3 })).toEqual([]);
    expect(messages(source, [claim], { maxLines: 2 })).toEqual([
      'Figure "613" at source line 1 of a is neither claimed nor waived ("…In Khojaly 613…").',
      'Figure "56" at source line 2 of a is neither claimed nor waived ("…people, 56 of them…").',
    ]);
  });

  it("a figure on the second line of a quote is covered where it stands", () => {
    const source = ["In Khojaly 613", "people, 56 of them."];
    expect(messages(source, [num(613, "613 people, 56", 1)])).toEqual([]);
  });

  it("a waiver covers its text at its line and the next, and is reported elsewhere", () => {
    const source = ["1.", "2.", "3."];
    const waiver = (line: number, text: string) => ({ line, text, reason: "list-numbering" as const });
    expect(messages(source, [], {}, [waiver(1, "1. 2."), waiver(3, "3.")])).toEqual([]);
    expect(messages(source, [], {}, [waiver(1, "1. 2. 3.")])).toEqual([
      'Waiver "1. 2. 3." (list-numbering) of a is not at source line 1.',
      'Figure "1" at source line 1 of a is neither claimed nor waived ("…1.…").',
      'Figure "2" at source line 2 of a is neither claimed nor waived ("…2.…").',
      'Figure "3" at source line 3 of a is neither claimed nor waived ("…3.…").',
    ]);
  });

  it("a waiver finding points at the waiver's line", () => {
    const d = doc("a", [], [1, 1]);
    const c = corpus([{ ...d, record: { ...d.record, waivers: [{ line: 1, text: "7.", reason: "list-numbering" }] } }], { source: ["no figure here"] });
    expect(runCheck(uncoveredFigure, c)).toEqual([
      {
        subject: "a",
        key: "waiver|1|7.",
        message: 'Waiver "7." (list-numbering) of a is not at source line 1.',
        values: [{ value: "7.", refs: [{ document: "a", source: 1 }] }],
        refs: [{ document: "a", source: 1 }],
      },
    ]);
  });
});
