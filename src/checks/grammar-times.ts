import type { PhraseWord } from "../text/phrase-words.js";
import { canBe } from "../text/word-tags.js";
import type { GatedMatcher, Match } from "./grammar-words.js";

const VERB = ["VB", "VBD", "VBN", "VBP", "VBZ"];
const NOT_A_VERB_HERE = ["IN", "NN", "NNS", "CD", "DT"];
const MINUTES = /^([0-5]\d)(am|pm)?$/i;

/**
 * A clock time ("17.00", "5.00pm") straight after a verb, with no "at", "from" or "until" between:
 * "will be held 17.00". The hour and its minutes are two numbers one character apart on one line
 * (a hyphen between them is a range); what follows the time must be no word that a figure counts
 * ("1.25 million", "15.50 manat"): a noun, an adjective, a number or a word the lexicon does not know,
 * unless "am" or "pm" says it is a time.
 */
export function timeWithoutPreposition(ws: readonly PhraseWord[], i: number): Match | undefined {
  const [verb, hour, minutes, next] = [ws[i], ws[i + 1], ws[i + 2], ws[i + 3]];
  if (!verb || !hour || !minutes || !verb.joinsNext || verb.token.shape !== "word") return undefined;
  if (!canBe(verb.word, VERB) || canBe(verb.word, NOT_A_VERB_HERE)) return undefined;
  const h = hour.token;
  const m = minutes.token;
  if (h.shape !== "number" || !/^\d{1,2}$/.test(h.text) || Number(h.text) > 24 || h.hyphenAfter) return undefined;
  if (m.line !== h.line || m.col !== h.col + h.text.length + 1) return undefined;
  const clock = MINUTES.exec(m.text);
  if (!clock) return undefined;
  const counted =
    minutes.joinsNext &&
    next !== undefined &&
    (next.token.shape !== "word" || canBe(next.word, ["NN", "NNS", "JJ", "CD"]) || !canBe(next.word, ["IN", "RB", "CC", "DT", "TO"]));
  if (!clock[2] && counted) return undefined;
  return {
    pattern: "time-without-preposition",
    from: i,
    to: i + 1,
    why: `no preposition between "${verb.word}" and the time of day after it`,
  };
}

export const TIME_MATCHER: GatedMatcher = { match: timeWithoutPreposition, starts: (w) => canBe(w, VERB) && !canBe(w, NOT_A_VERB_HERE) };
