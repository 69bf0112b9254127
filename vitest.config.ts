import { defineConfig } from "vitest/config";
import { JenkinsJUnitReporter } from "./test/validators/junit-reporter.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Whole-pipeline properties run hundreds of corpora; a loaded 2-core machine needs more than 5 s.
    testTimeout: 30_000,
    reporters: process.env["CI_JSON"]
      ? ["default", ["json", { outputFile: "reports/vitest.json" }], new JenkinsJUnitReporter({ outputFile: "reports/junit.xml" })]
      : ["default"],
  },
});
