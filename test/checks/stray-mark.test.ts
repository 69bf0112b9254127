import { describe, expect, it } from "vitest";
import { strayMark } from "../../src/checks/stray-mark.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const run = (source: string[], options: Record<string, unknown> = {}) => runCheck(strayMark, corpus([doc("a", [], [1, source.length])], { source }), options);

describe("stray-mark", () => {
  it("reports the accents of a document that prints apostrophes too, each accent a location", () => {
    expect(run(["the world`s and TURKEY`S voice", "the Turkey’s appeal and IDPs’ homes", "Armenians` deeds"])).toEqual([
      {
        subject: "a",
        key: "accent",
        message:
          'a prints an accent where an apostrophe stands 3 times (lines 1 "world`s", 1 "TURKEY`S", 3 "Armenians`") and an apostrophe 2 times (lines 2 "Turkey’s", 2 "IDPs’").',
        values: [
          {
            value: "accent",
            refs: [
              { document: "a", source: 1, text: "world`s" },
              { document: "a", source: 1, text: "TURKEY`S" },
              { document: "a", source: 3, text: "Armenians`" },
            ],
          },
          {
            value: "apostrophe",
            refs: [
              { document: "a", source: 2, text: "Turkey’s" },
              { document: "a", source: 2, text: "IDPs’" },
            ],
          },
        ],
        refs: [
          { document: "a", source: 1, text: "world`s" },
          { document: "a", source: 1, text: "TURKEY`S" },
          { document: "a", source: 3, text: "Armenians`" },
        ],
      },
    ]);
  });

  it("counts once in the singular and reads a straight apostrophe and an acute accent too", () => {
    expect(run(["the minute´s silence", "the martyrs' families"]).map((f) => f.message)).toEqual([
      'a prints an accent where an apostrophe stands once (line 1 "minute´s") and an apostrophe once (line 2 "martyrs\'").',
    ]);
  });

  it("leaves a document whose every apostrophe is an accent, one with no accent, and quotation marks", () => {
    expect(run(["the world`s and the city`s"])).toEqual([]);
    expect(run(["the world’s voice"])).toEqual([]);
    // A quotation mark after a word and an accent standing alone are no apostrophes.
    expect(run(["the 'Justice for Khojaly' campaign and the city`s", "a ` b"])).toEqual([]);
    expect(run(["the world`s", "the Khojaly’ word"])).toEqual([]);
  });

  it("takes the marks from the options", () => {
    expect(run(["the world`s", "Turkey’s"], { graves: ["´"] })).toEqual([]);
    expect(run(["the world`s", "Turkey’s"], { apostrophes: ["'"] })).toEqual([]);
    expect(run(["the world^s", "Turkey’s"], { graves: ["^"] }).map((f) => f.refs)).toEqual([[{ document: "a", source: 1, text: "world^s" }]]);
    // Marks special inside a character class are read as themselves.
    expect(run(["the world]s", "Turkey’s"], { graves: ["]"] }).map((f) => f.refs)).toEqual([[{ document: "a", source: 1, text: "world]s" }]]);
    expect(run(["the world\\s", "Turkey’s"], { graves: ["\\"] }).map((f) => f.refs)).toEqual([[{ document: "a", source: 1, text: "world\\s" }]]);
    expect(run(["a-b", "Turkey’s"], { graves: ["-", "^"] }).map((f) => f.refs)).toEqual([[{ document: "a", source: 1, text: "a-b" }]]);
    expect(strayMark.parseOptions({ graves: ["``"] }).ok).toBe(false);
    expect(strayMark.parseOptions({ graves: [] }).ok).toBe(false);
    expect(strayMark.parseOptions({ apostrophes: [] }).ok).toBe(false);
  });

  it("reports a hyphen and a space inside a line between two parts of a word, not at a line end nor before a capital", () => {
    expect(run(["gave a press- conference on it", "the Nagorno- Karabakh region", "a well-"])).toEqual([
      {
        subject: "a",
        key: "hyphen|1|press- conference",
        message: 'a prints "press- conference" (line 1): a hyphen and a space inside a line, between two parts of a word.',
        values: [{ value: "press- conference", refs: [{ document: "a", source: 1, text: "press- conference" }] }],
        refs: [{ document: "a", source: 1, text: "press- conference" }],
      },
    ]);
    expect(run(["a press -conference", "a press-conference", "a press - conference"])).toEqual([]);
  });

  it("reports a stop with no space after it between a lower-case word and a capitalised one; the stop and the next word are the place", () => {
    expect(run(["the intellectuals.A nationwide minute", "the Genecide.The Ministry"])).toEqual([
      {
        subject: "a",
        key: "space|1|intellectuals.A",
        message: 'a prints "intellectuals.A" (line 1): no space after "." between two words.',
        values: [{ value: "intellectuals.A", refs: [{ document: "a", source: 1, text: ".A" }] }],
        refs: [{ document: "a", source: 1, text: ".A" }],
      },
      {
        subject: "a",
        key: "space|2|Genecide.The",
        message: 'a prints "Genecide.The" (line 2): no space after "." between two words.',
        values: [{ value: "Genecide.The", refs: [{ document: "a", source: 2, text: ".The" }] }],
        refs: [{ document: "a", source: 2, text: ".The" }],
      },
    ]);
    expect(run(["it ended;The next"]).map((f) => f.message)).toEqual(['a prints "ended;The" (line 1): no space after ";" between two words.']);
  });

  it("leaves initials, abbreviations, a lower-case word after the stop, a stop with a space, a comma and addresses", () => {
    expect(run(["the U.S.Army", "in the U.S.A", "a e.g.The", "it ended. The next", "ended.the next", "Baku,Ganja", "see www.trend.Az and mail.Az"])).toEqual(
      [],
    );
    // One lower-case letter before the stop is an initial or an abbreviation, two are a word.
    expect(run(["item a.The"])).toEqual([]);
    expect(run(["item ab.The"])).toHaveLength(1);
  });

  it("reports a comma between a word that can only be an adjective and a word that can only be a noun", () => {
    expect(run(["as well as immediate, withdrawal of all forces"])).toEqual([
      {
        subject: "a",
        key: "comma|1|immediate, withdrawal",
        message: 'a prints "immediate, withdrawal" (line 1): a comma between an adjective and its noun.',
        values: [{ value: "immediate, withdrawal", refs: [{ document: "a", source: 1, text: "immediate, withdrawal" }] }],
        refs: [{ document: "a", source: 1, text: "immediate, withdrawal" }],
      },
    ]);
  });

  it("leaves an adjective used as a noun after the, two adjectives, a word that can be a verb, and capitals", () => {
    expect(
      run(["including the old, women and children", "a long, hard road", "it was immediate, establishing a", "immediate, Withdrawal", "immediate,withdrawal"]),
    ).toEqual([]);
    // One step each side of the determiner: without "the" the comma parts an adjective from its noun.
    expect(run(["including old, women and children"])).toHaveLength(1);
  });

  it("reports a round bracket the document never closes, or closes without opening, with the word it opens or closes", () => {
    expect(run(["adopted in 1948 (resolution number 260 (III) as any", "of the acts."])).toEqual([
      {
        subject: "a",
        key: "bracket|1|16",
        message: 'a prints "(resolution" (line 1): it opens a bracket that is never closed.',
        values: [{ value: "(resolution", refs: [{ document: "a", source: 1, text: "(resolution" }] }],
        refs: [{ document: "a", source: 1, text: "(resolution" }],
      },
    ]);
    expect(run(["as the Council 1993) said"]).map((f) => f.message)).toEqual(['a prints "1993)" (line 1): it closes a bracket that was never opened.']);
  });

  it("pairs brackets across lines and leaves the markers of list items alone", () => {
    expect(run(["the report (S/25600,", "annex) of the Council", "1) first item", " iv) fourth item"])).toEqual([]);
    // A list marker does not close a bracket left open before it.
    expect(run(["the report (S/25600", "a) first item"]).map((f) => f.key)).toEqual(["bracket|1|11"]);
  });

  it("reports a double quotation mark the document never closes or closes without opening", () => {
    expect(run(['the so-called Khodjaly tragedy" on Thursday'])).toEqual([
      {
        subject: "a",
        key: "quote|1|30",
        message: 'a prints "tragedy"" (line 1): it closes a quotation that was never opened.',
        values: [{ value: 'tragedy"', refs: [{ document: "a", source: 1, text: 'tragedy"' }] }],
        refs: [{ document: "a", source: 1, text: 'tragedy"' }],
      },
    ]);
    expect(run(["states that “the Parties", "undertake to act."]).map((f) => f.message)).toEqual([
      'a prints "“the" (line 1): it opens a quotation that is never closed.',
    ]);
    expect(run(["he said “it is so,” and", "“more” then"])).toEqual([]);
  });
});
