import { describe, expect, it } from "vitest";
import { grammarPattern } from "../../src/checks/grammar-pattern.js";
import { timeWithoutPreposition } from "../../src/checks/grammar-times.js";
import { documentText } from "../../src/text/document-text.js";
import { phraseWords } from "../../src/text/phrase-words.js";
import { corpus, doc } from "../helpers/build-corpus.js";
import { runCheck } from "../helpers/run-check.js";

const textCorpus = (lines: string[]) => corpus([doc("d", [], [1, lines.length])], { source: lines });

/** Each finding in the text as [pattern, the words it prints]. */
function hits(...lines: string[]): [string, string][] {
  return runCheck(grammarPattern, textCorpus(lines)).map((f) => [f.key?.split("|")[0] ?? "", /prints "(.*?)" at line/.exec(f.message)?.[1] ?? ""]);
}

/** The words at which the matcher alone, asked at every word with no first-word gate, finds a time. */
function matchedAt(line: string): string[] {
  const c = textCorpus([line]);
  const d = c.documents[0];
  if (!d) throw new Error("no document");
  const ws = phraseWords(documentText(c, d));
  return ws.flatMap((w, i) => (timeWithoutPreposition(ws, i) ? [w.word] : []));
}

const TIME = "time-without-preposition";

describe("time-without-preposition: what may follow the time", () => {
  it("fires before a word no figure counts: a preposition, an adverb, a conjunction, a determiner, or nothing", () => {
    expect(hits("The vigil is held 17.00 until dawn.")).toEqual([[TIME, "held 17"]]);
    expect(hits("The vigil is held 17.00 afterwards.")).toEqual([[TIME, "held 17"]]);
    expect(hits("The vigil is held 17.00 or later.")).toEqual([[TIME, "held 17"]]);
    expect(hits("The vigil is held 17.00 every year.")).toEqual([[TIME, "held 17"]]);
    expect(hits("The vigil is held 17.00.")).toEqual([[TIME, "held 17"]]);
  });

  it("does not look past the end of the phrase for a counted word", () => {
    expect(hits("The vigil is held 17.00, thousands attend.")).toEqual([[TIME, "held 17"]]);
  });

  it("not before a word that can be a noun or an adjective, though it can be a preposition, an adverb or a conjunction too", () => {
    // "in" can be a noun, "weekdays" a plural noun, "but" an adjective (the lexicon's readings).
    expect(hits("The vigil is held 17.00 in the hall.")).toEqual([]);
    expect(hits("The vigil is held 17.00 weekdays.")).toEqual([]);
    expect(hits("The vigil is held 17.00 but briefly.")).toEqual([]);
    expect(hits("The vigil is held 17.00 1992.")).toEqual([]);
  });
});

describe("time-without-preposition: the verb and the hour", () => {
  it("needs the verb joined to the hour", () => {
    expect(hits("The vigil is held, 17.00 until dawn.")).toEqual([]);
  });

  it("takes an hour of one or two digits up to 24", () => {
    expect(hits("The vigil is held 7.00 until dawn.")).toEqual([[TIME, "held 7"]]);
    expect(hits("The vigil is held 24.00 until dawn.")).toEqual([[TIME, "held 24"]]);
    expect(hits("The vigil is held 25.00 until dawn.")).toEqual([]);
    expect(hits("The vigil is held 012.30 until dawn.")).toEqual([]);
  });

  it("needs the minutes one character after the hour on the same line", () => {
    // Two spaces between: not one character apart.
    expect(hits("The vigil is held 17  00 until dawn.")).toEqual([]);
    // The minutes at the column one character after the hour's end, but on the next line.
    expect(hits("The vigil is held 17", "                     00 until dawn.")).toEqual([]);
  });

  it("the matcher alone, with no first-word gate, takes only a word that can be a verb and none of the other classes", () => {
    expect(matchedAt("The vigil is held 17.00 until dawn.")).toEqual(["held"]);
    // "on" is no verb; "late" is no verb, nor a noun; "set" is a verb but can be a noun.
    expect(matchedAt("The vigil on 17.00 until dawn.")).toEqual([]);
    expect(matchedAt("The vigil runs late 17.00 until dawn.")).toEqual([]);
    expect(matchedAt("The vigil is set 17.00 until dawn.")).toEqual([]);
  });
});
