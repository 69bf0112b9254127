import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines } from "../src/load/files.js";
import { decodeLines } from "../src/load/sources.js";

// The whole text decoded and split: how sources were read before each line was decoded on its own.
const wholeThenSplit = (bytes: Uint8Array): string[] => splitLines(new TextDecoder("utf-8").decode(bytes));

describe("source lines decoded one by one", () => {
  it("are the lines of the whole text: CRLF and LF, a last line without a break, a byte order mark dropped", () => {
    const bytes = Buffer.from("\ufeffKhojaly\r\nХоджалы 613\n\nlast", "utf8");
    expect(decodeLines(bytes)).toEqual(["Khojaly", "Ходжалы 613", "", "last"]);
    expect(decodeLines(Buffer.from("a\n", "utf8"))).toEqual(["a"]);
    expect(decodeLines(Buffer.from("a\r\r\nb\r", "utf8"))).toEqual(["a\r", "b\r"]);
    expect(decodeLines(Buffer.from("\n", "utf8"))).toEqual([""]);
    expect(decodeLines(Buffer.alloc(0))).toEqual([]);
  });

  it("equal the whole text decoded and split, on any bytes, broken UTF-8 included (property)", () => {
    const byte = fc.oneof(fc.constantFrom(10, 13, 0xef, 0xbb, 0xbf, 0xd0, 0x9a, 0xe2, 0x80, 0x99, 0xf0, 0x9f), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), (bytes) => {
        const b = Uint8Array.from(bytes);
        expect(decodeLines(Buffer.from(b))).toEqual(wholeThenSplit(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("equal the whole text decoded and split on text from any characters (property)", () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom("\n", "\r\n", "\r", "\ufeff", "Х", "’", "😀"), fc.constantFrom("a", " ", "1")), maxLength: 30 });
    fc.assert(
      fc.property(text, (t) => {
        const b = Buffer.from(t, "utf8");
        expect(decodeLines(b)).toEqual(wholeThenSplit(b));
      }),
    );
  });
});
