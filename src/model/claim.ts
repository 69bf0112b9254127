import { z } from "zod";
import { isoPartialDate } from "./dates.js";

export const qualifier = z
  .enum(["over", "more-than", "at-least", "up-to", "less-than", "about", "nearly", "almost"])
  .describe("How the text bounds the number: 'over 613' is over, 'up to 613' is up-to.");

const derived = z
  .literal(true)
  .optional()
  .describe("The value is read from the words, not printed as such (a fraction as percent, a year from context); the note says how.");

const common = {
  fact: z
    .string()
    .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, "a fact key such as killed.children")
    .describe("The fact key, defined in data/registry/facts.yaml."),
  quote: z.string().min(1).describe("The words of the source, verbatim (whitespace may differ)."),
  line: z.number().int().min(1).describe("1-based line of the source where the quote starts."),
  note: z.string().min(1).optional().describe("A curator's remark; never a correction of the source."),
  draft: z
    .literal(true)
    .optional()
    .describe("Written by `corpus-check draft` and not yet confirmed by a person; findings that rest on it say so. Delete the field once confirmed."),
};

const attributedTo = z
  .string()
  .min(1)
  .optional()
  .describe(
    "Whose figure the document reports ('according to the 1912 inquiry'): a document id of the archive or the source as the text names it. Checks compare it with that source's figures, not with the reporting document's own.",
  );

export const numberClaim = z
  .strictObject({
    kind: z.literal("number"),
    ...common,
    value: z.number().describe("The number the quote states, as stated."),
    qualifier: qualifier.optional(),
    attributedTo,
    derived,
  })
  .describe("A figure: digits, digits with separators, or number words.");

export const vagueClaim = z
  .strictObject({
    kind: z.literal("vague"),
    ...common,
    value: z
      .enum(["tens", "dozens", "hundreds", "thousands", "tens-of-thousands", "hundreds-of-thousands", "millions"])
      .describe("The order of magnitude the words give."),
    qualifier: qualifier.optional(),
    attributedTo,
  })
  .describe("A quantity given only as an order of magnitude ('hundreds of people').");

export const dateClaim = z
  .strictObject({
    kind: z.literal("date"),
    ...common,
    value: isoPartialDate.describe("The date the quote gives, at the precision it gives."),
    until: isoPartialDate.optional().describe("End of a span ('25-26 February 1992')."),
    derived,
  })
  .describe("A date of an event, an adoption or of the document itself.");

export const textClaim = z
  .strictObject({
    kind: z.literal("text"),
    ...common,
    value: z.string().min(1).describe("The text as printed, e.g. a number printed with OCR damage."),
    derived,
  })
  .describe("A short textual value as printed (an identifier, a weekday, a name).");

export const listClaim = z
  .strictObject({
    kind: z.literal("list"),
    ...common,
    items: z.array(z.string().min(1)).min(1).describe("Members as the text names them, in its order."),
    count: z.number().int().min(0).optional().describe("The count the text states for the list."),
    countQuote: z.string().min(1).optional().describe("The words that state the count."),
  })
  .describe("An enumeration, with the count the text gives for it if any.");

export const citationClaim = z
  .strictObject({
    kind: z.literal("citation"),
    ...common,
    instrument: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("Registry id of the instrument the citation refers to (data/registry/instruments.yaml)."),
    number: z.string().min(1).optional().describe("The number as printed in the citation."),
    date: isoPartialDate.optional().describe("The date as printed in the citation."),
    meeting: z.number().int().min(1).optional().describe("The meeting number as printed."),
    derived,
  })
  .describe("A citation of an instrument (resolution, decree, convention) with what the text says of it.");

export const entityClaim = z
  .strictObject({
    kind: z.literal("entity"),
    ...common,
    entity: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("Canonical id in data/registry/entities.yaml."),
    spelling: z.string().min(1).describe("The spelling the document uses."),
  })
  .describe("A named entity with the spelling used.");

export const claim = z.discriminatedUnion("kind", [numberClaim, vagueClaim, dateClaim, textClaim, listClaim, citationClaim, entityClaim]);

export type Claim = z.infer<typeof claim>;
export type Qualifier = z.infer<typeof qualifier>;
