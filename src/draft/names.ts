import type { Claim } from "../model/claim.js";
import { isFunctionWord } from "../text/word-classes.js";

const CAP = String.raw`\p{Lu}[\p{Ll}’'-]*\p{Ll}|\p{Lu}\.`;
// Two or more capitalised words, with "of", "the", "de" ... between them ("Board of Trade").
const NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${CAP})(?:\s+(?:(?:of|the|de|du|la|van|von|der)\s+)*(?:${CAP}))+`, "gu");
const MONTHS_AND_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A name as the text prints it, without a leading function word ("The", "On") or a month or weekday at either end. */
function trimmed(name: string): string | undefined {
  const words = name.split(/\s+/);
  while (words.length > 0 && (isFunctionWord((words[0] ?? "").toLowerCase()) || MONTHS_AND_DAYS.test(words[0] ?? ""))) words.shift();
  while (words.length > 0 && MONTHS_AND_DAYS.test(words[words.length - 1] ?? "")) words.pop();
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  return caps.length >= 2 && /^\p{Lu}/u.test(words[0] ?? "") ? words.join(" ") : undefined;
}

/**
 * The first place each name (two or more capitalised words) is printed in lines first..last, as a
 * text claim of `mentioned.name`; a curator turns the ones that matter into entity claims.
 */
export function draftNames(lines: readonly string[], first: number, last: number): Claim[] {
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (let l = first; l <= last; l++) {
    const text = lines[l - 1] ?? "";
    if (text === text.toUpperCase()) continue;
    for (const m of text.matchAll(NAME)) {
      const name = trimmed(m[0].replace(/\s+/g, " "));
      if (name === undefined || seen.has(name)) continue;
      seen.add(name);
      out.push({ kind: "text", fact: "mentioned.name", value: name, quote: name, line: l, draft: true });
    }
  }
  return out;
}
