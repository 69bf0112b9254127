import { z } from "zod";
import type { RawFinding } from "../engine/check.js";

/**
 * What the checks share that weigh a rare phrase as printed against a likelier one the corpus
 * prints (missing-word, real-word-error): the sign test, its two options, the way a count is told,
 * the finding on one word, and a memo kept once per corpus and options.
 */

/** The chance that a fair coin tossed `n` times shows at most `k` heads. */
export function signTail(k: number, n: number): number {
  let term = 1;
  let sum = 1;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i;
    sum += term;
  }
  return sum / 2 ** n;
}

/** The options of a sign-test check: how rare the printed phrase must be, and the test's level; each rule says what they mean for it. */
export function signTestOptions(describe: { maxSeen: string; significance: string }) {
  return {
    maxSeen: z.number().int().min(1).default(2).describe(describe.maxSeen),
    significance: z.number().gt(0).lt(1).default(0.05).describe(describe.significance),
  };
}

/** A count as a message tells it: "1 time", "1,234 times". */
export const times = (n: number): string => `${n.toLocaleString("en-US")} time${n === 1 ? "" : "s"}`;

/** Where the finding stands: the document's line, the word's column, and the words that make it distinct at that place. */
export interface WordPlace {
  line: number;
  col: number;
  words: readonly string[];
}

/**
 * A finding on words of one document line. The quoted words are the location's quote: "one defect,
 * one finding" merges by words, and a bare line would make this finding one with any other word's
 * finding on that line.
 */
export function wordFinding(id: string, at: WordPlace, quote: string, value: string, message: string): RawFinding {
  const ref = { document: id, source: at.line, text: quote };
  return {
    subject: id,
    key: [at.line, at.col, ...at.words].join("|"),
    message,
    values: [{ value, refs: [ref] }],
    refs: [ref],
  };
}

/** A memo decided once per corpus (or its counts) and options, for the whole run rather than per document. */
export function memoPerRun<V>(): (k: object, o: object) => Map<string, V> {
  const memos = new WeakMap<object, WeakMap<object, Map<string, V>>>();
  return (k, o) => {
    const byOptions = memos.get(k) ?? new WeakMap<object, Map<string, V>>();
    memos.set(k, byOptions);
    const memo = byOptions.get(o) ?? new Map<string, V>();
    byOptions.set(o, memo);
    return memo;
  };
}
