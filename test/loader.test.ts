import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "../src/checks/catalogue.js";
import { cli, MINI, miniCopy, NEWS, news, refuses } from "./helpers/fixture.js";

const KNOWN = catalogue
  .map((c) => c.meta.id)
  .sort()
  .join(", ");

describe("loader: bad input gives file:line:col and exit 2", () => {
  it("a wrong type", () => {
    refuses(miniCopy({ [NEWS]: news().replace("line: 10\n  - kind: number", 'line: "ten"\n  - kind: number') }), [
      `${NEWS}:17:11: claims[0].line must be integer, got string "ten"`,
    ]);
  });

  it("document types from the archive's vocabulary, not the default list", () => {
    const vocabulary = "data/registry/vocabulary.yaml";
    refuses(miniCopy({ [vocabulary]: "documentTypes: [bulletin, un-security-council-resolution]\n" }), [
      `${NEWS}:4:7: type must be one of: bulletin, un-security-council-resolution`,
    ]);
    const types = "documentTypes: [bulletin, un-security-council-resolution]\n";
    const root = miniCopy({ [vocabulary]: types, [NEWS]: news().replace("type: news-report", "type: bulletin") });
    expect(cli(["check", "--root", root, "--no-write"]).code).toBe(0);
  });

  it("a misspelt field, with the field it is closest to", () => {
    refuses(miniCopy({ [NEWS]: news().replace("issuer: Test agency", "isuer: Test agency") }), [`${NEWS}:5:1: unknown field "isuer"; did you mean "issuer"?`]);
  });

  it("an unknown field", () => {
    refuses(miniCopy({ [NEWS]: news().replace("issuer: Test agency", "issuer: Test agency\nauthor: Somebody") }), [`${NEWS}:6:1: unknown field "author"`]);
  });

  it("an unknown field inside a claim", () => {
    refuses(miniCopy({ [NEWS]: news().replace("    value: 613", "    value: 613\n    unit: people") }), [`${NEWS}:21:5: unknown field "unit" in claims[1]`]);
  });

  it("a duplicate key", () => {
    refuses(miniCopy({ [NEWS]: news().replace("issuer: Test agency", "issuer: Test agency\nissuer: Other") }), [
      `${NEWS}:6:1: duplicate key: map keys must be unique`,
    ]);
  });

  it("a missing required field", () => {
    refuses(miniCopy({ [NEWS]: news().replace("issuer: Test agency\n", "") }), [`${NEWS}:2:1: missing required field "issuer"`]);
  });

  it("an unknown claim kind", () => {
    refuses(miniCopy({ [NEWS]: news().replace("  - kind: number", "  - kind: numeral") }), [`${NEWS}:18:11: claims[1].kind: unknown kind "numeral"`]);
  });

  it("malformed YAML", () => {
    refuses(miniCopy({ [NEWS]: news().replace("title: OTHER NEWS", "title: [OTHER NEWS") }), [
      `${NEWS}:4:1: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it("tab indentation", () => {
    refuses(miniCopy({ [NEWS]: news().replace("  first: 8", "\tfirst: 8") }), [`${NEWS}:8:1: tab used for indentation; YAML indents with spaces`]);
  });

  it("an empty file", () => {
    refuses(miniCopy({ [NEWS]: "" }), [`${NEWS}:1:1: file is empty`]);
  });

  it("a file that is not UTF-8", () => {
    refuses(miniCopy({ [NEWS]: Buffer.concat([Buffer.from("id: news\ntitle: B"), Buffer.from([0xe9]), Buffer.from("ad\n")]) }), [
      `${NEWS}:2:9: file is not valid UTF-8`,
    ]);
  });

  it("a duplicated document id across two files", () => {
    const root = miniCopy({ "data/documents/news-copy.yaml": news() });
    refuses(root, [
      `data/documents/news-copy.yaml:2:1: id "news" does not match the file name "news-copy"`,
      `${NEWS}:2:1: duplicate document id "news" (also in data/documents/news-copy.yaml)`,
    ]);
  });

  it("a source line beyond the end of the file", () => {
    refuses(miniCopy({ [NEWS]: news().replace("line: 10\n  - kind: number", "line: 99\n  - kind: number") }), [
      `${NEWS}:17:11: source line 99 is beyond the end of data/sources/mini.txt (10 lines)`,
    ]);
  });

  it("a source path outside the root", () => {
    refuses(miniCopy({ [NEWS]: news().replace("file: data/sources/mini.txt", "file: ../../etc/passwd") }), [
      `${NEWS}:7:9: path "../../etc/passwd" points outside the corpus root`,
    ]);
  });

  it("a source path through a symlink that leaves the root", () => {
    const root = miniCopy({ [NEWS]: news().replace("file: data/sources/mini.txt", "file: data/sources/link.txt") });
    symlinkSync("/etc/hostname", join(root, "data/sources/link.txt"));
    refuses(root, [`${NEWS}:7:9: path "data/sources/link.txt" leads outside the corpus root through a symlink`]);
  });

  it("an undefined fact key and instrument", () => {
    refuses(miniCopy({ [NEWS]: news().replace("fact: killed.total", "fact: killed.al").replace("instrument: res-800", "instrument: res-801") }), [
      `${NEWS}:13:17: instrument "res-801" is not defined in data/registry/instruments.yaml`,
      `${NEWS}:19:11: fact "killed.al" is not defined in data/registry/facts.yaml`,
    ]);
  });

  it("an instrument subject naming an entity the entities registry does not define", () => {
    const path = "data/registry/instruments.yaml";
    const text = readFileSync(join(MINI, path), "utf8").replace(
      "    title: Resolution 800 (1998)\n",
      "    title: Resolution 800 (1998)\n    subjects:\n      - entity: atlantis\n",
    );
    refuses(miniCopy({ [path]: text }), [`${path}:8:17: entity "atlantis" is not defined in data/registry/entities.yaml`]);
  });

  it("an unknown check and bad options in rules/", () => {
    const rules = readFileSync(join(MINI, "rules/core.yaml"), "utf8").replace("check: citation-consistency", "check: citation-consistancy");
    refuses(miniCopy({ "rules/core.yaml": rules }), [
      `rules/core.yaml:16:12: rule "citation-consistency" names unknown check "citation-consistancy"; known: ${KNOWN}`,
    ]);
    const badOption = readFileSync(join(MINI, "rules/core.yaml"), "utf8").replace("body: Test Council", "body: Test Council\n      bodies: 3");
    refuses(miniCopy({ "rules/core.yaml": badOption }), ['rules/core.yaml:12:7: rule "document-identity": options: Unrecognized key: "bodies"']);
  });

  it("reports every problem of several files in one pass", () => {
    const root = miniCopy({
      [NEWS]: news().replace("issuer: Test agency", "issuer: Test agency\nauthor: X"),
      "data/documents/res-900.yaml": readFileSync(join(MINI, "data/documents/res-900.yaml"), "utf8").replace("first: 1", "first: one"),
    });
    refuses(root, [`${NEWS}:6:1: unknown field "author"`, `data/documents/res-900.yaml:13:10: source.first must be integer, got string "one"`]);
  });

  it("CRLF line endings keep line numbers right", () => {
    const crlf = news().replace("issuer: Test agency", "issuer: Test agency\nauthor: X").replace(/\n/g, "\r\n");
    refuses(miniCopy({ [NEWS]: crlf }), [`${NEWS}:6:1: unknown field "author"`]);
  });
});
