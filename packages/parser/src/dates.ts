import * as chrono from "chrono-node";

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

const ISO_DATE_TIME =
  /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\b/;
const YEAR_END = "(\\d{4})(?:\\b|(?=\\d{1,2}:\\d{2}))";
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR_END}`, "i");
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+${YEAR_END}`,
  "i",
);
const NUMERIC = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/;
/** "11/13/19", "13.11.19": a two-digit year, read only where nothing numeric runs on ("11/13/19 at 4:00 PM"). */
const NUMERIC_SHORT = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./]|\.\d)/;
const RELATIVE =
  /\b(\d+|an?|one)\s+(second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\b|\b(just now|today|yesterday)\b/i;

export interface DateMatch {
  /** ISO date ("2023-07-04") or date-time in UTC ("2023-07-04T10:00:00Z") when the text gives a time zone. */
  iso: string;
  index: number;
  length: number;
}

/**
 * The first publication-style date written in `text`: "July 4, 2023", "4 July 2023", "04.07.2023",
 * "2023-07-04T10:00Z", "Published 4 hours ago" (relative to `reference`, an ISO time), and other
 * languages' month names through chrono; "11/13/19" unless `twoDigitYears` is false. Null when there is none.
 */
export function findDate(
  text: string,
  reference: string | null = null,
  otherLanguages = true,
  twoDigitYears = true,
): DateMatch | null {
  const candidates: DateMatch[] = [];
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    const date = ymd(Number(y), Number(mo), Number(d));
    if (date) {
      let value = date;
      if (h !== undefined && zone !== undefined) {
        const t = Date.parse(
          `${date}T${h}:${mi}:${s ?? "00"}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
        );
        if (!Number.isNaN(t)) value = new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
      }
      candidates.push({ iso: value, index: iso.index, length: iso[0].length });
    }
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) pushDate(candidates, Number(mdy[3]), monthOf(mdy[1]), Number(mdy[2]), mdy.index, mdy[0].length);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) pushDate(candidates, Number(dmy[3]), monthOf(dmy[2]), Number(dmy[1]), dmy.index, dmy[0].length);
  const num = NUMERIC.exec(text);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[3]);
    const monthFirst = num[2] === "/" ? a <= 12 : a <= 12 && b > 12;
    pushDate(candidates, Number(num[4]), monthFirst ? a : b, monthFirst ? b : a, num.index, num[0].length);
  }
  const short = num || !twoDigitYears ? null : NUMERIC_SHORT.exec(text);
  if (short) {
    const a = Number(short[1]);
    const b = Number(short[3]);
    const y = Number(short[4]);
    const monthFirst = short[2] === "/" ? a <= 12 : a <= 12 && b > 12;
    const year = y < 70 ? 2000 + y : 1900 + y;
    pushDate(candidates, year, monthFirst ? a : b, monthFirst ? b : a, short.index, short[0].length);
  }
  if (candidates.length > 0) return candidates.reduce((a, b) => (b.index < a.index ? b : a));
  const rel = RELATIVE.exec(text);
  if (rel) {
    const value = reference ? relativeDate(rel, reference) : null;
    return value ? { iso: value, index: rel.index, length: rel[0].length } : null;
  }
  return otherLanguages && text.length <= 300 && /\d{4}/.test(text) ? chronoDate(text, reference) : null;
}

/** `findDate` on a line, returning only the ISO value. */
export function parsePublicationDate(text: string, reference: string | null = null): string | null {
  return findDate(text, reference)?.iso ?? null;
}

function monthOf(name: string | undefined): number {
  return MONTHS[(name ?? "").toLowerCase().replace(/\.$/, "")] ?? 0;
}

function pushDate(out: DateMatch[], y: number, m: number, d: number, index: number, length: number): void {
  const date = ymd(y, m, d);
  if (date) out.push({ iso: date, index, length });
}

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const UNIT_MS: Record<string, number> = {
  second: 1000,
  sec: 1000,
  minute: 60_000,
  min: 60_000,
  hour: 3_600_000,
  hr: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
  month: 2_592_000_000,
  year: 31_536_000_000,
};

function relativeDate(match: RegExpExecArray, reference: string): string | null {
  const ref = Date.parse(reference);
  if (Number.isNaN(ref)) return null;
  const word = match[3]?.toLowerCase();
  if (word === "just now") return isoTime(ref);
  if (word === "today") return isoTime(ref).slice(0, 10);
  if (word === "yesterday") return isoTime(ref - 86_400_000).slice(0, 10);
  const countText = (match[1] ?? "").toLowerCase();
  const count = /^\d+$/.test(countText) ? Number(countText) : 1;
  const unit = UNIT_MS[(match[2] ?? "").toLowerCase()] ?? 0;
  const t = ref - count * unit;
  return unit >= 86_400_000 ? isoTime(t).slice(0, 10) : isoTime(t);
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

const LOCALES = [
  chrono.strict,
  chrono.de,
  chrono.fr,
  chrono.es,
  chrono.pt,
  chrono.it,
  chrono.nl,
  chrono.ru,
  chrono.ja,
];

function chronoDate(text: string, reference: string | null): DateMatch | null {
  const ref =
    reference && !Number.isNaN(Date.parse(reference)) ? new Date(reference) : new Date(Date.UTC(2000, 0, 1));
  for (const locale of LOCALES) {
    if (!locale) continue;
    const [result] = locale.parse(text, ref);
    if (
      !result?.start.isCertain("year") ||
      !result.start.isCertain("month") ||
      !result.start.isCertain("day")
    )
      continue;
    const y = result.start.get("year");
    const m = result.start.get("month");
    const d = result.start.get("day");
    if (y === null || m === null || d === null) continue;
    const date = ymd(y, m, d);
    if (date) return { iso: date, index: result.index, length: result.text.length };
  }
  return null;
}
