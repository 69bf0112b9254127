import { z } from "zod";

export const severity = z.enum(["error", "warning", "info"]);

export const ruleEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case"),
  check: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  severity,
  rationale: z.string().min(1).describe("One line: why this rule applies to this corpus."),
  options: z.record(z.string(), z.unknown()).optional(),
});

export const rulesFile = z.strictObject({ rules: z.array(ruleEntry) });

export type Severity = z.infer<typeof severity>;
export type RuleEntry = z.infer<typeof ruleEntry>;
