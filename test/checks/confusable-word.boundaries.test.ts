import { describe, expect, it } from "vitest";
import { CONFUSIONS, confusableWord } from "../../src/checks/confusable-word.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

/** Whether the confusion of `printed` fits between `before` and `after`. */
function fits(printed: string, before: string | undefined, after: string | undefined): boolean {
  const c = CONFUSIONS.find((x) => x.printed === printed);
  if (!c) throw new Error(`no confusion for ${printed}`);
  return c.fits(before, after);
}

type Row = [before: string | undefined, after: string | undefined, expected: boolean];

describe("each confusion's context, one member of each list on each side", () => {
  it.each<[string, Row[]]>([
    [
      "form",
      [
        ["driven", "their", true],
        ["taken", "them", true],
        // A participle that can also be a noun, a base verb or a present verb: "form" may stand there.
        ["accused", "their", false],
        ["typeset", "their", false],
        ["been", "their", false],
        ["homes", "their", false],
        ["driven", "homes", false],
        ["driven", undefined, false],
        [undefined, "their", false],
      ],
    ],
    [
      "from",
      [
        ["a", "of", true],
        ["an", "of", true],
        ["the", "of", true],
        ["this", "of", false],
        ["a", "in", false],
        [undefined, "of", false],
      ],
    ],
    [
      "then",
      [
        ["more", undefined, true],
        ["abler", undefined, true],
        ["bigger", undefined, true],
        ["earlier", undefined, false],
        ["and", undefined, false],
        [undefined, "a", false],
      ],
    ],
    [
      "than",
      [
        ["and", undefined, true],
        ["since", undefined, true],
        ["until", undefined, true],
        ["till", undefined, true],
        ["when", undefined, false],
        [undefined, undefined, false],
      ],
    ],
    [
      "its",
      [
        [undefined, "been", true],
        [undefined, "being", true],
        [undefined, "not", true],
        [undefined, "a", true],
        [undefined, "an", true],
        [undefined, "the", false],
        ["been", undefined, false],
      ],
    ],
    [
      "it's",
      [
        ["of", "own", true],
        ["has", "own", true],
        ["took", "memory", true],
        ["says", "memory", true],
        ["of", "homes", true],
        ["of", "sheep", true],
        ["and", "own", false],
        ["and", "memory", false],
        ["of", "dead", false],
        ["of", undefined, false],
        [undefined, "own", false],
      ],
    ],
    [
      "loose",
      [
        ["will", undefined, true],
        ["to", undefined, true],
        ["not", undefined, true],
        ["never", undefined, true],
        ["and", undefined, false],
        [undefined, "the", false],
      ],
    ],
    [
      "their",
      [
        [undefined, "are", true],
        [undefined, "was", true],
        [undefined, "homes", false],
        [undefined, undefined, false],
      ],
    ],
    [
      "there",
      [
        ["of", "homes", true],
        ["in", "memory", true],
        ["and", "homes", false],
        ["of", "driven", false],
        ["of", undefined, false],
        [undefined, "homes", false],
      ],
    ],
    [
      "off",
      [
        ["memory", "the", true],
        ["homes", "their", true],
        ["sheep", "a", true],
        ["driven", "the", false],
        ["memory", "homes", false],
        ["memory", undefined, false],
        [undefined, "the", false],
      ],
    ],
  ])("%s", (printed, rows) => {
    expect(rows.map(([b, a]) => [b, a, fits(printed, b, a)])).toEqual(rows);
  });
});

describe("confusable-word's finding", () => {
  it("carries the printed word as its value, at its line", () => {
    const c = corpus([doc("d", [], [1, 3])], { source: ["It took more than a day.", "It took more than a day.", "It took more then a day."] });
    const [f] = runCheck(confusableWord, c);
    const ref = { document: "d", source: 3, text: "then" };
    expect(f?.values).toEqual([{ value: "then", refs: [ref] }]);
    expect(f?.subject).toBe("d");
  });
});
