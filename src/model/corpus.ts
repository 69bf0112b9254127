import type { Acknowledgement } from "./acknowledgements.js";
import type { ConfusionsFile } from "./confusions.js";
import type { DocumentRecord } from "./document.js";
import type { EntityEntry, FactEntry, InstrumentEntry, OrganisationEntry, WordEntry } from "./registry.js";
import type { MergeGroup, RuleEntry } from "./rules.js";

/** A document record with where it came from. */
export interface LoadedDocument {
  record: DocumentRecord;
  /** The YAML file, relative to the corpus root, with forward slashes. */
  file: string;
  /** Line in the YAML file of each claim, by claim index. */
  claimLines: readonly number[];
  /** Line in the YAML file of the record's top-level fields, by field name. */
  fieldLines: Readonly<Record<string, number>>;
}

export interface Position {
  line: number;
  col: number;
}

export interface LoadedRule {
  entry: RuleEntry;
  file: string;
  line: number;
  /** Where the `check` value and the `options` map stand, for errors about them. */
  checkAt: Position;
  optionsAt: Position;
}

/** A merge group of rules/ (one defect, one finding) with where it stands. */
export interface LoadedMerge {
  entry: MergeGroup;
  file: string;
  line: number;
}

export interface LoadedAcknowledgement {
  entry: Acknowledgement;
  file: string;
  line: number;
}

/** An English word list: answers whether a lower-cased word is a word. */
export interface Lexicon {
  has(lower: string): boolean;
}

/** Everything a check may read. Checks never touch the file system. */
export interface Corpus {
  documents: readonly LoadedDocument[];
  facts: ReadonlyMap<string, FactEntry>;
  instruments: ReadonlyMap<string, InstrumentEntry>;
  entities: ReadonlyMap<string, EntityEntry>;
  /** The project word list (names, transliterations, terms the dictionaries lack), by lower-cased word. */
  words: ReadonlyMap<string, WordEntry>;
  /** English dictionaries (US and British), for the spelling checks. */
  lexicon: Lexicon;
  /** Organisations with the names they used and when (data/registry/organisations.yaml; may be empty). */
  organisations: ReadonlyMap<string, OrganisationEntry>;
  /** Confusable words and OCR character confusions (data/registry/confusions.yaml; empty when absent). */
  confusions: ConfusionsFile;
  /** Source text by path relative to the root; index 0 holds line 1. */
  sources: ReadonlyMap<string, readonly string[]>;
  rules: readonly LoadedRule[];
  /** Which rules' findings about the same words merge into one (absent: none merge). */
  merges?: readonly LoadedMerge[];
  acknowledgements: readonly LoadedAcknowledgement[];
}
