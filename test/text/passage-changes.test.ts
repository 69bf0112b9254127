import { describe, expect, it } from "vitest";
import { sharedPassageOptions } from "../../src/checks/duplicated-passage.js";
import { passageChanges } from "../../src/text/passage-changes.js";
import { corpus, doc } from "../helpers/build-corpus.js";

/** Fourteen words no other fixture line shares, and twenty more. */
const P14 = "observers counted ninety burnt houses along the northern road beyond the old mill yesterday";
const Q20 = "sixty people fled from the town during the long assault and were questioned at the border post by the guards";
const TAIL = "before the rain came down on the valley";
const search = sharedPassageOptions({ words: 12, minWords: 14, scope: "across" });
const DIFF = { maxChange: 3, resync: 4 };

/** One document per line, named by the ids given. */
function corpusOf(lines: Record<string, string>) {
  const docs = Object.keys(lines).map((id, i) => doc(id, [], [i + 1, i + 1]));
  return corpus(docs, { source: Object.values(lines) });
}

describe("passageChanges", () => {
  if (!search) throw new Error("bad search options");

  it("is computed once per corpus and options: asked again, it gives the same list", () => {
    const c = corpusOf({ a: `${P14} and Seventy ${TAIL}.`, b: `${P14} and Sixty ${TAIL}.` });
    expect(passageChanges(c, search, DIFF)).toBe(passageChanges(c, search, DIFF));
  });

  it("keeps the lists of different diff options apart", () => {
    const c = corpusOf({ a: `${P14} and two more ${TAIL}.`, b: `${P14} and several ${TAIL}.` });
    expect(passageChanges(c, search, { ...DIFF, maxChange: 1 })).toEqual([]);
    expect(passageChanges(c, search, DIFF).map((p) => p.changes)).toEqual([[{ a: [15, 17], b: [15, 16] }]]);
  });

  it("lists the pairs by their documents' ids, not by the words they share", () => {
    // a shares more words with c than with b: the shared-passage search lists a / c first.
    const c = corpusOf({
      a: `${P14} and Seventy ${TAIL}. ${Q20} and Ten of them stayed there all winter.`,
      b: `${P14} and Sixty ${TAIL}.`,
      c: `${Q20} and Nine of them stayed there all winter.`,
    });
    expect(passageChanges(c, search, DIFF).map((p) => `${p.pair.a} / ${p.pair.b}`)).toEqual(["a / b", "a / c"]);
  });
});
