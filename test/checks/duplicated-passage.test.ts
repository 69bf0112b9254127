import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ATTRIBUTION_CUES, duplicatedPassage, sharedPassageOptions } from "../../src/checks/duplicated-passage.js";
import { reportContext } from "../../src/report/data.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import type { DocumentType } from "../../src/model/document.js";
import { corpus, doc, SOURCE } from "../helpers/build-corpus.js";
import { REAL_CORPUS_TIMEOUT, realCorpus, ruleOptions } from "../helpers/real-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const para = "sixty people fled from the town during the assault and were questioned";

/** Fourteen words no other fixture line shares. */
const P14 = "observers counted ninety burnt houses along the northern road beyond the old mill yesterday";
const words = (s: string, n: number): string => s.split(" ").slice(0, n).join(" ");
const filler = (tag: string, n = 6): string => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(" ");

function typed(id: string, line: number, type: DocumentType = "news-report"): LoadedDocument {
  const d = doc(id, [], [line, line]);
  return { ...d, record: { ...d.record, type } };
}

/** One document per line, in order a, b, c ... */
function across(lines: string[], options: Record<string, unknown> = {}, types: DocumentType[] = []) {
  const docs = lines.map((_, i) => typed(String.fromCharCode(97 + i), i + 1, types[i]));
  return runCheck(duplicatedPassage, corpus(docs, { source: lines }), { scope: "across", words: 12, minWords: 14, ...options });
}

describe("duplicated-passage within a document", () => {
  it("reports a passage printed twice in a row inside a document", () => {
    const source = [`${para} by observers.`, "", `Observers questioned ${para} later.`];
    expect(runCheck(duplicatedPassage, corpus([doc("a", [], [1, 3])], { source }), { scope: "within", words: 8 }).map((f) => f.message)).toEqual([
      `a prints the passage "${para}" at line 1 and again at line 3.`,
    ]);
  });

  it("does not report a phrase quoted again far away, nor a headline restated in the lead", () => {
    const far = [para, filler("w", 60), para];
    expect(runCheck(duplicatedPassage, corpus([doc("a", [], [1, 3])], { source: far }), { scope: "within", words: 8 })).toEqual([]);
    const d = doc("a", [], [1, 2]);
    const headline = { ...d, record: { ...d.record, title: para.toUpperCase() } };
    expect(runCheck(duplicatedPassage, corpus([headline], { source: [para.toUpperCase(), `Today ${para}.`] }), { scope: "within", words: 8 })).toEqual([]);
  });

  // The repeat runs from the headline into the lead, so it is in neither alone.
  const head = "THE REPORT ON RIVER WATER QUALITY BY THE TOWN WORKERS CAME OUT";
  const lead = "The report on river water quality by the town and county workers came out. The report on river water by the town was printed.";
  const titled = (title: string): LoadedDocument => {
    const d = doc("a", [], [1, 2]);
    return { ...d, record: { ...d.record, title } };
  };
  const within = (title: string, source: string[]): string[] =>
    runCheck(duplicatedPassage, corpus([titled(title)], { source }), { scope: "within", words: 8 }).map((f) => f.message);

  it("does not report a headline restated in the lead when the repeat starts inside the printed headline", () => {
    expect(within(head, [head, lead])).toEqual([]);
    expect(within("ANOTHER TITLE", [head, lead])).toEqual([
      'a prints the passage "the report on river water quality by the town" at line 1 and again at line 2.',
      'a prints the passage "workers came out the report on river water" at line 1 and again at line 2.',
    ]);
  });

  it("suppresses a repeat whose first copy starts at the headline's last word, not one starting just after it", () => {
    const phrase = "one two three four five six seven";
    expect(within("ALPHA BETA GAMMA DELTA", ["ALPHA BETA GAMMA DELTA", `${phrase} ${filler("x", 3)} delta ${phrase}`])).toEqual([]);
    expect(within("ALPHA BETA GAMMA DELTA", ["ALPHA BETA GAMMA DELTA", `${phrase} eight ${filler("x", 3)} ${phrase} eight`])).toEqual([
      `a prints the passage "${phrase} eight" at line 2 and again at line 2.`,
    ]);
  });
});

describe("duplicated-passage within a document: boundaries and fields", () => {
  const eight = "one two three four five six seven eight";
  const run = (source: string[], options: Record<string, unknown> = {}, title?: string) => {
    const d = doc("a", [], [1, source.length]);
    const titled = title === undefined ? d : { ...d, record: { ...d.record, title } };
    return runCheck(duplicatedPassage, corpus([titled], { source }), { scope: "within", words: 8, ...options });
  };

  it("gives every field of the finding, its key cut to 40 characters of the passage", () => {
    const refs = [
      { document: "a", source: 1 },
      { document: "a", source: 3 },
    ];
    expect(run([`${para} by observers.`, "", `Observers questioned ${para} later.`])).toEqual([
      {
        subject: "a",
        key: "within|3|sixty people fled from the town during t",
        message: `a prints the passage "${para}" at line 1 and again at line 3.`,
        values: [{ value: para, refs }],
        refs,
      },
    ]);
  });

  it("a copy that starts right where the first ends is printed twice; a window met again within its own length is not", () => {
    expect(run([`${eight} ${eight}`]).map((f) => f.values[0]?.value)).toEqual([eight]);
    // One word over and over: each window is met again one word later, a passage first at eight words.
    const la = Array.from({ length: 20 }, () => "la").join(" ");
    expect(run([`start ${la}`]).map((f) => f.message)).toEqual([`a prints the passage "${words(la, 12)}" at line 1 and again at line 1.`]);
  });

  it("maxGap: a repeat at most that many words after the first copy ends, one step each side", () => {
    expect(run([`lead ${eight} x y z ${eight}`], { maxGap: 3 }).map((f) => f.values[0]?.value)).toEqual([eight]);
    expect(run([`lead ${eight} x y z w ${eight}`], { maxGap: 3 })).toEqual([]);
  });

  it("a passage inside the title, even where the title is not printed and its punctuation differs", () => {
    const source = [`${para} by observers.`, "", `Observers questioned ${para} later.`];
    expect(run(source, {}, "Report: sixty people fled from the town during the assault, and were questioned")).toEqual([]);
    expect(run(source, {}, "Report: sixty people fled from the town during the assault, and were released").map((f) => f.key)).toEqual([
      "within|3|sixty people fled from the town during t",
    ]);
  });

  it("finds the printed headline after a dateline, however many of its words stand earlier", () => {
    const title = "ALPHA BETA GAMMA DELTA";
    // "beta" stands second in the dateline as in the title: the headline is the four words in a row.
    const dateline = "Baku BETA news";
    expect(run([dateline, title, `${eight} x0 x1 delta ${eight}`], {}, title)).toEqual([]);
    // A repeat from the headline's first word into the lead is the headline restated.
    expect(run([dateline, title, `${words(eight, 4)} x0 x1 alpha beta gamma delta ${words(eight, 4)}`], {}, title)).toEqual([]);
    // A repeat that starts before the headline is no part of it.
    expect(run([`${eight} ${title}`, `x0 ${eight} x1`], {}, title).map((f) => f.values[0]?.value)).toEqual([eight]);
  });
});

describe("duplicated-passage across documents (shared-passage)", () => {
  it("reports two documents sharing a passage, with its text, length and both places", () => {
    const found = across([`Today ${P14} and more.`, `Earlier: ${P14}.`, filler("z")]);
    expect(found).toEqual([
      {
        subject: "a / b",
        key: "across",
        message: `a and b share 1 passage of 14 words, "${P14}" (lines 1 and 2): one reproduces text of the other, or both reproduce a common source.`,
        values: [
          {
            value: P14,
            refs: [
              { document: "a", source: 1, text: P14 },
              { document: "b", source: 2, text: P14 },
            ],
          },
        ],
        refs: [
          { document: "a", source: 1, text: P14 },
          { document: "b", source: 2, text: P14 },
        ],
      },
    ]);
  });

  it("counts maximal passages and their words, not overlapping windows", () => {
    const long = `${P14} ${filler("q", 10)}`;
    const [f] = across([`Start ${long} end.`, `Begin ${long} stop.`]);
    expect(f?.message).toBe(
      'a and b share 1 passage of 24 words, "observers counted ninety burnt houses along the northern … q4 q5 q6 q7 q8 q9" (lines 1 and 2): one reproduces text of the other, or both reproduce a common source.',
    );
    expect(f?.values.map((v) => v.value)).toEqual([long]);
    const two = across([`${P14} ${filler("u")} ${words(para, 12)}`, `${P14} ${filler("v")} ${words(para, 12)}`]);
    expect(two[0]?.message).toContain("share 2 passages, 26 words in all, the longest of 14 words");
  });

  it("needs minWords words of evidence and passages of `words` words: one step each side", () => {
    expect(across([words(P14, 13), words(P14, 13)])).toEqual([]);
    expect(across([P14, P14]).map((f) => f.subject)).toEqual(["a / b"]);
    expect(across([P14, P14], { minWords: 15 })).toEqual([]);
    expect(across([words(P14, 11), words(P14, 11)], { minWords: 1 })).toEqual([]);
    expect(across([words(P14, 12), words(P14, 12)], { minWords: 1 }).map((f) => f.subject)).toEqual(["a / b"]);
  });

  it("does not count a passage both print as a quotation of a third source", () => {
    expect(across([`Newsweek wrote: “${P14}” in March.`, `As one magazine put it, "${P14}" then.`])).toEqual([]);
    expect(across([`According to the mission, ${P14}.`, `The mission said ${P14}.`])).toEqual([]);
    // Quoted by one only: one may reproduce the other.
    expect(across([`Newsweek wrote: “${P14}” in March.`, `Our reporter saw that ${P14}.`]).map((f) => f.subject)).toEqual(["a / b"]);
  });

  it("mentions a common quotation beside other evidence, and a short quoted name is no quotation", () => {
    const quote = words(para, 12);
    const [f] = across([`${P14}. Then “${quote}” he wrote.`, `${P14}. Later “${quote}” she wrote.`]);
    expect(f?.message).toBe(
      `a and b share 1 passage of 14 words, "${P14}" (lines 1 and 2) (besides 1 quotation both print): one reproduces text of the other, or both reproduce a common source.`,
    );
    const named = 'observers counted ninety burnt houses along the "Northern Road" beyond the old mill yesterday';
    expect(across([named, named])[0]?.message).toContain("share 1 passage of 14 words");
  });

  it("learns stock wording: a phrase most documents of one type print is no evidence", () => {
    const stock = "decides to remain actively seized of the matter";
    const resolution: DocumentType = "un-security-council-resolution";
    const lines = [`${stock} ${filler("a")}`, `${stock} ${filler("b")}`, `${stock} ${filler("c")}`, filler("d")];
    // a and b share 8 stock words and 6 more: 14 words of span, 6 of them evidence.
    lines[0] = `${stock} adopted by the council at its meeting`;
    lines[1] = `${stock} adopted by the council at its meeting`;
    const types = [resolution, resolution, resolution, resolution];
    expect(across(lines, { minWords: 1 }, types)).toEqual([]);
    // Printed by 3 of 4 resolutions: stock when 3 documents suffice, not when 4 are needed.
    expect(across(lines, { minWords: 1, boilerplateMinDocuments: 4 }, types).map((f) => f.subject)).toEqual(["a / b"]);
    // More than half of the type: 3 of 4 is more than 0.74 of 4, not more than 0.75 of 4.
    expect(across(lines, { minWords: 1, boilerplateShare: 0.74 }, types)).toEqual([]);
    expect(across(lines, { minWords: 1, boilerplateShare: 0.75 }, types).map((f) => f.subject)).toEqual(["a / b"]);
    // Learnt from phrases of boilerplateWords words: the 8-word formula is not a 9-word phrase of three documents.
    expect(across(lines, { minWords: 1, boilerplateWords: 9 }, types).map((f) => f.subject)).toEqual(["a / b"]);
    // The same phrase in documents of different types is no type's stock wording.
    expect(across(lines, { minWords: 1 }, [resolution, "decree", "appeal", "news-report"]).map((f) => f.subject)).toEqual(["a / b"]);
  });

  it("takes a passage printed by more than maxSharers documents for boilerplate", () => {
    // Three types, so that no type's stock wording hides it.
    const lines = [P14, `x ${P14}`, `y ${P14}`];
    const types: DocumentType[] = ["decree", "appeal", "news-report"];
    expect(across(lines, { maxSharers: 2 }, types)).toEqual([]);
    expect(across(lines, { maxSharers: 3 }, types).map((f) => f.subject)).toEqual(["a / b / c"]);
  });

  it("reports documents linked by shared passages as one group, naming the pairs that share most", () => {
    const other = `${words(para, 12)} ${filler("k", 3)}`;
    const lines = [P14, `${P14} ${filler("m")} ${other}`, other, filler("n")];
    const found = across(lines);
    expect(found.map((f) => f.subject)).toEqual(["a / b / c"]);
    expect(found[0]?.message).toBe(
      `3 documents share passages (one reproduces text of another, or they reproduce a common source): b and c share 1 passage of 15 words, "${other}" (lines 2 and 3); a and b share 1 passage of 14 words, "${P14}" (lines 1 and 2).`,
    );
    expect(across(lines, { showPairs: 1 })[0]?.message).toMatch(/\(lines 2 and 3\); 1 more pair shares 14 words\.$/);
  });

  it("groups the same documents whatever order the corpus lists them in, and a finding is symmetric in its documents", () => {
    const pool = [P14, `${words(para, 12)} alpha beta`, filler("seg", 14), filler("part", 16)];
    const kinds: DocumentType[] = ["news-report", "decree", "appeal"];
    const text = fc.array(fc.constantFrom(0, 1, 2, 3), { maxLength: 3 }).map((segs) => segs.map((i, k) => `w${k} ${pool[i] ?? ""}`).join(" "));
    const docArb = fc.array(fc.tuple(text, fc.constantFrom(...kinds)), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(docArb, fc.nat(), (ds, seed) => {
        const source = ds.map(([t]) => t);
        const docs = ds.map(([, type], i) => typed(`d${i}`, i + 1, type));
        const order = docs.map((_, i) => i).sort((x, y) => ((x * 7919 + seed) % 11) - ((y * 7919 + seed) % 11) || x - y);
        const options = { scope: "across", words: 12, minWords: 14 };
        const once = runCheck(duplicatedPassage, corpus(docs, { source }), options);
        const reordered = runCheck(
          duplicatedPassage,
          corpus(
            order.map((i) => docs[i] as LoadedDocument),
            { source },
          ),
          options,
        );
        expect(reordered).toEqual(once);
      }),
      { numRuns: 100 },
    );
    // Swapping which document holds which text swaps the places, not what is shared.
    const ab = across([`x ${P14}`, `y z ${P14}`])[0];
    const ba = across([`y z ${P14}`, `x ${P14}`])[0];
    expect(ab?.message.replace("lines 1 and 2", "")).toBe(ba?.message.replace("lines 1 and 2", ""));
    expect(ab?.values[0]?.value).toBe(ba?.values[0]?.value);
  });

  it("gives the report's independence counts the rule's groups: one group, one source", () => {
    const lines = [P14, `${filler("m")} ${P14}`, filler("n")];
    const c = corpus(
      lines.map((_, i) => typed(String.fromCharCode(97 + i), i + 1)),
      { source: lines },
    );
    const rule = {
      entry: {
        id: "shared-passage",
        check: "duplicated-passage",
        severity: "info" as const,
        rationale: "r",
        options: { scope: "across", words: 12, minWords: 14 },
      },
    };
    const at = { file: "rules/core.yaml", line: 1, checkAt: { line: 1, col: 1 }, optionsAt: { line: 1, col: 1 } };
    expect(reportContext({ ...c, rules: [{ ...rule, ...at }] }, []).sourceGroup).toEqual({ a: "a", b: "a", c: "c" });
    expect(
      reportContext({ ...c, rules: [{ ...rule, ...at, entry: { ...rule.entry, options: { ...rule.entry.options, minWords: 15 } } }] }, []).sourceGroup,
    ).toEqual({
      a: "a",
      b: "b",
      c: "c",
    });
  });

  it("searches with the rule's options only when the scope is across", () => {
    expect(sharedPassageOptions({ scope: "within" })).toBeUndefined();
    expect(sharedPassageOptions({ scope: "across", words: 10 })).toEqual({
      words: 10,
      minWords: 14,
      maxSharers: 25,
      boilerplateWords: 8,
      boilerplateShare: 0.5,
      boilerplateMinDocuments: 3,
      cues: ATTRIBUTION_CUES,
    });
  });

  it("shows a passage of sixteen words whole and one of seventeen as its first eight and last six", () => {
    const p16 = `${P14} q0 q1`;
    expect(across([p16, p16])[0]?.message).toContain(`"${p16}" (lines 1 and 2)`);
    expect(across([`${p16} q2`, `${p16} q2`])[0]?.message).toContain(
      '"observers counted ninety burnt houses along the northern … old mill yesterday q0 q1 q2" (lines 1 and 2)',
    );
  });

  it("names the longest passage of a pair wherever it stands", () => {
    const [f] = across([`${words(para, 12)} ${filler("u")} ${P14}`, `${words(para, 12)} ${filler("v")} ${P14}`]);
    expect(f?.message).toContain(`share 2 passages, 26 words in all, the longest of 14 words "${P14}" (lines 1 and 2)`);
  });

  it("counts quotations both print, in the plural", () => {
    const q1 = words(para, 12);
    const q2 = "the committee asked every family to write down what it had seen";
    const [f] = across([`${P14}. Then “${q1}” he wrote, and “${q2}” too.`, `${P14}. Later “${q1}” she wrote, and “${q2}” too.`]);
    expect(f?.message).toContain("(besides 2 quotations both print)");
  });

  it("names a group of four documents in full and a larger one by its first three and a count; a passage they all print once per place", () => {
    const four = across([P14, `a ${P14}`, `b ${P14}`, `c ${P14}`], {}, ["decree", "appeal", "news-report", "letter"]);
    expect(four.map((f) => f.subject)).toEqual(["a / b / c / d"]);
    expect(four[0]?.values).toEqual([
      {
        value: P14,
        refs: ["a", "b", "c", "d"].map((document, i) => ({ document, source: i + 1, text: P14 })),
      },
    ]);
    const five = across([P14, `a ${P14}`, `b ${P14}`, `c ${P14}`, `d ${P14}`], {}, ["decree", "appeal", "news-report", "letter", "statement"]);
    expect(five.map((f) => f.subject)).toEqual(["a / b / c and 2 more"]);
    expect(five[0]?.message).toMatch(/; 7 more pairs share 98 words\.$/);
  });

  it("keeps one place per document and line: two documents of two source files at the same line are two places", () => {
    const b = doc("b", [], [1, 1]);
    const other = { ...b, record: { ...b.record, source: { ...b.record.source, file: "data/sources/other.txt" } } };
    const c = corpus([doc("a", [], [1, 1]), other]);
    const found = runCheck(
      duplicatedPassage,
      {
        ...c,
        sources: new Map([
          [SOURCE, [`${P14} one`]],
          ["data/sources/other.txt", [`two ${P14}`]],
        ]),
      },
      { scope: "across", words: 12, minWords: 14 },
    );
    expect(found[0]?.values).toEqual([
      {
        value: P14,
        refs: [
          { document: "a", source: 1, text: P14 },
          { document: "b", source: 1, text: P14 },
        ],
      },
    ]);
  });

  it("on the real corpus: groups, not pairs, and no link made by a common quotation or stock wording alone", { timeout: REAL_CORPUS_TIMEOUT }, () => {
    const real = realCorpus();
    const found = runCheck(duplicatedPassage, real, ruleOptions(real, "shared-passage"));
    expect(found.map((f) => f.subject)).toEqual([
      "2008-02-26-president-attended-commemorative-ceremony / 2009-02-26-president-attended-commemorative-ceremony",
      "2009-02-17-khojaly-idps-address-un-coe-osce / 2009-02-24-khojaly-idps-call-upon-un-coe-osce / 2009-02-27-khojaly-victims-remembered-st-petersburg / 2009-02-27-khojaly-victims-revered-in-china",
      "2009-02-26-president-attends-commemorative-ceremony-azertac / 2010-02-26-president-attends-khojaly-commemorative-ceremony / 2018-02-26-president-attends-commemoration-ceremony",
      "2010-01-30-us-azerbaijanis-letter-to-us-president / 2010-02-01-51-country-parliamentarians-recognize / 2010-02-01-oic-parliamentary-union-resolution",
      "2012-02-23-presidential-message-20th-anniversary / 2012-02-26-nationwide-march-in-baku-20th-anniversary",
      "2013-02-19-ombudsperson-statement-21st-anniversary / 2015-02-19-ombudsman-statement-23rd-anniversary / 2017-02-01-ombudsman-statement-25th-anniversary / 2018-02-14-ombudsman-statement-26th-anniversary",
      "2017-01-24-president-signs-order-25th-anniversary / 2017-01-27-plan-of-events-25th-anniversary",
      "unsc-res-822-1993 / unsc-res-844-1993 / unsc-res-853-1993 / unsc-res-874-1993",
    ]);
    // The Newsweek sentence three documents quote links none of them.
    expect(found.some((f) => f.subject.includes("2008-02-26-mfa-press-service-report"))).toBe(false);
    expect(found.some((f) => f.subject.includes("2009-02-28-us-congressman-whitfield-statement"))).toBe(false);
  });
});
