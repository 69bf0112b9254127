import { configDefaults, defineConfig } from "vitest/config";
import { JenkinsJUnitReporter } from "./test/validators/junit-reporter.js";

// The slow tests: the HTML report in Chromium, the workflow's pull-request steps run three times in
// a scratch repository, and every report rendered at 50,000 documents. Each takes from a quarter of
// a minute to two, so `npm test` (the everyday loop) leaves them to `npm run test:slow`; CI runs
// both (`npm run test:all`).
const SLOW = ["test/browser/**/*.test.ts", "test/workflow.test.ts", "test/report-size.test.ts"];

const shared = {
  // Test files share one module graph per worker (no re-import of the TypeScript sources for
  // every file, which took most of the suite's time); no test relies on fresh module state.
  isolate: false,
  // Whole-pipeline properties run hundreds of corpora; a loaded 2-core machine needs more than 5 s.
  testTimeout: 30_000,
};

export default defineConfig({
  test: {
    reporters: process.env["CI_JSON"]
      ? ["default", ["json", { outputFile: "reports/vitest.json" }], new JenkinsJUnitReporter({ outputFile: "reports/junit.xml" })]
      : ["default"],
    projects: [
      { test: { ...shared, name: "unit", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...SLOW] } },
      { test: { ...shared, name: "slow", include: SLOW } },
    ],
  },
});
