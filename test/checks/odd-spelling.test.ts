import { describe, expect, it } from "vitest";
import { oddSpelling } from "../../src/checks/odd-spelling.js";
import type { EntityEntry } from "../../src/model/registry.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const run = (source: string[], options: Record<string, unknown> = {}, entities: EntityEntry[] = []) =>
  runCheck(oddSpelling, corpus([doc("a", [], [1, source.length])], { source, entities }), options);

describe("odd-spelling", () => {
  it("reports a capitalised word printed once beside another spelling the document prints twice", () => {
    expect(run(["the Stefan Square of Vienne", "residents of Vienna", "in Vienna again"])).toEqual([
      {
        subject: "a",
        key: "odd|Vienne",
        message: 'a prints "Vienne" once (line 1) and "Vienna" 2 times (lines 2, 3).',
        values: [
          { value: "Vienne", refs: [{ document: "a", source: 1, text: "Vienne" }] },
          {
            value: "Vienna",
            refs: [
              { document: "a", source: 2, text: "Vienna" },
              { document: "a", source: 3, text: "Vienna" },
            ],
          },
        ],
        refs: [{ document: "a", source: 1, text: "Vienne" }],
      },
    ]);
    // Twice on one line names the line once.
    expect(run(["other Stales here", "the States and States"]).map((f) => f.message)).toEqual([
      'a prints "Stales" once (line 1) and "States" 2 times (line 2).',
    ]);
  });

  it("needs the other spelling minOther times (2 by default) and the odd one exactly once", () => {
    expect(run(["Vienne", "Vienna"])).toEqual([]);
    expect(run(["Vienne Vienne", "Vienna Vienna"])).toEqual([]);
    expect(run(["Vienne", "Vienna Vienna Vienna"], { minOther: 3 })).toHaveLength(1);
    expect(run(["Vienne", "Vienna Vienna"], { minOther: 3 })).toEqual([]);
    expect(oddSpelling.parseOptions({ minOther: 1 }).ok).toBe(false);
  });

  it("leaves short words, an ending added, an English plural, a word near two others, and names of the alias registry", () => {
    expect(run(["Baku", "Bako Bako"])).toEqual([]);
    expect(run(["Armenian", "Armenia Armenia"])).toEqual([]);
    expect(run(["Ombudsmen", "Ombudsman Ombudsman"])).toEqual([]);
    expect(run(["Barzan", "Barzin Barzin Barzun Barzun"])).toEqual([]);
    const entities: EntityEntry[] = [{ id: "k", name: "Khojaly", kind: "place", aliases: ["Khojaly", "Khojali"] }];
    expect(run(["Khojali", "Khojaly Khojaly"], {}, entities)).toEqual([]);
    expect(run(["Khojalu", "Khojaly Khojaly"], {}, entities)).toEqual([]);
    expect(run(["Khojalo", "Khojala Khojala"]).map((f) => f.key)).toEqual(["odd|Khojalo"]);
  });

  it("reads only capitalised words standing alone: not all capitals, not parts of a compound or a possessive", () => {
    expect(run(["VIENNE", "Vienna Vienna"])).toEqual([]);
    expect(run(["Pre-Vienne", "Vienna Vienna"])).toEqual([]);
    expect(run(["Vienne-based", "Vienna Vienna"])).toEqual([]);
  });
});
