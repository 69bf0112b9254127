import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageHeaderLines } from "../src/extract/page-headers.js";
import { loadCorpus } from "../src/load/corpus.js";

const ROOT = join(import.meta.dirname, "..");
const loaded = loadCorpus(ROOT);
if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}:${e.line}:${e.col}: ${e.message}`).join("\n"));
const { corpus } = loaded;
const SOURCE = "data/sources/khojaly-compilation.txt";
const lines = corpus.sources.get(SOURCE) ?? [];
const spans = corpus.documents.map((d) => ({ id: d.record.id, ...d.record.source })).sort((a, b) => a.first - b.first);

describe("document spans over the source", () => {
  it("all documents come from the one source", () => {
    expect(new Set(spans.map((s) => s.file))).toEqual(new Set([SOURCE]));
  });

  it("are in order and do not overlap", () => {
    const overlaps = spans.slice(1).flatMap((s, i) => {
      const prev = spans[i];
      return prev && s.first <= prev.last ? [`${prev.id} (${prev.first}-${prev.last}) overlaps ${s.id} (${s.first}-${s.last})`] : [];
    });
    expect(overlaps).toEqual([]);
  });

  it("cover every non-blank line except page headers", () => {
    const headers = pageHeaderLines(lines);
    const covered = new Set(spans.flatMap((s) => Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i)));
    const missed = lines.flatMap((text, i) => (text.trim() !== "" && !headers.has(i + 1) && !covered.has(i + 1) ? [`${i + 1}: ${text.trim()}`] : []));
    expect(missed).toEqual([]);
  });

  it("every claim of a document stands inside its span", () => {
    const outside = corpus.documents.flatMap((d) =>
      d.record.claims.filter((c) => c.line < d.record.source.first || c.line > d.record.source.last).map((c) => `${d.record.id}: ${c.fact} at ${c.line}`),
    );
    expect(outside).toEqual([]);
  });

  it("the compilation has the documents we counted by reading it", () => {
    expect(corpus.documents.length).toBe(55);
  });
});

describe("entity claims", () => {
  it("every spelling of a registry entity a document uses has an entity claim in that document", async () => {
    const { entityMentions } = await import("../src/checks/spelling-variant.js");
    const claimed = new Set(
      corpus.documents.flatMap((d) => d.record.claims.flatMap((c) => (c.kind === "entity" ? [`${d.record.id}|${c.entity}|${c.spelling}`] : []))),
    );
    const missing = [...new Set(entityMentions(corpus).map((m) => `${m.document}|${m.entity.id}|${m.spelling}`))].filter((k) => !claimed.has(k));
    expect(missing).toEqual([]);
  });
});
