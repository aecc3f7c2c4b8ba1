import { lexicon, widerWords } from "../kb/lexicon.ts";
import { ORGANIZATION_HEADS, PLACE_HEADS } from "../kb/name-parts.ts";
import { findCity, isCountryOrRegion, isRegion } from "../kb/places.ts";
import { mapPacked } from "../text/arrays.ts";
import { wordTable } from "../text/tables.ts";
import { lowerAt, tokenAt } from "./around.ts";
import type { NameCandidate } from "./candidates.ts";

const LETTER = /\p{L}/u;

/** True when `word` (lowercase) stands in `text` written in lowercase, as a whole word. */
export function appearsLowercase(word: string, text: string): boolean {
  return lowercaseUses(word, text, 1) > 0;
}

/** How many times `word` (lowercase) stands in `text` written in lowercase as a whole word, counted up to `limit`. */
export function lowercaseUses(word: string, text: string, limit: number): number {
  if (word.length < 3) return 0;
  let uses = 0;
  for (let at = text.indexOf(word); at >= 0 && uses < limit; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    if (!LETTER.test(before) && before !== "-" && !LETTER.test(after)) uses++;
  }
  return uses;
}

/**
 * "Cannabis", "Vaping", "E-Cigarettes", "Tantalising": an English word of three letters or more (or
 * a hyphenated run of them, "e-" allowed).
 */
export function isEnglishWord(word: string): boolean {
  if (word.length < 3) return false;
  const words = widerWords();
  if (words.has(word)) return true;
  // "e-cigarettes", "e-bikes", but not "T-Mobile".
  const parts = word.split("-");
  return parts.length > 1 && parts.every((p, i) => (i === 0 && p === "e") || (p.length > 2 && words.has(p)));
}

/** A common word or an English word of three letters or more (lowercase): no name by itself. */
export function isOrdinaryWord(word: string): boolean {
  return lexicon().commonWords.has(word) || isEnglishWord(word);
}

const UNIT = /^(?=.*\p{Lu})\p{L}{1,3}$/u;
const NUMBER_END = /\d$/;
const YEAR = /^(?:1[5-9]|20)\d\d$/;

const TEMPERATURE_SCALE = /^(?:Fahrenheit|Celsius|Centigrade|Kelvin)$/;

/** "3 GW", "600 MW", "$0.23/W": a short capitalised unit right after a number (not a year). */
export function isUnitMention(c: NameCandidate): boolean {
  // "107 degrees Fahrenheit", "minus 5 degrees Celsius", "(127.2 Fahrenheit)": a temperature scale.
  if (
    c.tokens.length === 1 &&
    TEMPERATURE_SCALE.test(c.text) &&
    (/^degrees?$/.test(lowerAt(c, -1)) || /^-?\d[\d.,]*$/.test(lowerAt(c, -1)))
  )
    return true;
  if (c.tokens.length !== 1 || !UNIT.test(c.text)) return false;
  if (lexicon().knownOrganizations.has(c.text.toLowerCase())) return false;
  let prev = tokenAt(c, -1);
  if (prev?.text === "/") prev = tokenAt(c, -2);
  if (!prev || !NUMBER_END.test(prev.text) || YEAR.test(prev.text)) return false;
  // The number is glued to the unit or one space before it ("3 GW", "3GW", "0.23/W").
  return c.start - prev.end <= 1;
}

const CAPITAL_LETTER = /^\p{Lu}\.?$/u;

/**
 * "Group D", "Path C", "Plan B", "Vitamin D", "Hepatitis B", or a lone "B" cut from "Path B:": an
 * ordinary word labelled with a letter, not a name ("Malcolm X" opens with no ordinary word). A
 * tournament's "Group F" stays: GUM annotates it as an organization, the teams drawn together.
 */
export function isLetteredLabel(c: NameCandidate): boolean {
  const [first, second] = c.tokens;
  if (c.tokens.length === 1)
    return CAPITAL_LETTER.test(c.text) && !lexicon().knownOrganizations.has(c.text.toLowerCase());
  const word = first?.text.toLowerCase() ?? "";
  return (
    c.tokens.length === 2 &&
    CAPITAL_LETTER.test(second?.text ?? "") &&
    isOrdinaryWord(word) &&
    word !== "group"
  );
}

const RESIDENT_SUFFIX = /^(\p{Lu}\p{L}+?)ites?$/u;

/** "Delhiite", "Brooklynites": a resident named after a place. */
export function isResidentWord(c: NameCandidate): boolean {
  const stem = c.tokens.length === 1 ? RESIDENT_SUFFIX.exec(c.text)?.[1] : undefined;
  return stem !== undefined && stem.length >= 4 && (findCity(stem) !== null || isRegion(stem));
}

/** "LinkedIn Icon", "Google Plus Icon": a label on a share button. */
export function isShareIcon(c: NameCandidate): boolean {
  const n = c.tokens.length;
  const next = tokenAt(c, n)?.text;
  return next === "Icon" || (next === "Plus" && tokenAt(c, n + 1)?.text === "Icon");
}

const ABBREVIATION = /^\p{Lu}{2,6}$/u;
const DEFINITION_END = /(?:,\s*or|\(|,\s*also known as|,\s*known as)\s*$/u;
const LOWERCASE_START = /^\p{Ll}/u;

/** The first defined answer `read` gives at an occurrence of `acronym` in `text`, in text order. */
function firstOccurrence<T>(
  acronym: string,
  text: string,
  read: (at: number) => T | undefined,
): T | undefined {
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
    const answer = read(at);
    if (answer !== undefined) return answer;
  }
  return undefined;
}

const initialsOf = (words: readonly string[]) => mapPacked(words, (w) => w[0]).join("");

const LOWERCASE_EXPANSION_AFTER = /^\s*\(\s*((?:\p{Ll}[\p{Ll}-]*\s+){1,5}\p{Ll}[\p{Ll}-]*)\s*\)/u;

/**
 * "hypersensitivity pneumonitis, or HP", "post-traumatic stress disorder (PTSD)", "VM (virtual
 * microscope)": an acronym the text spells out as a lowercase phrase, before or right after it,
 * abbreviates a common noun, not a name.
 */
export function isDefinedAbbreviation(acronym: string, text: string): boolean {
  if (!ABBREVIATION.test(acronym)) return false;
  const letters = acronym.toLowerCase();
  const spelledBefore = (at: number): boolean => {
    const before = text.slice(Math.max(0, at - 160), at);
    const end = before.match(DEFINITION_END);
    if (!end) return false;
    const words = before
      .slice(0, end.index)
      .split(/[\s-]+/)
      .filter((w) => w.length > 0);
    const phrase = words.slice(-acronym.length);
    if (phrase.length < acronym.length || !phrase.every((w) => LOWERCASE_START.test(w))) return false;
    return initialsOf(phrase) === letters;
  };
  const spelledAfter = (at: number): boolean => {
    const m = LOWERCASE_EXPANSION_AFTER.exec(text.slice(at + acronym.length, at + acronym.length + 100));
    return Boolean(m && initialsOf((m[1] as string).split(/[\s-]+/)) === letters);
  };
  return (
    firstOccurrence(acronym, text, (at) => (spelledBefore(at) || spelledAfter(at) ? true : undefined)) ??
    false
  );
}

/** Degrees, measures, media and job titles written as acronyms: common nouns, not organizations. */
const COMMON_ACRONYMS = new Set([
  // "a local DJ", "the MC": trades written as acronyms.
  "dj",
  "djs",
  "mc",
  "phd",
  "ph.d",
  "msc",
  "m.sc",
  "bsc",
  "b.sc",
  "mba",
  "llm",
  "md",
  "ba",
  "ma",
  "gdp",
  "gnp",
  "cpi",
  "iq",
  "vat",
  "dna",
  "rna",
  "cd",
  "cds",
  "dvd",
  "dvds",
  "tv",
  "pc",
  "pcs",
  "usb",
  "gps",
  "sms",
  "atm",
  "atms",
  "suv",
  "suvs",
  "ceo",
  "cfo",
  "coo",
  "cto",
  "ai",
  "vr",
  "mp3",
  "led",
  "lcd",
  "pdf",
  "faq",
  "q&a",
  "diy",
  "ufo",
  "ufos",
  // Medicine, technology and finance nouns written as acronyms.
  "icu",
  "icus",
  "ptsd",
  "adhd",
  "ocd",
  "copd",
  "mri",
  "ivf",
  "pv",
  "ev",
  "evs",
  "ipo",
  "ipos",
  "etf",
  "etfs",
  "cpu",
  "gpu",
  "ssd",
  "hdmi",
  "api",
  "apis",
  "nft",
  "nfts",
  "mvp",
  "ot",
  // Connectors, displays and measures in technology writing.
  "fps",
  "dvi",
  "vga",
  "hdr",
  "oled",
  "nfc",
  "lte",
  "rom",
  "ram",
  "ssds",
  "gpus",
  "cpus",
  "ips",
  "rgb",
  "uhd",
  "hdtv",
  "hdtvs",
  "qled",
  "amoled",
  "hdd",
  "hdds",
  "nas",
  "vpn",
  "vpns",
  "lan",
  "wlan",
  "os",
  "ui",
  "ux",
  "url",
  "urls",
  "html",
  "css",
  "seo",
  "roi",
  "kpi",
  "kpis",
  "crm",
  "saas",
  // Health, fitness and everyday abbreviations.
  "ecg",
  "ekg",
  "cpr",
  "bmi",
  "hiit",
  "uv",
  "rpm",
  "mph",
  "bpm",
  "aka",
  "fyi",
  "asap",
  "rsvp",
  // Policing and conflict: "CCTV footage", "a DUI arrest", "an IED blast".
  "cctv",
  "dui",
  "dwi",
  "ied",
  "ieds",
  "tl",
]);

/** "USB-C", "USB-A", "USB-PD", "HDMI-2": a connector standard and its variant letters. */
const CONNECTOR_VARIANT = /^(?:usb|hdmi|lightning|displayport)-[a-z0-9]{1,3}$/;

/** "PhD", "GDP", "CD", "CEO": a common noun written as an acronym. */
export function isCommonAcronym(text: string): boolean {
  const lower = text.toLowerCase().replace(/\.$/, "");
  return COMMON_ACRONYMS.has(lower) || CONNECTOR_VARIANT.test(lower);
}

const LATIN_EPITHET = /^\p{Ll}{3,}(?:a|ae|us|um|is|ii|i|ensis|oides|ata|ica|ina|ella|ana)$/u;

/**
 * "Formica fusca", "Beauveria bassiana": a capitalised genus before a lowercase Latin epithet is a
 * species, not a name.
 */
export function isGenusOfSpecies(c: NameCandidate): boolean {
  if (c.tokens.length !== 1) return false;
  const next = tokenAt(c, 1);
  if (!next?.isWord || next.start !== c.end + 1 || !LATIN_EPITHET.test(next.text)) return false;
  return !isOrdinaryWord(next.text);
}

const EXPANSION_BEFORE = /((?:\p{Lu}[\p{L}-]*\s+){1,5}\p{Lu}[\p{L}-]*)\s*\(\s*$/u;
const EXPANSION_AFTER = /^\s*[([]\s*((?:\p{Lu}[\p{L}-]*\s+){1,5}\p{Lu}[\p{L}-]*)/u;

/**
 * "ROS [Reactive Oxygen Species, …]", "ROS (Reactive Oxygen Species)": an acronym the text spells out
 * in ordinary words, with no organization head, country or region among them, is a common noun too.
 */
export function isSpelledOutCommonNoun(acronym: string, text: string): boolean {
  const letters = acronym.replace(/-/g, "");
  if (!ABBREVIATION.test(letters)) return false;
  const verdict = firstOccurrence(acronym, text, (at) => {
    // "Formal Equivalence (F-E)": the spelling before the bracket; "ROS (Reactive Oxygen Species)": after.
    const m =
      EXPANSION_BEFORE.exec(text.slice(Math.max(0, at - 120), at)) ??
      EXPANSION_AFTER.exec(text.slice(at + acronym.length, at + acronym.length + 120));
    if (!m) return undefined;
    const words = (m[1] as string).split(/\s+/);
    if (words.length !== letters.length || initialsOf(words) !== letters) return undefined;
    const lower = mapPacked(words, (w) => w.toLowerCase());
    if (lower.some((w) => ORGANIZATION_HEADS.has(w) || isCountryOrRegion(w))) return false;
    // "Economic Freedom Fighters (EFF)": people in the plural last name a group, not a term.
    const last = lower[lower.length - 1] as string;
    if (last.endsWith("s") && lexicon().roleNouns.has(last.slice(0, -1))) return false;
    return lower.every((w) => isEnglishWord(w));
  });
  return verdict ?? false;
}

const SHOUTED = /^\p{Lu}{3,5}$/u;
const INTERJECTION = /^(?:h+m+|u+h+m*|o+h+|a+h+|w+o+w+|y+a+y+|h+a+(?:h+a+)+)$/i;

/** "ALL of the people", "a HUGE collector", "Hmmm": an ordinary word written in capitals, or an interjection. */
export function isShoutedWord(text: string): boolean {
  if (INTERJECTION.test(text)) return true;
  if (!SHOUTED.test(text)) return false;
  const w = text.toLowerCase();
  if (lexicon().knownOrganizations.has(w) || isCountryOrRegion(w)) return false;
  return isEnglishWord(w) && lexicon().commonWords.has(w);
}

const ARTICLE = /^(?:a|an)$/i;
const PREPOSITIONS = /^(?:at|in|on|from|with|by|to|into|near|inside|outside|under|over|behind)$/;
const FILLERS = /^(?:[\p{Ll}-]+|,)$/u;
/** Nouns and verbs that introduce a name after them ("a group Doctors for Clean Air", "a show called …"). */
const INTRODUCERS =
  /^(?:group|company|firm|organi[sz]ation|charity|party|team|band|agency|body|network|campaign|coalition|movement|union|club|called|named|dubbed|titled|known|the|of|for|and|or)$/;

/**
 * "a Fighter Pilot", "a unique Pilot Training Program", "Passing a Living Wage program": ordinary words
 * capitalised for emphasis after the indefinite article (at most three lowercase words between), with
 * no head word or name in them. A proper name rarely takes "a".
 */
export function isCapitalisedCommonPhrase(c: NameCandidate): boolean {
  let k = -1;
  while (k >= -4) {
    const t = tokenAt(c, k);
    if (!t) return false;
    if (ARTICLE.test(t.text)) break;
    // "a senior strategist at Renaissance Capital": a preposition opens another phrase, whose name
    // the article before the noun does not reach.
    if (!FILLERS.test(t.text) || INTRODUCERS.test(t.text) || PREPOSITIONS.test(t.text)) return false;
    k--;
  }
  if (k < -4) return false;
  return isOrdinaryWordsName(c);
}

/** A name of ordinary words only: no head word, country, region, demonym, given name or surname. */
export function isOrdinaryWordsName(c: NameCandidate): boolean {
  const lex = lexicon();
  return c.tokens.every((t) => {
    if (INTRODUCERS.test(t.lower)) return false;
    const w = t.lower;
    if (ORGANIZATION_HEADS.has(w) || PLACE_HEADS.has(w) || isCountryOrRegion(w)) return false;
    if (lex.demonyms.has(w) || lex.firstNames.has(w) || lex.lastNames.has(w)) return false;
    return isOrdinaryWord(w);
  });
}

const ERA_NOUNS = /^(?:period|era|age|dynasty|epoch)$/;

/** "the Meiji period", "the Tang dynasty": a name right before period, era, age, dynasty or epoch. */
export function isEraName(c: NameCandidate): boolean {
  const next = tokenAt(c, c.tokens.length);
  return Boolean(next?.isWord && ERA_NOUNS.test(next.text));
}

const OPENING_QUOTE = /["“‘']$/u;
const CLOSING_QUOTE = /^[,.!?]?["”’']/u;

/**
 * "Umoregi" ("In Obscurity"), the story "Takekurabe": a name that fills a pair of quotation marks on
 * its own is a title of a work (or a nickname), not an organization.
 */
export function fillsQuotation(c: NameCandidate, text: string): boolean {
  return (
    OPENING_QUOTE.test(text.slice(Math.max(0, c.start - 1), c.start)) &&
    CLOSING_QUOTE.test(text.slice(c.end, c.end + 2))
  );
}

const TITLE_BRACKETS = wordTable<string>({ "<": ">", "〈": "〉", "《": "》", "[": "]" });

/**
 * "<The Palace: Tale of Jang Noksu>", "《Parasite》", "[The Palace: Tale of Jang Noksu]": a name inside
 * the title of a work written between angle brackets (as Korean, Chinese and Japanese sites do), or
 * between square brackets holding a "Title: subtitle" (an editor's "[Trump]" is no title).
 */
export function inBracketedTitle(c: NameCandidate, text: string): boolean {
  let open = -1;
  for (let i = c.start - 1; i >= Math.max(0, c.start - 100); i--) {
    const unit = text.charCodeAt(i);
    // \n > 〉 》 ]: a line or a bracket closes before the name.
    if (unit === 10 || unit === 62 || unit === 0x3009 || unit === 0x300b || unit === 93) return false;
    // < 〈 《 [: the keys of TITLE_BRACKETS.
    if (unit === 60 || unit === 0x3008 || unit === 0x300a || unit === 91) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const opener = text[open] as string;
  const close = text.indexOf(TITLE_BRACKETS.get(opener) as string, c.end);
  if (close < 0 || close - open > 120 || text.slice(c.end, close).includes("\n")) return false;
  const inside = text.slice(open + 1, close);
  if (!TITLE_OPENING.test(inside) || /[=/<[]/.test(inside)) return false;
  return opener !== "[" || inside.slice(0, c.start - open - 1).includes(": ");
}

const TITLE_OPENING = /^[\p{Lu}\d]/u;

const FIELD_OF_STUDY = /^\p{L}+(?:ics|ology|ologies|ography|istry|onomy)$/u;

/** "Linguistics", "Biology", "Economics": a field of study, capitalised as a subject, is no name. */
export function isFieldOfStudy(c: NameCandidate): boolean {
  return (
    c.tokens.length === 1 &&
    FIELD_OF_STUDY.test(c.tokens[0]?.lower ?? "") &&
    isEnglishWord(c.tokens[0]?.lower ?? "")
  );
}
