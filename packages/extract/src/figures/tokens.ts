export type TokenKind = "number" | "word" | "symbol";

/** A word, digit group or punctuation mark of a block, with offsets into the block text. */
export interface Token {
  kind: TokenKind;
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}+(?:['’\-.]\p{L}+)*)|(\S)/gu;

/** Tokens of `text` from `from` up to `to`, with offsets into the whole of `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // One shared global regex: exec is synchronous and nothing below re-enters tokenize.
  const pattern = TOKEN;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    const kind: TokenKind = m[1] !== undefined ? "number" : m[2] !== undefined ? "word" : "symbol";
    tokens.push({ kind, text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  pattern.lastIndex = 0;
  return tokens;
}

/** True when nothing but a single run of spaces (no line break) separates two tokens. */
export function spaced(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  return gap.length > 0 && /^[ \t\u00a0]+$/.test(gap);
}

export function adjoining(left: Token, right: Token): boolean {
  return left.end === right.start;
}
