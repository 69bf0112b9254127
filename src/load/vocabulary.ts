import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { vocabularyFile, vocabularyOf, type Vocabulary } from "../model/vocabulary.js";

/**
 * The vocabulary an archive declares in data/registry/vocabulary.yaml, for commands that write
 * (schemas, draft); the loader reads the same file and reports its problems with their places.
 * A file that does not parse gives the default here, and the loader says why.
 */
export function archiveVocabulary(root: string): Vocabulary {
  const path = join(root, "data/registry/vocabulary.yaml");
  if (!existsSync(path)) return vocabularyOf(undefined);
  try {
    const parsed = vocabularyFile.safeParse(load(readFileSync(path, "utf8")));
    return vocabularyOf(parsed.success ? parsed.data : undefined);
  } catch {
    return vocabularyOf(undefined);
  }
}
