import { defineConfig } from "vitest/config";
import { JenkinsJUnitReporter } from "./test/validators/junit-reporter.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: process.env["CI_JSON"]
      ? ["default", ["json", { outputFile: "reports/vitest.json" }], new JenkinsJUnitReporter({ outputFile: "reports/junit.xml" })]
      : ["default"],
  },
});
