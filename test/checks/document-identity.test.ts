import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentIdentity } from "../../src/checks/document-identity.js";
import type { Claim } from "../../src/model/claim.js";
import type { EntityEntry, InstrumentEntry, InstrumentSubject } from "../../src/model/registry.js";
import { cite, corpus, doc, instrument } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const options = { numberFacts: ["document.number.heading", "document.number.symbol"], dateFacts: ["document.date.line"], body: "UN Security Council" };
const heading = (n: string, line = 1): Claim => ({ kind: "text", fact: "document.number.heading", value: n, quote: `RESOLUTION ${n}`, line });
const symbol = (n: string, line = 2): Claim => ({ kind: "text", fact: "document.number.symbol", value: n, quote: `S/RES/${n}`, line });
const dated = (iso: string, line = 9): Claim => ({ kind: "date", fact: "document.date.line", value: iso, quote: iso, line });
const registry = { instruments: [instrument("r-844", "844", "1993-06-18"), instrument("r-874", "874", "1993-10-14")] };

const about = (i: InstrumentEntry, subjects: InstrumentSubject[]): InstrumentEntry => ({ ...i, subjects });
const place = (id: string, ...aliases: string[]): EntityEntry => ({ id, name: aliases[0] ?? id, kind: "place", aliases });
const names = (entity: string, spelling: string, line: number): Claim => ({ kind: "entity", fact: "entity.mention", entity, spelling, quote: spelling, line });
/** 844 (Bosnia), 874 and 884 (Zangilan, Goradiz), as the registry has them. */
const three = {
  instruments: [
    about(instrument("r-844", "844", "1993-06-18"), [{ term: "safe areas" }]),
    about(instrument("r-874", "874", "1993-10-14"), [{ entity: "karabakh" }]),
    about(instrument("r-884", "884", "1993-11-12"), [{ entity: "zangilan" }, { entity: "horadiz" }]),
  ],
  entities: [place("zangilan", "Zangilan"), place("horadiz", "Horadiz", "Goradiz"), place("karabakh", "Karabakh")],
};
const headedAs844 = (...content: Claim[]): Claim[] => [heading("844"), symbol("874"), ...content];
const NUMBERS = 'Document d gives its own number as "844" (document.number.heading, line 1) and "874" (document.number.symbol, line 2).';
const identify = (claims: Claim[], o: object = {}, source?: string[]): string[] =>
  runCheck(documentIdentity, corpus([doc("d", claims)], { ...three, ...(source ? { source } : {}) }), { ...options, ...o }).map((f) => f.message);

describe("document-identity", () => {
  it("is silent when heading, symbol and date agree with each other and the registry", () => {
    const c = corpus([doc("d", [heading("874"), symbol("874"), dated("1993-10-14")])], registry);
    expect(runCheck(documentIdentity, c, options)).toEqual([]);
  });

  it("reports a heading and symbol line that disagree, with what the content says", () => {
    const c = corpus([doc("d", [heading("844"), symbol("874"), dated("1993-10-14")])], registry);
    const findings = runCheck(documentIdentity, c, options);
    expect(findings.map((f) => f.message)).toEqual([
      `${NUMBERS} Its content matches "Resolution 874", adopted 14 October 1993: it is dated 14 October 1993, the day of its adoption.`,
    ]);
    expect(findings[0]?.values).toEqual([
      { value: "844", refs: [{ document: "d", claim: 0 }] },
      { value: "874", refs: [{ document: "d", claim: 1 }] },
    ]);
    expect(findings[0]?.key).toBe("number");
  });

  it("reports a date line that is the registry date of none of the numbers", () => {
    const c = corpus([doc("d", [heading("874"), symbol("874"), dated("1993-11-11")])], registry);
    expect(runCheck(documentIdentity, c, options).map((f) => f.message)).toEqual([
      'Document d is dated "1993-11-11" (document.date.line, line 9); the registry dates the numbers it gives otherwise: 874 on 1993-10-14.',
    ]);
  });

  it("accepts a date at month precision inside the registry day", () => {
    const c = corpus([doc("d", [heading("874"), dated("1993-10")])], registry);
    expect(runCheck(documentIdentity, c, options)).toEqual([]);
  });

  it("reports a document that cites its own number", () => {
    const c = corpus([doc("d", [heading("874"), symbol("874"), cite("r-874", "874", "1993-10-14", 5)])], registry);
    expect(runCheck(documentIdentity, c, options).map((f) => f.message)).toEqual([
      'Document d, which gives itself the number "874" (line 1, line 2), cites "874" at line 5.',
    ]);
  });

  it("ignores documents without identity claims", () => {
    const c = corpus([doc("d", [cite("r-874", "874", "1993-10-14", 5)])], registry);
    expect(runCheck(documentIdentity, c, options)).toEqual([]);
  });
});

describe("document-identity: identity from content", () => {
  it("names the instrument the content matches when heading and symbol disagree (the 844/874 document)", () => {
    const claims = headedAs844(cite("r-874", "874", "1993-10-14", 5), names("zangilan", "Zangilan", 6), names("horadiz", "Goradiz", 6), dated("1993-11-11"));
    const findings = runCheck(documentIdentity, corpus([doc("d", claims)], three), { ...options, slackDays: 3 });
    expect(findings.map((f) => f.message)).toEqual([
      `${NUMBERS} Its content matches "Resolution 884", adopted 12 November 1993: it names Zangilan (line 6) and Goradiz (line 6), which the registry gives as its subjects; it is dated 11 November 1993, 1 day before its adoption. It cannot be 844 (adopted 18 June 1993), since it cites 874 (14 October 1993, line 5), which came after it; nor 874, since it cites 874 itself (line 5).`,
    ]);
    // The lines that identify it and the citations that contradict its numbers; the names are in the message.
    expect(findings[0]?.refs).toEqual([0, 1, 2].map((claim) => ({ document: "d", claim })));
  });

  it("is silent on the same content under a heading and symbol that agree", () => {
    const claims = [heading("884"), symbol("884"), cite("r-874", "874", "1993-10-14", 5), names("zangilan", "Zangilan", 6), dated("1993-11-12")];
    expect(identify(claims, { slackDays: 3 })).toEqual([]);
  });

  it("rules out by citations alone: a text cannot cite itself or what came after it", () => {
    expect(identify(headedAs844(cite("r-874", "874", "1993-10-14", 5)))).toEqual([
      `${NUMBERS} Its content singles out no instrument of the registry's UN Security Council. It cannot be 844 (adopted 18 June 1993), since it cites 874 (14 October 1993, line 5), which came after it; nor 874, since it cites 874 itself (line 5).`,
    ]);
  });

  it("keeps the one number the citations leave open, without claiming more", () => {
    const c = corpus([doc("d", headedAs844(cite("r-853", "853", "1993-07-29", 5)))], {
      ...three,
      instruments: [...three.instruments, instrument("r-853", "853", "1993-07-29")],
    });
    expect(runCheck(documentIdentity, c, options).map((f) => f.message)).toEqual([
      `${NUMBERS} Of the numbers it gives, its content fits only "Resolution 874", adopted 14 October 1993. It cannot be 844 (adopted 18 June 1993), since it cites 853 (29 July 1993, line 5), which came after it.`,
    ]);
  });

  it("rules out a candidate numbered below a cited instrument even when the dates cannot tell", () => {
    const c = corpus([doc("d", [heading("884"), symbol("874"), cite("r-885", "885", undefined, 5)])], {
      ...three,
      instruments: [...three.instruments, instrument("r-885", "885", "1993")],
    });
    expect(runCheck(documentIdentity, c, options).map((f) => f.message)).toEqual([
      'Document d gives its own number as "884" (document.number.heading, line 1) and "874" (document.number.symbol, line 2). Its content singles out no instrument of the registry\'s UN Security Council. It cannot be 874 (adopted 14 October 1993), since it cites 885 (1993, line 5), which came after it; nor 884 (adopted 12 November 1993), since it cites 885 (1993, line 5), which came after it.',
    ]);
  });

  it("identifies by subject entities alone, through any alias", () => {
    expect(identify(headedAs844(names("horadiz", "Goradiz", 7)))).toEqual([
      `${NUMBERS} Its content matches "Resolution 884", adopted 12 November 1993: it names Goradiz (line 7), which the registry gives as its subjects.`,
    ]);
  });

  it("identifies by a subject term alone, across a line break, with the line it starts on", () => {
    const source = ["RESOLUTION 844", "S/RES/874", "protection of the safe", "areas of the Republic"];
    const findings = runCheck(documentIdentity, corpus([doc("d", headedAs844(), [1, 4])], { ...three, source }), options);
    expect(findings.map((f) => f.message)).toEqual([
      `${NUMBERS} Its content matches "Resolution 844", adopted 18 June 1993: it names safe areas (line 3), which the registry gives as its subjects.`,
    ]);
    expect(findings[0]?.refs).toEqual([0, 1].map((claim) => ({ document: "d", claim })));
  });

  it("does not match a term inside a longer word", () => {
    const source = ["RESOLUTION 844", "S/RES/874", "unsafe areas"];
    expect(runCheck(documentIdentity, corpus([doc("d", headedAs844(), [1, 3])], { ...three, source }), options).map((f) => f.message)).toEqual([
      `${NUMBERS} Its content singles out no instrument of the registry's UN Security Council.`,
    ]);
  });

  it("identifies by its date alone, within the slack and not one day beyond", () => {
    const matches = `${NUMBERS} Its content matches "Resolution 884", adopted 12 November 1993: it is dated 9 November 1993, 3 days before its adoption.`;
    expect(identify(headedAs844(dated("1993-11-09")), { slackDays: 3 })).toEqual([matches]);
    expect(identify(headedAs844(dated("1993-11-09")), { slackDays: 2 })).toEqual([
      `${NUMBERS} Its content singles out no instrument of the registry's UN Security Council.`,
    ]);
    expect(identify(headedAs844(dated("1993-11-15")), { slackDays: 3 })).toEqual([
      `${NUMBERS} Its content matches "Resolution 884", adopted 12 November 1993: it is dated 15 November 1993, 3 days after its adoption.`,
    ]);
  });

  it("reads a month as containing the adoption, not as a number of days", () => {
    expect(identify(headedAs844(dated("1993-11")))).toEqual([
      `${NUMBERS} Its content matches "Resolution 884", adopted 12 November 1993: it is dated November 1993, which contains its adoption.`,
    ]);
  });

  it("names no instrument when two fit the content equally", () => {
    expect(identify(headedAs844(names("zangilan", "Zangilan", 6), names("karabakh", "Karabakh", 7)))).toEqual([
      `${NUMBERS} Its content singles out no instrument of the registry's UN Security Council.`,
    ]);
  });

  it("prefers the instrument the content speaks for most", () => {
    expect(identify(headedAs844(names("zangilan", "Zangilan", 6), names("horadiz", "Goradiz", 6), names("karabakh", "Karabakh", 7)))).toEqual([
      `${NUMBERS} Its content matches "Resolution 884", adopted 12 November 1993: it names Zangilan (line 6) and Goradiz (line 6), which the registry gives as its subjects.`,
    ]);
  });

  it("never names an instrument the document cites or one adopted before what it cites", () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(1993, 0, 1 + n)).toISOString().slice(0, 10));
    const entry = fc.record({ number: fc.integer({ min: 800, max: 900 }), adopted: day });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 1, maxLength: 6, selector: (e) => e.number }), fc.array(fc.nat(5)), day, (entries, citedIdx, own) => {
        const instruments = entries.map((e) => about(instrument(`r-${e.number}`, String(e.number), e.adopted), [{ entity: "karabakh" }]));
        const cited = [...new Set(citedIdx.map((i) => instruments[i % instruments.length]).filter((i) => i !== undefined))];
        const claims = [
          heading("1"),
          symbol("2"),
          names("karabakh", "Karabakh", 3),
          dated(own),
          ...cited.map((i, n) => cite(i.id, i.number, i.adopted, 10 + n)),
        ];
        const [finding] = runCheck(documentIdentity, corpus([doc("d", claims)], { ...three, instruments }), { ...options, slackDays: 5 });
        const named = /matches "Resolution (\d+)"/.exec(finding?.message ?? "")?.[1];
        if (named === undefined) return;
        const match = instruments.find((i) => i.number === named);
        expect(cited.map((i) => i.number)).not.toContain(named);
        for (const c of cited) expect(c.adopted <= (match?.adopted ?? "") && Number(c.number) <= Number(named)).toBe(true);
      }),
    );
  });
});

describe("document-identity: a number printed with a letter for a digit", () => {
  it("is damaged text, not a second identity: 822 headed and S22 on the symbol line give no finding (ocr-damage reports the letter)", () => {
    expect(identify([heading("822"), symbol("S22")])).toEqual([]);
  });

  it("still reports a symbol whose letter is no digit's shape, or whose digits differ", () => {
    expect(identify([heading("822"), symbol("X22")])).toHaveLength(1);
    expect(identify([heading("822"), symbol("S23")])).toHaveLength(1);
  });
});

describe("document-identity: every field, whatever the record's order", () => {
  const withoutBody = { numberFacts: options.numberFacts, dateFacts: options.dateFacts };
  const ref = (claim: number): { document: string; claim: number } => ({ document: "d", claim });

  it("date of neither: the date, then the numbers in source order, not the record's", () => {
    // The record lists the heading (line 2) before the symbol line (line 1): the finding starts at line 1.
    const c = corpus([doc("d", [heading("874", 2), symbol("874", 1), dated("1993-11-11")])], registry);
    expect(runCheck(documentIdentity, c, options)).toEqual([
      {
        subject: "d",
        key: "date-of-neither|1993-11-11",
        message: 'Document d is dated "1993-11-11" (document.date.line, line 9); the registry dates the numbers it gives otherwise: 874 on 1993-10-14.',
        values: [
          { value: "1993-11-11", refs: [ref(2)] },
          { value: "874", refs: [ref(1)] },
          { value: "874", refs: [ref(0)] },
        ],
        refs: [ref(2), ref(1), ref(0)],
      },
    ]);
  });

  it("date of neither: a number the registry has twice (a decree number reused) names both, and a date of either is no finding", () => {
    const reused = { instruments: [instrument("r-874", "874", "1993-10-14"), instrument("r-874b", "874", "1994-02-01")] };
    const messages = (date: string): string[] =>
      runCheck(documentIdentity, corpus([doc("d", [heading("874"), dated(date)])], reused), options).map((f) => f.message);
    expect(messages("1993-12-01")).toEqual([
      'Document d is dated "1993-12-01" (document.date.line, line 9); the registry dates the numbers it gives otherwise: 874 on 1993-10-14, 874 on 1994-02-01.',
    ]);
    expect(messages("1994-02-01")).toEqual([]);
    expect(messages("1993-10-14")).toEqual([]);
  });

  it("date of neither: only the registry's instruments of the body, only numbers it has, and nothing without a body", () => {
    const assembly = { ...instrument("ga-874", "874", "1993-11-11"), body: "UN General Assembly" };
    const c = corpus([doc("d", [heading("874"), dated("1993-11-11")])], { instruments: [...registry.instruments, assembly] });
    expect(runCheck(documentIdentity, c, options).map((f) => f.message)).toEqual([
      'Document d is dated "1993-11-11" (document.date.line, line 9); the registry dates the numbers it gives otherwise: 874 on 1993-10-14.',
    ]);
    expect(runCheck(documentIdentity, corpus([doc("d", [heading("999"), dated("1993-11-11")])], registry), options)).toEqual([]);
    expect(runCheck(documentIdentity, c, withoutBody)).toEqual([]);
  });

  it("self-citation: every field, the citations in line order, the own numbers of that value only", () => {
    // 822 and S22 are one number (a letter for a digit), so only the self-citation is reported.
    const claims = [heading("822", 1), symbol("S22", 2), cite("r-822", "822", undefined, 7), cite("r-822", "822", undefined, 5)];
    const c = corpus([doc("d", claims)], { instruments: [instrument("r-822", "822", "1993-04-30")] });
    expect(runCheck(documentIdentity, c, options)).toEqual([
      {
        subject: "d",
        key: "self-citation|822",
        message: 'Document d, which gives itself the number "822" (line 1), cites "822" at lines 5, 7.',
        values: [{ value: "822", refs: [ref(0), ref(3), ref(2)] }],
        refs: [ref(0), ref(3), ref(2)],
      },
    ]);
  });

  it("reads a number claim as a number the document gives itself, and a claim without one value as none", () => {
    const numbered: Claim = { kind: "number", fact: "document.number.heading", value: 844, quote: "RESOLUTION 844", line: 1 };
    expect(identify([numbered, symbol("874")])).toEqual([`${NUMBERS} Its content singles out no instrument of the registry's UN Security Council.`]);
    // A citation under a fact listed as a number fact has no value of its own: it is no second number.
    const c = corpus([doc("d", [heading("874"), cite("r-874", "874", undefined, 5)])], registry);
    expect(runCheck(documentIdentity, c, { ...options, numberFacts: [...options.numberFacts, "cites"] }).map((f) => f.key)).toEqual(["self-citation|874"]);
  });

  it("joins the claims that give one value with ';'", () => {
    expect(identify([heading("844", 1), symbol("874", 2), heading("844", 3)])).toEqual([
      'Document d gives its own number as "844" (document.number.heading, line 1; document.number.heading, line 3) and "874" (document.number.symbol, line 2). Its content singles out no instrument of the registry\'s UN Security Council.',
    ]);
  });

  it("a document that only dates itself, differently: a date finding", () => {
    const c = corpus([doc("d", [dated("1993-11-11", 9), dated("1993-10-14", 8)])], registry);
    expect(runCheck(documentIdentity, c, options)).toEqual([
      {
        subject: "d",
        key: "date",
        message: 'Document d gives its own date as "1993-10-14" (document.date.line, line 8) and "1993-11-11" (document.date.line, line 9).',
        values: [
          { value: "1993-10-14", refs: [ref(1)] },
          { value: "1993-11-11", refs: [ref(0)] },
        ],
        refs: [ref(1), ref(0)],
      },
    ]);
  });

  it("numbers and dates that both disagree: one finding, the dates in its message and values", () => {
    const claims = [heading("844"), symbol("874"), dated("1993-10-14", 8), dated("1993-11-11", 9)];
    const [found, ...rest] = runCheck(documentIdentity, corpus([doc("res", claims)], three), options);
    expect(rest).toEqual([]);
    expect(found?.message).toBe(
      'Document res gives its own number as "844" (document.number.heading, line 1) and "874" (document.number.symbol, line 2). It gives its own date as "1993-10-14" (document.date.line, line 8) and "1993-11-11" (document.date.line, line 9). Its content matches "Resolution 874", adopted 14 October 1993: it is dated 14 October 1993, the day of its adoption.',
    );
    expect(found?.values.map((v) => v.value)).toEqual(["844", "874", "1993-10-14", "1993-11-11"]);
  });

  it("without a body, numbers that disagree are reported without what the content says", () => {
    const [found] = runCheck(documentIdentity, corpus([doc("d", headedAs844(cite("r-874", "874", "1993-10-14", 5)))], three), withoutBody);
    expect(found?.message).toBe(NUMBERS);
    expect(found?.refs).toEqual([ref(0), ref(1)]);
  });

  it("locates a citation that rules a number out as the document itself", () => {
    // 874 is ruled out: the document cites 874. 884, adopted after 874, is not.
    const [found] = runCheck(documentIdentity, corpus([doc("d", [heading("874"), symbol("884"), cite("r-874", "874", "1993-10-14", 5)])], three), options);
    expect(found?.refs).toEqual([ref(0), ref(1), ref(2)]);
  });

  it("speaks of the own date nearest the adoption: a day before a month", () => {
    expect(identify(headedAs844(dated("1993-11", 8), dated("1993-11-11", 9)), { slackDays: 3 })).toEqual([
      `${NUMBERS} Its content matches "Resolution 884", adopted 12 November 1993: it is dated 11 November 1993, 1 day before its adoption.`,
    ]);
  });

  it("a month is never nearer than a day, even one that starts closer to the adoption", () => {
    // November starts one day before an adoption on 2 November; the 4th is two days after it.
    const second = { ...three, instruments: [...three.instruments.slice(0, 2), instrument("r-884", "884", "1993-11-02")] };
    const claims = headedAs844(dated("1993-11", 8), dated("1993-11-04", 9));
    expect(runCheck(documentIdentity, corpus([doc("d", claims)], second), { ...options, slackDays: 3 }).map((f) => f.message)).toEqual([
      `${NUMBERS} Its content matches "Resolution 884", adopted 2 November 1993: it is dated 4 November 1993, 2 days after its adoption.`,
    ]);
  });

  it("reads an adoption known to the month as contained in it, and a month near an adoption as near it", () => {
    const month = { ...three, instruments: [...three.instruments.slice(0, 2), instrument("r-884", "884", "1993-11")] };
    const run = (claims: Claim[], slackDays: number): string[] =>
      runCheck(documentIdentity, corpus([doc("d", claims)], month), { ...options, slackDays }).map((f) => f.message);
    expect(run(headedAs844(dated("1993-11-11")), 0)).toEqual([
      `${NUMBERS} Its content matches "Resolution 884", adopted November 1993: it is dated 11 November 1993, which contains its adoption.`,
    ]);
    const december = { ...three, instruments: [...three.instruments.slice(0, 2), instrument("r-884", "884", "1993-12-01")] };
    expect(runCheck(documentIdentity, corpus([doc("d", headedAs844(dated("1993-11")))], december), { ...options, slackDays: 1 }).map((f) => f.message)).toEqual(
      [`${NUMBERS} Its content matches "Resolution 884", adopted 1 December 1993: it is dated November 1993, near its adoption.`],
    );
  });
});
