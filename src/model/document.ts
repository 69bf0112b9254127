import { z } from "zod";
import { claim } from "./claim.js";
import { isoAt, type Precision } from "./dates.js";
import { vocabularyField } from "./vocabulary.js";

export const documentType = vocabularyField("documentTypes", "What kind of document it is, from the archive's vocabulary (data/registry/vocabulary.yaml).");

const datedAt = <P extends Precision>(precision: P) =>
  z.strictObject({
    printed: z.string().min(1).describe("The date exactly as the document prints it."),
    iso: isoAt(precision),
    precision: z.literal(precision),
    line: z.number().int().min(1).optional().describe("Source line where the date is printed."),
  });

export const documentDate = z
  .discriminatedUnion("precision", [datedAt("day"), datedAt("month"), datedAt("year")])
  .describe("The document's own date; precision must match the ISO form (day YYYY-MM-DD, month YYYY-MM, year YYYY).");

export const waiver = z
  .strictObject({
    line: z.number().int().min(1),
    text: z.string().min(1).describe("The figure as printed."),
    reason: vocabularyField("waiverReasons", "Why the figure is not a claim, from the archive's vocabulary."),
    note: z.string().min(1).optional(),
  })
  .describe("A figure in the source span that is deliberately not a claim.");

export const documentRecord = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case")
      .describe("Stable id; also the file name."),
    title: z.string().min(1).describe("The title as printed (lines joined with one space)."),
    type: documentType,
    issuer: z.string().min(1).describe("Who issued or wrote it, as the document says."),
    outlet: z.string().min(1).optional().describe("Where it was published (news agency, web site)."),
    date: documentDate.optional(),
    page: z.number().int().min(1).optional().describe("Printed page of the source where it starts."),
    source: z.strictObject({
      file: z.string().min(1).describe("Path of the source text, relative to the corpus root."),
      first: z.number().int().min(1),
      last: z.number().int().min(1),
    }),
    notes: z.string().min(1).optional(),
    claims: z.array(claim),
    waivers: z.array(waiver).optional(),
  })
  .describe("One document of the archive and every claim it makes.");

export type DocumentRecord = z.infer<typeof documentRecord>;
export type DocumentType = z.infer<typeof documentType>;
