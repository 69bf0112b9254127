import { beforeEach } from "vitest";
import { clearTagCache } from "../../src/text/word-tags.js";

/**
 * Mutation runs (vitest.mutation.config.ts) judge a mutant by the unit tests of its rule. The tests
 * that run a check over the whole real corpus (a planted fault, compromise on every line) take
 * seconds each and cover nearly every mutant of the text layer, so they would be re-run for each
 * of thousands of mutants; `npm test` runs them, the mutation run skips them.
 */
const REAL_CORPUS = /real corpus|planted fault|reads what compromise reads, except where compromise is wrong/i;

beforeEach((context) => {
  if (REAL_CORPUS.test(context.task.fullName)) context.skip();
  // Tags cached while one mutant was active must not answer while the next is.
  clearTagCache();
});
