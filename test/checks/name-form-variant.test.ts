import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameFormVariant, withEnding } from "../../src/checks/name-form-variant.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

/** One document per group of lines, in the order given. */
function run(groups: string[][], options: Record<string, unknown> = {}) {
  const source = groups.flat();
  let first = 1;
  const docs = groups.map((g, i) => {
    const d = doc(`d${i}`, [], [first, first + g.length - 1]);
    first += g.length;
    return d;
  });
  return runCheck(nameFormVariant, corpus(docs, { source }), options);
}

const DEFAULTS = { minStem: 4, maxEnding: 2, minUsual: 3, minRatio: 3 };

describe("name-form-variant: a word of a name with and without an ending", () => {
  it("reports a document that prints a two-word name with one word in two forms, located at the rarer form", () => {
    const lines = ["the Azerbaijani Republic said.", "the Azerbaijan Republic said.", "in the Azerbaijani Republic."];
    expect(run([lines])).toEqual([
      {
        subject: "Azerbaijani Republic / Azerbaijan Republic",
        key: "in:d0:azerbaijani republic/azerbaijan republic",
        message: 'd0 prints a name two ways: "Azerbaijani Republic" 2 times (lines 1, 3); "Azerbaijan Republic" 1 time (line 2).',
        values: [
          {
            value: "Azerbaijani Republic",
            refs: [
              { document: "d0", source: 1, text: "Azerbaijani Republic" },
              { document: "d0", source: 3, text: "Azerbaijani Republic" },
            ],
          },
          { value: "Azerbaijan Republic", refs: [{ document: "d0", source: 2, text: "Azerbaijan Republic" }] },
        ],
        refs: [{ document: "d0", source: 2, text: "Azerbaijan Republic" }],
      },
    ]);
  });

  it("locates both forms when each is printed as often", () => {
    const [f] = run([["the Armenian Forces came.", "the Armenia Forces came."]]);
    expect(f?.message).toBe('d0 prints a name two ways: "Armenia Forces" 1 time (line 2); "Armenian Forces" 1 time (line 1).');
    expect(f?.refs).toEqual([
      { document: "d0", source: 2, text: "Armenia Forces" },
      { document: "d0", source: 1, text: "Armenian Forces" },
    ]);
  });

  it("reads the second word too, and a name broken at a line end", () => {
    expect(run([["the Security Councili met.", "the Security", "Council met."]]).map((f) => f.subject)).toEqual(["Security Council / Security Councili"]);
  });

  it("leaves alone two forms beside a given name: two people of one family, perhaps", () => {
    expect(run([["Ali Aliyev came.", "Ali Aliyeva came."]])).toEqual([]);
    expect(run([["Kamran Huseynov came.", "Kamran Huseynova came."]])).toEqual([]);
  });

  it("leaves alone the two forms printed by different documents", () => {
    expect(run([["the Azerbaijani Republic said."], ["the Azerbaijan Republic said."]])).toEqual([]);
  });

  it("leaves alone a plural or a possessive: a number, not a spelling", () => {
    expect(run([["the Member State voted.", "the Member States voted."]])).toEqual([]);
    expect(run([["the Security Councils met.", "the Security Council met."]])).toEqual([]);
    expect(run([["the Security Councili met.", "the Security Council met."]])).toHaveLength(1);
  });

  it("leaves alone words with a function word between them or a mark", () => {
    expect(run([["the Azerbaijani Republic said.", "in Azerbaijan, Republic Day."]])).toEqual([]);
    expect(run([["the Azerbaijani Republic said.", "Azerbaijan of Republic"]])).toEqual([]);
  });

  it("needs a shorter form of minStem letters: 4 is enough, 3 too short", () => {
    expect(run([["the Abcd Union met.", "the Abcdi Union met."]])).toHaveLength(1);
    expect(run([["the Abc Union met.", "the Abci Union met."]])).toEqual([]);
    expect(run([["the Abc Union met.", "the Abci Union met."]], { minStem: 3 })).toHaveLength(1);
  });

  it("needs an ending of at most maxEnding letters: 2 is enough, 3 too long", () => {
    expect(run([["the Abcd Union met.", "the Abcdef Union met."]])).toHaveLength(1);
    expect(run([["the Abcd Union met.", "the Abcdefg Union met."]])).toEqual([]);
    expect(run([["the Abcd Union met.", "the Abcdefg Union met."]], { maxEnding: 3 })).toHaveLength(1);
  });

  it("needs the two words side by side in both forms: joined by a function word they are no pair", () => {
    expect(run([["the Abcd of Union met.", "the Abcdi of Union met."]])).toEqual([]);
  });

  it("leaves alone two forms beside a word the lexicon knows only as a plural proper noun", () => {
    expect(run([["the Abcd Counsellors met.", "the Abcdi Counsellors met."]])).toEqual([]);
  });

  it("names at most six lines of a form, then counts the rest", () => {
    const [f] = run([[...Array.from({ length: 8 }, () => "the Azerbaijani Republic said."), "the Azerbaijan Republic said."]]);
    expect(f?.message).toBe(
      'd0 prints a name two ways: "Azerbaijani Republic" 8 times (lines 1, 2, 3, 4, 5, 6 and 2 more lines); "Azerbaijan Republic" 1 time (line 9).',
    );
  });

  it("withEnding: a capital anywhere in the ending refuses it", () => {
    expect(withEnding("Azerbaijan", "AzerbaijanAi", DEFAULTS)).toBe(false);
    expect(withEnding("Azerbaijan", "AzerbaijaniA", DEFAULTS)).toBe(false);
  });

  it("withEnding: lower-case letters added, no final s", () => {
    expect(withEnding("Azerbaijan", "Azerbaijani", DEFAULTS)).toBe(true);
    expect(withEnding("Azerbaijan", "Azerbaijan", DEFAULTS)).toBe(false);
    expect(withEnding("Azerbaijan", "AzerbaijanI", DEFAULTS)).toBe(false);
    expect(withEnding("Azerbaijan", "Azerbaijanis", DEFAULTS)).toBe(false);
    expect(withEnding("Armenia", "Armenan", DEFAULTS)).toBe(false);
  });
});

describe("name-form-variant: the name an acronym glosses and a name of its initials", () => {
  const glossed = "The Organization of Islamic Conference (OIC) met.";
  it("reports the glossed name beside a name of the same initials one common noun apart, both located", () => {
    expect(run([[glossed, "sent to the Organization of", "Islamic Cooperation and others."]])).toEqual([
      {
        subject: "Organization of Islamic Conference / Organization of Islamic Cooperation",
        key: "in:d0:organization of islamic conference/organization of islamic cooperation",
        message:
          'd0 prints the name it glosses "(OIC)" two ways: "Organization of Islamic Conference" 1 time (line 1); "Organization of Islamic Cooperation" 1 time (line 2).',
        values: [
          { value: "Organization of Islamic Conference", refs: [{ document: "d0", source: 1, text: "Organization of Islamic Conference" }] },
          { value: "Organization of Islamic Cooperation", refs: [{ document: "d0", source: 2, text: "Organization of Islamic Cooperation" }] },
        ],
        refs: [
          { document: "d0", source: 1, text: "Organization of Islamic Conference" },
          { document: "d0", source: 2, text: "Organization of Islamic Cooperation" },
        ],
      },
    ]);
  });

  it("finds the glossed name at the end of a longer name and the other inside a longer one", () => {
    const lines = ["the Parliamentary Union of the Organization of Islamic Conference (OIC) met.", "the Organization of Islamic Cooperation Secretariat."];
    expect(run([lines]).map((f) => f.subject)).toEqual(["Organization of Islamic Conference / Organization of Islamic Cooperation"]);
  });

  it("leaves alone names that differ in a proper noun: two bodies, not one named two ways", () => {
    expect(run([["the Republic of Azerbaijan (RA) said.", "the Republic of Armenia said."]])).toEqual([]);
  });

  it("leaves alone a name with no acronym after it, a wrong acronym, and two words apart", () => {
    expect(run([["The Organization of Islamic Conference met.", "the Organization of Islamic Cooperation."]])).toEqual([]);
    expect(run([["The Organization of Islamic Conference (OIA) met.", "the Organization of Islamic Cooperation."]])).toEqual([]);
    expect(run([[glossed, "the Organization of Internal Cooperation."]])).toEqual([]);
  });

  it("leaves alone a name whose one other word starts with another letter: other initials", () => {
    expect(run([[glossed, "the Organization of Islamic Meeting."]])).toEqual([]);
  });

  it("leaves alone a name of the same initials two common nouns apart", () => {
    expect(run([["The Council of Economic Cooperation (CEC) met.", "the Commission of Economic Conference."]])).toEqual([]);
  });

  it("leaves alone a name whose other word the lexicon knows as a proper noun too (church) or a plural proper noun (investors)", () => {
    expect(run([[glossed, "the Organization of Islamic Church."]])).toEqual([]);
    expect(run([["The Union of Islamic Inventors (UII) met.", "the Union of Islamic Investors."]])).toEqual([]);
  });

  it("leaves alone the other name printed by another document", () => {
    expect(run([[glossed], ["the Organization of Islamic Cooperation."]])).toEqual([]);
  });

  it("property: a document's findings do not depend on the other documents or their order", () => {
    const groups = [
      ["the Azerbaijani Republic said.", "the Azerbaijan Republic said."],
      [glossed, "the Organization of Islamic Cooperation."],
      ["the Azerbaijan Republic said."],
      ["nothing here at all."],
    ];
    // Lines move with the documents before it; what is reported of each document does not.
    const said = (m: string): string => m.replace(/ \(lines? [^)]*\)/g, "");
    const alone = groups.map((g) => run([g]).map((f) => said(f.message).replace(/^d0/, "")));
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 1, maxLength: 4 }), (order) => {
        const found = run(order.map((i) => groups[i] ?? []));
        const expected = order.flatMap((i, at) => (alone[i] ?? []).map((m) => `d${at}${m}`));
        expect(found.map((f) => said(f.message)).sort()).toEqual(expected.sort());
      }),
    );
  });
});

describe("name-form-variant: a preposition of a name changed", () => {
  const usual = "to the Commissioner for Human Rights.";
  const other = "the Commissioner on Human Rights said.";
  it("reports two words of a name joined by another preposition than the corpus's usual one, at its uses", () => {
    expect(run([[usual, usual], [usual], [other]])).toEqual([
      {
        subject: "Commissioner for Human",
        key: "preposition:commissioner for human:on",
        message:
          '"Commissioner on Human" (d2 line 4) joins the words of a name by "on" where the corpus prints "Commissioner for Human" 3 times in 2 documents.',
        values: [
          { value: "Commissioner on Human", refs: [{ document: "d2", source: 4, text: "Commissioner on Human" }] },
          { value: "Commissioner for Human", refs: [] },
        ],
        refs: [{ document: "d2", source: 4, text: "Commissioner on Human" }],
      },
    ]);
  });

  it("needs the usual preposition minUsual times: 2 are too few, 3 enough", () => {
    expect(run([[usual], [usual], [other]], { minRatio: 1 })).toEqual([]);
    expect(run([[usual], [usual], [other]], { minRatio: 1, minUsual: 2 })).toHaveLength(1);
  });

  it("needs the usual preposition in two documents: three times in one is one writer's habit", () => {
    expect(run([[usual, usual, usual], [other]])).toEqual([]);
    expect(
      run([
        [usual, usual],
        [usual, other],
      ]),
    ).toHaveLength(1);
  });

  it("needs minRatio times as many: 5 against 2 are too few, 6 against 2 enough", () => {
    expect(
      run([
        [usual, usual, usual],
        [usual, usual],
        [other, other],
      ]),
    ).toEqual([]);
    expect(
      run([
        [usual, usual, usual],
        [usual, usual, usual],
        [other, other],
      ])[0]?.refs,
    ).toHaveLength(2);
  });

  it("leaves alone an article printed or dropped, and words joined by no preposition", () => {
    const withThe = "the President of the Republic of Azerbaijan.";
    expect(run([[withThe, withThe], [withThe], ["the President of Republic of Azerbaijan."]])).toEqual([]);
    expect(run([[usual, usual], [usual], ["the Commissioner Human Rights."]])).toEqual([]);
  });

  it("compares the prepositions of the same two words only", () => {
    expect(run([[usual, usual], [usual], ["the Commissioner of Police said.", "the Council on Human Rights said."]])).toEqual([]);
  });

  it("takes the usual preposition by its count, not its name", () => {
    expect(run([[other, other], [other], [usual]]).map((f) => f.subject)).toEqual(["Commissioner on Human"]);
  });

  it("names the usual form printed most often, whichever comes first", () => {
    const withThe = "to the Commissioner for the Human Rights.";
    expect(run([[usual, withThe], [withThe], [other]]).map((f) => f.subject)).toEqual(["Commissioner for the Human"]);
  });

  it("property: the finding is the same whatever the order of the documents", () => {
    const groups = [[usual, usual, usual], [usual, usual], [other], ["the Commissioner for Human Rights and the Commissioner on Human Rights."]];
    const said = (m: string): string => m.replace(/\(.*\)/, "").replace(/d\d/g, "d");
    const [base] = run(groups);
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), (order) => {
        const found = run(order.map((i) => groups[i] ?? []));
        expect(found.map((f) => [f.subject, f.key, said(f.message), f.refs.length])).toEqual([[base?.subject, base?.key, said(base?.message ?? ""), 2]]);
      }),
    );
  });
});

describe("name-form-variant's findings", () => {
  it("are listed by the document of their first place, then by subject", () => {
    const usual = "to the Commissioner for Human Rights.";
    const groups = [
      ["the Zorbovi Republic said.", "the Zorbov Republic said.", "the Commissioner on Human Rights said."],
      ["the Azerbaijani Republic said.", "the Azerbaijan Republic said."],
      [usual, usual],
      [usual],
    ];
    expect(run(groups).map((f) => [f.refs[0]?.document, f.subject])).toEqual([
      ["d0", "Commissioner for Human"],
      ["d0", "Zorbov Republic / Zorbovi Republic"],
      ["d1", "Azerbaijan Republic / Azerbaijani Republic"],
    ]);
  });
});
