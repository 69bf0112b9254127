import { describe, expect, it } from "vitest";
import { NAMED_PLACES, placesNamed } from "../../src/checks/places.js";
import { spellingVariant } from "../../src/checks/spelling-variant.js";
import type { EntityEntry } from "../../src/model/registry.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const places = (n: number): string[] => Array.from({ length: n }, (_, i) => `p${i + 1}`);

describe("places named in a message", () => {
  it("names every place up to the limit", () => {
    expect(NAMED_PLACES).toBe(6);
    expect(placesNamed(places(6))).toBe("p1; p2; p3; p4; p5; p6");
  });

  it("counts the rest one past the limit, in the noun given", () => {
    expect(placesNamed(places(7))).toBe("p1; p2; p3; p4; p5; p6 and 1 more place");
    expect(placesNamed(places(9), ", ", "line")).toBe("p1, p2, p3, p4, p5, p6 and 3 more lines");
  });

  it("keeps a probable typo's message short however often it is printed, and every place a location", () => {
    const entities: EntityEntry[] = [{ id: "khojaly", name: "Khojaly", kind: "place", aliases: ["Khojaly"] }];
    const source = Array.from({ length: 8 }, () => "in Khojaky");
    const [f] = runCheck(spellingVariant, corpus([doc("a", [], [1, 8])], { source, entities }), { scope: "typos" });
    expect(f?.message).toBe(
      '"Khojaky" (a line 1, a line 2, a line 3, a line 4, a line 5, a line 6 and 2 more places) is close to "Khojaly" but is no known spelling of Khojaly: a probable typo.',
    );
    expect(f?.refs).toHaveLength(8);
  });
});
