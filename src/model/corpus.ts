import type { Acknowledgement } from "./acknowledgements.js";
import type { ConfusionsFile } from "./confusions.js";
import type { DocumentRecord } from "./document.js";
import type { EntityEntry, FactEntry, InstrumentEntry } from "./registry.js";
import type { RuleEntry } from "./rules.js";

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

export interface LoadedAcknowledgement {
  entry: Acknowledgement;
  file: string;
  line: number;
}

/** Everything a check may read. Checks never touch the file system. */
export interface Corpus {
  documents: readonly LoadedDocument[];
  facts: ReadonlyMap<string, FactEntry>;
  instruments: ReadonlyMap<string, InstrumentEntry>;
  entities: ReadonlyMap<string, EntityEntry>;
  /** Confusable words and OCR character confusions (data/registry/confusions.yaml; empty when absent). */
  confusions: ConfusionsFile;
  /** Source text by path relative to the root; index 0 holds line 1. */
  sources: ReadonlyMap<string, readonly string[]>;
  rules: readonly LoadedRule[];
  acknowledgements: readonly LoadedAcknowledgement[];
}
