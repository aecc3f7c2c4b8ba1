import { isPortugueseDo } from "../kb/index.ts";
import { mapPacked } from "../text/arrays.ts";
import { isLetterOrNumber, isSpace } from "../text/chars.ts";
import { memoString } from "../text/memo.ts";
import {
  CAPITALISED_FUNCTION_WORDS,
  firstNameGender,
  honorificGender,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORGANISATION_HEADS,
  TITLE_WORDS,
} from "./lexicon.ts";

export interface Token {
  text: string;
  /** `text` lowercased. */
  readonly lower: string;
  start: number;
  end: number;
}

/** A token whose lowercase form is computed on first read. */
class NameToken implements Token {
  #lower: string | undefined = undefined;

  constructor(
    public text: string,
    public start: number,
    public end: number,
  ) {}

  get lower(): string {
    if (this.#lower === undefined) this.#lower = this.text.toLowerCase();
    return this.#lower;
  }
}

const UPPER_START = /^\p{Lu}/u;
const ACRONYM_WORD = /^\p{Lu}{2,}$/u;
const DOTTED_ABBREVIATION =
  /^(?:\p{L}\.)*\p{L}$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sen|Rep|Gov|Rev|Capt|Sgt)$/u;

/**
 * Whether a word can match the dotted-abbreviation pattern at all: one of its short forms (four
 * units at most) or letters separated by dots (a dot second, or a first letter outside the BMP).
 */
function mayBeAbbreviation(word: string): boolean {
  if (word.length <= 4 || word.charCodeAt(1) === 46) return true;
  const first = word.charCodeAt(0);
  return first >= 0xd800 && first <= 0xdbff;
}

/** Inner characters of a word: letters, numbers and ' ’ . - & */
function wordInner(c: number): boolean {
  return isLetterOrNumber(c) || c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38;
}

/**
 * Words and punctuation with offsets (plus `offset`); "U.S." and "Mr." keep their dot. A word is a
 * letter or number, then letters, numbers, ' ’ . - & ending on a letter or number; anything else
 * not a space is a token of its own (one code point).
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.codePointAt(i) as number;
    const size = c > 0xffff ? 2 : 1;
    if (isSpace(c)) {
      i += size;
      continue;
    }
    const start = i;
    let end = i + size;
    if (isLetterOrNumber(c)) {
      let j = end;
      while (j < n) {
        const unit = text.charCodeAt(j);
        if (unit < 128) {
          // ASCII: a letter or digit extends the word; ' . - & may join it to more.
          if ((unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || (unit >= 48 && unit <= 57)) {
            j++;
            end = j;
            continue;
          }
          if (unit === 39 || unit === 46 || unit === 45 || unit === 38) {
            j++;
            continue;
          }
          break;
        }
        const d = text.codePointAt(j) as number;
        if (!wordInner(d)) break;
        j += d > 0xffff ? 2 : 1;
        if (isLetterOrNumber(d)) end = j;
      }
    }
    i = end;
    let word = text.slice(start, end);
    const previous = tokens[tokens.length - 1];
    if (previous && offset + start < previous.end) continue;
    if (text.charCodeAt(end) === 46 && mayBeAbbreviation(word) && DOTTED_ABBREVIATION.test(word)) word += ".";
    tokens.push(new NameToken(word, offset + start, offset + start + word.length));
  }
  return tokens;
}

/**
 * `tokenize(text.slice(start, end), start)`, given `otherTokens` = `tokenize(other.slice(start, end), start)`
 * for a copy `other` of `text` that has the same white space at the same offsets (the text with its quotes
 * masked). No token runs over white space and none depends on what lies beyond the white space around
 * it, so the tokens of every white-space-delimited piece that reads the same in both are the other's
 * (the same objects); only the pieces that differ are tokenized again.
 */
export function tokenizeLike(
  text: string,
  start: number,
  end: number,
  other: string,
  otherTokens: Token[],
): Token[] {
  if (text === other || text.slice(start, end) === other.slice(start, end)) return otherTokens;
  const tokens: Token[] = [];
  let next = 0;
  let i = start;
  while (i < end) {
    if (text.charCodeAt(i) === other.charCodeAt(i)) {
      i++;
      continue;
    }
    // The piece around the first difference: back and on to white space (or the ends).
    let from = i;
    while (from > start && !isSpace(text.charCodeAt(from - 1))) from--;
    let to = i;
    for (; to < end && !isSpace(text.charCodeAt(to)); to++)
      if (isSpace(other.charCodeAt(to))) return tokenize(text.slice(start, end), start);
    // The white space that ends the piece has to be the other's too.
    if (to < end && other.charCodeAt(to) !== text.charCodeAt(to))
      return tokenize(text.slice(start, end), start);
    while (next < otherTokens.length && (otherTokens[next] as Token).start < from)
      tokens.push(otherTokens[next++] as Token);
    for (const t of tokenize(text.slice(from, to), from)) tokens.push(t);
    while (next < otherTokens.length && (otherTokens[next] as Token).start < to) next++;
    i = to;
  }
  while (next < otherTokens.length) tokens.push(otherTokens[next++] as Token);
  return tokens;
}

/**
 * The tokens of `tokens` (one tokenized text, in order) from `start` up to `end`: a sentence's tokens
 * out of its block's, the same as tokenizing the sentence (no token runs over a sentence end).
 */
export function tokensWithin(tokens: Token[], start: number, end: number): Token[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).start < start) low = mid + 1;
    else high = mid;
  }
  let to = low;
  while (to < tokens.length && (tokens[to] as Token).end <= end) to++;
  return tokens.slice(low, to);
}

export const isWord = (t: Token | undefined) => {
  if (t === undefined || t.text.length === 0) return false;
  return isLetterOrNumber(t.text.codePointAt(0) as number);
};

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 128 && UPPER_START.test(word)) return true;
  if (!word.includes("-") && !word.includes("‐")) return false;
  const parts = word.split(/[-‐]/);
  return (
    parts.length > 1 && NAME_PARTICLES.has((parts[0] ?? "").toLowerCase()) && UPPER_START.test(parts[1] ?? "")
  );
}

/** `word` without a final 's or ’s. */
export function stripPossessive(word: string): string {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return word;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019 ? word.slice(0, -2) : word;
}

const HAS_LETTER = /\p{L}/u;

/** `/['’]s$/u.test(word)` without the regex. */
function endsWithApostropheS(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;

/** Adds `run` without its trailing uncapitalised words (connectors), unless nothing is left. */
function flushRun(runs: Token[][], run: Token[]): void {
  while (run.length > 0 && !isCapitalised(run[run.length - 1]?.text ?? "")) run.pop();
  if (run.length > 0) runs.push(run);
}

/** Runs of capitalised words, joined across "of", "the", "de" when a capitalised word follows. */
export function capitalisedRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const word = t.text;
    if (isWord(t) && isCapitalised(word) && (isAsciiUpper(word.charCodeAt(0)) || HAS_LETTER.test(word))) {
      if (run.length === 0 && CAPITALISED_FUNCTION_WORDS.has(word)) continue;
      run.push(t);
      if (endsWithApostropheS(word)) {
        flushRun(runs, run);
        run = [];
      }
      continue;
    }
    if (run.length === 0) continue;
    const lower = t.lower;
    const next = tokens[i + 1];
    const nextNext = tokens[i + 2];
    const joins =
      (NAME_CONNECTORS.has(lower) ||
        NAME_PARTICLES.has(lower) ||
        isPortugueseDo(word, (run[run.length - 1] as Token).lower)) &&
      ((next !== undefined && isCapitalised(next.text)) ||
        (next !== undefined &&
          NAME_CONNECTORS.has(next.lower) &&
          nextNext !== undefined &&
          isCapitalised(nextNext.text)));
    // "Ursula Münch of the Academy for Political Education": a given name and a surname end before
    // "of" and the body the person belongs to.
    const personBeforeOf =
      lower === "of" &&
      (run.length === 2 || run.length === 3) &&
      firstNameGender((run[0] as Token).text) !== null;
    if (joins && !personBeforeOf) {
      run.push(t);
      continue;
    }
    flushRun(runs, run);
    run = [];
  }
  flushRun(runs, run);
  return runs;
}

export type NameKind = "person" | "organization" | "unknown";

export interface NameInPhrase {
  name: string;
  start: number;
  end: number;
  kind: NameKind;
  gender: "male" | "female" | null;
  /** Title words found before the name inside the run: "Foreign Minister". */
  titles: string[];
}

const lowerOf = (t: Token) => t.lower;
const isTitle = (t: Token) => TITLE_WORDS.has(lowerOf(t)) || TITLE_WORDS.has(stripPossessive(lowerOf(t)));
const isOrganisationHead = (t: Token) => ORGANISATION_HEADS.has(stripPossessive(lowerOf(t)));
const isConnector = (t: Token) => NAME_CONNECTORS.has(lowerOf(t));

function withoutTitles(run: Token[]): { name: Token[]; titles: Token[] } {
  const last = run[run.length - 1];
  if (!last || isOrganisationHead(last)) return { name: run, titles: [] };
  let cut = -1;
  for (let i = 0; i < run.length - 1; i++) if (isTitle(run[i] as Token)) cut = i;
  if (cut < 0) return { name: run, titles: [] };
  let rest = run.slice(cut + 1);
  while (rest.length > 0 && isConnector(rest[0] as Token)) rest = rest.slice(1);
  if (rest.length === 0 || rest.some((t) => isConnector(t) || isOrganisationHead(t))) {
    const afterOrganisation = organisationSplit(rest);
    if (afterOrganisation) return { name: afterOrganisation, titles: run.slice(0, cut + 1) };
    return { name: run, titles: [] };
  }
  return { name: rest, titles: run.slice(0, cut + 1) };
}

function organisationSplit(run: Token[]): Token[] | null {
  for (let i = run.length - 3; i >= 0; i--) {
    if (!isOrganisationHead(run[i] as Token)) continue;
    const rest = run.slice(i + 1);
    if (rest.length >= 2 && !rest.some((t) => isConnector(t) || isOrganisationHead(t))) return rest;
    return null;
  }
  return null;
}

function fromFirstName(run: Token[]): Token[] {
  if (run.length < 3 || firstNameGender(run[0]?.text ?? "") !== null) return run;
  for (let i = 1; i < run.length - 1; i++) {
    if (firstNameGender(run[i]?.text ?? "") !== null) return run.slice(i);
  }
  return run;
}

/** Words that say when a post was held, no post of their own: "Former", "Acting", "Interim". */
const TIME_OF_POST = /^(?:former|acting|interim|then|late|ex)$/;

/** The name a capitalised run stands for, with its titles stripped and a guess at its kind and gender. */
export function nameFromRun(run: Token[], text: string, offset: number): NameInPhrase | null {
  // "Liberal Democrat leader Ed Davey": a run of title words alone ("Liberal Democrat") names no one.
  if (run.length > 1 && run.every(isTitle)) return null;
  const { name: stripped, titles } = withoutTitles(run);
  let tokens = stripped;
  if (titles.length === 0) tokens = organisationSplit(tokens) ?? tokens;
  tokens = fromFirstName(tokens);
  const connector = tokens.findIndex(isConnector);
  if (connector > 1 && (firstNameGender(tokens[0]?.text ?? "") !== null || titles.length > 0))
    tokens = tokens.slice(0, connector);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  const end = endsWithApostropheS(last.text) ? last.end - 2 : last.end;
  const name = text.slice(first.start - offset, end - offset);
  if (name.length === 0) return null;
  const honorific = mapPacked(titles, (t) => honorificGender(t.text)).find((g) => g !== null) ?? null;
  const given = tokens.length >= 2 ? firstNameGender(first.text) : null;
  const gender = honorific ?? (given === "male" || given === "female" ? given : null);
  const organisation =
    tokens.some(isOrganisationHead) || (tokens.length === 1 && ACRONYM_WORD.test(first.text));
  // "Former England striker Gary Lineker": "Former" before a team or country is no title of its own,
  // so "England" is no person.
  const person =
    !organisation &&
    (honorific !== null ||
      given !== null ||
      titles.some((t) => !/^(?:u\.s\.|us|uk|un|eu)$/.test(lowerOf(t)) && !TIME_OF_POST.test(lowerOf(t))));
  return {
    name,
    start: first.start,
    end,
    kind: person ? "person" : organisation ? "organization" : "unknown",
    gender,
    titles: mapPacked(titles, (t) => t.text),
  };
}

/** Last token of a name, the one surnames and aliases are matched on. */
export const surname: (name: string) => string = memoString(computeSurname);

function computeSurname(name: string): string {
  const words = name.split(/\s+/);
  return stripPossessive(words[words.length - 1] ?? "").toLowerCase();
}

/** Letters of an acronym built from a name's capitalised words: "Korean Central News Agency" → "KCNA". */
export function initials(name: string): string {
  return mapPacked(
    name.split(/[\s-]+/).filter((w) => UPPER_START.test(w)),
    (w) => w[0],
  ).join("");
}

/** Damerau-free edit distance, small strings only. */
export function editDistance(a: string, b: string): number {
  const row: number[] = [];
  for (let j = 0; j <= b.length; j++) row.push(j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] as number;
}
