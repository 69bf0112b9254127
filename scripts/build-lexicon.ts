// Expands the English dictionaries into the cached word list, and en-lexicon into the cached table
// of word tags, once, at install (npm's prepare).
import { ensureEnglishWordList } from "../src/load/lexicon.js";
import { ensureWordTagTable } from "../src/load/word-tag-table.js";

console.log(`English word list: ${ensureEnglishWordList()}`);
console.log(`Word tags: ${ensureWordTagTable()}`);
