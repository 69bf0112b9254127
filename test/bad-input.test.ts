import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, MINI, miniCopy, NEWS, news, refuses } from "./helpers/fixture.js";

describe("bad input, continued: a clear error, never a crash, nothing lost", () => {
  it("a fact without a label is refused at its line", () => {
    const facts = readFileSync(join(MINI, "data/registry/facts.yaml"), "utf8");
    const unlabelled = facts.replace(/( {2}- key: killed\.total\n) {4}label: [^\n]*\n/, "$1");
    expect(unlabelled).not.toBe(facts);
    const line = unlabelled.split("\n").findIndex((l) => l === "  - key: killed.total") + 1;
    refuses(miniCopy({ "data/registry/facts.yaml": unlabelled }), [`data/registry/facts.yaml:${line}:5: missing required field "label" in facts[4]`]);
  });

  it("a UTF-8 byte-order mark is accepted and line numbers stay right", () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(news().replace("issuer: Test agency", "issuer: Test agency\nauthor: X"))]);
    refuses(miniCopy({ [NEWS]: bom }), [`${NEWS}:6:1: unknown field "author"`]);
    expect(cli(["check", "--root", miniCopy({ [NEWS]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(news())]) }), "--no-write"]).code).toBe(0);
  });

  it("a YAML alias bomb is refused quickly", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => (i === 1 ? "*a" : `*l${i - 1}`)).join(", ")}]`);
    const started = Date.now();
    refuses(miniCopy({ [NEWS]: `${levels.join("\n")}\n` }), [`${NEWS}:1:1: Excessive alias count indicates a resource exhaustion attack`]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("a very large file is refused without being parsed", () => {
    const big = `id: news\ntitle: ${"x".repeat(5 * 1024 * 1024)}\n`;
    refuses(miniCopy({ [NEWS]: big }), [`${NEWS}:1:1: file is ${Buffer.byteLength(big)} bytes; the limit is 4194304`]);
  });

  it("__proto__ and constructor keys are unknown fields and pollute nothing", () => {
    const text = news().replace("issuer: Test agency", "issuer: Test agency\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true");
    refuses(miniCopy({ [NEWS]: text }), [`${NEWS}:6:1: unknown field "__proto__"`, `${NEWS}:8:1: unknown field "constructor"`]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("a quote that would break markdown tables or HTML is shown as text in every report", () => {
    const root = miniCopy({
      "data/sources/mini.txt": readFileSync(join(MINI, "data/sources/mini.txt"), "utf8").replace(
        "613 people were killed.",
        "613 people | <script>alert(1)</script> `x` were killed.",
      ),
      [NEWS]: news().replace("quote: 613 people were killed", "quote: 613 people | <script>alert(1)</script> `x` were killed"),
    });
    const r = cli(["check", "--root", root, "--out", join(root, "reports"), "--fail-on", "none"]);
    expect(r.code).toBe(0);
    const md = readFileSync(join(root, "reports/consistency-report.md"), "utf8");
    const html = readFileSync(join(root, "reports/consistency-report.html"), "utf8");
    for (const text of [md, html]) expect(text).not.toContain("<script>alert(1)</script>");
    expect(html.match(/<script>/g)?.length).toBe(1);
  });

  it("bad input never overwrites a good report", () => {
    const root = miniCopy();
    expect(cli(["check", "--root", root]).code).toBe(0);
    const before = readFileSync(join(root, "reports/consistency-report.json"), "utf8");
    writeFileSync(join(root, NEWS), news().replace("issuer: Test agency", "issuer: [broken"));
    expect(cli(["check", "--root", root]).code).toBe(2);
    expect(readFileSync(join(root, "reports/consistency-report.json"), "utf8")).toBe(before);
    expect(existsSync(join(root, "reports/consistency-report.json.tmp"))).toBe(false);
  });
});
