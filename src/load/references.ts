import type { EntityEntry, FactEntry, InstrumentEntry } from "../model/registry.js";
import type { LoadError } from "./load-error.js";
import type { ParsedDocument } from "./sources.js";
import { positionOf } from "./yaml-file.js";

/** Integrity of what records point at: registries, source lines. */
export interface Registries {
  facts: ReadonlyMap<string, FactEntry>;
  instruments: ReadonlyMap<string, InstrumentEntry>;
  entities: ReadonlyMap<string, EntityEntry>;
}

export function checkReferences(docs: readonly ParsedDocument[], registries: Registries, sources: ReadonlyMap<string, readonly string[]>): LoadError[] {
  const { facts, instruments, entities } = registries;
  const errors: LoadError[] = [];
  for (const { y, doc } of docs) {
    const r = doc.record;
    const err = (path: (string | number)[], message: string): void => {
      errors.push({ file: y.file, ...positionOf(y, path), message });
    };
    const lines = sources.get(r.source.file);
    if (r.source.first > r.source.last) err(["source", "last"], `source span ends (${r.source.last}) before it starts (${r.source.first})`);
    if (lines && r.source.last > lines.length)
      err(["source", "last"], `source line ${r.source.last} is beyond the end of ${r.source.file} (${lines.length} lines)`);
    r.claims.forEach((c, i) => {
      if (facts.size > 0 && !facts.has(c.fact)) err(["claims", i, "fact"], `fact "${c.fact}" is not defined in data/registry/facts.yaml`);
      if (c.kind === "citation" && !instruments.has(c.instrument)) {
        err(["claims", i, "instrument"], `instrument "${c.instrument}" is not defined in data/registry/instruments.yaml`);
      }
      if (c.kind === "entity") {
        const e = entities.get(c.entity);
        if (!e) err(["claims", i, "entity"], `entity "${c.entity}" is not defined in data/registry/entities.yaml`);
        else if (!e.aliases.some((a) => a.toLowerCase() === c.spelling.toLowerCase()))
          err(["claims", i, "spelling"], `spelling "${c.spelling}" is not an alias of entity "${c.entity}"`);
      }
      if ("derived" in c && c.derived === true && c.note === undefined) err(["claims", i, "derived"], "a derived value needs a note saying how it was read");
      if (lines && c.line > lines.length) err(["claims", i, "line"], `source line ${c.line} is beyond the end of ${r.source.file} (${lines.length} lines)`);
    });
    (r.waivers ?? []).forEach((w, i) => {
      if (lines && w.line > lines.length) err(["waivers", i, "line"], `source line ${w.line} is beyond the end of ${r.source.file} (${lines.length} lines)`);
    });
  }
  return errors;
}
