import { describe, expect, it } from "vitest";
import { cachedClasses } from "../../src/text/char-classes.js";

describe("cachedClasses", () => {
  it("asks the classifier once per character of the Basic Multilingual Plane, every time above it", () => {
    const asked: number[] = [];
    const classOf = cachedClasses((cp) => {
      asked.push(cp);
      return cp % 2 === 0 ? 2 : 1;
    });
    expect([classOf(65), classOf(65), classOf(0xffff), classOf(0xffff), classOf(0x10000), classOf(0x10000)]).toEqual([1, 1, 1, 1, 2, 2]);
    expect(asked).toEqual([65, 0xffff, 0x10000, 0x10000]);
  });
});
