import type { Document, LineCounter } from "yaml";
import { yamlLib } from "./yaml-lib.js";
import type { LoadError } from "./load-error.js";

/** Records nest a few levels; this leaves room for any rule's options and none for an attack. */
export const MAX_DEPTH = 64;

/**
 * A plain error at the first collection nested deeper than MAX_DEPTH, or undefined. The walk keeps
 * its own stack, so it cannot overflow where the parser did (the parser then reports "Maximum call
 * stack size exceeded" at a place that depends on the stack size; this place does not).
 */
export function nestingError(file: string, doc: Document.Parsed, lines: LineCounter): LoadError | undefined {
  const { isMap, isPair, isSeq } = yamlLib();
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, depth } = next;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH) {
      const p = lines.linePos(node.range?.[0] ?? 0);
      return { file, line: p.line, col: p.col, message: `sequences and maps nested more than ${MAX_DEPTH} levels deep; a record needs a few` };
    }
    for (const item of [...node.items].reverse()) {
      if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}
