import { describe, expect, it } from "vitest";
import { entityMentions, spellingVariant } from "../../src/checks/spelling-variant.js";
import type { EntityEntry } from "../../src/model/registry.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const entities: EntityEntry[] = [{ id: "khojaly", name: "Khojaly", kind: "place", aliases: ["Khojaly", "Khojali"] }];
const typos = (source: string[], o: object = {}, es: EntityEntry[] = entities): string[] =>
  runCheck(spellingVariant, corpus([doc("a", [], [1, source.length])], { source, entities: es }), { scope: "typos", ...o }).map((f) => f.message);

describe("spelling-variant at its boundaries", () => {
  it("typos: a near miss within maxDistance edits, not one beyond; every line it stands on", () => {
    expect(typos(["in Khojlay", "and Khojlay"], { maxDistance: 2 })).toEqual([
      '"Khojlay" (a line 1, a line 2) is close to "Khojaly" but is no known spelling of Khojaly: a probable typo.',
    ]);
    expect(typos(["in Khojlay"], { maxDistance: 1 })).toEqual([]);
    expect(typos(["in Khojxly"], { maxDistance: 1 })).toHaveLength(1);
  });

  it("typos: words shorter than minLength are never near misses", () => {
    const short: EntityEntry[] = [{ id: "baku", name: "Baku", kind: "place", aliases: ["Bakuu"] }];
    expect(typos(["in Bakuuv"], { minLength: 6 }, short)).toHaveLength(1);
    expect(typos(["in Bakuuv"], { minLength: 7 }, short)).toEqual([]);
  });

  it("typos: an alias of several words is no spelling to be near; the entity's name is named, the alias as registered", () => {
    const es: EntityEntry[] = [{ id: "nk", name: "Nagorno-Karabakh", kind: "place", aliases: ["Nagorno Karabakh", "KARABAKH"] }];
    expect(typos(["in Karabakkh"], {}, es)).toEqual([
      '"Karabakkh" (a line 1) is close to "KARABAKH" but is no known spelling of Nagorno-Karabakh: a probable typo.',
    ]);
    expect(typos(["in Nagorrno"], {}, es)).toEqual([]);
  });

  it("variants: a term is no entity; the longest alias wins where aliases overlap; case is print, not spelling", () => {
    const es: EntityEntry[] = [
      { id: "nk", name: "Nagorno-Karabakh", kind: "place", aliases: ["Nagorno-Karabakh", "Nagorny Karabakh"] },
      { id: "k", name: "Karabakh", kind: "place", aliases: ["Karabakh", "Garabagh"] },
      { id: "t", name: "genocide", kind: "term", aliases: ["genocide", "genocid"] },
    ];
    const c = corpus([doc("a", [], [1, 2])], { source: ["the NAGORNO-KARABAKH genocide", "Nagorny Karabakh and Karabakh genocid"], entities: es });
    expect(entityMentions(c).map((m) => [m.entity.id, m.spelling, m.text, m.line])).toEqual([
      ["nk", "Nagorno-Karabakh", "NAGORNO-KARABAKH", 1],
      ["nk", "Nagorny Karabakh", "Nagorny Karabakh", 2],
      ["k", "Karabakh", "Karabakh", 2],
    ]);
    expect(runCheck(spellingVariant, c, { scope: "variants" }).map((f) => f.message)).toEqual([
      'a spells Nagorno-Karabakh two ways: "Nagorno-Karabakh" 1 time (line 1); "Nagorny Karabakh" 1 time (line 2).',
    ]);
  });

  it("variants: a gloss needs the same entity on both sides of an opening bracket, closed after the second", () => {
    const es: EntityEntry[] = [{ id: "kh", name: "Khankendi", kind: "place", aliases: ["Khankendi", "Stepanakert"] }];
    const glossOf = (line: string): boolean[] => entityMentions(corpus([doc("a", [], [1, 1])], { source: [line], entities: es })).map((m) => m.gloss);
    expect(glossOf("in Khankendi (Stepanakert) today")).toEqual([true, true]);
    expect(glossOf("in Khankendi ( Stepanakert ) today")).toEqual([true, true]);
    expect(glossOf("in Khankendi, Stepanakert) today")).toEqual([false, false]);
    expect(glossOf("in Khankendi (Stepanakert today")).toEqual([false, false]);
    expect(glossOf("in Khankendi and Stepanakert")).toEqual([false, false]);
  });

  it("variants: an address is no spelling", () => {
    const c = corpus([doc("a", [], [1, 1])], { source: ["see www.khojali.az and Khojaly"], entities });
    expect(entityMentions(c).map((m) => [m.text, m.address])).toEqual([
      ["khojali", true],
      ["Khojaly", false],
    ]);
  });
});
