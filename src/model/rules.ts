import { z } from "zod";

export const severity = z.enum(["error", "warning", "info"]);

export const ruleEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case"),
  check: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  severity,
  rationale: z.string().min(1).describe("One line: why this rule applies to this corpus."),
  options: z.record(z.string(), z.unknown()).optional(),
});

export const mergeGroup = z.strictObject({
  rules: z
    .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case"))
    .min(1)
    .describe("Rules whose findings about the same words report one defect, the most specific first: the first listed owns the merged finding."),
  same: z
    .enum(["location", "words", "phrase"])
    .describe(
      "What makes two findings about the same words: one location (the same claim, or the same source line and words); overlapping words on a source line; or words that overlap or stand next to each other with only white space between (one phrase, across a line break too).",
    ),
  withinRule: z
    .boolean()
    .optional()
    .describe(
      "(default false) Whether two findings of one rule about the same words merge too (a citation's number and date); otherwise only findings of different rules do.",
    ),
  rationale: z.string().min(1).describe("One line: why these rules see one defect."),
});

export const rulesFile = z.strictObject({
  rules: z.array(ruleEntry).optional(),
  merge: z.array(mergeGroup).optional().describe("One defect, one finding: which rules explain which better, and when two findings are about the same words."),
});

export type Severity = z.infer<typeof severity>;
export type RuleEntry = z.infer<typeof ruleEntry>;
export type MergeGroup = z.infer<typeof mergeGroup>;
