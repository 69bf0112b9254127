import { kindOf, type Sentence, type Token } from "./document-text.js";
import type { KeptTokens } from "./kept-tokens.js";
import type { TokenColumns } from "./token-columns.js";

/**
 * A document's tokens rebuilt from the corpus's token columns, so the per-document pass does not
 * tokenise a text the corpus pass has read: the columns already hold every token's form, place and
 * flags. A printed form's lower case and kind are worked out once per form. A document whose broken
 * words are not the plain kind (a second half broken again, or in a sentence of its own) is left to
 * be tokenised afresh: rare, and exactness matters more than speed there.
 */
export class ColumnTokens implements KeptTokens {
  private readonly index = new Map<object, number>();
  private readonly irregular = new Set<number>();
  private readonly lowers: (string | undefined)[] = [];
  private readonly kinds: (readonly [Token["shape"], Token["script"]] | undefined)[] = [];

  constructor(private readonly cols: TokenColumns) {}

  /** The document `key` was the last one ended in the columns; `regular` when its tokens can be rebuilt. */
  added(key: object, regular: boolean): void {
    const d = this.index.size;
    this.index.set(key, d);
    if (!regular) this.irregular.add(d);
  }

  tokensOf(key: object): { tokens: Token[]; sentences: Sentence[] } | undefined {
    const d = this.index.get(key);
    if (d === undefined || this.irregular.has(d)) return undefined;
    const cols = this.cols;
    const [from, to] = cols.documentRange(d);
    const tokens: Token[] = [];
    const joins: number[] = [];
    let sentence = -1;
    for (let i = from; i < to; i++) {
      if (cols.startsSentence(i)) sentence++;
      const id = cols.printedId(i);
      const printed = cols.printed[id] ?? "";
      const head = cols.head(i);
      const [line, col, address] = [cols.line(i, d), cols.col(i), cols.address(i)];
      if (head === 0) {
        const lower = (this.lowers[id] ??= printed.toLowerCase());
        const kind = (this.kinds[id] ??= kindOf(printed));
        tokens.push(tokenOf(printed, lower, kind, line, col, sentence, cols.hyphenBefore(i), cols.hyphenAfter(i), address, false));
        joins.push(cols.joinsNext(i) ? 1 : 0);
        continue;
      }
      // A broken word: the columns hold it whole, its second half's place aside.
      const tail = cols.tailOf(i);
      const [first, second] = [printed.slice(0, head), printed.slice(head)];
      const h = tokenOf(first, first.toLowerCase(), kindOf(first), line, col, sentence, cols.hyphenBefore(i), cols.hyphenAfter(i), address, false);
      const t = tokenOf(
        second,
        second.toLowerCase(),
        kindOf(second),
        tail?.line ?? line,
        tail?.col ?? 0,
        sentence,
        false,
        tail?.hyphenAfter ?? false,
        tail?.address ?? false,
        true,
      );
      h.split = { joined: printed, tailLine: t.line };
      tokens.push(h, t);
      joins.push(cols.joinsNext(i) ? 1 : 0, 0);
    }
    joinsOf.set(tokens, Uint8Array.from(joins));
    return { tokens, sentences: sentencesOf(tokens) };
  }
}

/** The join flags (see `readings`) of tokens rebuilt from the columns, by token: the columns hold them already. */
const joinsOf = new WeakMap<readonly Token[], Uint8Array>();

/** For tokens rebuilt from the columns, whether each joins the next reading (0 for a broken word's second half); undefined for others. */
export function keptJoins(tokens: readonly Token[]): Uint8Array | undefined {
  return joinsOf.get(tokens);
}

function tokenOf(
  text: string,
  lower: string,
  [shape, script]: readonly [Token["shape"], Token["script"]],
  line: number,
  col: number,
  sentence: number,
  hyphenBefore: boolean,
  hyphenAfter: boolean,
  address: boolean,
  tail: boolean,
): Token {
  // The fields in the order the tokeniser sets them: one object shape for every token.
  return { text, lower, line, col, shape, script, sentence, hyphenBefore, hyphenAfter, address, tail };
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
