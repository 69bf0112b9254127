import { describe, expect, it } from "vitest";
import { figureConflict } from "../../src/checks/figure-conflict.js";
import { corpus, doc, figureAt } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const fig = figureAt;
const twoDocs = (fact: string) => corpus([doc("a", [fig(fact, 613)]), doc("b", [fig(fact, 631)])]);
const subjects = (fact: string, options: object) => runCheck(figureConflict, twoDocs(fact), options).map((f) => f.subject);

describe("figure-conflict at its boundaries", () => {
  it("exclude names a fact exactly, or every fact under a prefix ending in '.'", () => {
    expect(subjects("killed.total", {})).toHaveLength(1);
    expect(subjects("killed.total", { exclude: ["killed.total"] })).toEqual([]);
    expect(subjects("killed.total", { exclude: ["killed."] })).toEqual([]);
    expect(subjects("killed.total", { exclude: ["killed"] })).toHaveLength(1);
    expect(subjects("killed.total", { exclude: ["killed.tot"] })).toHaveLength(1);
    expect(subjects("killed.total", { exclude: ["killed.total.men"] })).toHaveLength(1);
    expect(subjects("killed.total", { exclude: ["wounded.", "other"] })).toHaveLength(1);
  });

  it("facts, when given, are the only facts compared", () => {
    expect(subjects("killed.total", { facts: ["wounded"] })).toEqual([]);
    expect(subjects("killed.total", { facts: ["wounded", "killed.total"] })).toHaveLength(1);
  });

  it("findings come in the order of their facts", () => {
    const c = corpus([doc("a", [fig("z.fact", 1), fig("a.fact", 1)]), doc("b", [fig("z.fact", 2), fig("a.fact", 2)])]);
    expect(runCheck(figureConflict, c).map((f) => f.subject)).toEqual(["a.fact", "z.fact"]);
  });
});
