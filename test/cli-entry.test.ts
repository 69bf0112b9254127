import { describe, expect, it } from "vitest";
import { entry } from "../src/cli/entry.js";
import { cli, MINI, miniCopy, NEWS, news } from "./helpers/fixture.js";

// The bin runs `entry`, which loads only the check's modules for `check`; it must answer as `main`.
async function viaEntry(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await entry(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe("the bin's entry", () => {
  const broken = miniCopy({ [NEWS]: news().replace("issuer: Test agency", "issuer: Test agency\nauthor: X") });
  it.each([
    ["check", "--root", MINI, "--no-write"],
    ["check", "--root", MINI, "--no-write", "--format", "json"],
    ["check", "--root", broken, "--no-write"],
    ["check", "--root", MINI, "--fail-on", "sometimes"],
    ["check", "--root", MINI, "--format", "pdf"],
    ["check", "--root", MINI, "--links", "absolute"],
    ["check", "--help"],
    ["check", "--colour"],
    ["list", "--root", MINI],
    ["nothing"],
    [],
  ])("answers %j as main does", async (...args) => {
    expect(await viaEntry(args)).toEqual(cli(args));
  });
});
