import { defineConfig } from "vitest/config";
import { JenkinsJUnitReporter } from "./test/validators/junit-reporter.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Test files share one module graph per worker (no re-import of the TypeScript sources for
    // every file, which took most of the suite's time); no test relies on fresh module state.
    isolate: false,
    // Whole-pipeline properties run hundreds of corpora; a loaded 2-core machine needs more than 5 s.
    testTimeout: 30_000,
    reporters: process.env["CI_JSON"]
      ? ["default", ["json", { outputFile: "reports/vitest.json" }], new JenkinsJUnitReporter({ outputFile: "reports/junit.xml" })]
      : ["default"],
  },
});
