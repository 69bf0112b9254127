import { z } from "zod";

/** What kind of defect or disagreement a reader saw; the evaluation reports recall per category. */
export const evalCategory = z
  .enum(["figure", "date", "citation", "arithmetic", "count", "structure", "spelling", "real-word", "name-variant", "script", "repetition", "ocr"])
  .describe(
    "figure: a figure that differs from the same quantity elsewhere or is implausible; date: a wrong or conflicting date or anniversary; citation: an instrument cited with a wrong number, date or name; arithmetic: a sum or part-whole that does not add up; count: a stated count that disagrees with its list; structure: a part missing or out of place for the document's type; spelling: a misspelt or damaged word (not a real word); real-word: a correctly spelt word that is the wrong word; name-variant: a name spelt differently than elsewhere; script: letters of another script; repetition: a word, item, line or sentence printed twice; ocr: digit/letter swaps and other extraction damage.",
  );

export const evalAnnotation = z
  .strictObject({
    line: z.number().int().min(1).describe("1-based line of the source where the defect is."),
    category: evalCategory,
    text: z.string().min(1).describe("The offending words, verbatim as on that source line."),
    note: z.string().min(1).describe("What is wrong, neutrally: what the document says and what disagrees with it."),
    related: z.array(z.number().int().min(1)).optional().describe("Other source lines involved (the other half of a repetition or contradiction)."),
    "found-by": z
      .enum(["reader", "tool"])
      .optional()
      .describe(
        "reader (the default): seen while reading; tool: added after a finding pointed at it and the source confirmed it. Counted for precision, never for recall, so recall stays a measure against what a reader found unaided.",
      ),
  })
  .describe("One defect or disagreement a careful reader sees in the document.");

export const evalAnnotationsFile = z
  .strictObject({
    document: z.string().min(1).describe("The document id, as in data/documents/<id>.yaml."),
    annotator: z.string().min(1).describe("Who read it."),
    read: z.tuple([z.number().int().min(1), z.number().int().min(1)]).describe("The first and last source line read (the document's span)."),
    annotations: z.array(evalAnnotation).describe("Every defect and disagreement seen, in line order."),
  })
  .describe("A hand annotation of one document, made before any check was tuned for it (test/eval/annotations/).");

export type EvalAnnotationsFile = z.infer<typeof evalAnnotationsFile>;
export type EvalCategory = z.infer<typeof evalCategory>;

/** Which annotation categories each rule's findings are evidence of (test/eval/categories.yaml). */
export const evalCategoriesFile = z
  .strictObject({
    rules: z
      .record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.array(evalCategory))
      .describe(
        "Every rule id (rules/*.yaml and the engine's own rules) with the categories its findings detect; an empty list for a rule that reports our data, not the source, and so is not measured.",
      ),
  })
  .describe("The mapping from rules to evaluation categories that `corpus-check eval` matches findings with.");

export type EvalCategoriesFile = z.infer<typeof evalCategoriesFile>;

/** What a careful reader concluded about one finding, reading the source lines it points at. */
export const judgedVerdictKind = z
  .enum(["true", "false", "debatable", "repeat"])
  .describe(
    "true: a real defect of the text or a real disagreement between documents, as the finding states it; false: no such defect, the tool misread; debatable: defensible either way; repeat: the same defect is already reported by another finding (name it in repeatOf).",
  );

const findingId = z.string().regex(/^[0-9a-f]{16}(-\d+)?$/, "a finding id from the report");

export const judgedVerdict = z
  .strictObject({
    id: findingId.describe("The finding's fingerprint (its id in reports/consistency-report.json)."),
    rule: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .describe("The finding's rule; must be the rule of the finding with that id."),
    subject: z.string().min(1).describe("The finding's subject when it was judged, for a reader of this file."),
    verdict: judgedVerdictKind,
    why: z
      .string()
      .min(10)
      .describe(
        "One line of why, from the source lines the finding points at; neutral: whether the documents disagree or the text is damaged, never which figure is true.",
      ),
    repeatOf: findingId.optional().describe("For a repeat: the id of the finding that already reports the same defect."),
  })
  .describe("One judged finding.");

export const judgedFile = z
  .strictObject({
    verdicts: z.array(judgedVerdict).describe("One verdict per finding, in any order; a verdict whose id matches no finding is listed as stale."),
  })
  .describe("The judged set (test/eval/judged.yaml): a verdict for every finding of the real corpus, the measure of precision per rule.");

export type JudgedFile = z.infer<typeof judgedFile>;
export type JudgedVerdict = z.infer<typeof judgedVerdict>;
export type JudgedVerdictKind = z.infer<typeof judgedVerdictKind>;
