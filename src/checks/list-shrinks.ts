import { z } from "zod";
import { defineCheck, type RawFinding, type Ref } from "../engine/check.js";
import type { LoadedDocument } from "../model/corpus.js";
import { compareText } from "../text/normalize.js";
import { factName, listWords } from "./claims.js";

const options = z.strictObject({
  facts: z.array(z.string()).min(1).describe("Cumulative lists: once a member is named, later documents should name it too."),
});

/** "the State of Massachusetts" and "Massachusetts" are one member. */
export function memberKey(item: string): string {
  return item
    .toLowerCase()
    .replace(/^(the\s+)?(state|republic|parliament)\s+of\s+/u, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Stating {
  doc: LoadedDocument;
  date: string;
  members: Map<string, string>;
  refs: Ref[];
}

function statings(documents: readonly LoadedDocument[], fact: string): Stating[] {
  return documents
    .flatMap((doc) => {
      const date = doc.record.date?.iso;
      const members = new Map<string, string>();
      const refs: Ref[] = [];
      doc.record.claims.forEach((c, i) => {
        if (c.kind !== "list" || c.fact !== fact) return;
        for (const item of c.items) if (!members.has(memberKey(item))) members.set(memberKey(item), item);
        refs.push({ document: doc.record.id, claim: i });
      });
      return date !== undefined && refs.length > 0 ? [{ doc, date, members, refs }] : [];
    })
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.doc.record.id, b.doc.record.id));
}

export const listShrinks = defineCheck({
  meta: {
    id: "list-shrinks",
    description: "A cumulative list (recognitions) does not lose a member in a later document compared with the one before it.",
    docs: "docs/rules/list-shrinks.md",
  },
  options,
  selects: (o) => o.facts,
  check(corpus, o): RawFinding[] {
    return o.facts.flatMap((fact) => {
      const ss = statings(corpus.documents, fact);
      return ss.slice(1).flatMap((later, i) => {
        const earlier = ss[i];
        if (!earlier) return [];
        const lost = [...earlier.members].filter(([k]) => !later.members.has(k)).map(([, name]) => name);
        if (lost.length === 0) return [];
        return [
          {
            subject: fact,
            key: `${earlier.doc.record.id}>${later.doc.record.id}`,
            message: `${later.doc.record.id} (${later.date}) does not name ${listWords(lost.map((l) => `"${l}"`))}, which ${earlier.doc.record.id} (${earlier.date}) names for ${factName(corpus, fact)}.`,
            values: [
              { value: [...earlier.members.values()], refs: earlier.refs },
              { value: [...later.members.values()], refs: later.refs },
            ],
            refs: [...earlier.refs, ...later.refs],
          },
        ];
      });
    });
  },
});
