import { z } from "zod";

/**
 * The open vocabularies of an archive: document types, units of facts, reasons for waivers. An
 * archive declares its own in data/registry/vocabulary.yaml; each list it gives replaces the
 * default, and both the loader and the schemas `corpus-check schemas` writes follow it.
 */
export interface Vocabulary {
  documentTypes: readonly string[];
  units: readonly string[];
  waiverReasons: readonly string[];
}

export type VocabularyName = keyof Vocabulary;

export const DEFAULT_VOCABULARY: Vocabulary = {
  documentTypes: [
    "un-security-council-resolution",
    "decree",
    "order",
    "parliamentary-resolution",
    "parliamentary-appeal",
    "appeal",
    "address",
    "statement",
    "ombudsman-statement",
    "letter",
    "news-report",
    "plan-of-events",
    "legal-analysis",
    "article",
    "report-excerpt",
    "report",
    "book",
    "transcript",
    "web-page",
  ],
  units: [
    "people",
    "families",
    "bodies",
    "percent",
    "districts",
    "states",
    "date",
    "text",
    "instrument",
    "count",
    "list",
    "entity",
    "rubles",
    "years",
    "days",
    "hours",
    "feet",
    "metres",
    "tons",
    "money",
  ],
  waiverReasons: ["page-number", "list-numbering", "article-number", "time-of-day", "identifier", "address", "not-a-figure", "ordinal"],
};

const term = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case");
const list = (what: string) => z.array(term).min(1).optional().describe(`${what}; replaces the default list when given.`);

export const vocabularyFile = z
  .strictObject({
    documentTypes: list("Document types a record's `type` may name"),
    units: list("Units a fact's `unit` may name"),
    waiverReasons: list("Reasons a waiver may give"),
  })
  .describe("The archive's own vocabularies; a list left out keeps the default.");

export type VocabularyFile = z.infer<typeof vocabularyFile>;

/** The vocabulary an archive's file declares, the default for every list it leaves out. */
export function vocabularyOf(file: VocabularyFile | undefined): Vocabulary {
  return {
    documentTypes: file?.documentTypes ?? DEFAULT_VOCABULARY.documentTypes,
    units: file?.units ?? DEFAULT_VOCABULARY.units,
    waiverReasons: file?.waiverReasons ?? DEFAULT_VOCABULARY.waiverReasons,
  };
}

/** A field whose values come from a vocabulary: a string here, an enum in the JSON Schema written for an archive. */
export function vocabularyField(name: VocabularyName, description: string) {
  return z.string().min(1).describe(description).meta({ vocabulary: name });
}
