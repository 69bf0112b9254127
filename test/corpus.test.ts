import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { checkCorpus } from "../src/cli/check-corpus.js";
import { jsonSchemaFor } from "../src/model/json-schemas.js";
import type { Report } from "../src/model/report.js";

const ROOT = join(import.meta.dirname, "..");
const SOURCE_SHA256 = "1773749e0217f38c20aca3333ce96ccfaa64af17e6b5849daacf23b08cebc0b8";

function loadReal(): Report {
  const r = checkCorpus(ROOT);
  if (!r.ok) throw new Error(`the corpus does not load:\n${r.errors.join("\n")}`);
  return r.report;
}
const report = loadReal();
const rules = [...new Set(readFileSync(join(ROOT, "rules/core.yaml"), "utf8").match(/^ {2}- id: (\S+)$/gm) ?? [])].map((l) => l.replace("  - id: ", ""));

describe("the source text", () => {
  it("is byte-identical to the published extraction", () => {
    const sha = createHash("sha256")
      .update(readFileSync(join(ROOT, "data/sources/khojaly-compilation.txt")))
      .digest("hex");
    expect(sha).toBe(SOURCE_SHA256);
  });
});

describe("the corpus under each rule (errors gate; warnings are the product)", () => {
  it.each(rules)("%s has no error-severity finding", (rule) => {
    const errors = report.findings.filter((f) => f.rule === rule && f.severity === "error");
    expect(errors.map((f) => `${f.locations[0]?.file ?? ""}:${f.locations[0]?.line ?? 0}: ${f.message}`)).toEqual([]);
  });
});

describe("the report on the real corpus", () => {
  it("validates against schemas/report.schema.json", () => {
    const validate = new Ajv({ strict: true, allErrors: true, discriminator: true, allowUnionTypes: true }).compile(
      jsonSchemaFor("report.schema.json") as object,
    );
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it("identifies the document headed 844 with the symbol line of 874 by its content: resolution 884", () => {
    const found = report.findings.filter((f) => f.rule === "document-identity" && f.subject === "unsc-res-844-1993");
    expect(found).toHaveLength(1);
    const [identity] = found;
    expect(identity?.values.map((v) => v.value)).toEqual(["844", "874", "1993-10-14", "1993-11-11"]);
    expect(identity?.message).toContain(
      'Its content matches "Resolution 884 (1993) on Armenia and Azerbaijan (Zangilan district, Goradiz)", adopted 12 November 1993: it names Zangilan (line 1016), Goradiz (line 1016) and Nagorny Karabakh (line 1002)',
    );
    expect(identity?.message).toContain("it is dated 11 November 1993, 1 day before its adoption");
    expect(identity?.message).toContain("It cannot be 844 (adopted 18 June 1993), since it cites 853");
    expect(identity?.message).toContain("nor 874, since it cites 874 itself (line 992)");
    expect(new Set(identity?.locations.map((l) => l.source?.line))).toEqual(new Set([979, 986, 990, 992, 1000, 1123]));
  });

  it("never labels a document with the registry title of an instrument that shares its id", () => {
    const md = readFileSync(join(ROOT, "reports/consistency-report.md"), "utf8");
    expect(md).not.toContain("Resolution 844 (1993) on Bosnia and Herzegovina");
    expect(md).toContain("### Resolution 853 (1993) on Armenia and Azerbaijan (Agdam district) (`unsc-res-853-1993`)");
  });

  it("shows 853 cited as 852 of 20 July 1993 beside 853 of 29 July 1993, number and date in one finding", () => {
    const found = report.findings.filter((f) => f.rule === "citation-consistency" && f.subject === "unsc-res-853-1993");
    expect(found.map((f) => f.values.map((v) => v.value))).toEqual([["852", "853"]]);
    // The date view of the same citations is inside it (one defect, one finding).
    const date = found[0]?.related?.find((r) => r.rule === "citation-consistency")?.message ?? "";
    expect(date).toContain('"1993-07-20" (unsc-res-874-1993 line 1139)');
    expect(date).toContain('"1993-07-29" (unsc-res-844-1993 line 990)');
    const lines = found[0]?.locations.map((l) => `${l.document}:${l.source?.line ?? 0}`) ?? [];
    expect(lines).toContain("unsc-res-844-1993:990");
    expect(lines).toContain("unsc-res-874-1993:1139");
  });

  it("is the committed report (regenerate with npm run check)", () => {
    expect(readFileSync(join(ROOT, "reports/consistency-report.json"), "utf8")).toBe(JSON.stringify(report, null, 2) + "\n");
  });
});
