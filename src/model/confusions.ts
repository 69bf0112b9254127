import { z } from "zod";

const word = z
  .string()
  .regex(/^[\p{Ll}]+(?:'[\p{Ll}]+)?$/u, "a lower-case word, with at most one internal apostrophe (')")
  .describe("A word as read: lower case, straight apostrophe.");

export const confusionSet = z.strictObject({
  words: z.array(word).min(2).describe("Words each of which is a common slip for the others (form / from)."),
  reason: z.string().min(1).describe("Why an editor confuses them: one letter swapped, a sound-alike, a contraction."),
});

export const characterConfusion = z.strictObject({
  printed: z.string().min(1).max(3).describe("Characters as OCR prints them (rn)."),
  read: z.string().min(1).max(3).describe("Characters they stand for (m). The rule applies both ways."),
  reason: z.string().min(1).describe("Why a scanner confuses them (shapes that touch or look alike)."),
});

export const confusionsFile = z.strictObject({
  sets: z.array(confusionSet).describe("Classic confusable words of English, general, not fitted to this corpus."),
  characters: z.array(characterConfusion).describe("OCR character confusions that turn one word into another."),
});

export type ConfusionSet = z.infer<typeof confusionSet>;
export type CharacterConfusion = z.infer<typeof characterConfusion>;
export type ConfusionsFile = z.infer<typeof confusionsFile>;
