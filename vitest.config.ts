import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Test files share one module graph per worker (no re-import of the TypeScript sources for
    // every file, which took most of the suite's time); no test relies on fresh module state.
    isolate: false,
    reporters: process.env["CI_JSON"]
      ? ["default", ["json", { outputFile: "reports/vitest.json" }], ["junit", { outputFile: "reports/junit.xml" }]]
      : ["default"],
  },
});
