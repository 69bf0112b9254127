import { z } from "zod";
import { severity } from "./rules.js";

export const findingValue = z.union([z.number(), z.string(), z.array(z.string())]);

export const findingLocation = z.strictObject({
  document: z.string(),
  file: z.string().describe("The YAML record, relative to the corpus root."),
  line: z.number().int().min(1).describe("Line of the claim in the YAML record."),
  source: z
    .strictObject({ file: z.string(), line: z.number().int().min(1) })
    .optional()
    .describe("Where the quote stands in the source text."),
  quote: z.string().optional(),
});

export const finding = z.strictObject({
  id: z.string().describe("Stable fingerprint: the same finding has the same id in every run."),
  rule: z.string(),
  severity,
  acknowledged: z.boolean(),
  subject: z.string().describe("What the finding is about: a fact key, an instrument, a document id."),
  message: z.string(),
  values: z.array(
    z.strictObject({
      value: findingValue,
      documents: z.array(z.string()),
      locations: z.array(z.number().int().min(0)).optional().describe("Indexes into `locations` of the statements of this value."),
    }),
  ),
  locations: z.array(findingLocation),
  related: z
    .array(
      z.strictObject({
        rule: z.string(),
        id: z.string().describe("The fingerprint the finding would have on its own."),
        message: z.string(),
      }),
    )
    .optional()
    .describe("Findings of other rules about the same words, merged into this one by the precedence in rules/ (one defect, one finding)."),
  table: z.boolean().optional().describe("Show the values as a table of each value and the documents that print it."),
});

export const report = z.strictObject({
  version: z.literal(1),
  corpus: z.strictObject({ documents: z.number().int().min(0), claims: z.number().int().min(0) }),
  summary: z.strictObject({
    error: z.number().int().min(0),
    warning: z.number().int().min(0),
    info: z.number().int().min(0),
    acknowledged: z.number().int().min(0),
  }),
  findings: z.array(finding),
});

export type Finding = z.infer<typeof finding>;
export type RelatedView = NonNullable<Finding["related"]>[number];
export type FindingLocation = z.infer<typeof findingLocation>;
export type FindingValue = z.infer<typeof findingValue>;
export type Report = z.infer<typeof report>;
