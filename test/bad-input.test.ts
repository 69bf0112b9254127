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

  const dated = (iso: string, precision: string): string =>
    news().replace("issuer: Test agency", `issuer: Test agency\ndate:\n  printed: as printed\n  iso: ${iso}\n  precision: ${precision}`);

  it("a day that is not on the calendar is refused, in a record's date and in a claim", () => {
    refuses(miniCopy({ [NEWS]: dated("1993-02-29", "day") }), [`${NEWS}:8:8: date.iso "1993-02-29" is not a calendar date: February 1993 has 28 days`]);
    refuses(miniCopy({ [NEWS]: news().replace("date: 1998-03-03", "date: 1998-04-31") }), [
      `${NEWS}:15:11: claims[0].date "1998-04-31" is not a calendar date: April 1998 has 30 days`,
    ]);
    expect(cli(["check", "--root", miniCopy({ [NEWS]: dated("1992-02-29", "day") }), "--no-write"]).code).toBe(0);
  });

  it("a day of the year that no year has is refused", () => {
    const text = news().replace("claims:\n", "claims:\n  - kind: date\n    fact: mentioned.date\n    value: --02-30\n    quote: OTHER NEWS\n    line: 8\n");
    refuses(miniCopy({ [NEWS]: text }), [`${NEWS}:13:12: claims[0].value "--02-30" is not a calendar date: February has at most 29 days`]);
  });

  it("a claim's date written as a text prints says in words what form is expected, not a pattern", () => {
    refuses(miniCopy({ [NEWS]: news().replace("date: 1998-03-03", "date: 3 March 1998") }), [
      `${NEWS}:15:11: claims[0].date "3 March 1998" is not a date in the form the records use: expected a date like 1992-02-26 (or 1992-02, 1992, or --02-26 for a day in every year)`,
    ]);
  });

  it("one line indented wrongly is one message at that line, whichever way it is off", () => {
    const deeper = news().replace("    instrument: res-800", "     instrument: res-800");
    refuses(miniCopy({ [NEWS]: deeper }), [`${NEWS}:13:6: this line is indented 5 spaces; expected 4, in line with "fact" on line 12`]);
    const shallower = news().replace("    quote: 613 people were killed", "   quote: 613 people were killed");
    refuses(miniCopy({ [NEWS]: shallower }), [`${NEWS}:21:4: this line is indented 3 spaces; expected 4, in line with "value" on line 20`]);
    const item = news().replace("  - kind: number", "   - kind: number");
    refuses(miniCopy({ [NEWS]: item }), [`${NEWS}:18:4: this line is indented 3 spaces; expected 2, in line with the "-" on line 11`]);
    const top = news().replace("issuer: Test agency", " issuer: Test agency");
    refuses(miniCopy({ [NEWS]: top }), [`${NEWS}:5:2: this line is indented 1 space; expected 0, in line with "type" on line 4`]);
  });

  it("a field moved out of its claim to the top level is one message at the field, not unknown there and missing in the claim", () => {
    const text = news().replace(/ {4}line: 10\n$/, "line: 10\n");
    refuses(miniCopy({ [NEWS]: text }), [
      `${NEWS}:22:1: "line" is indented 0 spaces, outside claims[1], which lacks it; expected 4, in line with the fields from line 18`,
    ]);
  });

  it("a line moved out to where other keys or items stand is named, not the line after it the parser stumbles on", () => {
    const keyAtItems = news().replace("    fact: killed.total", "  fact: killed.total");
    refuses(miniCopy({ [NEWS]: keyAtItems }), [`${NEWS}:19:3: this line is indented 2 spaces; expected 4, in line with "kind" on line 18`]);
    const keyAtTop = news().replace("    fact: killed.total", "fact: killed.total");
    refuses(miniCopy({ [NEWS]: keyAtTop }), [`${NEWS}:19:1: this line is indented 0 spaces; expected 4, in line with "kind" on line 18`]);
    const itemAtTop = news().replace("  - kind: number", "- kind: number");
    refuses(miniCopy({ [NEWS]: itemAtTop }), [`${NEWS}:18:1: this line is indented 0 spaces; expected 2, in line with the "-" on line 11`]);
    const itemAmongKeys = news().replace("  - kind: number", "    - kind: number");
    refuses(miniCopy({ [NEWS]: itemAmongKeys }), [`${NEWS}:18:5: this line is indented 4 spaces; expected 2, in line with the "-" on line 11`]);
    const parent = news().replace("claims:", " claims:");
    refuses(miniCopy({ [NEWS]: parent }), [`${NEWS}:10:2: this line is indented 1 space; expected 0, in line with "source" on line 6`]);
  });

  it("a document date whose precision and form disagree is refused", () => {
    refuses(miniCopy({ [NEWS]: dated("1992-02", "day") }), [`${NEWS}:8:8: date.iso "1992-02" does not match precision "day" (YYYY-MM-DD)`]);
    refuses(miniCopy({ [NEWS]: dated("1992-02-26", "year") }), [`${NEWS}:8:8: date.iso "1992-02-26" does not match precision "year" (YYYY)`]);
    refuses(miniCopy({ [NEWS]: dated("1992-02", "week") }), [`${NEWS}:9:14: date.precision: unknown precision "week"`]);
    expect(cli(["check", "--root", miniCopy({ [NEWS]: dated("1992-02", "month") }), "--no-write"]).code).toBe(0);
  });

  it("a control character in a string is refused; tab and newline are not", () => {
    refuses(miniCopy({ [NEWS]: news().replace("title: OTHER NEWS", "title: OTHER\u0007NEWS") }), [
      `${NEWS}:3:8: title contains the control character U+0007 at character 6; only tab and newline are allowed`,
    ]);
    refuses(miniCopy({ [NEWS]: news().replace("issuer: Test agency", 'issuer: "Test\\eagency"') }), [
      `${NEWS}:5:9: issuer contains the control character U+001B at character 5; only tab and newline are allowed`,
    ]);
    const fine = news().replace("issuer: Test agency", 'issuer: Test agency\nnotes: "a\\tb\\nc"');
    expect(cli(["check", "--root", miniCopy({ [NEWS]: fine }), "--no-write"]).code).toBe(0);
  });

  it("10,000 nested sequences or maps give a plain message, not a stack overflow", () => {
    const deep = "sequences and maps nested more than 64 levels deep; a record needs a few";
    const started = Date.now();
    refuses(miniCopy({ [NEWS]: `${news()}notes: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n` }), [`${NEWS}:23:71: ${deep}`]);
    refuses(miniCopy({ [NEWS]: `${news()}notes: ${"{a: ".repeat(10_000)}1${"}".repeat(10_000)}\n` }), [`${NEWS}:23:260: ${deep}`]);
    refuses(miniCopy({ [NEWS]: `${news()}notes:\n  ${"- ".repeat(10_000)}x\n` }), [`${NEWS}:24:129: ${deep}`]);
    expect(Date.now() - started).toBeLessThan(15_000);
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
