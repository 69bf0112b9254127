import { describe, expect, it } from "vitest";
import type { EntityEntry } from "../../src/model/registry.js";
import { aliasWords, nameClusters } from "../../src/text/name-clusters.js";
import { transliterationKey } from "../../src/text/transliteration.js";
import { corpus, doc } from "../helpers/build-corpus.js";

const clusters = (source: string[], entities: EntityEntry[] = [], edits?: number, length?: number): string[] =>
  nameClusters(corpus([doc("a", [], [1, source.length])], { source, entities }), edits, length).map(
    (c) => `${c.spellings.map((w) => `${w.printed}:${w.uses.length}`).join(" ")}${c.registered ? " (registered)" : ""}`,
  );

describe("nameClusters", () => {
  it("groups spellings of one transliteration key, most used first, then code point", () => {
    expect(transliterationKey("Khatyn")).toBe(transliterationKey("Hatyn"));
    expect(clusters(["in Khatyn and Hatyn", "in Hatyn"])).toEqual(["Hatyn:2 Khatyn:1"]);
    expect(clusters(["in Khatyn and Hatyn"])).toEqual(["Hatyn:1 Khatyn:1"]);
    expect(clusters(["in Hatyn and Khatyn"])).toEqual(["Hatyn:1 Khatyn:1"]);
  });

  it("breaks a tie of uses by the printed form's code points, not the lower-case word's", () => {
    // Lower case puts garadagli first; printed, "GARADGLI" (A before a) comes first.
    expect(clusters(["in Garadagli and GARADGLI"])).toEqual(["GARADGLI:1 Garadagli:1"]);
    expect(clusters(["in GARADAGLI and Garadgli"])).toEqual(["GARADAGLI:1 Garadgli:1"]);
  });

  it("joins keys one edit apart of six letters or more sharing first and last letter, not shorter ones nor other ends", () => {
    // garadagli / garadgli: one letter dropped, seven letters.
    expect(clusters(["in Garadagli and Garadgli"])).toEqual(["Garadagli:1 Garadgli:1"]);
    // Five letters: kept apart.
    expect(clusters(["in Zubak and Zubok"])).toEqual([]);
    // A different last letter (a surname and its feminine form): kept apart.
    expect(clusters(["in Mammadov and Mammadova"])).toEqual([]);
    // A different first letter: kept apart.
    expect(clusters(["in Garadagli and Baradagli"])).toEqual([]);
    // Two edits: kept apart.
    expect(clusters(["in Garadagli and Garaxygli"])).toEqual([]);
    // Six letters is long enough; two letters swapped are two edits, even where the keys share a deletion.
    expect(clusters(["in Barzan and Barzun"])).toEqual(["Barzan:1 Barzun:1"]);
    expect(clusters(["in Barzan and Bazran"])).toEqual([]);
  });

  it("joins a vowel, g for h or a scanner's look-alike at the last letter too (the registry's character confusions)", () => {
    expect(clusters(["in Nagorno and Nagorni"])).toEqual(["Nagorni:1 Nagorno:1"]);
    expect(clusters(["in Oganyan and Ohanyan"])).toEqual(["Oganyan:1 Ohanyan:1"]);
    expect(clusters(["in Barzan and Barzat"])).toEqual([]);
    const ocr = corpus([doc("a", [], [1, 1])], { source: ["in Gorodoc and Gorodoe"] });
    expect(nameClusters(ocr).map((c) => c.spellings.map((w) => w.printed).join(" "))).toEqual([]);
    const withOcr = { ...ocr, confusions: { ...ocr.confusions, characters: [{ printed: "c", read: "e", reason: "faint bar" }] } };
    expect(nameClusters(withOcr).map((c) => c.spellings.map((w) => w.printed).join(" "))).toEqual(["Gorodoc Gorodoe"]);
  });

  it("orders clusters by their first spelling", () => {
    expect(clusters(["Khatyn Hatyn and Garadgli Garadagli"])).toEqual(["Garadagli:1 Garadgli:1", "Hatyn:1 Khatyn:1"]);
    // By the most used spelling, not the spelling first in code-point order: "Khatyn" leads its
    // cluster and sorts after "Ismail", though "Hatyn" sorts before it.
    expect(clusters(["in Hatyn and Khatyn, Khatyn", "Ismayil and Ismail"])).toEqual(["Ismail:1 Ismayil:1", "Khatyn:2 Hatyn:1"]);
  });

  it("marks a cluster registered only when every spelling is an alias word; near misses of an alias are left out", () => {
    const entities: EntityEntry[] = [{ id: "k", name: "Khatyn", kind: "place", aliases: ["Khatyn", "Hatyn"] }];
    expect(clusters(["in Khatyn and Hatyn"], entities)).toEqual(["Hatyn:1 Khatyn:1 (registered)"]);
    const one: EntityEntry[] = [{ id: "k", name: "Khatyn", kind: "place", aliases: ["Khatyn"] }];
    expect(clusters(["in Khatyn and Hatyn"], one)).toEqual(["Hatyn:1 Khatyn:1"]);
    const garadagli: EntityEntry[] = [{ id: "g", name: "Garadagli", kind: "place", aliases: ["Garadagli"] }];
    expect(clusters(["in Garadagli and Garadgli"], garadagli)).toEqual([]);
    expect(clusters(["in Garadagli and Garadgli"], garadagli, 1, 9)).toEqual(["Garadagli:1 Garadgli:1"]);
    expect(clusters(["in Garadagli and Garadgli"], garadagli, 1, 8)).toEqual([]);
  });

  it("aliasWords: every word of every alias, lower case, split at spaces and hyphens", () => {
    const c = corpus([], { entities: [{ id: "n", name: "N", kind: "place", aliases: ["Nagorno-Karabakh", "Upper  Garabagh"] }] });
    expect([...aliasWords(c)].sort()).toEqual(["garabagh", "karabakh", "nagorno", "upper"]);
  });
});
