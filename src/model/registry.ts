import { z } from "zod";
import { isoPartialDate } from "./dates.js";
import { vocabularyField } from "./vocabulary.js";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case");

export const factEntry = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/),
  label: z
    .string()
    .min(1)
    .max(80)
    .regex(/^\S(.*\S)?$/, "no leading or trailing space")
    .describe("A short neutral name for the fact, for headings, tables and messages (the key is shown beside it)."),
  meaning: z.string().min(1).describe("What the quantity is, precisely enough to tell two facts apart."),
  unit: vocabularyField("units", "What the fact is counted or given in, from the archive's vocabulary."),
  event: z.string().min(1).optional().describe("The event the fact is about, if any."),
  proposed: z
    .literal(true)
    .optional()
    .describe("Proposed by `corpus-check draft` from the words around figures; a curator accepts it by deleting this field, or renames the key."),
  rhetorical: z
    .boolean()
    .optional()
    .describe('Figures of this fact are rhetorical spans ("for two hundred years"), not counts: figure checks do not compare them.'),
});

export const factsFile = z.strictObject({ facts: z.array(factEntry) });

export const provenance = z
  .strictObject({
    reference: z.string().min(1).describe("The authoritative record, e.g. a UN document symbol."),
    fields: z.array(z.enum(["number", "title", "adopted", "meeting", "body", "subjects"])).min(1),
  })
  .describe("Which fields come from which authoritative reference (never the corpus).");

export const instrumentEntry = z.strictObject({
  id,
  body: z.string().min(1).describe("Adopting body, e.g. UN Security Council."),
  number: z.string().min(1),
  title: z.string().min(1),
  adopted: isoPartialDate,
  meeting: z.number().int().min(1).optional(),
  subjects: z
    .array(
      z.union([
        z.strictObject({ entity: id.describe("An entity of data/registry/entities.yaml: every alias of it counts.") }),
        z.strictObject({ term: z.string().min(1).describe("A phrase, matched as written (case and line breaks aside).") }),
      ]),
    )
    .min(1)
    .optional()
    .describe("The places and matters the instrument's authoritative text is about; identifies a document by its content."),
  provenance: z.array(provenance).min(1),
});

export const instrumentsFile = z.strictObject({ instruments: z.array(instrumentEntry) });

export const entityEntry = z.strictObject({
  id,
  name: z.string().min(1).describe("The canonical name this project uses to refer to the entity."),
  kind: z.enum(["place", "person", "organization", "unit", "outlet", "term"]),
  aliases: z.array(z.string().min(1)).min(1).describe("Every spelling the corpus is known to use, the canonical one included."),
  note: z.string().min(1).optional(),
});

export const entitiesFile = z.strictObject({ entities: z.array(entityEntry) });

export const wordEntry = z.strictObject({
  word: z
    .string()
    .regex(/^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u, "one word as printed: letters, with internal apostrophes or hyphens")
    .describe("A word the corpus prints that English dictionaries do not know, as printed (case does not matter for matching)."),
  kind: z
    .enum(["name", "transliteration", "term", "abbreviation", "foreign"])
    .describe("What the word is: a name, a transliterated word, a term of art, an abbreviation, a word of another language."),
  note: z.string().min(1).describe("What it is, briefly: whom or what it names, what it means."),
});

export const wordsFile = z.strictObject({ words: z.array(wordEntry) });

export type WordEntry = z.infer<typeof wordEntry>;

export const organisationName = z
  .strictObject({
    name: z.string().min(1).describe("The name as the organisation itself used it."),
    spellings: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe(
        "Other ways the name is printed (Organization/Organisation, with or without 'the', an acronym); an all-capital spelling matches only in capitals.",
      ),
    from: isoPartialDate.optional().describe("The day the organisation took the name; left out when not needed or not sure."),
    until: isoPartialDate.optional().describe("The day it stopped using the name."),
    reference: z.string().min(1).describe("The authoritative record of these dates: the organisation's charter or site, a UN document. Never the corpus."),
  })
  .describe("One name an organisation used, with the dates it used it.");

export const organisationEntry = z.strictObject({
  id,
  names: z.array(organisationName).min(1).describe("Every name it used, oldest first."),
});

export const organisationsFile = z.strictObject({ organisations: z.array(organisationEntry) });

export type OrganisationEntry = z.infer<typeof organisationEntry>;
export type EntityEntry = z.infer<typeof entityEntry>;
export type FactEntry = z.infer<typeof factEntry>;
export type InstrumentEntry = z.infer<typeof instrumentEntry>;
export type InstrumentSubject = NonNullable<InstrumentEntry["subjects"]>[number];
