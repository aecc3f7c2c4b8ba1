import { wordTable } from "../text/tables.ts";
import type { Token } from "./tokens.ts";

const UNITS = wordTable<number>({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS = wordTable<number>({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const SCALES = wordTable<number>({
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
});
/** Scale abbreviations written after a number: "$4.5bn", "€20m", "10k". */
const SCALE_ABBREVIATIONS = wordTable<number>({
  bn: 1_000_000_000,
  m: 1_000_000,
  k: 1_000,
  tn: 1e12,
});

/** "dozens of", "thousands of": vague quantities, valued at their order of magnitude. */
const VAGUE_QUANTITIES = wordTable<number>({
  dozens: 12,
  hundreds: 100,
  thousands: 1_000,
  millions: 1_000_000,
  billions: 1_000_000_000,
});

const unitOf = (word: string) => UNITS.get(word);
const tensOf = (word: string) => TENS.get(word);
export const scaleOf = (word: string) => SCALES.get(word);
export const vagueQuantityOf = (word: string) => VAGUE_QUANTITIES.get(word);
/**
 * `value` × `scale` to the 15 significant digits a double holds: "$33.2 billion" is 33,200,000,000,
 * not the product's 33,200,000,000.000004.
 */
export const timesScale = (value: number, scale: number): number => Number((value * scale).toPrecision(15));
/** "bn" → 1e9, "m" → 1e6 …; anything else → undefined. */
export const scaleAbbreviationOf = (word: string) => SCALE_ABBREVIATIONS.get(word);

/** A count written in figures or words: "22", "three", "twenty-five". */
export const isCountWord = (word: string): boolean => /^\d/.test(word) || numberWordValue(word) !== null;

/** "twenty-five", "seven" → its value; anything else → null. */

export function numberWordValue(word: string): number | null {
  const lower = word.toLowerCase();
  const unit = unitOf(lower);
  if (unit !== undefined) return unit;
  const tens = tensOf(lower);
  if (tens !== undefined) return tens;
  if (!lower.includes("-")) return null;
  const [ten, one, ...rest] = lower.split("-");
  if (rest.length === 0 && ten && one) {
    const t = tensOf(ten);
    const u = unitOf(one);
    if (t !== undefined && u !== undefined && u < 10) return t + u;
  }
  return null;
}

export interface SpelledNumber {
  value: number;
  /** Index of the last token of the number. */
  last: number;
  /** True when a scale word ("hundred", "million") is part of it. */
  scaled: boolean;
}

/** A spelled-out number starting at token i: "two million", "twenty-five", "a dozen", "three hundred thousand". */
export function readSpelledNumber(tokens: readonly Token[], i: number): SpelledNumber | null {
  const first = tokens[i];
  if (first?.kind !== "word") return null;
  const next = tokens[i + 1];
  if (first.lower === "a" || first.lower === "an") {
    if (next?.lower === "dozen") return { value: 12, last: i + 1, scaled: false };
    const scale = next ? scaleOf(next.lower) : undefined;
    if (scale !== undefined) return extendScales(tokens, i + 1, scale);
    return null;
  }
  if (first.lower === "dozen") return null;
  const base = numberWordValue(first.lower);
  if (base === null) return null;
  return extendScales(tokens, i, base);
}

/** Multiply by the scale words that follow token `last`: "two" "million" → 2,000,000. */
function extendScales(tokens: readonly Token[], last: number, value: number): SpelledNumber {
  let total = value;
  let end = last;
  let scaled = false;
  for (let j = last + 1; j < tokens.length; j++) {
    const scale = scaleOf(tokens[j]?.lower ?? "");
    if (scale === undefined) break;
    total = timesScale(total, scale);
    end = j;
    scaled = true;
  }
  return { value: total, last: end, scaled: scaled || value >= 100 };
}
