export type TokenKind = "number" | "word" | "symbol";

/** A word, digit group or punctuation mark of a block, with offsets into the block text. */
export interface Token {
  kind: TokenKind;
  text: string;
  lower: string;
  start: number;
  end: number;
}

const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;
/** Per BMP code unit, filled on first use: 0 unknown, 1 letter, 2 space, 3 neither. */
const CLASS_BMP = new Uint8Array(0x10000);

function classOf(c: number): number {
  if (c > 0xffff) {
    const ch = String.fromCodePoint(c);
    return LETTER.test(ch) ? 1 : SPACE.test(ch) ? 2 : 3;
  }
  const known = CLASS_BMP[c] as number;
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  const found = LETTER.test(ch) ? 1 : SPACE.test(ch) ? 2 : 3;
  CLASS_BMP[c] = found;
  return found;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : classOf(c) === 1);
const isSpaceCode = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : classOf(c) === 2);

/** Index after the digits of `text` from `i`. */
function digitsFrom(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Index after the letters (whole code points) of `text` from `i`. */
function lettersFrom(text: string, i: number): number {
  while (i < text.length) {
    const c = text.codePointAt(i) as number;
    if (!isLetter(c)) break;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Whether a comma and three digits (",250") stand at `at`. The reads here and below stay inside the
 * text: `charCodeAt` past the end is NaN, which compares the same, but optimised code is compiled for
 * in-bounds reads and thrown away ("out of bounds") the first time one runs past the end.
 */
function isDigitGroup(text: string, at: number): boolean {
  return (
    at + 3 < text.length &&
    text.charCodeAt(at) === 44 &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    isDigit(text.charCodeAt(at + 3))
  );
}

/**
 * Index after a number starting at `i` (a digit): `/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/` as a
 * regex reads it.
 */
function numberFrom(text: string, i: number): number {
  let end = digitsFrom(text, i);
  if (end - i <= 3 && isDigitGroup(text, end)) while (isDigitGroup(text, end)) end += 4;
  if (end + 1 < text.length && text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1)))
    end = digitsFrom(text, end + 1);
  return end;
}

/** Index after a word starting at `i` (a letter): letters, joined by single ' ’ - . to more letters. */
function wordFrom(text: string, i: number): number {
  let end = lettersFrom(text, i);
  for (;;) {
    if (end >= text.length) return end;
    const j = text.charCodeAt(end);
    if (!(j === 39 || j === 0x2019 || j === 45 || j === 46)) return end;
    const after = lettersFrom(text, end + 1);
    if (after === end + 1) return end;
    end = after;
  }
}

/**
 * Tokens of `text` from `from` up to `to`, with offsets into the whole of `text`: numbers ("1,250.5"),
 * words of letters joined by ' ’ - . and any other character not a space; the last token may run past `to`.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = from;
  // A start inside a surrogate pair reads from the pair's start, as a /u regex does.
  if (i > 0 && i < n) {
    const unit = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    if (unit >= 0xdc00 && unit <= 0xdfff && before >= 0xd800 && before <= 0xdbff) i--;
  }
  while (i < n) {
    const c = text.codePointAt(i) as number;
    if (isSpaceCode(c)) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    if (i >= to) break;
    let kind: TokenKind;
    let end: number;
    if (isDigit(c)) {
      kind = "number";
      end = numberFrom(text, i);
    } else if (isLetter(c)) {
      kind = "word";
      end = wordFrom(text, i);
    } else {
      kind = "symbol";
      end = i + (c > 0xffff ? 2 : 1);
    }
    const word = text.slice(i, end);
    tokens.push({ kind, text: word, lower: word.toLowerCase(), start: i, end });
    i = end;
  }
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
