import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: process.env["CI_JSON"]
      ? ["default", ["json", { outputFile: "reports/vitest.json" }], ["junit", { outputFile: "reports/junit.xml" }]]
      : ["default"],
  },
});
