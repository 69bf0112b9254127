import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listShrinks, memberKey } from "../../src/checks/list-shrinks.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const list = (items: string[]): Claim => ({ kind: "list", fact: "recognition.us-states", items, quote: "States", line: 1 });
const dated = (id: string, iso: string, items: string[]): LoadedDocument => {
  const d = doc(id, [list(items)]);
  return { ...d, record: { ...d.record, date: { printed: iso, iso, precision: "day" } } };
};
const opts = { facts: ["recognition.us-states"] };

describe("list-shrinks", () => {
  it("treats 'the State of X' and 'X' as one member", () => {
    expect(memberKey("the State of Massachusetts")).toBe(memberKey("Massachusetts"));
  });

  it("is silent when later lists keep every member", () => {
    const c = corpus([dated("a", "2015-02-19", ["California", "Texas"]), dated("b", "2018-02-14", ["the State of California", "Texas", "Idaho"])]);
    expect(runCheck(listShrinks, c, opts)).toEqual([]);
  });

  it("reports a member a later document drops", () => {
    const c = corpus([dated("a", "2015-02-19", ["California", "Texas"]), dated("b", "2017-02-01", ["Texas"])]);
    expect(runCheck(listShrinks, c, opts).map((f) => f.message)).toEqual([
      'b (2017-02-01) does not name "California", which a (2015-02-19) names for recognition.us-states.',
    ]);
  });

  it("property: lists that only grow never give a finding", () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.constantFrom("A", "B", "C", "D", "E"), { maxLength: 5 }), { minLength: 1, maxLength: 5 }), (additions) => {
        let acc: string[] = [];
        const docs = additions.map((add, i) => {
          acc = [...new Set([...acc, ...add, "Z"])];
          return dated(`d${i}`, `201${i}-01-01`, acc);
        });
        expect(runCheck(listShrinks, corpus(docs), opts)).toEqual([]);
      }),
    );
  });
});
