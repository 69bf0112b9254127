import { JUnitReporter } from "vitest/node";

/**
 * Vitest's JUnit reporter with times in seconds to the millisecond: the Jenkins schema
 * (test/validators/junit.xsd) allows at most three decimals, and Vitest writes up to ten.
 */
export class JenkinsJUnitReporter extends JUnitReporter {
  override writeElement(name: string, attrs: Record<string, unknown>, children: () => Promise<void>): Promise<void> {
    const time = attrs["time"];
    const fixed = typeof time === "string" || typeof time === "number" ? { ...attrs, time: Number(time).toFixed(3) } : attrs;
    return super.writeElement(name, fixed, children);
  }
}
