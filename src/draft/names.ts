import type { Claim } from "../model/claim.js";
import { isFunctionWord } from "../text/word-classes.js";

const CAP = String.raw`\p{Lu}[\p{Ll}’'-]*\p{Ll}|\p{Lu}\.`;
// Two or more capitalised words, with "of", "the", "de" ... between them ("Board of Trade").
const NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${CAP})(?:\s+(?:(?:of|the|de|du|la|van|von|der)\s+)*(?:${CAP}))+`, "gu");
const MONTHS_AND_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Words of English that put a person's name after them: the title says the name is a person's. */
const TITLE =
  /^(?:Mr|Mrs|Miss|Ms|Dr|Sir|Dame|Rev|Reverend|Captain|Capt|Colonel|Col|Major|General|Lieutenant|Lieut|Professor|Prof|Sergeant|Constable|Judge|Bishop|Father)\.?$/;
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Rev|Capt|Col|Lieut|Prof)\.\s*$/;

/** A name the draft found: its claim, and the surname when a title says it is a person's. */
export interface DraftName {
  claim: Claim;
  /** The last word of a titled name ("Fenwick" of "Captain John Fenwick"); a person's fact is proposed for it. */
  surname?: string;
  /** The last word of any name of two words or more: it joins a person's fact another name proposed. */
  last: string;
}

/** A name as the text prints it, without a leading function word ("The", "On") or a month or weekday at either end. */
function trimmed(name: string): string[] | undefined {
  const words = name.replace(/['’]s$/, "").split(/\s+/);
  while (words.length > 0 && (isFunctionWord((words[0] ?? "").toLowerCase()) || MONTHS_AND_DAYS.test(words[0] ?? ""))) words.shift();
  while (words.length > 0 && MONTHS_AND_DAYS.test(words[words.length - 1] ?? "")) words.pop();
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  return caps.length >= 2 && /^\p{Lu}/u.test(words[0] ?? "") ? words : undefined;
}

/** The name without its title, and whether one was there (before it, "Mr. ", or as its first word, "Captain"). */
function untitled(words: string[], before: string): { words: string[]; titled: boolean } {
  const lead = words.findIndex((w) => !TITLE.test(w));
  const rest = lead > 0 ? words.slice(lead) : words;
  const titled = lead > 0 || TITLE_BEFORE.test(before);
  // "Captain Fenwick" alone is a title and a surname: no given name to compare, the name as printed.
  return rest.length >= 2 ? { words: rest, titled } : { words, titled: false };
}

/**
 * The first place each name (two or more capitalised words) is printed in lines first..last, as a
 * text claim of `mentioned.name`, without a title before it ("Captain", "Mr.") and without a
 * possessive; a titled name is a person's, and carries its surname so the draft proposes a fact
 * for that person and documents that give the name two ways disagree.
 */
export function draftNames(lines: readonly string[], first: number, last: number): DraftName[] {
  const seen = new Map<string, DraftName>();
  const out: DraftName[] = [];
  for (let l = first; l <= last; l++) {
    const text = lines[l - 1] ?? "";
    if (text === text.toUpperCase()) continue;
    for (const m of text.matchAll(NAME)) {
      const words = trimmed(m[0].replace(/\s+/g, " "));
      if (words === undefined) continue;
      const name = untitled(words, text.slice(0, m.index));
      const value = name.words.join(" ");
      const surname = name.words[name.words.length - 1] ?? "";
      const earlier = seen.get(value);
      // A name printed first bare and later with a title ("Thomas Radley" ... "Mr. Thomas Radley") is a person's too.
      if (earlier) {
        if (name.titled) earlier.surname = surname;
        continue;
      }
      const claim: Claim = { kind: "text", fact: "mentioned.name", value, quote: value, line: l, draft: true };
      const found: DraftName = { claim, last: surname, ...(name.titled ? { surname } : {}) };
      seen.set(value, found);
      out.push(found);
    }
  }
  return out;
}
