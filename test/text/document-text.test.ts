import { describe, expect, it } from "vitest";
import { documentText, readAs } from "../../src/text/document-text.js";
import { corpus, doc } from "../helpers/build-corpus.js";

const SOURCE = [
  "the region, in particular in all areas affected by the increased suf-", // 1
  "", // 2
  "fering of the population. Мr. Aliyev spoke in Nagorno-", // 3
  "Karabakh on 26 February. See www.azertag.az/en or mail info@mfa.gov.az now.", // 4
  "АN intemationa1 crime", // 5
];

function model(): ReturnType<typeof documentText> {
  const c = corpus([doc("d", [], [1, 5])], { source: SOURCE });
  const d = c.documents[0];
  if (!d) throw new Error("no document");
  return documentText(c, d);
}

describe("document text model", () => {
  it("keeps the document's non-blank lines with their numbers", () => {
    expect(model().lines.map((l) => l.line)).toEqual([1, 3, 4, 5]);
  });

  it("joins a word broken at a line end when the second half starts in lower case", () => {
    const t = model().tokens;
    const head = t.find((x) => x.text === "suf");
    expect(head?.split).toEqual({ joined: "suffering", tailLine: 3 });
    expect(t.find((x) => x.text === "fering")?.tail).toBe(true);
    expect(head && readAs(head)).toBe("suffering");
    // A capital after the hyphen is a compound broken by layout, not one word.
    expect(t.find((x) => x.text === "Nagorno")?.split).toBeUndefined();
  });

  it("marks hyphen compounds, addresses, shapes and scripts", () => {
    const t = model().tokens;
    const by = (s: string): (typeof t)[number] | undefined => t.find((x) => x.text === s);
    expect(by("26")?.shape).toBe("number");
    expect(by("intemationa1")?.shape).toBe("mixed");
    expect(by("АN")?.script).toBe("mixed");
    expect(by("Мr")?.script).toBe("mixed");
    expect(by("azertag")?.address).toBe(true);
    expect(by("mfa")?.address).toBe(true);
    expect(by("Karabakh")?.address).toBe(false);
  });

  it("splits sentences at a full stop before a capital, not after an abbreviation", () => {
    const m = model();
    const sentenceOf = (s: string): number | undefined => m.tokens.find((x) => x.text === s)?.sentence;
    expect(sentenceOf("region")).toBe(sentenceOf("population"));
    expect(sentenceOf("Aliyev")).not.toBe(sentenceOf("population"));
    expect(sentenceOf("Aliyev")).toBe(sentenceOf("February"));
    expect(sentenceOf("See")).not.toBe(sentenceOf("February"));
  });

  it("is built once per document and shared", () => {
    const c = corpus([doc("d", [], [1, 5])], { source: SOURCE });
    const d = c.documents[0];
    if (!d) throw new Error("no document");
    expect(documentText(c, d)).toBe(documentText(c, d));
  });
});
