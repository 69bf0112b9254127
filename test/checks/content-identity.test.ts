import { describe, expect, it } from "vitest";
import { bestMatch, weigh, type OwnDate } from "../../src/checks/content-identity.js";
import type { Claim } from "../../src/model/claim.js";
import type { LoadedDocument } from "../../src/model/corpus.js";
import type { EntityEntry, InstrumentEntry, InstrumentSubject } from "../../src/model/registry.js";
import { cite, corpus, doc, instrument } from "../helpers/build-corpus.js";

const SC = "UN Security Council";
const about = (i: InstrumentEntry, subjects: InstrumentSubject[]): InstrumentEntry => ({ ...i, subjects });
const place = (id: string, ...aliases: string[]): EntityEntry => ({ id, name: aliases[0] ?? id, kind: "place", aliases });
const names = (entity: string, spelling: string, line: number): Claim => ({ kind: "entity", fact: "entity.mention", entity, spelling, quote: spelling, line });
const r884 = instrument("r-884", "884", "1993-11-12");

/** Each candidate as its id, what rules it out (the cited ids with their lines), what speaks for it. */
function weighed(
  d: LoadedDocument,
  instruments: InstrumentEntry[],
  opts: { source?: string[]; entities?: EntityEntry[]; dates?: OwnDate[]; slack?: number } = {},
) {
  const c = corpus([d], { instruments, ...(opts.source ? { source: opts.source } : {}), entities: opts.entities ?? [] });
  return weigh(d, c, SC, opts.dates ?? [], opts.slack ?? 0).map((k) => ({
    id: k.entry.id,
    itself: k.itself ? `${k.itself.entry.id}@${k.itself.line}#${String(k.itself.ref.claim)}` : undefined,
    later: k.later.map((l) => `${l.entry.id}@${l.line}`),
    names: k.names.map((n) => `${n.text}@${n.line}`),
    dates: k.dates.map((o) => o.value),
  }));
}
const laterOf = (cites: Claim[], instruments: InstrumentEntry[], id = "r-884"): string[] | undefined =>
  weighed(doc("d", cites), instruments).find((k) => k.id === id)?.later;

describe("content-identity: weigh", () => {
  it("weighs the body's instruments only, by adoption day and then id, whatever the registry's order", () => {
    const same = instrument("r-883", "883", "1993-11-12");
    const assembly = { ...instrument("ga-1", "1", "1993-01-01"), body: "UN General Assembly" };
    const early = instrument("r-822", "822", "1993-04-30");
    expect(weighed(doc("d", []), [r884, assembly, same, early]).map((k) => k.id)).toEqual(["r-822", "r-883", "r-884"]);
  });

  it("a later citation: adopted on a later day, or numbered higher by the same body; not the same day with a lower number", () => {
    const cites = (...ids: [string, string, number][]): Claim[] => ids.map(([id, n, line]) => cite(id, n, undefined, line));
    expect(laterOf(cites(["r-885", "885", 5]), [r884, instrument("r-885", "885", "1993-11-13")])).toEqual(["r-885@5"]);
    expect(laterOf(cites(["r-883", "883", 5]), [r884, instrument("r-883", "883", "1993-11-12")])).toEqual([]);
    expect(laterOf(cites(["r-885", "885", 5]), [r884, instrument("r-885", "885", "1993-11-12")])).toEqual(["r-885@5"]);
    // Another body's higher number says nothing, nor does the same number again (a number reused).
    const assembly = { ...instrument("ga-900", "900", "1993-11-01"), body: "UN General Assembly" };
    expect(laterOf(cites(["ga-900", "900", 5]), [r884, assembly])).toEqual([]);
    expect(laterOf(cites(["r-884b", "884", 5]), [r884, instrument("r-884b", "884", "1993-11-01")])).toEqual([]);
    // Later citations in line order, then by id on one line, whatever the record's order.
    const two = [r884, instrument("r-890", "890", "1993-12-01"), instrument("r-900", "900", "1993-12-02"), instrument("r-895", "895", "1993-12-03")];
    expect(laterOf(cites(["r-890", "890", 7], ["r-900", "900", 5], ["r-895", "895", 7]), two)).toEqual(["r-900@5", "r-890@7", "r-895@7"]);
  });

  it("an instrument cited twice counts at its first line, the first claim on that line; an unregistered one not at all", () => {
    const at = (...lines: number[]) =>
      weighed(
        doc(
          "d",
          lines.map((l) => cite("r-884", "884", undefined, l)),
        ),
        [r884],
      )[0]?.itself;
    expect(at(5, 7)).toBe("r-884@5#0");
    expect(at(7, 5)).toBe("r-884@5#1");
    expect(at(5, 5)).toBe("r-884@5#0");
    expect(weighed(doc("d", [cite("r-999", "999", undefined, 5), cite("r-884", "884", undefined, 6)]), [r884])).toEqual([
      { id: "r-884", itself: "r-884@6#1", later: [], names: [], dates: [] },
    ]);
  });

  it("names an entity subject by its own claims only, at the first line", () => {
    const zangilan = about(r884, [{ entity: "zangilan" }]);
    const entities = [place("zangilan", "Zangilan"), place("karabakh", "Karabakh")];
    expect(weighed(doc("d", [names("zangilan", "Zangilan", 9), names("zangilan", "Zangelan", 6)]), [zangilan], { entities })[0]?.names).toEqual(["Zangelan@6"]);
    expect(weighed(doc("d", [names("karabakh", "Karabakh", 6)]), [zangilan], { entities })[0]?.names).toEqual([]);
  });

  it("finds a term as printed: punctuation literal, spaces loose, across a line break, on the document's last line, at the line it starts on", () => {
    const un = about(r884, [{ term: " U.N.  safe areas " }]);
    const termAt = (source: string[], span: [number, number] = [1, source.length]) => weighed(doc("d", [], span), [un], { source })[0]?.names;
    expect(termAt(["x", "the U.N. safe", "areas held"])).toEqual(["U.N. safe areas@2"]);
    expect(termAt(["x", "the U.N. safe ", "  areas held"])).toEqual(["U.N. safe areas@2"]);
    expect(termAt(["x", "y", "U.N. safe areas"])).toEqual(["U.N. safe areas@3"]);
    expect(termAt(["x", "UxNx safe areas"])).toEqual([]);
    expect(termAt(["x", "y", "U.N. safe areas"], [1, 2])).toEqual([]);
  });

  it("keeps the own dates within the slack of the adoption", () => {
    const own = (value: string, line: number): OwnDate => ({ value, line, ref: { document: "d", claim: line } });
    const dates = [own("1993-11-10", 8), own("1993-11-11", 9), own("1993-11", 10)];
    expect(weighed(doc("d", []), [r884], { dates, slack: 1 })[0]?.dates).toEqual(["1993-11-11", "1993-11"]);
  });
});

describe("content-identity: bestMatch", () => {
  it("picks the one open candidate the content speaks for most, or one the document numbers itself by; none on a tie", () => {
    const candidates = weigh(
      doc("d", [cite("r-874", "874", undefined, 5)]),
      corpus([], { instruments: [instrument("r-874", "874", "1993-10-14"), r884] }),
      SC,
      [],
      0,
    );
    expect(bestMatch(candidates, new Set())).toBeUndefined();
    expect(bestMatch(candidates, new Set(["884"]))?.entry.id).toBe("r-884");
    // 874 is cited, so ruled out, though the document numbers itself by it.
    expect(bestMatch(candidates, new Set(["874"]))).toBeUndefined();
    expect(bestMatch(candidates, new Set(["874", "884"]))?.entry.id).toBe("r-884");
  });
});
