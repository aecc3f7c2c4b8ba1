import type { Contributor, ContributorRole, Correction, TextSpan } from "@newsgraph/schema";
import { pushAll } from "../arrays.ts";
import { findDate } from "../dates.ts";
import type { Line } from "./lines.ts";

const CONTRIBUTED =
  /^(.+?)\s+(?:also\s+)?contributed\s+(?:reporting\s+)?to\s+this\s+(?:article|report|story|piece)\b/iu;
const EDITED_BY = /^(?:edited\s+by|editor\b|editing\s+by)\s*:?\s*(.+?)\.?$/iu;
const BYLINE =
  /^(?:(?:analysis|opinion|commentary|review|story|text|words|written|posted|photos?|interview)\s+)?(?:by|von|par|por|di|door|oleh|av|af)\s+(.+)$/iu;
const REPORTING_BY = /^\(?\s*(?:additional\s+)?reporting\s+by\s+/iu;
const CORRECTION =
  /^(?:correction|clarification|editor['’]?s note|update)\s*[:：]|\b(?:was|has been|have been|were)\s+(?:corrected|amended|clarified)\b|^an earlier version of this/iu;
const LIST_SEPARATOR =
  /\s*(?:,\s*(?:and\s+|&\s*)?|;\s*|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s*&\s*)/giu;
const STARTS_UPPER = /^\p{Lu}/u;
const NON_NAME =
  /\s[|•·–—-]\s|\s(?:on|at)\s+(?=\d|\p{Lu}\p{Ll}+\.?\s+\d)|\s\d|,\s*(?:\p{Ll}|\d)|\b(?:updated|published|posted)\b/iu;
const HAS_LOWER = /\p{Ll}/u;
const OWNER_POSSESSIVE = /\p{L}(?:['’]s?)$/u;

const PLACE_IN_BRACKETS = /^(.+?)\s*\(([^()]+)\)$/u;
// The name is the capitalised words before "in"/"from"; words before them are cut off below.
const PLACE_AFTER_IN = /^(.*?\p{Lu}[\p{L}'’.-]*)\s+(?:in|from)\s+(\p{Lu}[\p{L}'’. -]*)$/u;
/** Longest credit piece read for "<name> in <place>": a name and a place, with room to spare. */
const MAX_NAME_PIECE = 200;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|del|van|von|der|den|bin|al|el|le|la|du|dos|das|ter)$/u;

export function isContributorLine(line: string, lower = line.toLowerCase()): boolean {
  return (
    (lower.includes("contributed") && CONTRIBUTED.test(line)) ||
    EDITED_BY.test(line) ||
    REPORTING_BY.test(line)
  );
}

export function isBylineLine(line: string): boolean {
  const m = BYLINE.exec(line);
  if (m === null || line.length > 160) return false;
  const names = m[1] ?? "";
  const cut = cutAtNonName(names);
  // "Oleh Kiper, the governor of the region, said …": a sentence after the names is prose, not a byline
  // (Indonesian "oleh" is "by", and Oleh a Ukrainian given name).
  if (SENTENCE_END.test(line) && (names.slice(cut).match(LOWER_WORDS)?.length ?? 0) >= 5) return false;
  return namesIn(names.slice(0, cut), 0).length > 0;
}
const SENTENCE_END = /[.!?]["”’]?\s*$/u;
const LOWER_WORDS = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu;

const CORRECTION_WORDS = /correct|clarif|amend|note|update|earlier version/;
/** CORRECTION's unanchored branch needs one of these; the others open the line with a, c, e or u. */
const CORRECTED = /corrected|amended|clarified/;

export function isCorrectionLine(line: string, lower = line.toLowerCase()): boolean {
  if (line.length > 600) return false;
  const c = lower.charCodeAt(0);
  if (c !== 97 && c !== 99 && c !== 101 && c !== 117 && !CORRECTED.test(lower)) return false;
  return CORRECTION_WORDS.test(lower) && CORRECTION.test(line);
}

/** "Mahamadou Kane (Bamako), Brahima Tounkara, and Frejus Quenum" → one span per person, places split off. */
export function namesIn(list: string, offset: number, role: ContributorRole = "author"): Contributor[] {
  const people: Contributor[] = [];
  let pos = 0;
  const pieces: Array<{ s: number; e: number }> = [];
  LIST_SEPARATOR.lastIndex = 0;
  for (let m = LIST_SEPARATOR.exec(list); m; m = LIST_SEPARATOR.exec(list)) {
    if (m[0].length === 0) {
      LIST_SEPARATOR.lastIndex++;
      continue;
    }
    pieces.push({ s: pos, e: m.index });
    pos = m.index + m[0].length;
  }
  pieces.push({ s: pos, e: list.length });
  for (const { s, e } of pieces) {
    let end = e;
    while (end > s && /[\s.]/.test(list[end - 1] ?? "")) end--;
    let start = s;
    while (start < end && /\s/.test(list[start] ?? "")) start++;
    const text = list.slice(start, end);
    // "Mahamadou Kane (Bamako)", "Jane Whitfield in San Francisco": the reporter's place after the name.
    const inBrackets = PLACE_IN_BRACKETS.exec(text);
    // Only on a name-sized piece: the pattern backtracks over a long one.
    const withPlace = inBrackets ?? (text.length <= MAX_NAME_PIECE ? PLACE_AFTER_IN.exec(text) : null);
    let name = (withPlace ? withPlace[1] : text) ?? "";
    // Each word with its offset in `list`, so a cut keeps the span exact whatever spaces stand between words.
    const words = Array.from(name.matchAll(/\S+/g), (m) => ({ text: m[0], start: start + (m.index ?? 0) }));
    let tokens = words.map((w) => w.text);
    let first = 0;
    if (!tokens.every((t) => NAME_TOKEN.test(t))) {
      let k = tokens.length;
      while (k > 0 && NAME_TOKEN.test(tokens[k - 1] ?? "")) k--;
      if (tokens.length - k < 2) continue;
      first = k;
    }
    // "Fox News’ Jessica Napoli contributed …": the outlet's possessive before the name is no part of it.
    const owner = tokens.findLastIndex(
      (t, i) => i >= first && i < tokens.length - 2 && OWNER_POSSESSIVE.test(t),
    );
    if (owner >= 0) first = owner + 1;
    tokens = tokens.slice(first);
    // "By Sean Martin Sean Martin": a page dump's author link and name, the same words twice.
    // A place after "in" is left out of the name's span; one in brackets stays in it.
    let stop = withPlace && !inBrackets ? start + name.length : end;
    const half = tokens.length / 2;
    if (
      tokens.length >= 4 &&
      Number.isInteger(half) &&
      tokens.slice(0, half).join(" ") === tokens.slice(half).join(" ")
    ) {
      tokens = tokens.slice(0, half);
      const last = words[first + half - 1] as { text: string; start: number };
      stop = last.start + last.text.length;
    }
    const from = words[first]?.start ?? start;
    if (first > 0 || stop !== end) name = tokens.join(" ");
    if (tokens.length < 1 || tokens.length > 5 || !STARTS_UPPER.test(name)) continue;
    people.push({
      text: list.slice(from, stop),
      start: offset + from,
      end: offset + stop,
      name,
      role,
      place: withPlace?.[2]?.trim() ?? null,
    });
  }
  return people;
}

/** People named on a credit line: "By X and Y", "X contributed to this article", "Edited by: X", "(Reporting by …; Editing by …)". */
export function contributorsOf(line: Line): Contributor[] {
  const text = line.text;
  const contributed = CONTRIBUTED.exec(text);
  if (contributed) return namesIn(contributed[1] ?? "", line.start, "contributor");
  const edited = EDITED_BY.exec(text);
  if (edited?.[1]) return namesIn(edited[1], line.start + text.indexOf(edited[1]), "editor");
  if (REPORTING_BY.test(text)) return roleCuedNames(text, line.start);
  const byline = BYLINE.exec(text);
  if (byline?.[1]) {
    const names = byline[1];
    const cut = cutAtNonName(names);
    return namesIn(names.slice(0, cut), line.start + text.indexOf(names), "author");
  }
  return [];
}

const ROLE_CUE =
  /(?:[,;]\s*)?(?:(?:additional|with|and)\s+)*(reporting|editing|writing|compiled|photos?)\s+by\s+/giu;

function roleCuedNames(text: string, offset: number): Contributor[] {
  const cues = [...text.matchAll(ROLE_CUE)];
  const out: Contributor[] = [];
  cues.forEach((cue, i) => {
    const from = (cue.index ?? 0) + cue[0].length;
    const next = cues[i + 1];
    let to = next ? (next.index ?? text.length) : text.length;
    while (to > from && /[\s.);,]/.test(text[to - 1] ?? "")) to--;
    const role: ContributorRole = /^edit/i.test(cue[1] ?? "")
      ? "editor"
      : /^photo/i.test(cue[1] ?? "")
        ? "photographer"
        : "author";
    pushAll(out, namesIn(text.slice(from, to), offset + from, role));
  });
  return out;
}

function cutAtNonName(names: string): number {
  const date = findDate(names);
  let cut = date ? date.index : names.length;
  const stop = NON_NAME.exec(names);
  if (stop && stop.index < cut) cut = stop.index;
  return cut;
}

export function correctionOf(line: Line, reference: string | null): Correction {
  const date = findDate(line.text, reference);
  return { text: line.text, start: line.start, end: line.end, date: date?.iso ?? null };
}

const WIRE_AGENCY =
  "Reuters|AP|AFP|dpa|DPA|Bloomberg|UPI|Xinhua|KNA|ANSA|EFE|IANS|PTI|Kyodo|Yonhap|TASS|Interfax|IPS|Lusa|ANP|APA|CNN|BBC|DW|NAN|PA|CP";
const WIRE_DATELINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{Lu}\\p{M}.'’ -]{1,40}(?:,\\s*[\\p{L}.' ]{2,30})?,?\\s*)?(?:(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,9})(?:,?\\s+\\d{4})?\\s*)?\\((?:${WIRE_AGENCY})\\)\\s*[-–—:]+`,
  "u",
);
const CITY_DATELINE = /^[\p{Lu}][\p{Lu}\p{M}.'’ -]{2,30}(?:,\s*[\p{L}.' ]{2,30})?\s*[–—-]{1,2}(?=\s)/u;

/** "BAMAKO, July 4 (Reuters) -", "PARIS, Dec 13, 2024 (AFP) -", "(Reuters) —" or "WASHINGTON —" at the start of a paragraph. */
export function datelineOf(paragraph: TextSpan): TextSpan | null {
  const m = WIRE_DATELINE.exec(paragraph.text) ?? CITY_DATELINE.exec(paragraph.text);
  if (!m) return null;
  const text = m[0].trimEnd();
  if (HAS_LOWER.test(text.replace(/\([^)]*\)/gu, "").replace(/,.*?(?=\(|$)/u, "")) && !text.includes("("))
    return null;
  return { text, start: paragraph.start, end: paragraph.start + text.length };
}
