const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

/**
 * `re` (one code point) tested on a code point above ASCII, its answer per BMP code unit kept once
 * known (0 unknown, 1 yes, 2 no): curly quotes, dashes and accented letters recur on every line, and
 * each regex call allocates a one-character string.
 */
function unicodeTest(re: RegExp): (c: number) => boolean {
  const bmp = new Uint8Array(0x10000);
  return (c) => {
    if (c > 0xffff) return re.test(String.fromCodePoint(c));
    const known = bmp[c];
    if (known !== 0) return known === 1;
    const yes = re.test(String.fromCharCode(c));
    bmp[c] = yes ? 1 : 2;
    return yes;
  };
}

const letterOrNumberAbove = unicodeTest(LETTER_OR_NUMBER);
const spaceAbove = unicodeTest(SPACE);

/** Whether code point `c` is a letter or number (\p{L} or \p{N}); ASCII is decided without a regex. */
export function isLetterOrNumber(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return letterOrNumberAbove(c);
}

/** Whether code point `c` is white space as a regex `\s` reads it. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return spaceAbove(c);
}

/** UTF-16 length of code point `c`. */
export const codePointSize = (c: number): number => (c > 0xffff ? 2 : 1);

const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** `/^\p{Lu}/u.test(s)`: `s` starts with an uppercase letter; ASCII is decided without a regex. */
export function startsUppercase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(s);
}

/** `/^\p{Ll}/u.test(s)`: `s` starts with a lowercase letter; ASCII is decided without a regex. */
export function startsLowercase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_FIRST.test(s);
}

/** One capital and lowercase letters after it, nothing else: "Apple", "Croix". */
export const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
