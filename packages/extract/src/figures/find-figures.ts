import type { Figure } from "@newsgraph/schema";
import { mapPacked } from "../text/arrays.ts";
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "../text/calendar-words.ts";
import { startsUppercase } from "../text/chars.ts";
import { wordTable } from "../text/tables.ts";
import {
  numberWordValue,
  readSpelledNumber,
  scaleAbbreviationOf,
  scaleOf,
  timesScale,
  vagueQuantityOf,
} from "./number-words.ts";
import { adjoining, spaced, type Token, tokenize } from "./tokens.ts";

const PLURAL_ENDING = /\p{L}{2,}s$/u;

const QUALIFIERS = mapPacked(
  [
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "close to",
    "just over",
    "just under",
    "well over",
    "as many as",
    "as few as",
    "upwards of",
    "in excess of",
    "an estimated",
    "approximately",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "over",
    "under",
    "some",
    "estimated",
    "only",
    "just",
    "below",
    "above",
    "exactly",
    "between",
  ],
  (q) => q.split(" "),
);

const MONTHS = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

const CURRENCY_SYMBOLS = wordTable<string>({ $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR" });
const CURRENCY_WORDS = wordTable<string>({
  dollars: "USD",
  dollar: "USD",
  euros: "EUR",
  euro: "EUR",
  pounds: "GBP",
  francs: "franc",
  yuan: "CNY",
  yen: "JPY",
  rupees: "INR",
  usd: "USD",
  eur: "EUR",
  gbp: "GBP",
});
const TIME_WORDS = new Set(["a.m", "p.m", "am", "pm", "gmt", "utc", "o'clock", "hrs"]);

const STOP_WORDS = new Set(
  (
    "a an the this that these those their his her its our your my whose who whom which what where when while " +
    "at in on from of to for with by into onto over under across during since between among per than as after " +
    "before within without through about around near against toward towards via like unlike including " +
    "is are was were be been being have has had do does did will would can could may might must shall should " +
    "said say says told according also still now each more less most least already only just even not no nor " +
    "and or but so yet if because though although then there here it they them he she we i you"
  ).split(" "),
);
const CONNECTORS = new Set(["and", "or"]);
const IRREGULAR_PLURALS = new Set([
  "people",
  "police",
  "children",
  "men",
  "women",
  "personnel",
  "staff",
  "cattle",
  "sheep",
  "fish",
  "feet",
  "teeth",
  "mice",
  "geese",
  "civilians",
  "data",
  "media",
  "livestock",
]);
const MEASURE_UNITS = new Set(["km", "kg", "mph", "ha", "mw", "gw", "kw", "cm", "mm", "sq"]);
const COUNTED_DETERMINERS = new Set(["the", "its", "their", "these", "those", "his", "her", "our", "all"]);

/** A figure with offsets into the text it was found in. */
export type FigureInText = Figure;

function isPluralNoun(token: Token): boolean {
  if (IRREGULAR_PLURALS.has(token.lower) || MEASURE_UNITS.has(token.lower)) return true;
  if (/(?:us|ss|sis|xis|'s|’s)$/.test(token.lower)) return false;
  if (token.lower.endsWith("is") && !startsUppercase(token.text)) return false;
  return PLURAL_ENDING.test(token.lower);
}

function isQuantityWord(token: Token): boolean {
  return (
    numberWordValue(token.lower) !== null ||
    vagueQuantityOf(token.lower) !== undefined ||
    scaleOf(token.lower) !== undefined ||
    token.lower === "dozen"
  );
}

function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ""));
}

interface NumberRead {
  value: number;
  /** Index of the first and last token of the number (currency symbol and scale included). */
  first: number;
  last: number;
  unit: string | null;
  qualifier: string | null;
  /** Digits written without a scale or unit: candidates for years, labels and times. */
  bareInteger: boolean;
  spelledSmall: boolean;
  vague: boolean;
}

/** Fractions written as words, in percent of the whole: "half", "a third", "two-thirds", "three quarters". */
const FRACTION_PARTS = wordTable<number>({
  half: 50,
  third: 100 / 3,
  thirds: 100 / 3,
  quarter: 25,
  quarters: 25,
  fifth: 20,
  fifths: 20,
  tenth: 10,
  tenths: 10,
});
const SHARE_NUMERATORS = wordTable<number>({ a: 1, one: 1, two: 2, three: 3, four: 4, nine: 9 });

/**
 * A share of a whole, in percent: "half of all voters", "a third of", "two-thirds of", "one in five
 * respondents", "1 in 4 adults". Read before the numbers in it ("five respondents" would count five).
 */
function readShare(tokens: readonly Token[], i: number): NumberRead | null {
  const token = tokens[i] as Token;
  // "one in five", "1 in 4": a numerator, "in", a denominator.
  if (tokens[i + 1]?.lower === "in") {
    const over = tokens[i + 2];
    const top = token.kind === "number" ? parseDigits(token.text) : numberWordValue(token.lower);
    const bottom = over?.kind === "number" ? parseDigits(over.text) : numberWordValue(over?.lower ?? "");
    if (
      top !== null &&
      bottom !== null &&
      Number.isInteger(top) &&
      top >= 1 &&
      bottom > top &&
      bottom <= 1000
    )
      return shareRead((100 * top) / bottom, i, i + 2, false);
  }
  if (token.kind !== "word") return null;
  const hyphen = token.lower.indexOf("-");
  // "two-thirds", "one-third", "three-quarters" as one word.
  if (hyphen > 0) {
    const top = SHARE_NUMERATORS.get(token.lower.slice(0, hyphen));
    const part = FRACTION_PARTS.get(token.lower.slice(hyphen + 1));
    if (top !== undefined && part !== undefined && tokens[i + 1]?.lower === "of")
      return shareRead(top * part, i, i);
    return null;
  }
  // "half of": the whole follows.
  if (token.lower === "half" && tokens[i + 1]?.lower === "of") {
    if (PART_BEFORE_HALF.test(tokens[i - 1]?.lower ?? "")) return null;
    return shareRead(50, i, i);
  }
  // "a third of", "two quarters of".
  const top = SHARE_NUMERATORS.get(token.lower);
  const part = FRACTION_PARTS.get(tokens[i + 1]?.lower ?? "");
  if (top !== undefined && part !== undefined && part !== 50 && tokens[i + 2]?.lower === "of")
    return shareRead(top * part, i, i + 1);
  return null;
}

/**
 * A share in percent. A fraction in words (`needsCounted`) is kept only with what it counts after it,
 * as small spelled numbers are ("half of the cars", not "half the amount").
 */
function shareRead(percent: number, first: number, last: number, needsCounted = true): NumberRead {
  const value = Math.round(percent * 100) / 100;
  return {
    value,
    first,
    last,
    unit: "%",
    qualifier: null,
    bareInteger: false,
    spelledSmall: needsCounted,
    vague: false,
  };
}

/** Words before "half" that make it part of a thing or a period ("the first half of 2020", "a cup and a half"). */
const PART_BEFORE_HALF = /^(?:first|second|upper|lower|other|latter|back|front|top|bottom|last|and|one|an?)$/;

function readNumber(text: string, tokens: readonly Token[], i: number): NumberRead | null {
  const token = tokens[i];
  if (!token) return null;
  const share = token.kind === "symbol" ? null : readShare(tokens, i);
  if (share) return share;
  if (token.kind === "number") return readDigits(text, tokens, i);
  const currencySign = token.kind === "symbol" ? CURRENCY_SYMBOLS.get(token.text) : undefined;
  if (currencySign) {
    const next = tokens[i + 1];
    if (next?.kind === "number" && (adjoining(token, next) || spaced(text, token, next))) {
      const read = readDigits(text, tokens, i + 1);
      if (!read) return null;
      return { ...read, first: i, unit: currencySign, bareInteger: false };
    }
    return null;
  }
  if (token.kind !== "word") return null;
  const vague = readVague(tokens, i);
  if (vague) return vague;
  const spelled = readSpelledNumber(tokens, i);
  if (!spelled) return null;
  if (spelled.value === 1 && !spelled.scaled) return null;
  const percentLast = percentAfter(tokens, spelled.last);
  return {
    value: spelled.value,
    first: i,
    last: percentLast ?? spelled.last,
    unit: percentLast === null ? null : "%",
    qualifier: null,
    bareInteger: false,
    spelledSmall: percentLast === null && !spelled.scaled && spelled.value < 100,
    vague: false,
  };
}

function percentAfter(tokens: readonly Token[], last: number): number | null {
  const next = tokens[last + 1];
  if (next?.lower === "percent") return last + 1;
  if (next?.lower === "per" && tokens[last + 2]?.lower === "cent") return last + 2;
  return null;
}

function readVague(tokens: readonly Token[], i: number): NumberRead | null {
  const token = tokens[i];
  if (!token) return null;
  const next = tokens[i + 1];
  const afterNext = tokens[i + 2];
  if ((token.lower === "tens" || token.lower === "hundreds") && next?.lower === "of" && afterNext) {
    const magnitude = vagueQuantityOf(afterNext.lower);
    if (magnitude !== undefined && magnitude >= 1000) {
      const value = (token.lower === "tens" ? 10 : 100) * magnitude;
      return vagueRead(value, i, i + 2, `${token.lower} of ${afterNext.lower}`);
    }
  }
  const value = vagueQuantityOf(token.lower);
  if (value === undefined) return null;
  const previous = tokens[i - 1];
  if (previous && (previous.kind === "number" || numberWordValue(previous.lower) !== null)) return null;
  if (token.lower === "dozens" && next?.lower !== "of") return null;
  return vagueRead(value, i, i, token.lower);
}

function vagueRead(value: number, first: number, last: number, qualifier: string): NumberRead {
  return { value, first, last, unit: null, qualifier, bareInteger: false, spelledSmall: false, vague: true };
}

/** "01.01.2019", "2018.04.05", "02-751", "007": digits that are dates, codes or identifiers, not quantities. */
function isCodeOrNumericDate(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (/^0\d/.test(token.text)) return true;
  const separator = tokens[i + 1];
  const next = tokens[i + 2];
  if (!separator || !next || !/^[./-]$/.test(separator.text)) return false;
  if (!adjoining(token, separator) || !adjoining(separator, next) || next.kind !== "number") return false;
  const again = tokens[i + 3];
  return (
    /^0\d/.test(next.text) || (again !== undefined && adjoining(next, again) && /^[./-]$/.test(again.text))
  );
}

function readDigits(text: string, tokens: readonly Token[], i: number): NumberRead | null {
  const token = tokens[i];
  if (!token) return null;
  if (isCodeOrNumericDate(tokens, i)) return null;
  let value = parseDigits(token.text);
  let last = i;
  let unit: string | null = null;
  let scaled = false;
  const next = tokens[i + 1];
  if (next && adjoining(token, next)) {
    const scale = next.kind === "word" ? scaleAbbreviationOf(next.lower) : undefined;
    if (next.text === "%") {
      unit = "%";
      last = i + 1;
    } else if (scale !== undefined) {
      value = timesScale(value, scale);
      last = i + 1;
      scaled = true;
    } else if (
      next.kind === "word" ||
      next.kind === "number" ||
      (next.text === ":" && tokens[i + 2]?.kind === "number")
    ) {
      return null;
    } else if (
      /^[-–]$/.test(next.text) &&
      tokens[i + 2]?.kind === "word" &&
      adjoining(next, tokens[i + 2] as Token)
    ) {
      return null;
    }
  }
  const following = tokens[last + 1];
  if (!unit && following && spaced(text, tokens[last] as Token, following)) {
    const scale = scaleOf(following.lower);
    if (scale !== undefined) {
      value = timesScale(value, scale);
      last += 1;
      scaled = true;
    } else {
      const percentLast = percentAfter(tokens, last);
      if (percentLast !== null) {
        unit = "%";
        last = percentLast;
      }
    }
  }
  const currency = tokens[last + 1];
  const currencyWord = currency ? CURRENCY_WORDS.get(currency.lower) : undefined;
  if (!unit && currency && currencyWord && spaced(text, tokens[last] as Token, currency)) {
    unit = currencyWord;
    last += 1;
  }
  const bareInteger = !scaled && !unit && !token.text.includes(",") && !token.text.includes(".");
  return { value, first: i, last, unit, qualifier: null, bareInteger, spelledSmall: false, vague: false };
}

function qualifierBefore(
  tokens: readonly Token[],
  first: number,
): { qualifier: string; index: number } | null {
  for (const words of QUALIFIERS) {
    const start = first - words.length;
    if (start < 0) continue;
    if (words.every((w, k) => tokens[start + k]?.lower === w))
      return { qualifier: words.join(" "), index: start };
  }
  return null;
}

function isLabelNumber(text: string, tokens: readonly Token[], read: NumberRead): boolean {
  const previous = tokens[read.first - 1];
  const first = tokens[read.first] as Token;
  if (!previous) return false;
  // "A-10", "1/2", "#5", "3.5" and "2:11" (a clock time or a ratio) are labels or parts of other numbers.
  if (adjoining(previous, first) && (previous.kind !== "symbol" || /[-/#.:]/.test(previous.text)))
    return true;
  if (isMonthName(previous)) return true;
  // "Feb. 7", "ranked No. 1": a month's or a number's short form and its full stop.
  const beforeDot = tokens[read.first - 2];
  if (
    previous.text === "." &&
    beforeDot &&
    adjoining(beforeDot, previous) &&
    (isMonthName(beforeDot) || NUMBER_ABBREVIATION.test(beforeDot.text))
  )
    return true;
  if (isDash(previous) && tokens[read.first - 2]?.kind === "number") return true;
  const next = tokens[read.last + 1];
  if (next && isDash(next) && tokens[read.last + 2]?.kind === "number") {
    const upper = parseDigits(tokens[read.last + 2]?.text ?? "");
    if (!(upper > read.value)) return true;
  }
  if (!read.bareInteger) return false;
  return (
    previous.kind === "word" &&
    // "Galaxy 16", "iPhone 16": a model number after a name, capitalised or in camel case.
    (startsUppercase(previous.text) || CAMEL_CASE.test(previous.text)) &&
    !STOP_WORDS.has(previous.lower) &&
    spaced(text, previous, first) &&
    qualifierBefore(tokens, read.first) === null
  );
}

const CAMEL_CASE = /^\p{Ll}+\p{Lu}/u;
const NUMBER_ABBREVIATION = /^(?:No|Nos|Nr|no)$/;

function isMonthName(token: Token): boolean {
  return token.kind === "word" && startsUppercase(token.text) && MONTHS.has(token.lower.replace(/\.$/, ""));
}

function isDash(token: Token): boolean {
  return /^[-\u2013\u2014]$/.test(token.text);
}

function isListNumberOrTime(tokens: readonly Token[], read: NumberRead): boolean {
  const next = tokens[read.last + 1];
  if (!next) return false;
  if (
    read.first === 0 &&
    tokens[0]?.start === 0 &&
    read.bareInteger &&
    (next.text === "." || next.text === ")")
  )
    return true;
  // "the 1200 block of Broadway": a street number.
  if (next.lower === "block" && tokens[read.last + 2]?.lower === "of") return true;
  return isMonthName(next) || TIME_WORDS.has(next.lower.replace(/\.$/, ""));
}

interface Counted {
  text: string;
  start: number;
  end: number;
  lastIndex: number;
}

/** What is counted: the noun phrase after the number, up to its first plural head ("German soldiers"). */
function countedAfter(text: string, tokens: readonly Token[], from: number): Counted | null {
  let i = from;
  const of = tokens[i];
  if (of?.lower === "of" && tokens[i - 1] && spaced(text, tokens[i - 1] as Token, of)) {
    i += 1;
    if (COUNTED_DETERMINERS.has(tokens[i]?.lower ?? "")) i += 1;
  }
  const phrase: number[] = [];
  let head = -1;
  for (let j = i; j < tokens.length && phrase.length < 6; j++) {
    const token = tokens[j] as Token;
    const previous = tokens[j - 1];
    if (token.kind !== "word" || !previous || !spaced(text, previous, token)) break;
    if (CONNECTORS.has(token.lower)) {
      if (head < 0) break;
      phrase.push(j);
      continue;
    }
    if (STOP_WORDS.has(token.lower) || isQuantityWord(token)) break;
    phrase.push(j);
    if (isPluralNoun(token)) {
      head = j;
      const next = tokens[j + 1];
      const continues =
        next !== undefined &&
        (CONNECTORS.has(next.lower) ||
          (next.kind === "word" &&
            spaced(text, token, next) &&
            !STOP_WORDS.has(next.lower) &&
            isPluralNoun(next)));
      if (!continues) break;
    } else if (head >= 0 && phrase.length - phrase.indexOf(head) > 3) break;
  }
  const firstIndex = phrase[0];
  if (head < 0 || firstIndex === undefined) return null;
  const start = (tokens[firstIndex] as Token).start;
  const end = (tokens[head] as Token).end;
  return { text: text.slice(start, end), start, end, lastIndex: head };
}

function rangeMax(
  text: string,
  tokens: readonly Token[],
  read: NumberRead,
): { value: number; last: number } | null {
  const link = tokens[read.last + 1];
  if (!link) return null;
  const isLink = link.lower === "to" || link.text === "-" || link.text === "–" || link.lower === "and";
  if (!isLink) return null;
  if (link.lower === "and" && tokens[read.first - 1]?.lower !== "between") return null;
  const upper = readNumber(text, tokens, read.last + 2);
  if (!upper || upper.vague || upper.value <= read.value) return null;
  // "rose 0.3% to $0.6512": two quantities in different units are a change and a level, not a range.
  if (read.unit !== null && upper.unit !== null && read.unit !== upper.unit) return null;
  return { value: upper.value, last: upper.last };
}

/**
 * What can start a number: a run of digits and currency signs, or a number word. A run stands for each
 * of its characters (the windows around them all merge into one from its first to its last), so a
 * figure such as "$1,250,000" costs three matches, not one per digit.
 */
const CANDIDATE =
  /[\d$€£¥₹]+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?|thousands?|millions?|billions?|trillions?|tens|half|thirds?|quarters?)\b/gi;
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 240;

/** A digit or currency sign (the characters CANDIDATE's first alternative runs over). */
function isDigitOrSign(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9;
}

/** Stretches of text around anything that can start a number, merged, so that prose without numbers costs little. */
function candidateWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const at = m.index ?? 0;
    // A run's window reaches from its first character's start to its last character's end.
    const last = isDigitOrSign(text.charCodeAt(at)) ? at + m[0].length - 1 : at;
    const before = text.lastIndexOf(" ", Math.max(0, at - WINDOW_BEFORE));
    const start = at - WINDOW_BEFORE <= 0 || before < 0 ? 0 : before + 1;
    const after = text.indexOf(" ", last + WINDOW_AFTER);
    const end = after < 0 ? text.length : after;
    const previous = windows[windows.length - 1];
    if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/** Figures in one block of text; offsets are into that text. */
export function findFigures(text: string): FigureInText[] {
  return candidateWindows(text).flatMap(([from, to]) => figuresIn(text, tokenize(text, from, to)));
}

function figuresIn(text: string, tokens: readonly Token[]): FigureInText[] {
  const figures: FigureInText[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = readNumber(text, tokens, i);
    if (!read || isLabelNumber(text, tokens, read) || isListNumberOrTime(tokens, read)) {
      i += 1;
      continue;
    }
    const range = rangeMax(text, tokens, read);
    const numberLast = range ? range.last : read.last;
    let unit = read.unit;
    let last = numberLast;
    if (!unit) {
      const upperUnit = range ? readNumber(text, tokens, read.last + 2)?.unit : null;
      unit = upperUnit ?? null;
    }
    const counted = countedAfter(text, tokens, numberLast + 1);
    const qualifier = qualifierBefore(tokens, read.first);
    const isYear = read.bareInteger && read.value >= 1900 && read.value <= 2100;
    const keep = (!read.spelledSmall || counted !== null) && !isYear;
    if (!keep) {
      i = numberLast + 1;
      continue;
    }
    if (counted) last = counted.lastIndex;
    const startToken = qualifier && !read.vague ? qualifier.index : read.first;
    const start = (tokens[startToken] as Token).start;
    const end = (tokens[last] as Token).end;
    figures.push({
      text: text.slice(start, end),
      start,
      end,
      value: read.value,
      valueMax: range?.value ?? null,
      counted: counted?.text ?? null,
      qualifier: read.vague ? read.qualifier : (qualifier?.qualifier ?? null),
      unit,
    });
    i = last + 1;
  }
  return figures;
}
