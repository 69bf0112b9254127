import { describe, expect, it } from "vitest";
import type { Use } from "../../src/text/corpus-counts.js";
import { UseList } from "../../src/text/use-list.js";

const useAt = (at: number): Use => ({ document: `d${at}`, line: at, col: 1, printed: `w${at}`, skipped: false, at });

describe("use list", () => {
  // Numbers 10..15 in one shared column; the list is the slice from 2, three long.
  const column = Int32Array.from([10, 11, 12, 13, 14, 15]);
  const list = new UseList(column, 2, 3, useAt);

  it("reads its slice of the shared column, in order, as uses", () => {
    expect(list.length).toBe(3);
    expect([...list].map((u) => u.at)).toEqual([12, 13, 14]);
    expect(list.map((u) => u.printed)).toEqual(["w12", "w13", "w14"]);
  });

  it("is every use's when each passes, and stops at the first that fails", () => {
    const asked: number[] = [];
    expect(list.every((u) => u.at >= 12)).toBe(true);
    expect(
      list.every((u) => {
        asked.push(u.at);
        return u.at < 13;
      }),
    ).toBe(false);
    expect(asked).toEqual([12, 13]);
    expect(new UseList(column, 0, 0, useAt).every(() => false)).toBe(true);
  });
});
