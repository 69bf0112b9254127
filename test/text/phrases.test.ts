import { describe, expect, it } from "vitest";
import { documentText } from "../../src/text/document-text.js";
import { findPhrase } from "../../src/text/phrases.js";
import { corpus, doc } from "../helpers/build-corpus.js";

describe("findPhrase", () => {
  const source = ["The Organization for Security and", "Co-operation in Europe (OSCE); osce.org and Osce", "organization for security"];
  const c = corpus([doc("a", [], [1, 3])], { source });
  const text = documentText(c, c.documents[0] ?? doc("x", []));

  it("finds a phrase across a line end, hyphens printed as printed", () => {
    expect(findPhrase(text, "Organization for Security and Co-operation in Europe")).toEqual([
      { line: 1, col: 4, text: "Organization for Security and Co-operation in Europe" },
    ]);
  });

  it("matches an acronym only in capitals and never inside an address", () => {
    expect(findPhrase(text, "OSCE").map((m) => m.col)).toEqual([24]);
  });

  it("matches words in any case", () => {
    expect(findPhrase(text, "Organization for Security").map((m) => m.line)).toEqual([1, 3]);
  });
});
