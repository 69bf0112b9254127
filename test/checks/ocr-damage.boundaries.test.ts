import { describe, expect, it } from "vitest";
import { ocrDamage } from "../../src/checks/ocr-damage.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const opts = { knownTlds: ["az", "org", "com"], knownConfusions: [{ text: "intemational", reading: "international" }] };
const run = (lines: string[], options: object = opts) => runCheck(ocrDamage, corpus([doc("a", [], [1, lines.length])], { source: lines }), options);
const tokens = (line: string): unknown[] => run([line]).flatMap((f) => f.values.map((v) => v.value));

describe("ocr-damage at its boundaries", () => {
  it("digits inside or after a word of two letters or more", () => {
    expect(tokens("ab1cd a1bc abc123 to1992")).toEqual(["ab1cd", "a1bc", "abc123", "to1992"]);
    expect(tokens("a1b x9 17th 1990s")).toEqual([]);
  });

  it("a letter inside a number or a symbol", () => {
    expect(tokens("12O4 S/RES/B8 10I")).toEqual(["12O4", "S/RES/B8", "10I"]);
    expect(tokens("1O, then")).toEqual(["1O"]);
    expect(tokens("S/RES/88 1204 0O")).toEqual([]);
  });

  it("a domain is broken when it ends otherwise than a known one, and only in an address", () => {
    expect(tokens("www.site.xyz")).toEqual(["www.site.xyz"]);
    expect(tokens("WWW.SITE.XYZ")).toEqual(["WWW.SITE.XYZ"]);
    expect(tokens("http://site.xyz/a")).toEqual(["http://site.xyz"]);
    expect(tokens("https://site.xyz")).toEqual(["https://site.xyz"]);
    expect(tokens("www.site.org www.site.az) site.xyz mail.site.xyz, www.x https://www")).toEqual([]);
    expect(tokens("www.site.ORG")).toEqual([]);
    expect(run(["www.site.xyz"], { knownTlds: ["xyz"] })).toEqual([]);
  });

  it("a known confusion, wherever it stands in a line", () => {
    expect(run(["similar intemational crimes"]).map((f) => f.message)).toEqual([
      '1 damaged token in a: "intemational" (known OCR confusion (reads "international"), line 1).',
    ]);
    expect(run(["similar intemational crimes"], { knownTlds: ["az"] })).toEqual([]);
  });

  it("one finding per document: each token once a line, the first twelve shown, every token referred to with its words", () => {
    expect(tokens("ab1cd and ab1cd")).toEqual(["ab1cd"]);
    const many = Array.from({ length: 13 }, (_, i) => `ab${i}cd`);
    const [f, ...rest] = run([many.slice(0, 7).join(" "), many.slice(7).join(" ") + " ab0cd"]);
    expect(rest).toEqual([]);
    expect(f?.subject).toBe("a");
    expect(f?.message).toMatch(
      /^14 damaged tokens in a: "ab0cd" \(digits inside or after a word, line 1\); .*"ab11cd" \(digits inside or after a word, line 2\); and 2 more\.$/,
    );
    expect(f?.message).not.toContain("ab12cd");
    expect(f?.values).toHaveLength(14);
    expect(f?.values[13]).toEqual({ value: "ab0cd", refs: [{ document: "a", source: 2, text: "ab0cd" }] });
    // Each damaged token is a place of its own, with its words, so another rule's finding on the same words can merge with it.
    expect(f?.refs).toEqual([
      ...many.slice(0, 7).map((text) => ({ document: "a", source: 1, text })),
      ...many.slice(7).map((text) => ({ document: "a", source: 2, text })),
      { document: "a", source: 2, text: "ab0cd" },
    ]);
    expect(run(["ab1cd"])).toEqual([
      {
        subject: "a",
        message: '1 damaged token in a: "ab1cd" (digits inside or after a word, line 1).',
        values: [{ value: "ab1cd", refs: [{ document: "a", source: 1, text: "ab1cd" }] }],
        refs: [{ document: "a", source: 1, text: "ab1cd" }],
      },
    ]);
  });
});
