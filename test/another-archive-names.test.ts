import { describe, expect, it } from "vitest";
import { draftCitations } from "../src/draft/citations.js";
import { assignFacts } from "../src/draft/facts.js";
import { draftNames } from "../src/draft/names.js";
import { draftDocument } from "../src/draft/record.js";

const names = (lines: string[]): [string, string | undefined][] => draftNames(lines, 1, lines.length).map((n) => [n.claim.quote, n.surname]);

describe("names drafted as claims", () => {
  it("takes the title off a name and marks the name a person's when a title stands before or in it", () => {
    expect(names(["Mr. Thomas Radley spoke, then Captain John Fenwick's son and Sir Ian Hay.", "The Board of Trade met."])).toEqual([
      ["Thomas Radley", "Radley"],
      ["John Fenwick", "Fenwick"],
      ["Ian Hay", "Hay"],
      ["Board of Trade", undefined],
    ]);
  });

  it("keeps a title with a surname alone as printed, not a person to compare", () => {
    expect(names(["Captain Fenwick was saved."])).toEqual([["Captain Fenwick", undefined]]);
  });

  it("a name printed bare first and with a title later is a person's", () => {
    expect(names(["Thomas Radley reported.", "Mr. Thomas Radley said so."])).toEqual([["Thomas Radley", "Radley"]]);
  });
});

describe("persons filed under one fact across documents", () => {
  const draft = (id: string, line: string): ReturnType<typeof draftDocument> => {
    const d = draftDocument([id.toUpperCase(), line], `data/sources/${id}.txt`, { first: 1, last: 2 }, ["article"]);
    d.record.id = id;
    return d;
  };

  it("files every name of a titled surname under person.<surname>, and proposes that fact once", () => {
    const docs = [draft("a", "Captain John Fenwick took command."), draft("b", "James Fenwick, the master, was saved.")];
    const added = assignFacts(docs, []);
    const facts = docs.map((d) => d.record.claims.flatMap((c) => (c.kind === "text" ? [[c.fact, c.value]] : [])));
    expect(facts).toEqual([[["person.fenwick", "John Fenwick"]], [["person.fenwick", "James Fenwick"]]]);
    expect(added.filter((f) => f.key.startsWith("person."))).toEqual([
      {
        key: "person.fenwick",
        label: "Person: Fenwick",
        meaning:
          'A person\'s name as documents print it, proposed from "John Fenwick" (a); "James Fenwick" (b). Say who the person is; a name of someone else with the same surname gets its own key.',
        unit: "text",
        proposed: true,
      },
    ]);
  });

  it("joins a person the registry already has, and proposes nothing new for it", () => {
    const docs = [draft("c", "James Fenwick was saved.")];
    const added = assignFacts(docs, [{ key: "person.fenwick", label: "Person: Fenwick", meaning: "m", unit: "text" }]);
    expect(docs[0]?.record.claims.map((c) => c.fact)).toEqual(["person.fenwick"]);
    expect(added.filter((f) => f.key.startsWith("person."))).toEqual([]);
  });

  it("leaves an untitled name of an unknown surname a mentioned name", () => {
    const docs = [draft("d", "William Pask was thirteen.")];
    assignFacts(docs, []);
    expect(docs[0]?.record.claims.filter((c) => c.kind === "text").map((c) => c.fact)).toEqual(["mentioned.name"]);
  });
});

describe("cited instruments drafted as claims", () => {
  it("reads the year of an instrument the text cites, with its name and year as the quote", () => {
    const lines = [
      "under the Coal Mines Regulation Act, 1887, the Merchant Shipping Act (1894) and the Treaty of Paris of 1856.",
      "In 1887 the Act was passed.",
    ];
    expect(draftCitations(lines, 1, 2).map((c) => [c.fact, c.kind === "text" ? c.value : "", c.quote])).toEqual([
      ["cited.coal-mines-regulation-act.year", "1887", "Coal Mines Regulation Act, 1887"],
      ["cited.merchant-shipping-act.year", "1894", "Merchant Shipping Act (1894)"],
      ["cited.treaty-of-paris.year", "1856", "Treaty of Paris of 1856"],
    ]);
  });
});
