import { defineConfig } from "vitest/config";

// The unit tests alone, for mutation testing (stryker.config.json): a mutant of a check is judged by
// the tests of its own rule, not by the whole-pipeline and real-corpus tests, which would re-run
// everything for every mutant and only say "the committed report changed".
export default defineConfig({
  test: {
    include: ["test/checks/**/*.test.ts", "test/text/**/*.test.ts"],
    testTimeout: 30_000,
    reporters: ["default"],
  },
});
