import { ChunkedColumn, narrow } from "./typed-arrays.js";
import type { Sentence, Token, TokenScript } from "./document-text.js";

const HYPHEN_BEFORE = 1;
const HYPHEN_AFTER = 2;
const ADDRESS = 4;
const TAIL = 8;
const SPLIT = 16;
/** The first token of a sentence: sentence numbers are counted from these, not kept. */
const SENTENCE_START = 32;

/** A line step or a column this large or larger stands in `wideLines` / `wideCols`. */
const WIDE_STEP = 0xff;
const WIDE_COL = 0xffff;

const SHAPES: readonly Token["shape"][] = ["word", "number", "mixed"];
const SCRIPTS: readonly TokenScript[] = ["latin", "cyrillic", "greek", "mixed", "other", "none"];

/**
 * Every document's tokens as numbered columns, kept from the corpus-wide pass so the per-document
 * pass rebuilds a document's tokens from numbers instead of tokenising its text a second time.
 * A printed form's lower case, shape and script are kept once per distinct form. A token is about
 * 8 bytes: its line as a step from the token before (a byte) and its column in two, the rare larger
 * values kept aside.
 */
export class TokenStore {
  private readonly forms: string[] = [];
  private readonly lowers: string[] = [];
  private readonly kinds: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly form = new ChunkedColumn(Int32Array);
  private readonly lineSteps = new ChunkedColumn(Uint8Array);
  private readonly cols = new ChunkedColumn(Uint16Array);
  private readonly flags = new ChunkedColumn(Uint8Array);
  /** Lines and columns too large for their column, by token (the column holds `WIDE`). */
  private readonly wideLines = new Map<number, number>();
  private readonly wideCols = new Map<number, number>();
  /** Each document's first token, one past its last, and the line its first step counts from. */
  private readonly ranges = new Map<object, [number, number, number]>();

  /** Keeps a document's tokens under `key` (its loaded record). */
  add(key: object, tokens: readonly Token[]): void {
    const start = this.form.length;
    const firstLine = tokens[0]?.line ?? 0;
    let [sentence, line] = [-1, firstLine];
    for (const t of tokens) {
      this.push(t, t.sentence !== sentence, t.line - line);
      [sentence, line] = [t.sentence, t.line];
    }
    this.ranges.set(key, [start, this.form.length, firstLine]);
  }

  has(key: object): boolean {
    return this.ranges.has(key);
  }

  /** Where a document's tokens stand in the store, first and one past the last; undefined for one never added. */
  rangeOf(key: object): readonly [number, number] | undefined {
    const range = this.ranges.get(key);
    return range && [range[0], range[1]];
  }

  /** The number of the printed form of the token at `i`: one per distinct form, in the order forms were first kept. */
  formAt(i: number): number {
    return this.form.at(i);
  }

  /** The document's tokens and sentences, equal field for field to those it was given. */
  tokensOf(key: object): { tokens: Token[]; sentences: Sentence[] } | undefined {
    const range = this.ranges.get(key);
    if (!range) return undefined;
    const tokens: Token[] = [];
    let [sentence, line] = [-1, range[2]];
    for (let i = range[0]; i < range[1]; i++) {
      if (this.flagAt(i, SENTENCE_START)) sentence++;
      const step = this.lineSteps.at(i);
      line = step === WIDE_STEP ? (this.wideLines.get(i) ?? 0) : line + step;
      tokens.push(this.token(i, sentence, line));
    }
    tokens.forEach((t, k) => {
      const tail = tokens[k + 1];
      if (this.flagAt(range[0] + k, SPLIT) && tail) t.split = { joined: t.text + tail.text, tailLine: tail.line };
    });
    return { tokens, sentences: sentencesOf(tokens) };
  }

  private push(t: Token, startsSentence: boolean, lineStep: number): void {
    let id = this.ids.get(t.text);
    // Stryker disable next-line ConditionalExpression: equivalent, a form numbered twice reads back the same (only memory grows)
    if (id === undefined) {
      id = this.forms.length;
      this.ids.set(t.text, id);
      this.forms.push(t.text);
      this.lowers.push(t.lower);
      this.kinds.push(SHAPES.indexOf(t.shape) * SCRIPTS.length + SCRIPTS.indexOf(t.script));
    }
    // A step of a byte or more (or back) is kept aside, as is a wide column.
    this.lineSteps.push(narrow(lineStep, WIDE_STEP, this.form.length, t.line, this.wideLines));
    this.cols.push(narrow(t.col, WIDE_COL, this.form.length, t.col, this.wideCols));
    this.form.push(id);
    this.flags.push(
      (t.hyphenBefore ? HYPHEN_BEFORE : 0) |
        (t.hyphenAfter ? HYPHEN_AFTER : 0) |
        (t.address ? ADDRESS : 0) |
        (t.tail ? TAIL : 0) |
        (t.split ? SPLIT : 0) |
        (startsSentence ? SENTENCE_START : 0),
    );
  }

  private flagAt(i: number, flag: number): boolean {
    return (this.flags.at(i) & flag) !== 0;
  }

  private token(i: number, sentence: number, line: number): Token {
    const id = this.form.at(i);
    const kind = this.kinds[id] ?? 0;
    const col = this.cols.at(i);
    return {
      text: this.forms[id] ?? "",
      lower: this.lowers[id] ?? "",
      line,
      col: col === WIDE_COL ? (this.wideCols.get(i) ?? 0) : col,
      shape: SHAPES[Math.floor(kind / SCRIPTS.length)] ?? "word",
      script: SCRIPTS[kind % SCRIPTS.length] ?? "none",
      sentence,
      hyphenBefore: this.flagAt(i, HYPHEN_BEFORE),
      hyphenAfter: this.flagAt(i, HYPHEN_AFTER),
      address: this.flagAt(i, ADDRESS),
      tail: this.flagAt(i, TAIL),
    };
  }
}

/** Sentences from the tokens' sentence numbers: each starts at its first token and keeps its line. */
function sentencesOf(tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  tokens.forEach((t, i) => {
    if (t.sentence === out.length) out.push({ start: i, end: i + 1, line: t.line });
    else (out[out.length - 1] as Sentence).end = i + 1;
  });
  return out;
}

const stores = new WeakMap<object, TokenStore>();

/** The store of a corpus's tokens, made by the first corpus-wide pass; undefined before it. */
export function tokenStoreOf(corpus: object): TokenStore | undefined {
  return stores.get(corpus);
}

/** Starts keeping the corpus's tokens (the corpus-wide pass calls this once). */
export function keepTokens(corpus: object): TokenStore {
  const store = new TokenStore();
  stores.set(corpus, store);
  return store;
}

/** Drops a corpus's kept tokens: a document's text read after this is tokenised again. */
export function dropTokens(corpus: object): void {
  stores.delete(corpus);
}
