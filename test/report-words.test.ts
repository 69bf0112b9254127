import { describe, expect, it } from "vitest";
import { emptyContext, type ReportContext } from "../src/report/context.js";
import { subjectLabel, subjectMd } from "../src/report/words.js";

const ctx: ReportContext = {
  ...emptyContext(),
  documents: { "res-844": { title: "RESOLUTION 844", type: "un-security-council-resolution", file: "data/documents/res-844.yaml" } },
  rules: {
    "document-identity": { check: "document-identity", description: "", docs: "", rationale: "", severity: "warning" },
    "citation-consistency": { check: "citation-consistency", description: "", docs: "", rationale: "", severity: "warning" },
  },
  facts: { "killed.total": { label: "Killed, all ages", quantity: true } },
  instruments: { "res-844": { title: "Resolution 844 on Bosnia" }, "res-853": { title: "Resolution 853 on Agdam" } },
};

describe("subject labels", () => {
  it("never gives a document the title of the instrument that shares its id", () => {
    expect(subjectLabel({ subject: "res-844", rule: "document-identity" }, ctx)).toBeUndefined();
    expect(subjectMd({ subject: "res-844", rule: "document-identity" }, ctx)).toBe("res-844");
  });

  it("gives an instrument its registry title, even when a document shares its id", () => {
    expect(subjectMd({ subject: "res-844", rule: "citation-consistency" }, ctx)).toBe("Resolution 844 on Bosnia (`res-844`)");
    expect(subjectLabel({ subject: "res-853", rule: "document-identity" }, ctx)).toBe("Resolution 853 on Agdam");
  });

  it("gives a fact its label", () => {
    expect(subjectMd({ subject: "killed.total", rule: "figure-conflict" }, ctx)).toBe("Killed, all ages (`killed.total`)");
  });
});
