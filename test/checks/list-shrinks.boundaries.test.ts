import { describe, expect, it } from "vitest";
import { listShrinks, memberKey } from "../../src/checks/list-shrinks.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const list = (items: string[], fact = "recognition.us-states"): Claim => ({ kind: "list", fact, items, quote: "States", line: 1 });
const dated = (id: string, iso: string | undefined, claims: Claim[]): LoadedDocument => {
  const d = doc(id, claims);
  return iso === undefined ? d : { ...d, record: { ...d.record, date: { printed: iso, iso, precision: "day" } } };
};
const opts = { facts: ["recognition.us-states"] };
const run = (docs: LoadedDocument[], options: object = opts) => runCheck(listShrinks, corpus(docs), options);

describe("list-shrinks at its boundaries", () => {
  it("member keys drop 'the State/Republic/Parliament of', case and punctuation", () => {
    expect(["The State of Texas", "state of  Texas", "Republic of Texas", "the Parliament of Texas", "TEXAS!"].map(memberKey)).toEqual([
      "texas",
      "texas",
      "texas",
      "texas",
      "texas",
    ]);
    expect(memberKey("United States of America")).toBe("united states of america");
    expect(memberKey("Texas State of mind")).toBe("texas state of mind");
    expect(memberKey("  New-York  ")).toBe("new york");
  });

  it("a finding names what the later document lost, with both lists", () => {
    expect(run([dated("b", "2010-01-01", [list(["Maine"])]), dated("a", "2009-01-01", [list(["Maine", "Texas", "Ohio"])])])).toEqual([
      {
        subject: "recognition.us-states",
        key: "a>b",
        message: 'b (2010-01-01) does not name "Texas" and "Ohio", which a (2009-01-01) names for recognition.us-states.',
        values: [
          { value: ["Maine", "Texas", "Ohio"], refs: [{ document: "a", claim: 0 }] },
          { value: ["Maine"], refs: [{ document: "b", claim: 0 }] },
        ],
        refs: [
          { document: "a", claim: 0 },
          { document: "b", claim: 0 },
        ],
      },
    ]);
  });

  it("compares each document with the one just before it, by date and then id", () => {
    const docs = [dated("c", "2009-01-01", [list(["Maine"])]), dated("a", "2009-01-01", [list(["Maine", "Ohio"])]), dated("b", "2011-01-01", [list(["Ohio"])])];
    expect(run(docs).map((f) => f.key)).toEqual(["a>c", "c>b"]);
  });

  it("all list claims of the fact in a document make its list, the first spelling of a member kept", () => {
    const a = dated("a", "2009-01-01", [list(["Maine"]), list(["the State of Ohio", "Ohio"])]);
    const b = dated("b", "2010-01-01", [list(["Maine"])]);
    const [f] = run([a, b]);
    expect(f?.values[0]).toEqual({
      value: ["Maine", "the State of Ohio"],
      refs: [
        { document: "a", claim: 0 },
        { document: "a", claim: 1 },
      ],
    });
    expect(run([a, dated("b", "2010-01-01", [list(["Maine"]), list(["Ohio"])])])).toEqual([]);
  });

  it("undated documents, other facts and other kinds of claim are left out", () => {
    expect(run([dated("a", "2009-01-01", [list(["Maine", "Ohio"])]), dated("b", undefined, [list(["Maine"])])])).toEqual([]);
    expect(run([dated("a", "2009-01-01", [list(["Maine", "Ohio"])]), dated("b", "2010-01-01", [list(["Maine"], "other")])])).toEqual([]);
    expect(
      run([
        dated("a", "2009-01-01", [list(["Maine", "Ohio"])]),
        dated("b", "2010-01-01", [{ kind: "text", fact: "recognition.us-states", value: "Maine", quote: "Maine", line: 1 }]),
      ]),
    ).toEqual([]);
    expect(
      run([dated("a", "2009-01-01", [list(["Maine", "Ohio"], "other")]), dated("b", "2010-01-01", [list(["Maine"], "other")])], {
        facts: ["recognition.us-states", "other"],
      }),
    ).toHaveLength(1);
  });

  it("member keys allow any run of spaces and punctuation", () => {
    expect(memberKey("the  State  of Texas")).toBe("texas");
    expect(memberKey("New--York")).toBe("new york");
    expect(memberKey("Area 51")).toBe("area 51");
  });
});
