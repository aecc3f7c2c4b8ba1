import { isSpaceUnit } from "@newsgraph/parser";
import { DAY_ABBREVIATIONS, MONTH_ABBREVIATIONS } from "./calendar-words.ts";

/** A sentence with offsets into the text it was split from (plus the offset given). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "ft",
  "gen",
  "col",
  "lt",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "cmdr",
  "adm",
  "gov",
  "sen",
  "rep",
  "rev",
  "hon",
  "rt",
  "pres",
  "supt",
  "insp",
  "det",
  "cpl",
  "pvt",
  "brig",
  "messrs",
  "mme",
  "mlle",
  "no",
  "nos",
  "vol",
  "vols",
  "fig",
  "figs",
  "p",
  "pp",
  "ed",
  "eds",
  "est",
  "approx",
  "dept",
  "univ",
  "inc",
  "ltd",
  "co",
  "corp",
  "bros",
  "assn",
  "ave",
  "blvd",
  "rd",
  "vs",
  "etc",
  "al",
  "cf",
  "ca",
  ...MONTH_ABBREVIATIONS,
  ...DAY_ABBREVIATIONS,
  "ala",
  "ariz",
  "ark",
  "calif",
  "colo",
  "conn",
  "del",
  "fla",
  "ga",
  "ill",
  "ind",
  "kan",
  "kans",
  "ky",
  "la",
  "md",
  "mass",
  "mich",
  "minn",
  "miss",
  "mo",
  "mont",
  "neb",
  "nev",
  "okla",
  "ore",
  "pa",
  "tenn",
  "tex",
  "va",
  "vt",
  "wash",
  "wis",
  "wyo",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "u.s",
  "u.k",
  "u.n",
]);

const CLOSERS = "\"'”’)]»";

/**
 * Abbreviations that only ever stand before a number ("No. 10", "Nos. 3 and 4"); before a word they are
 * the word itself ending a sentence: "The board said no. Later, …".
 */
const BEFORE_NUMBER = new Set(["no", "nos"]);

/** A preposition before the platform's name: "wrote on X.", "posted to X.", "via X.". */
const PLATFORM_BEFORE = /\b(?:on|to|via|from)\s$/;

/** Whether the word ending at `dotIndex` is an abbreviation, given where the next word starts (`next`). */
function endsWithAbbreviation(text: string, dotIndex: number, next: number): boolean {
  let i = dotIndex - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i] ?? "")) i--;
  const word = text.slice(i + 1, dotIndex);
  if (word.length === 0) return false;
  // "… said, on X. Brando Benifei …": the platform X after a preposition ends a sentence.
  if (word === "X" && PLATFORM_BEFORE.test(text.slice(Math.max(0, i - 8), i + 1))) return false;
  if (/^[A-Z]$/.test(word)) return true;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true;
  const lower = word.toLowerCase();
  if (BEFORE_NUMBER.has(lower)) {
    const c = text.charCodeAt(next);
    return c >= 48 && c <= 57;
  }
  return ABBREVIATIONS.has(lower);
}

function nextStartsSentence(text: string, from: number): boolean {
  const rest = text.slice(from, from + 3);
  // "… had been rushed. eSafety Commissioner …", "… sold out. iPhone sales …": a brand written in camel
  // case opens a sentence in lowercase.
  return /^["'“‘([«]?[A-Z0-9À-Þ]/.test(rest) || /^["'“‘]/.test(rest) || /^[a-z][A-Z]/.test(rest);
}

const SENTENCE_OPENERS =
  /^(?:The|He|She|It|They|We|I|A|An|In|On|At|This|That|These|Those|But|And|However|His|Her|Their|There|According)\b/;
const TITLE_ABBREVIATION =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|St|Mt|No)\.$/;

function startsWithFunctionWord(text: string, from: number, dotIndex: number): boolean {
  if (TITLE_ABBREVIATION.test(text.slice(Math.max(0, dotIndex - 6), dotIndex + 1))) return false;
  return SENTENCE_OPENERS.test(text.slice(from, from + 12));
}

/** Adds `text[start..end]` without its surrounding space, unless nothing is left. */
function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number, offset: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceUnit(text.charCodeAt(s))) s++;
  while (e > s && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  if (e > s) sentences.push({ text: text.slice(s, e), start: offset + s, end: offset + e });
}

/**
 * Splits `text` into sentences. Offsets are `offset` plus positions in `text`, so a block's
 * sentences point into the whole article text. Line breaks always end a sentence.
 */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      pushTrimmed(sentences, text, start, i, offset);
      start = i + 1;
      continue;
    }
    // . ! ? …
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const ch = text[i] as string;
    let j = i + 1;
    while (j < text.length && (text[j] === "." || text[j] === "!" || text[j] === "?")) j++;
    while (j < text.length && CLOSERS.includes(text[j] ?? "")) j++;
    const next = text[j];
    if (next !== undefined && !/\s/.test(next)) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < text.length && text.charCodeAt(k) !== 10 && isSpaceUnit(text.charCodeAt(k))) k++;
    if (k < text.length && text[k] !== "\n") {
      if (
        ch === "." &&
        j === i + 1 &&
        endsWithAbbreviation(text, i, k) &&
        !startsWithFunctionWord(text, k, i)
      )
        continue;
      if (!nextStartsSentence(text, k)) continue;
    }
    pushTrimmed(sentences, text, start, j, offset);
    start = j;
    i = j - 1;
  }
  pushTrimmed(sentences, text, start, text.length, offset);
  return sentences;
}
