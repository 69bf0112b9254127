import { z } from "zod";
import { isoPartialDate } from "./dates.js";

export const acknowledgement = z
  .strictObject({
    finding: z
      .string()
      .regex(/^[0-9a-f]{16}(-\d+)?$/, "a finding id from the report")
      .describe("The finding's fingerprint (its id in the report)."),
    rule: z.string().min(1).describe("The rule of the finding, for a reader of this file."),
    values: z
      .array(z.union([z.string(), z.number()]))
      .min(1)
      .describe("The exact values accepted; a finding with any other value is open again."),
    reason: z.string().min(20).describe("Why the finding is accepted as it is: what a reviewer established, not boilerplate."),
    by: z.string().min(1),
    date: isoPartialDate,
    reviewBy: isoPartialDate.optional().describe("After this day the acknowledgement is stale and must be reviewed."),
  })
  .describe("A reviewed finding the suite should stop gating on while its values stay the same.");

export const acknowledgementsFile = z.strictObject({ acknowledgements: z.array(acknowledgement) });

export type Acknowledgement = z.infer<typeof acknowledgement>;
