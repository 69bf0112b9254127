import {
  addressSpans,
  BARE_ADDRESS_LINE,
  brokenWord,
  hyphenAfterAt,
  hyphenBeforeAt,
  kindOf,
  sentenceEndsAfter,
  type TextLine,
  type Token,
} from "./document-text.js";
import type { ProseWords } from "./prose-words.js";
import { skippedWord } from "./skipped.js";
import type { TokenColumns } from "./token-columns.js";
import { scanTokens } from "./token-scan.js";
import { widened } from "./typed-arrays.js";

const HYPHEN_BEFORE = 1;
const HYPHEN_AFTER = 2;
const ADDRESS = 4;
const SPLIT = 8;
const TAIL = 16;

/** Nothing but white space in `s` from `from` to `to`. */
export const blank = (s: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (!/\s/.test(s[i] ?? "")) return false;
  return true;
};

/**
 * The corpus pass, one document at a time: its lines tokenised straight into the token columns and
 * the prose words, with no token object. A document's tokens are numbers in scratch columns reused
 * from one document to the next (line, start, end, printed form, flags, sentence, joins); what the
 * tokeniser decides from a printed form alone (its kind, whether a spelling check skips it) is
 * decided once per form. The result equals tokenising each document (`freshText`) and reading its
 * tokens, which the tests compare on the real corpus and on generated texts.
 */
export class CorpusPass {
  private n = 0;
  private lineOf = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private forms = new Int32Array(1024);
  private bits = new Uint8Array(1024);
  private sentences = new Int32Array(1024);
  private joins = new Uint8Array(1024);
  /**
   * The pass's own numbering of printed forms, second halves of broken words included (the columns
   * number only the forms they hold), with each form's number in the columns plus one (0: not yet).
   */
  private readonly formIds = new Map<string, number>();
  private readonly formTexts: string[] = [];
  private columnIds = new Int32Array(1024);
  private readonly kinds: (readonly [Token["shape"], Token["script"]] | undefined)[] = [];
  /** The prose words of a run of one token, by its form: most runs. */
  private readonly proseWords: (readonly number[] | undefined)[] = [];
  /** Whether a spelling check skips a printed form: 0 not decided yet, 1 kept, 2 skipped. */
  private skips = new Uint8Array(1024);

  constructor(
    private readonly cols: TokenColumns,
    private readonly prose: ProseWords,
  ) {}

  /**
   * One document's lines (see `textLines`) into the columns and the prose words. Whether its broken
   * words are the plain kind the columns rebuild (see `ColumnTokens`).
   */
  addDocument(id: string, lines: readonly TextLine[]): boolean {
    this.n = 0;
    for (let li = 0; li < lines.length; li++) this.scanLine(lines[li]?.text ?? "", li);
    this.markSplits(lines);
    this.markSentences(lines);
    this.markJoins(lines);
    this.pushProse(id, lines);
    return this.pushColumns(lines);
  }

  private text(k: number): string {
    return this.formTexts[this.forms[k] ?? 0] ?? "";
  }

  private formOf(printed: string): number {
    let id = this.formIds.get(printed);
    if (id === undefined) {
      id = this.formTexts.length;
      this.formIds.set(printed, id);
      this.formTexts.push(printed);
    }
    return id;
  }

  /** The columns' number of token k's form, asked of the columns once per form. */
  private columnId(k: number): number {
    const form = this.forms[k] ?? 0;
    if (form >= this.columnIds.length) this.columnIds = widened(this.columnIds, Math.max(form + 1, this.columnIds.length * 2));
    const known = (this.columnIds[form] ?? 0) - 1;
    if (known >= 0) return known;
    const id = this.cols.idOf(this.text(k));
    this.columnIds[form] = id + 1;
    return id;
  }

  private kind(k: number): readonly [Token["shape"], Token["script"]] {
    const form = this.forms[k] ?? 0;
    return (this.kinds[form] ??= kindOf(this.text(k)));
  }

  private has(k: number, bit: number): boolean {
    return ((this.bits[k] ?? 0) & bit) !== 0;
  }

  private scanLine(text: string, li: number): void {
    const spans = addressSpans(text);
    scanTokens(text, (start, end) => {
      const k = this.n++;
      if (k === this.forms.length) this.grow();
      this.lineOf[k] = li;
      this.starts[k] = start;
      this.ends[k] = end;
      this.forms[k] = this.formOf(text.slice(start, end));
      this.bits[k] =
        (hyphenBeforeAt(text, start) ? HYPHEN_BEFORE : 0) |
        (hyphenAfterAt(text, end) ? HYPHEN_AFTER : 0) |
        (spans.some(([s, e]) => start >= s && end <= e) ? ADDRESS : 0);
      this.joins[k] = 0;
    });
  }

  private grow(): void {
    const size = this.forms.length * 2;
    this.lineOf = widened(this.lineOf, size);
    this.starts = widened(this.starts, size);
    this.ends = widened(this.ends, size);
    this.forms = widened(this.forms, size);
    this.sentences = widened(this.sentences, size);
    this.bits = widened(this.bits, size);
    this.joins = widened(this.joins, size);
  }

  /** As `markSplits` does on tokens: a word on one line and a word on the next, the halves of one broken word. */
  private markSplits(lines: readonly TextLine[]): void {
    for (let k = 0; k + 1 < this.n; k++) {
      const [a, b] = [this.lineOf[k] ?? 0, this.lineOf[k + 1] ?? 0];
      if (a === b || this.kind(k)[0] !== "word" || this.kind(k + 1)[0] !== "word") continue;
      if (!brokenWord(lines[a]?.text ?? "", this.ends[k] ?? 0, lines[b]?.text ?? "", this.starts[k + 1] ?? 0, this.text(k + 1))) continue;
      this.bits[k] = (this.bits[k] ?? 0) | SPLIT;
      this.bits[k + 1] = (this.bits[k + 1] ?? 0) | TAIL;
    }
  }

  private markSentences(lines: readonly TextLine[]): void {
    let sentence = 0;
    for (let k = 0; k < this.n; k++) {
      this.sentences[k] = sentence;
      const li = this.lineOf[k] ?? 0;
      const last = k + 1 === this.n;
      if (
        last ||
        sentenceEndsAfter(lines[li]?.text ?? "", this.text(k), this.starts[k] ?? 0, this.text(k + 1), li === this.lineOf[k + 1], this.starts[k + 1] ?? 0)
      )
        sentence++;
    }
  }

  /** As `joinFlags` does on tokens: a reading joins the next in one sentence with only white space between. */
  private markJoins(lines: readonly TextLine[]): void {
    let last = -1;
    let end = -1;
    for (let k = 0; k < this.n; k++) {
      if (this.has(k, TAIL)) continue;
      if (this.has(k, ADDRESS)) {
        last = -1;
        continue;
      }
      if (last >= 0 && this.sentences[last] === this.sentences[k] && this.spaceBetween(end, k, lines)) this.joins[last] = 1;
      last = k;
      end = this.has(k, SPLIT) ? k + 1 : k;
    }
  }

  private spaceBetween(end: number, next: number, lines: readonly TextLine[]): boolean {
    const [a, b] = [this.lineOf[end] ?? 0, this.lineOf[next] ?? 0];
    const first = lines[a]?.text ?? "";
    const from = this.ends[end] ?? 0;
    const to = this.starts[next] ?? 0;
    if (a === b) return blank(first, from, to);
    return blank(first, from, first.length) && blank(lines[b]?.text ?? "", 0, to);
  }

  /** Runs of tokens printed without a gap, outside bare address lines, as prose words. */
  private pushProse(id: string, lines: readonly TextLine[]): void {
    const prose = this.prose;
    prose.beginDocument();
    for (let k = 0; k < this.n;) {
      const li = this.lineOf[k] ?? 0;
      let j = k + 1;
      while (j < this.n && this.lineOf[j] === li && this.starts[j] === this.ends[j - 1]) j++;
      const line = lines[li];
      if (line && !BARE_ADDRESS_LINE.test(line.text)) {
        // Most runs are one token: its words are looked up once per form.
        if (j === k + 1) prose.pushWords((this.proseWords[this.forms[k] ?? 0] ??= prose.wordsOfRun(this.text(k))), line.line);
        else prose.pushRun(line.text.slice(this.starts[k], this.ends[j - 1]), line.line);
      }
      k = j;
    }
    prose.endDocument(id);
  }

  private skipped(k: number): boolean {
    const form = this.forms[k] ?? 0;
    if (form >= this.skips.length) this.skips = widened(this.skips, Math.max(form + 1, this.skips.length * 2));
    const known = this.skips[form] ?? 0;
    if (known !== 0) return known === 2;
    const [shape, script] = this.kind(k);
    const decided = skippedWord(this.text(k), shape, script);
    this.skips[form] = decided ? 2 : 1;
    return decided;
  }

  /** Every token but a broken word's second half into the columns; whether the broken words are plain. */
  private pushColumns(lines: readonly TextLine[]): boolean {
    const cols = this.cols;
    let sentence = -1;
    let plain = true;
    for (let k = 0; k < this.n; k++) {
      const li = this.lineOf[k] ?? 0;
      if (this.has(k, TAIL)) {
        plain &&= !this.has(k, SPLIT) && !this.has(k, HYPHEN_BEFORE) && this.sentences[k] === this.sentences[k - 1];
        continue;
      }
      const split = this.has(k, SPLIT);
      const address = this.has(k, ADDRESS);
      const tailLine = lines[this.lineOf[k + 1] ?? 0]?.line ?? 0;
      // A word broken at a line end is read whole: a form of its own; whether it is skipped depends on its first half.
      const form = split ? cols.idOf(this.text(k) + this.text(k + 1)) : this.columnId(k);
      cols.pushId(form, lines[li]?.line ?? 0, this.starts[k] ?? 0, {
        address,
        joinsNext: this.joins[k] === 1,
        skipped: address || this.skipped(k),
        head: split ? this.text(k).length : 0,
        hyphenBefore: this.has(k, HYPHEN_BEFORE),
        hyphenAfter: this.has(k, HYPHEN_AFTER),
        startsSentence: this.sentences[k] !== sentence,
        ...(split
          ? { tail: { line: tailLine, col: this.starts[k + 1] ?? 0, hyphenAfter: this.has(k + 1, HYPHEN_AFTER), address: this.has(k + 1, ADDRESS) } }
          : {}),
      });
      sentence = this.sentences[k] ?? 0;
    }
    cols.endDocument();
    return plain;
  }
}
