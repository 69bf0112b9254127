import { z } from "zod";
import { isoPartialDate } from "./claim.js";

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
  unit: z.enum(["people", "families", "bodies", "percent", "districts", "states", "date", "text", "instrument", "count", "list", "entity", "rubles", "years"]),
  event: z.string().min(1).optional().describe("The event the fact is about, if any."),
});

export const factsFile = z.strictObject({ facts: z.array(factEntry) });

export const provenance = z
  .strictObject({
    reference: z.string().min(1).describe("The authoritative record, e.g. a UN document symbol."),
    fields: z.array(z.enum(["number", "title", "adopted", "meeting", "body"])).min(1),
  })
  .describe("Which fields come from which authoritative reference (never the corpus).");

export const instrumentEntry = z.strictObject({
  id,
  body: z.string().min(1).describe("Adopting body, e.g. UN Security Council."),
  number: z.string().min(1),
  title: z.string().min(1),
  adopted: isoPartialDate,
  meeting: z.number().int().min(1).optional(),
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

export type EntityEntry = z.infer<typeof entityEntry>;
export type FactEntry = z.infer<typeof factEntry>;
export type InstrumentEntry = z.infer<typeof instrumentEntry>;
