// Expands the English dictionaries into the cached word list once, at install (npm's prepare).
import { ensureEnglishWordList } from "../src/load/lexicon.js";

console.log(`English word list: ${ensureEnglishWordList()}`);
