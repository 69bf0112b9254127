import { describe, expect, it } from "vitest";
import { documentIdentity } from "../../src/checks/document-identity.js";
import type { Claim } from "../../src/model/claim.js";
import { cite, corpus, doc, instrument } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const options = { numberFacts: ["document.number.heading", "document.number.symbol"], dateFacts: ["document.date.line"], body: "UN Security Council" };
const heading = (n: string, line = 1): Claim => ({ kind: "text", fact: "document.number.heading", value: n, quote: `RESOLUTION ${n}`, line });
const symbol = (n: string, line = 2): Claim => ({ kind: "text", fact: "document.number.symbol", value: n, quote: `S/RES/${n}`, line });
const dated = (iso: string, line = 9): Claim => ({ kind: "date", fact: "document.date.line", value: iso, quote: iso, line });
const registry = { instruments: [instrument("r-844", "844", "1993-06-18"), instrument("r-874", "874", "1993-10-14")] };

describe("document-identity", () => {
  it("is silent when heading, symbol and date agree with each other and the registry", () => {
    const c = corpus([doc("d", [heading("874"), symbol("874"), dated("1993-10-14")])], registry);
    expect(runCheck(documentIdentity, c, options)).toEqual([]);
  });

  it("reports a heading and symbol line that disagree", () => {
    const c = corpus([doc("d", [heading("844"), symbol("874"), dated("1993-10-14")])], registry);
    const findings = runCheck(documentIdentity, c, options);
    expect(findings.map((f) => f.message)).toEqual([
      'Document d gives its own number as "844" (document.number.heading, line 1) and "874" (document.number.symbol, line 2).',
    ]);
    expect(findings[0]?.values).toEqual([
      { value: "844", refs: [{ document: "d", claim: 0 }] },
      { value: "874", refs: [{ document: "d", claim: 1 }] },
    ]);
  });

  it("reports a date line that is the registry date of none of the numbers", () => {
    const c = corpus([doc("d", [heading("844"), symbol("874"), dated("1993-11-11")])], registry);
    const messages = runCheck(documentIdentity, c, options).map((f) => f.message);
    expect(messages).toContain(
      'Document d is dated "1993-11-11" (document.date.line, line 9); the registry dates the numbers it gives otherwise: 844 on 1993-06-18, 874 on 1993-10-14.',
    );
  });

  it("accepts a date at month precision inside the registry day", () => {
    const c = corpus([doc("d", [heading("874"), dated("1993-10")])], registry);
    expect(runCheck(documentIdentity, c, options)).toEqual([]);
  });

  it("reports a document that cites its own number", () => {
    const c = corpus([doc("d", [heading("874"), symbol("874"), cite("r-874", "874", "1993-10-14", 5)])], registry);
    expect(runCheck(documentIdentity, c, options).map((f) => f.message)).toEqual([
      'Document d, which gives itself the number "874" (line 1, line 2), cites "874" at line 5.',
    ]);
  });

  it("ignores documents without identity claims", () => {
    const c = corpus([doc("d", [cite("r-874", "874", "1993-10-14", 5)])], registry);
    expect(runCheck(documentIdentity, c, options)).toEqual([]);
  });
});
