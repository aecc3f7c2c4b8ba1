const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
const LETTER_OR_NUMBER_BMP = new Uint8Array(0x10000);

/** Whether code point `c` is a letter or number (\p{L} or \p{N}); ASCII is decided without a regex. */
export function isLetterOrNumber(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(c));
  // The regex answer per BMP code unit, filled on first use (0 unknown, 1 yes, 2 no): curly quotes, dashes
  // and accented letters recur on every line, and each regex call allocates a one-character string.
  const known = LETTER_OR_NUMBER_BMP[c];
  if (known !== 0) return known === 1;
  const yes = LETTER_OR_NUMBER.test(String.fromCharCode(c));
  LETTER_OR_NUMBER_BMP[c] = yes ? 1 : 2;
  return yes;
}

/** Whether code point `c` is white space as a regex `\s` reads it. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCodePoint(c));
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
