import { defineConfig } from "vitest/config";

// The unit tests alone, for mutation testing (stryker.config.json): a mutant of a check is judged by
// the tests of its own rule, not by the whole-pipeline tests, which would re-run everything for
// every mutant and only say "the committed report changed"; the real-corpus tests inside the unit
// test files are skipped too (test/helpers/mutation-setup.ts).
export default defineConfig({
  test: {
    include: ["test/checks/**/*.test.ts", "test/text/**/*.test.ts"],
    setupFiles: ["test/helpers/mutation-setup.ts"],
    // One module graph for every run of a worker: a mutant run re-imports only the test files, not
    // the sources and dictionaries under them. Sources keep no lazily filled module state for this.
    isolate: false,
    testTimeout: 30_000,
    reporters: ["default"],
  },
});
