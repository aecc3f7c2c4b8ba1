import { codePointSize, isLetterOrNumber, isSpace } from "./chars.ts";

/** A word or punctuation mark with offsets into the text it came from (plus the offset given). */
export interface Token {
  text: string;
  /** `text` lowercased, a curly apostrophe (’) read as a straight one. */
  readonly lower: string;
  start: number;
  end: number;
  isWord: boolean;
}

/** A token whose lowercase form is computed on first read (most tokens are never looked up by it). */
class TextToken implements Token {
  #lower: string | undefined = undefined;

  constructor(
    public text: string,
    public start: number,
    public end: number,
    public isWord: boolean,
  ) {}

  get lower(): string {
    if (this.#lower === undefined) {
      const w = this.text.toLowerCase();
      this.#lower = w.includes("’") ? w.replace(/’/g, "'") : w;
    }
    return this.#lower;
  }
}

/** A word token for `text` at `start` (a part of a longer token, say). */
export function wordToken(text: string, start: number): Token {
  return new TextToken(text, start, start + text.length, true);
}

/** A punctuation token for `text` at `start` ("-" between the parts of "US-China"). */
export function markToken(text: string, start: number): Token {
  return new TextToken(text, start, start + text.length, false);
}

/** A mark of no width at `at` between two words a page glued together: it ends a run of name words. */
export function joinToken(at: number): Token {
  return new TextToken("\u200b", at, at, false);
}

const ABBREVIATION_WITH_DOT =
  /^(?:(?:\p{L}\.)*\p{L}|Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr|Gen|Col|Lt|Maj|Capt|Sgt|Adm|Cmdr|Brig|Cpl|Pvt|Sen|Gov|Rep|Rev|Prof|Inc|Ltd|Co|Corp|Bros|No|Ft|vs)$/u;

/**
 * Whether a word can match the dotted-abbreviation pattern at all: one of its short forms (four
 * units at most) or letters separated by dots (a dot second, or a first letter outside the BMP).
 */
function mayBeAbbreviation(word: string): boolean {
  if (word.length <= 4 || word.charCodeAt(1) === 46) return true;
  const first = word.charCodeAt(0);
  return first >= 0xd800 && first <= 0xdbff;
}

/** - . ' ’ & */
const JOINERS = new Set([45, 46, 39, 0x2019, 38]);

function lettersOrNumbersFrom(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const unit = text.charCodeAt(j);
    if (unit < 128) {
      if (!((unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || (unit >= 48 && unit <= 57))) break;
      j++;
      continue;
    }
    const c = text.codePointAt(j) as number;
    if (!isLetterOrNumber(c)) break;
    j += codePointSize(c);
  }
  return j;
}

/** Words (with internal hyphens, apostrophes and dots), a separate possessive 's, and punctuation marks. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // A word is letters/numbers, joined by single - . ' ’ & to more letters/numbers; else one code point.
    const c = text.codePointAt(i) as number;
    if (isSpace(c)) {
      i += codePointSize(c);
      continue;
    }
    let start = i;
    const isWord = isLetterOrNumber(c);
    i += codePointSize(c);
    if (isWord) {
      i = lettersOrNumbersFrom(text, i);
      while (i < n && JOINERS.has(text.charCodeAt(i)) && i + 1 < n) {
        const d = text.codePointAt(i + 1) as number;
        if (!isLetterOrNumber(d)) break;
        i = lettersOrNumbersFrom(text, i + 1 + codePointSize(d));
      }
    }
    let word = text.slice(start, i);
    const previous = tokens[tokens.length - 1];
    if (previous && offset + start < previous.end) continue;
    if (!isWord) {
      tokens.push(new TextToken(word, offset + start, offset + start + word.length, isWord));
      continue;
    }
    let possessive: string | null = null;
    const size = word.length;
    const last = word.charCodeAt(size - 1);
    const mark = word.charCodeAt(size - 2);
    if (size > 2 && (last === 115 || last === 83) && (mark === 39 || mark === 0x2019)) {
      possessive = word.slice(-2);
      word = word.slice(0, -2);
    }
    let end = start + word.length;
    if (!possessive && text[end] === "." && mayBeAbbreviation(word) && ABBREVIATION_WITH_DOT.test(word)) {
      word += ".";
      end += 1;
    }
    tokens.push(new TextToken(word, offset + start, offset + end, true));
    if (possessive) {
      start = end;
      tokens.push(new TextToken(possessive, offset + start, offset + start + 2, false));
    }
  }
  return tokens;
}
