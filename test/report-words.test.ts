import { describe, expect, it } from "vitest";
import { emptyContext, type ReportContext } from "../src/report/context.js";
import { messageHtml, shortTitle, subjectHtml, subjectText } from "../src/report/html-parts.js";
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

describe("names, not slugs", () => {
  const named: ReportContext = {
    ...ctx,
    documents: {
      ...ctx.documents,
      "doc-a": { title: "APPEAL A", type: "appeal", date: "2009-02-26", file: "" },
      "doc-ab": { title: "APPEAL AB", type: "appeal", file: "" },
    },
  };

  it("heads an aggregate by its fact's label and its document's title", () => {
    const f = { subject: "killed.total in doc-a", rule: "casualties-aggregate" };
    expect(subjectMd(f, named)).toBe("Killed, all ages (`killed.total`) in doc-a");
    expect(subjectText(f, named)).toBe("Killed, all ages in APPEAL A (2009-02-26)");
    expect(subjectHtml(f, named)).toBe(
      'Killed, all ages <code>killed.total</code> in <span title="doc-a">APPEAL A</span> <span class="keys">(2009-02-26)</span>',
    );
    expect(subjectText({ subject: "killed.total in doc-z", rule: "casualties-aggregate" }, named)).toBe("killed.total in doc-z");
  });

  it("names a group's documents by title, and counts the ones it does not name", () => {
    expect(subjectText({ subject: "doc-a / doc-ab and 3 more", rule: "shared-passage" }, named)).toBe("APPEAL A / APPEAL AB and 3 more");
    expect(subjectText({ subject: "Khatai / Khatayi", rule: "name-variant" }, named)).toBe("Khatai / Khatayi");
  });

  it("shows each document a message names by its title and date, the id on hover, leaving the other words as the check wrote them", () => {
    expect(messageHtml("doc-ab and doc-a share <3 passages>; doc-abc is no document.", ["doc-a", "doc-ab", "doc-abc"], named)).toBe(
      '<span class="docref" title="doc-ab: APPEAL AB">APPEAL AB</span> and <span class="docref" title="doc-a: APPEAL A (2009-02-26)">APPEAL A (2009-02-26)</span> share &lt;3 passages&gt;; doc-abc is no document.',
    );
  });

  it("cuts a long title to its first eight words in a message, the whole title on hover", () => {
    const long: ReportContext = {
      ...named,
      documents: { "doc-l": { title: "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE & TEN", type: "appeal", date: "2012-02-23", file: "" } },
    };
    expect(shortTitle("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT")).toBe("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT");
    expect(messageHtml("doc-l says so.", ["doc-l"], long)).toBe(
      '<span class="docref" title="doc-l: ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE &amp; TEN (2012-02-23)">ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT … (2012-02-23)</span> says so.',
    );
  });
});
