import { describe, expect, it } from "vitest";
import { initials, nameRuns, printedName } from "../../src/text/name-runs.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));
const words = (texts: string[]) => nameRuns(lines(...texts)).map((r) => r.words.map((w) => w.text).join(" "));

describe("nameRuns", () => {
  it("reads runs of capitalised words joined by function words, over a line break", () => {
    const [run] = nameRuns(lines("to the Parliamentary Union of the", "Organization of Islamic Conference (OIC) on"));
    expect(run?.words).toEqual([
      { text: "Parliamentary", line: 1 },
      { text: "Union", line: 1 },
      { text: "Organization", line: 2 },
      { text: "Islamic", line: 2 },
      { text: "Conference", line: 2 },
    ]);
    expect(run?.joiners).toEqual(["", "of the", "of", ""]);
    expect(run?.acronym).toBe("OIC");
    expect(run && printedName(run, 1, 4)).toBe("Union of the Organization of Islamic");
  });

  it("ends a run at a mark, at a lower-case word and at a function word not followed by a capital", () => {
    expect(words(["Baku, Azerbaijan Republic and the people of Khojaly."])).toEqual(["Baku", "Azerbaijan Republic", "Khojaly"]);
  });

  it("leaves a sentence's The out and keeps no acronym that is not in brackets right after the name", () => {
    const [run] = nameRuns(lines("The Security Council OIC met."));
    expect(run?.words.map((w) => w.text)).toEqual(["Security", "Council"]);
    expect(run?.acronym).toBeUndefined();
    expect(nameRuns(lines("the Security Council (S) met."))[0]?.acronym).toBeUndefined();
    expect(nameRuns(lines("the Security Council (SCOUNCIL) met."))[0]?.acronym).toBeUndefined();
  });

  it("joins by and, for and on, never by another lower-case word", () => {
    expect(words(["the Ministry of Labour and Social Protection met.", "the Commissioner on Human Rights in Baku."])).toEqual([
      "Ministry Labour Social Protection",
      "Commissioner Human Rights",
      "Baku",
    ]);
    expect(words(["the Organization for Security in Europe."])).toEqual(["Organization Security", "Europe"]);
  });

  it("initials", () => {
    expect(
      initials([
        { text: "Organization", line: 1 },
        { text: "islamic", line: 1 },
      ]),
    ).toBe("OI");
  });
});
