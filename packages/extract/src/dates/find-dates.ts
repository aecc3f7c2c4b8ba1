import type { DateMention } from "@newsgraph/schema";
import * as chrono from "chrono-node";
import { isMonthInName } from "../kb/index.ts";
import { mapPacked } from "../text/arrays.ts";
import { NAMED_DAY_OPENERS } from "../text/calendar-words.ts";
import { startsUppercase } from "../text/chars.ts";
import { overlapIndex } from "../text/span-index.ts";

type Granularity = DateMention["granularity"];

const WRITTEN_YEAR = /\b(1[5-9]\d{2}|20\d{2})\b|'\d{2}\b/;
const TIME_MARKER = /\d[:.]\d{2}|\d\s*[ap]\.?m\b|o'clock|\bnoon\b|\bmidnight\b/i;
const VAGUE_NOW = /^(now|right now|currently|recently)$/i;
const NAME_ONLY =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?)\.?$/i;
/** An occasion's first word right before a weekday. */
const NAMED_DAY_AFTER = new RegExp(`\\b${NAMED_DAY_OPENERS} $`);
/** The word right before a phrase, separated from it by spaces only. */
const WORD_BEFORE = /(\S+) +$/;
const CLOCK_OFFSET = /\b(hours?|minutes?|seconds?|hrs?|mins?)\b/i;
const SPAN_OF_TIME =
  /^(?:the\s+)?(?:last|past|next|previous|coming|for)\s+\S+\s+(?:days?|weeks?|months?|years?|decades?)$/i;
const ANCHORED_ELSEWHERE = /\b(before|after|earlier|later)$/i;
const BARE_YEAR = /(?<![\d,.$€£\-/])\b(1[89]\d{2}|20\d{2})\b(?![%\-/]?\d|,\d{3}|\.\d)/g;
const LEAD_MODIFIER = /(?:\b(?:early|late|mid|the beginning of|the start of)[\s-]+|\b(?:the )?end of\s+)$/i;
const LEADING_PREPOSITION = /^[\s,;:(]*(?:(?:on|in|at|by|since|from|until|during)\s+)?(?=\S)/i;
const TRAILING_PUNCTUATION = /(?:[\s,.;:!?)\]\-\u2013\u2014]|\s+of)+$/;
const LOWERCASE_WORD = /^\p{Ll}+$/u;
const LETTER = /\p{L}/u;
const CASUAL_WORD = /^(?:today|tonight|yesterday|tomorrow|weekend|noon|midnight)$/i;
const FRACTION = /^\d{1,2}\/\d{1,2}$/;
const BARE_DURATION =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+(?:days?|weeks?|months?|years?|decades?)$/i;
const LABEL_BEFORE =
  /\b(?!In\b|On\b|By\b|Since\b|Until\b|From\b|During\b|Before\b|After\b|Through\b|Early\b|Late\b|Mid\b|End\b|The\b)\p{Lu}[\p{L}.]*\s+$/u;

/** A date with offsets into the text it was found in. */
export type DateInText = DateMention;

/** Reference for relative dates: noon UTC of the publication day, or null when unknown. */
export function referenceDate(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(publishedAt);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2] ?? "1") - 1, Number(m[3] ?? "1"), 12));
}

/** What `findDates` resolves against: `referenceDate(publishedAt)`, or a fixed day when there is none. */
export function resolutionReference(publishedAt: string | null): Date {
  return referenceDate(publishedAt) ?? new Date(Date.UTC(2000, 0, 1, 12));
}

const pad = (n: number) => String(n).padStart(2, "0");

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoAt(components: chrono.ParsedComponents, granularity: Granularity): string {
  const year = String(components.get("year") ?? 0).padStart(4, "0");
  const month = pad(components.get("month") ?? 1);
  const day = pad(components.get("day") ?? 1);
  if (granularity === "year") return year;
  if (granularity === "month") return `${year}-${month}`;
  if (granularity === "day") return `${year}-${month}-${day}`;
  return `${year}-${month}-${day}T${pad(components.get("hour") ?? 0)}:${pad(components.get("minute") ?? 0)}`;
}

function granularityOf(components: chrono.ParsedComponents, text: string): Granularity | null {
  const dated = components.isCertain("day") || components.isCertain("weekday");
  if (dated && components.isCertain("hour") && TIME_MARKER.test(text)) return "time";
  if (dated) return "day";
  if (components.isCertain("month")) return "month";
  if (components.isCertain("year")) return "year";
  return null;
}

interface Found {
  start: number;
  end: number;
  value: string;
  granularity: Granularity;
  relative: boolean;
}

/** Drop trailing punctuation and a dangling "of", but keep the dot of "p.m." or "Dec.". */
function trimEnd(phrase: string): string {
  const trimmed = phrase.replace(TRAILING_PUNCTUATION, "");
  const keepsDot =
    phrase.slice(trimmed.length).startsWith(".") &&
    /(?:\b[ap]\.m|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))$/i.test(trimmed);
  return keepsDot ? `${trimmed}.` : trimmed;
}

function bareWeekday(components: chrono.ParsedComponents, phrase: string): boolean {
  return (
    components.isCertain("weekday") &&
    !components.isCertain("day") &&
    !components.isCertain("month") &&
    !/\b(next|coming|following|last|this)\b/i.test(phrase)
  );
}

/**
 * A weekday on its own ("on Tuesday") in news is the latest such day up to the publication day, or,
 * in a clause that speaks of the future (`ahead`: "is due to dock … on Tuesday", "will vote on
 * Friday"), the first such day from the publication day on.
 */
function nearestWeekday(components: chrono.ParsedComponents, reference: Date, ahead: boolean): string {
  const weekday = components.get("weekday") ?? reference.getUTCDay();
  const days = ahead
    ? (weekday - reference.getUTCDay() + 7) % 7
    : -((reference.getUTCDay() - weekday + 7) % 7);
  const date = new Date(reference.getTime() + days * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Words that put a clause in the future: "will", "is due to", "are expected to", "plans to". */
const FUTURE_MARKER =
  /\b(?:will|won['’]t|shall|(?:is|are|was|were) (?:due|expected|scheduled|set|slated|poised) to|plans? to|planning to|(?:is|are) going to)\b/i;
/** The clause before a date: back to the last sentence end, comma, semicolon or dash, within 150 characters. */
const CLAUSE_BEFORE = /(?:^|[.!?;,—–]\s)([^.!?;,—–]*)$/;

/** Whether the clause that ends at `start` speaks of the future. */
function inFutureClause(text: string, start: number): boolean {
  const clause = CLAUSE_BEFORE.exec(text.slice(Math.max(0, start - 150), start))?.[1] ?? "";
  return FUTURE_MARKER.test(clause);
}

function fromChrono(
  text: string,
  result: chrono.ParsedResult,
  offset: number,
  reference: Date,
): Found | null {
  const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  let phrase = trimEnd(result.text.slice(lead));
  let start = offset + result.index + lead;
  if (VAGUE_NOW.test(phrase)) return null;
  if (NAME_ONLY.test(phrase) && !startsUppercase(phrase)) return null;
  // "Black Friday", "Super Tuesday": the weekday names an occasion, not a day of this week.
  if (NAMED_DAY_AFTER.test(text.slice(Math.max(0, start - 20), start))) return null;
  // "Theresa May", "Cape May": the month's name is a surname or part of a place's name.
  if (
    NAME_ONLY.test(phrase) &&
    isMonthInName(WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? "", phrase)
  )
    return null;
  if (FRACTION.test(phrase) || BARE_DURATION.test(phrase)) return null;
  if (LOWERCASE_WORD.test(phrase) && !CASUAL_WORD.test(phrase)) return null;
  if (CLOCK_OFFSET.test(phrase) || SPAN_OF_TIME.test(phrase) || ANCHORED_ELSEWHERE.test(phrase)) return null;
  const components = result.start;
  const granularity = granularityOf(components, phrase);
  if (!granularity) return null;
  const hasDate =
    components.isCertain("day") ||
    components.isCertain("weekday") ||
    components.isCertain("month") ||
    components.isCertain("year");
  if (!hasDate) return null;
  const relative = !WRITTEN_YEAR.test(phrase);
  const modifier = LEAD_MODIFIER.exec(text.slice(Math.max(0, start - 20), start));
  if (modifier) {
    start -= modifier[0].length;
    phrase = text.slice(start, start + modifier[0].length + phrase.length);
  }
  let value = isoAt(components, granularity);
  if (bareWeekday(components, phrase))
    value = nearestWeekday(components, reference, inFutureClause(text, start)) + value.slice(10);
  let finalGranularity = granularity;
  if (modifier && /end of/i.test(modifier[0]) && granularity !== "day" && granularity !== "time") {
    const year = components.get("year") ?? 0;
    const month = granularity === "year" ? 12 : (components.get("month") ?? 12);
    value = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;
    finalGranularity = "day";
  }
  if (/^end of/i.test(phrase) && text.slice(Math.max(0, start - 4), start).toLowerCase() === "the ")
    start -= 4;
  const end = offset + result.index + trimEnd(result.text).length;
  if (end <= start) return null;
  return { start, end, value, granularity: finalGranularity, relative };
}

function spuriousTime(result: chrono.ParsedResult): boolean {
  return result.start.isCertain("hour") && !TIME_MARKER.test(result.text) && /^\d/.test(result.text);
}

function chronoDates(text: string, from: number, to: number, reference: Date): Found[] {
  const found: Found[] = [];
  for (const result of chrono.en.parse(text.slice(from, to), { instant: reference, timezone: 0 })) {
    if (spuriousTime(result)) {
      const rest = result.text.search(LETTER);
      const at = from + result.index;
      if (rest > 0) found.push(...chronoDates(text, at + rest, at + result.text.length, reference));
      continue;
    }
    const date = fromChrono(text, result, from, reference);
    if (date) found.push(date);
  }
  return found;
}

/** "May" + " of " + "this year" → one mention, May of that year. */
function mergeMonthOfYear(text: string, dates: readonly Found[]): Found[] {
  const merged: Found[] = [];
  for (const date of dates) {
    const previous = merged[merged.length - 1];
    if (
      previous &&
      previous.granularity !== "year" &&
      date.granularity === "year" &&
      /^\s+of\s+$/.test(text.slice(previous.end, date.start))
    ) {
      merged[merged.length - 1] = {
        ...previous,
        end: date.end,
        value: `${date.value}${previous.value.slice(4)}`,
        relative: date.relative,
      };
    } else merged.push(date);
  }
  return merged;
}

function bareYears(text: string, taken: readonly Found[]): Found[] {
  const years: Found[] = [];
  const byEnd = [...taken].sort((a, b) => a.end - b.end);
  let next = 0;
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    while (next < byEnd.length && (byEnd[next]?.end ?? 0) <= start) next++;
    if (byEnd.slice(next, next + 4).some((d) => d.start < end)) continue;
    if (LABEL_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    const modifier = LEAD_MODIFIER.exec(text.slice(Math.max(0, start - 24), start));
    if (modifier && /end of/i.test(modifier[0])) {
      const from = start - modifier[0].length;
      years.push({ start: from, end, value: `${m[0]}-12-31`, granularity: "day", relative: false });
    } else {
      const from = modifier ? start - modifier[0].length : start;
      years.push({ start: from, end, value: m[0], granularity: "year", relative: false });
    }
  }
  return years;
}

/** "by the end of the year", "at the end of the month": the current year or month of the publication. */
const END_OF_THE_PERIOD = /\b(?:the\s+)?end\s+of\s+the\s+(year|month)\b/gi;
/** A cheap test before END_OF_THE_PERIOD runs: "End of the year" opening a sentence too. */
const MAY_END_A_PERIOD = /end\s+of\s+the/i;

/** "the end of the year" → the last day of the reference's year (or month), where nothing else was found. */
function periodEnds(text: string, taken: readonly Found[], reference: Date): Found[] {
  if (!MAY_END_A_PERIOD.test(text)) return [];
  const ends: Found[] = [];
  const isTaken = overlapIndex(taken);
  for (const m of text.matchAll(END_OF_THE_PERIOD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (isTaken(start, end)) continue;
    const year = reference.getUTCFullYear();
    const month = (m[1] as string).toLowerCase() === "year" ? 12 : reference.getUTCMonth() + 1;
    const value = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;
    ends.push({ start, end, value, granularity: "day", relative: true });
  }
  return ends;
}

const DATE_WORDS =
  /\b(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|ago|weekend|noon|midnight|(?:this|last|next|past|coming|previous|that|the same)\s+(?:week|month|year|decade|century|morning|afternoon|evening|night|spring|summer|autumn|fall|winter))\b|\b(?:1[5-9]|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}\b|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}(?:st|nd|rd|th)\b/i;
const DATE_ABBREVIATIONS =
  /\b(?:May|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\b/;
const MAX_SENTENCE = 2000;
/** Date-bearing text handed to chrono per block, at most; keeps a pathological block (a 5 MB paragraph) bounded. */
const MAX_PARSED_CHARS = 200_000;
// The (?=…) ahead of the lookbehind: most positions fail on one character test before the lookbehind runs (same matches, about half the scan time).
const SENTENCE_END = /(?=\s)(?<=[\p{Ll}\d)\]"'”’%][.!?]["'”’]?)\s+(?=["'“‘(]?\p{Lu})/gu;

/** Sentences (with their offsets) that mention anything date-like; the parser runs on these only. */
function dateSentences(text: string): [number, number][] {
  const sentences: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const at = m.index ?? 0;
    pushDateSentences(sentences, text, start, at);
    start = at + m[0].length;
  }
  pushDateSentences(sentences, text, start, text.length);
  return sentences;
}

/** The pieces of `text[start..end]` (one sentence, cut at MAX_SENTENCE) that mention anything date-like. */
function pushDateSentences(sentences: [number, number][], text: string, start: number, end: number): void {
  for (let from = start; from < end; ) {
    const space = end - from > MAX_SENTENCE ? text.lastIndexOf(" ", from + MAX_SENTENCE) : -1;
    const to = space > from ? space : end - from > MAX_SENTENCE ? from + MAX_SENTENCE : end;
    const sentence = text.slice(from, to);
    if (DATE_WORDS.test(sentence) || DATE_ABBREVIATIONS.test(sentence)) sentences.push([from, to]);
    from = to;
  }
}

const WEEKDAY_ABBREVIATION = /^(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?$/;
const BEFORE_A_WEEKDAY = /\b(?:on|by|until|till|from|next|last|this|since)\s+$/i;
const AFTER_A_WEEKDAY = /^\.?,?\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/;

/**
 * "orbits the Sun", "Sat images", "the Mon River": a weekday's short form alone is a date only where a
 * date would stand, before a day's number or a month ("Wed. 5", "Sun, Nov 3") or after "on", "by",
 * "next" and the like.
 */
function isBareWeekdayWord(text: string, start: number, end: number): boolean {
  if (!WEEKDAY_ABBREVIATION.test(text.slice(start, end))) return false;
  if (AFTER_A_WEEKDAY.test(text.slice(end, end + 12))) return false;
  return !BEFORE_A_WEEKDAY.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * Dates in one block of text, normalised to ISO at their granularity. Relative expressions ("last week",
 * "in late May", "by the end of this year") resolve against `publishedAt`; without it they are dropped.
 */
export function findDates(
  text: string,
  publishedAt: string | null,
  reference: Date = resolutionReference(publishedAt),
): DateInText[] {
  // A text no longer than one sentence piece is never cut: when it holds nothing date-like, none of
  // its sentences does, and no bare year either (every BARE_YEAR match is a DATE_WORDS match).
  if (
    text.length <= MAX_SENTENCE &&
    !DATE_WORDS.test(text) &&
    !DATE_ABBREVIATIONS.test(text) &&
    !MAY_END_A_PERIOD.test(text)
  )
    return [];
  let budget = MAX_PARSED_CHARS;
  const fromParser = dateSentences(text)
    .filter(([from, to]) => {
      budget -= to - from;
      return budget >= 0;
    })
    .flatMap(([from, to]) => mergeMonthOfYear(text, chronoDates(text, from, to, reference)))
    .filter((d) => (publishedAt !== null || !d.relative) && !isBareWeekdayWord(text, d.start, d.end));
  const ends = publishedAt === null ? [] : periodEnds(text, fromParser, reference);
  const all = [...fromParser, ...ends, ...bareYears(text, fromParser)].sort((a, b) => a.start - b.start);
  return mapPacked(all, (d) => ({
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    value: d.value,
    granularity: d.granularity,
    relative: d.relative,
  }));
}
