import {
  COMPASS_ADJECTIVES,
  findCity,
  findCountryCode,
  isCountryOrRegion,
  isGazetteerPlace,
  isNumberedTeam,
  isPluralCommonWord,
  isRegion,
  lexicon,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  SPEECH_VERBS,
  STAFF_NOUNS,
} from "../kb/index.ts";
import { isNationalityNoun, isPeopleName } from "../kb/listed.ts";
import { fullGivenNames } from "../kb/nicknames.ts";
import { NEWS_OUTLETS } from "../kb/outlets.ts";
import { isFootballClubName } from "../kb/teams.ts";
import { noteCap } from "../notes.ts";
import { mapPacked, pushAll } from "../text/arrays.ts";
import { DAY_ABBREVIATIONS, MONTH_ABBREVIATIONS, MONTH_NAMES } from "../text/calendar-words.ts";
import { startsLowercase, startsUppercase, TITLE_CASE_WORD } from "../text/chars.ts";
import type { Token } from "../text/index.ts";
import { memoString } from "../text/memo.ts";
import { wordTable } from "../text/tables.ts";
import { lowerAt, textAt, tokenAt } from "./around.ts";
import { isModelCode, isSentenceStart, type NameCandidate } from "./candidates.ts";
import {
  intrinsicType,
  isAcronym,
  isBigCity,
  isDatelineCity,
  isPlainWordsName,
  isTeamName,
  isUnlistedThenCity,
  isUnlistedThenSurname,
  type NamedType,
  PLACE_NOUNS,
  type TypeEvidence,
} from "./classify.ts";
import { eventOrOtherName } from "./events.ts";
import { isGroupWord } from "./groups.ts";
import {
  appearsLowercase,
  fillsQuotation,
  inBracketedTitle,
  isCapitalisedCommonPhrase,
  isCommonAcronym,
  isDefinedAbbreviation,
  isEnglishWord,
  isEraName,
  isFieldOfStudy,
  isGenusOfSpecies,
  isLetteredLabel,
  isOrdinaryWordsName,
  isResidentWord,
  isShareIcon,
  isShoutedWord,
  isSpelledOutCommonNoun,
  isUnitMention,
  lowercaseUses,
} from "./not-names.ts";

const MARKS = /\p{M}/gu;
const NOT_LETTERS_OR_NUMBERS = /[^\p{L}\p{N}]+/gu;
/** A word that is itself an acronym: "UN", "U.S.". */
const ACRONYM_WORD = /^\p{Lu}[\p{Lu}.]+$/u;
const LOWERCASE_WORD = /^\p{Ll}+$/u;

const NOT_UPPERCASE = /[^\p{Lu}]/gu;
const UPPER_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/** One referent inside an article with every candidate that names it. */
export interface LinkedEntity {
  type: NamedType;
  candidates: NameCandidate[];
  /** A country or capital acting as its government: the mentions that name the government, not the place. */
  governing?: Set<NameCandidate>;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Lowercase, no diacritics or punctuation: the cross-article key. */
export const normaliseName: (name: string) => string = memoString(computeNormalisedName);

function computeNormalisedName(name: string): string {
  // ASCII has no marks and no letters or digits beyond a-z, 0-9 once lowercased: same key, no NFD.
  const key = isAscii(name)
    ? name
        .toLowerCase()
        .replace(/['’]s\b/g, "")
        .replace(/[^a-z0-9]+/g, " ")
        .trim()
    : name
        .normalize("NFD")
        .replace(MARKS, "")
        .toLowerCase()
        .replace(/['’]s\b/g, "")
        .replace(NOT_LETTERS_OR_NUMBERS, " ")
        .trim();
  // "U.S. Steel" and "United States Steel", "U.K." and "United Kingdom": a dotted abbreviation is its
  // words (the dots became spaces above, so "US" and "UK" written without dots are left alone).
  return key.replace(DOTTED_ABBREVIATION, (m) => SPELLED_OUT.get(m) ?? m);
}

const SPELLED_OUT = wordTable({
  "u s a": "united states",
  "u s": "united states",
  "u k": "united kingdom",
  "u n": "united nations",
  "e u": "european union",
});
/** SPELLED_OUT's keys as whole words, the longest first ("u s a" before "u s"). */
const DOTTED_ABBREVIATION = new RegExp(`(?<=^|\\s)(?:${[...SPELLED_OUT.keys()].join("|")})(?=\\s|$)`, "g");

/** normaliseName of a candidate's text (memoised by text). */
function keyOf(c: NameCandidate): string {
  return normaliseName(c.text);
}

/** What linking derives from one candidate, computed on first use: one lookup for all of it. */
interface CandidateFacts {
  significant: readonly string[] | undefined;
  initials: string | undefined;
  countrylessInitials: string | null | undefined;
  headless: string | null | undefined;
  countryless: string | null | undefined;
  cues: Readonly<Cues> | undefined;
}

/** Facts of the candidates of the article being linked (a fresh map per `linkCandidates` call). */
let facts = new Map<NameCandidate, CandidateFacts>();

/** The fact `key` of `c`, from `compute` the first time it is asked for. */
function fact<K extends keyof CandidateFacts>(
  c: NameCandidate,
  key: K,
  compute: (c: NameCandidate) => Exclude<CandidateFacts[K], undefined>,
): Exclude<CandidateFacts[K], undefined> {
  let f = facts.get(c);
  if (f === undefined) {
    f = {
      significant: undefined,
      initials: undefined,
      countrylessInitials: undefined,
      headless: undefined,
      countryless: undefined,
      cues: undefined,
    };
    facts.set(c, f);
  }
  let value = f[key];
  if (value === undefined) {
    value = compute(c);
    f[key] = value;
  }
  return value as Exclude<CandidateFacts[K], undefined>;
}

const withoutHeadOf = (c: NameCandidate): string | null => fact(c, "headless", withoutHead);

const words = (c: NameCandidate) => mapPacked(c.tokens, (t) => t.text);
const NAME_SUFFIXES = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** A candidate's words without connectors, particles and suffixes; computed once per candidate (read-only). */
const significantWords = (c: NameCandidate): readonly string[] =>
  fact(c, "significant", computeSignificantWords);

function computeSignificantWords(c: NameCandidate): readonly string[] {
  const kept: string[] = [];
  c.tokens.forEach((t, i) => {
    // `lower` reads ’ as ': the same membership, as no connector or particle holds an apostrophe.
    // A lone word in capitals is an acronym, whatever particle it spells ("the DA", "ON").
    const acronym = c.tokens.length === 1 && t.text.length >= 2 && t.text === t.text.toUpperCase();
    if (
      !acronym &&
      (NAME_CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower) || (i > 1 && NAME_SUFFIXES.test(t.text)))
    )
      return;
    // The apostrophe of "Nurses' Association" is no word.
    if (t.text === "'" || t.text === "’") return;
    kept.push(t.text);
  });
  return kept;
}

/**
 * The acronym a name could be written as: first letters, with a word that is itself an acronym kept
 * whole ("UN Security Council" → "UNSC", not "USC"). Used only to recognise an acronym the article
 * writes; never emitted as an alias.
 */
const initials = (c: NameCandidate): string => fact(c, "initials", computeInitials);

function computeInitials(c: NameCandidate): string {
  return initialsOfWords(significantWords(c));
}

function initialsOfWords(words: readonly string[]): string {
  let out = "";
  for (const word of words)
    for (const w of word.split("-")) out += ACRONYM_WORD.test(w) ? w.replace(/\./g, "") : (w[0] ?? "");
  return out.toUpperCase();
}

/**
 * "U.S. Food and Drug Administration" → "FDA": the initials of a body's name without the country
 * written in front of it (null when no country opens a name of three significant words or more).
 */
const countrylessInitials = (c: NameCandidate): string | null =>
  fact(c, "countrylessInitials", computeCountrylessInitials);

function computeCountrylessInitials(c: NameCandidate): string | null {
  const ws = significantWords(c);
  if (ws.length < 3 || findCountryCode(ws[0] as string) === null) return null;
  return initialsOfWords(ws.slice(1));
}

/**
 * Whether an acronym can abbreviate a name: its letters are found in order among the first letters of
 * the name's words and its capitals ("ECOWAS" for "Economic Community of West African States", "ZMO"
 * for "Leibniz-Zentrum Moderner Orient"), so "LONDON (AP)", "MINNEAPOLIS (AP)" and "Julian Assange
 * (AFP)" are no aliases.
 */
function acronymFits(acronym: string, c: NameCandidate): boolean {
  const letters = acronym.replace(NOT_UPPERCASE, "");
  // A name in capitals shows no capitals of its own: "MINNEAPOLIS (AP)" holds the A and the P in order,
  // but an acronym of it has to spell the starts of its words.
  if (c.text === c.text.toUpperCase()) return wordPrefixesSpell(letters, c.text);
  const capitals = mapPacked(
    `${c.demonym ?? ""} ${c.text}`.split(/[\s-]+/),
    (w) => (w[0] ?? "").toUpperCase() + w.slice(1).replace(NOT_UPPERCASE, ""),
  ).join("");
  let at = 0;
  for (const ch of letters) {
    at = capitals.indexOf(ch, at);
    if (at < 0) return wordPrefixesSpell(letters, c.text);
    at++;
  }
  return true;
}

/**
 * "KOSPI" for "Kospi Index", "SHCOMP" for "Shanghai Composite": the acronym is the start of one word,
 * or the starts of several words in order (a word may give none of its letters).
 */
function wordPrefixesSpell(letters: string, name: string): boolean {
  const words = name.toUpperCase().split(/[\s-]+/);
  // Memoised on (letter, word): a long run of capitals before a long acronym stays linear.
  const failed = new Set<number>();
  const spell = (from: number, w: number): boolean => {
    if (from === letters.length) return true;
    if (w >= words.length || failed.has(from * words.length + w)) return false;
    const word = words[w] as string;
    for (let n = Math.min(word.length, letters.length - from); n >= 1; n--)
      if (word.startsWith(letters.slice(from, from + n)) && spell(from + n, w + 1)) return true;
    if (spell(from, w + 1)) return true;
    failed.add(from * words.length + w);
    return false;
  };
  return letters.length >= 2 && spell(0, 0);
}

const SHORT_FORM = /^\p{Lu}\p{Ll}{2,}$/u;
const withoutMarks = (s: string) => s.normalize("NFD").replace(MARKS, "");

/**
 * "Petróleos Mexicanos (Pemex)", "Arabian American Oil Company (Aramco)": a short name made of the
 * starts of the name's words, the first word's first of all.
 */
function shortFormFits(short: string, c: NameCandidate): boolean {
  if (!SHORT_FORM.test(short) || c.tokens.length < 2) return false;
  const letters = withoutMarks(short).toUpperCase();
  const first = withoutMarks((c.tokens[0] as Token).text).toUpperCase();
  const name = withoutMarks(c.text);
  return first[0] === letters[0] && !first.startsWith(letters) && wordPrefixesSpell(letters, name);
}

/** "LONG (SHORT)": the acronym or short name right after a name in parentheses. */
function parentheticalAliases(candidates: NameCandidate[]): Map<NameCandidate, NameCandidate> {
  const aliasOf = new Map<NameCandidate, NameCandidate>();
  const byStart = new Map(mapPacked(candidates, (c) => [c.start, c] as const));
  for (const c of candidates) {
    const open = c.sentenceTokens[c.index + c.tokens.length];
    if (open?.text !== "(") continue;
    const innerStart = c.sentenceTokens[c.index + c.tokens.length + 1]?.start;
    const found = innerStart === undefined ? undefined : byStart.get(innerStart);
    const inner = found?.sentence === c.sentence ? found : undefined;
    const close = inner?.sentenceTokens[inner.index + inner.tokens.length];
    if (!inner || close?.text !== ")") continue;
    if (
      inner.tokens.length === 1 &&
      ((isAcronym(inner.text) && (acronymFits(inner.text, c) || spellsInitialsInOtherOrder(inner.text, c))) ||
        shortFormFits(inner.text, c) ||
        translatedBodyAcronym(inner.text, c))
    )
      aliasOf.set(inner, c);
    // "the Africa Centres for Disease Control and Prevention (Africa CDC)": the name's first word and an
    // acronym of the rest.
    const [word, acronym] = inner.tokens;
    if (
      inner.tokens.length === 2 &&
      word?.text === c.tokens[0]?.text &&
      acronym &&
      isAcronym(acronym.text) &&
      acronymFits(acronym.text, c)
    )
      aliasOf.set(inner, c);
  }
  // "Mohamed Hamdan Dagalo, known as Hemedti", "…, better known as Lula", "…, nicknamed Mo": the name
  // after the comma is the person's other name.
  for (const c of candidates) {
    let k = c.tokens.length;
    if (textAt(c, k) !== ",") continue;
    k++;
    if (/^(?:better|widely|popularly|commonly|also)$/.test(lowerAt(c, k))) k++;
    if (lowerAt(c, k) === "known" && lowerAt(c, k + 1) === "as") k += 2;
    else if (lowerAt(c, k) === "nicknamed") k++;
    else continue;
    const next = tokenAt(c, k);
    const found = next ? byStart.get(next.start) : undefined;
    if (found && found.sentence === c.sentence && found.tokens.length <= 2 && !aliasOf.has(found))
      aliasOf.set(found, c);
  }
  return aliasOf;
}

/** "BSW", "AfD": two to six capitals, or a capital, a small letter and one or two capitals. */
const BRACKETED_ACRONYM = /^(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}\p{Lu}{1,2})$/u;

/**
 * "Alternative for Germany (AfD)", "Sahra Wagenknecht Alliance (BSW)": a body's name translated from
 * its own language, with the acronym of the name in that language in brackets. The name ends in a
 * body's head word, or opens with the acronym's first letter and has as many words as it has letters;
 * the acronym is no outlet's ("Mali (AFP)"), country's or region's.
 */
function translatedBodyAcronym(acronym: string, c: NameCandidate): boolean {
  if (!BRACKETED_ACRONYM.test(acronym) || OUTLETS.has(acronym) || isCountryOrRegion(acronym)) return false;
  const words = mapPacked(c.tokens, (t) => t.text);
  if (words.length < 2 || isGazetteerPlace(c.text)) return false;
  const last = (words[words.length - 1] as string).toLowerCase();
  return ORGANIZATION_HEADS.has(last) || (acronym[0] === words[0]?.[0] && acronym.length === words.length);
}

/**
 * "National Electoral Institute (INE)", "Party of the European Left (PGE)"-like names translated from
 * a language that orders its words otherwise: the acronym in brackets right after the name holds the
 * initials of the name's capitalised words, each once, in another order (three letters or more).
 */
function spellsInitialsInOtherOrder(acronym: string, c: NameCandidate): boolean {
  const letters = acronym.replace(NOT_UPPERCASE, "");
  const initials = mapPacked(
    c.tokens.filter((t) => startsUppercase(t.text)),
    (t) => t.text[0] ?? "",
  );
  // Two letters too: "National Rally (RN)", "Les Républicains" translated.
  if (letters.length < 2 || letters.length !== initials.length) return false;
  return [...letters].sort().join("") === initials.sort().join("");
}

/** "U.S. Senate" → "senate": an institution named with its country in front. */
const withoutCountryOf = (c: NameCandidate): string | null => fact(c, "countryless", withoutCountry);

function withoutCountry(c: NameCandidate): string | null {
  const ws = words(c);
  const rest = ws.slice(1);
  const last = rest[rest.length - 1]?.toLowerCase() ?? "";
  const qualified = rest.length > 0 && findCountryCode(ws[0] ?? "") && ORGANIZATION_HEADS.has(last);
  if (qualified) return normaliseName(rest.join(" "));
  // "Boston Red Sox" … "the Red Sox": a team's name without its city.
  // The longer city first: "Kansas City Chiefs" is the Chiefs, not the "City Chiefs" of Kansas.
  for (const cut of [2, 1]) {
    if (ws.length <= cut) continue;
    const city = ws.slice(0, cut).join(" ");
    const nickname = ws.slice(cut).join(" ");
    const known = findCity(city) || isRegion(city) || lexicon().sportsTeams.has(ws.join(" ").toLowerCase());
    if (known && (isTeamName(nickname.toLowerCase()) || isNumberedTeam(nickname)))
      return normaliseName(nickname);
  }
  return null;
}

function withoutHead(c: NameCandidate): string | null {
  const ws = words(c);
  // "Cisco Systems Inc", "Meta Platforms": a company's name without its corporate words.
  let end = ws.length;
  while (end > 1 && isCorporateWord(ws[end - 1]?.toLowerCase() ?? "")) end--;
  if (end < ws.length - 1) return normaliseName(ws.slice(0, end).join(" "));
  const last = ws[ws.length - 1]?.toLowerCase() ?? "";
  if (ws.length < 2 || !(ORGANIZATION_HEADS.has(last) || PLACE_HEADS.has(last))) return null;
  return normaliseName(ws.slice(0, -1).join(" "));
}
/** "Ltd", "Inc.", "GmbH": the legal form closing a company's name. */
const LEGAL_FORM = /^(?:inc|corp|co|ltd|limited|plc|llc|ag|sa|nv|se|gmbh|bv|pty)\.?$/i;

/** A name's words without the legal form that closes them ("Brightcare Homecare Ltd" → "Brightcare Homecare"). */
function withoutLegalForm(ws: readonly string[]): readonly string[] {
  return ws.length > 2 && LEGAL_FORM.test(ws[ws.length - 1] ?? "") ? ws.slice(0, -1) : ws;
}

/** A company's legal form or a corporate word ending its name: "Inc", "Holdings", "Systems" (lowercase). */
function isCorporateWord(w: string): boolean {
  return (
    LEGAL_FORM.test(w) ||
    /^(?:corporation|holdings|enterprises|ventures|systems|technologies|platforms|industries)$/.test(w)
  );
}

/** What linking needs to know about an entity's candidates, kept up to date as candidates join it. */
interface EntitySummary {
  /** keyOf every candidate. */
  keys: Set<string>;
  /** withoutHeadOf and withoutCountryOf (a country or a team's city left out) of every candidate. */
  shortKeys: Set<string>;
  /** The first candidate with the most significant words. */
  longest: NameCandidate;
  longestWords: number;
  /** initials of every candidate of two or more significant words. */
  initials: Set<string>;
}

/** A person's name words before an inner "of" ("Theodorus" of "Theodorus of Tabennese"), else all of them. */
function personCoreWords(c: NameCandidate, all: readonly string[]): readonly string[] {
  const of = c.tokens.findIndex((t, i) => i > 0 && t.lower === "of");
  if (of < 0) return all;
  const before = new Set(mapPacked(c.tokens.slice(0, of), (t) => t.text));
  const core = all.filter((w) => before.has(w));
  return core.length > 0 ? core : all;
}

const ALL_CAPITALS_WORD = /^\p{Lu}+$/u;
const titleCased = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

function matchesEntity(
  c: NameCandidate,
  e: LinkedEntity,
  type: NamedType | null,
  summary: EntitySummary,
): boolean {
  const key = keyOf(c);
  const cWords = significantWords(c);
  if (summary.keys.has(key)) return true;
  // "Gálvez conceded" after "Xóchitl Gálvez": a person's surname that is also a small town's name is
  // the person (not "Washington" after "Denzel Washington": a big city keeps its own name).
  // "Michael Jordan … Jordan said he was tired": a country's name too, where the mention speaks or acts
  // as a person.
  const surnameOfPerson =
    type === "place" &&
    e.type === "person" &&
    cWords.length === 1 &&
    c.title.length === 0 &&
    !isBigCity(c.text) &&
    (findCountryCode(c.text) === null || isPersonLikeMention(c)) &&
    !isRegion(c.text) &&
    mentionCues(c).place === 0;
  // "Malcolm McLaren … McLaren said", "Harrison Ford … Ford told": a company's one-word name that is the
  // surname of a person named in full, where that mention speaks or acts as a person, is the person.
  const surnameOfPersonOverBody =
    type === "organization" &&
    e.type === "person" &&
    cWords.length === 1 &&
    c.title.length === 0 &&
    isPersonLikeMention(c);
  // "Jean Peters Baker … Peters Baker said": the last two words or more of a person's full name are
  // the person, whatever the rules made of them alone.
  const tailOfPerson =
    e.type === "person" && type !== "place" && isNameTail(cWords, significantWords(summary.longest));
  if (type && type !== e.type && !surnameOfPerson && !surnameOfPersonOverBody && !tailOfPerson) return false;
  const longest = summary.longest;
  const eWords = significantWords(longest);
  if (cWords.length >= eWords.length) return false;
  if (e.type === "person") {
    if (type && type !== "person" && !surnameOfPerson && !surnameOfPersonOverBody && !tailOfPerson)
      return false;
    // "Theodorus of Tabennese", "Alexander Gordon of Auchintoul": the name ends before "of"; the place
    // after it is no surname.
    const core = personCoreWords(longest, eWords);
    const last = core[core.length - 1];
    const firstName = eWords[0];
    if (cWords.length === 1) {
      // "LAGOS:" labelling a transcript's speaker is the surname in capitals.
      const only = cWords[0] as string;
      const word = only.length >= 2 && ALL_CAPITALS_WORD.test(only) ? titleCased(only) : only;
      // "Sir Keir" after "Keir Starmer": a knight or a dame is called by the given name after the title.
      if (word === last || (word === firstName && (c.title.length === 0 || isKnighthood(c.title))))
        return true;
      if (isShortFormMention(c) && firstName !== undefined && fullGivenNames(word).includes(firstName))
        return true;
      // "Lula" for "Luiz Inácio Lula da Silva": the name a long (four-word) name is known by, inside it.
      return core.length >= 4 && c.title.length === 0 && core.slice(1, -1).includes(cWords[0] as string);
    }
    return cWords.every((w) => core.includes(w)) && cWords[cWords.length - 1] === last;
  }
  if (e.type === "organization") {
    // "DEA" for "Drug Enforcement Administration", also when "U.S. Drug Enforcement Administration" is longer.
    if (
      cWords.length === 1 &&
      isAcronym(c.text) &&
      summary.initials.has(c.text.replace(/\./g, "").toUpperCase())
    )
      return true;
    return summary.shortKeys.has(key);
  }
  return false;
}

/** A lone short form of a given name, with no title and not after "the" ("the Bill" is a law). */
function isShortFormMention(c: NameCandidate): boolean {
  return c.tokens.length === 1 && c.title.length === 0 && lowerAt(c, -1) !== "the";
}

/** "Sir", "Dame" alone before a name. */
/** Two words or more that end a longer name, in its order: "Peters Baker" in "Jean Peters Baker". */
function isNameTail(words: readonly string[], full: readonly string[]): boolean {
  if (words.length < 2 || words.length >= full.length) return false;
  const from = full.length - words.length;
  return words.every((w, i) => w === full[from + i]);
}

/** "Sir Keir", "Dame Judi", "King Charles", "Prince William": a title that goes with the given name. */
const isKnighthood = (title: readonly Token[]) =>
  title.length === 1 &&
  /^(?:sir|dame|king|queen|prince|princess|emperor|empress)$/i.test(title[0]?.text ?? "");

/** A mention that speaks or does what people do, with no sign of a body, a place or a product around it. */
function isPersonLikeMention(c: NameCandidate): boolean {
  const cues = mentionCues(c);
  return (
    (cues.speaker > 0 || cues.person > 0) && cues.organization === 0 && cues.place === 0 && cues.product === 0
  );
}

/** Words before "to" that make what follows a destination: "moved to Hull", "and then to Hull". */
const MOVEMENT_BEFORE_TO =
  /^(?:moved|move|moves|moving|went|go|goes|going|flew|fly|travelled|traveled|returned|headed|relocated|then|back|sailed|drove|came|come|trip|flight|flights|journey|route|road|way|fled|deported|transferred|sent|taken)$/;

/** "Upgrade to Premium": an ordinary word no gazetteer knows after "to" and no verb of movement is no destination. */
function isOrdinaryGoal(c: NameCandidate, before: string): boolean {
  if (c.tokens.length !== 1 || MOVEMENT_BEFORE_TO.test(before)) return false;
  return lexicon().commonWords.has(c.text.toLowerCase()) && !isGazetteerPlace(c.text);
}

/**
 * "La France Insoumise (LFI)": a name of three or more words with its initials written as an alias is
 * a body's; people are not known by their initials in brackets.
 */
function hasInitialsAlias(e: LinkedEntity): boolean {
  const long = e.candidates.find((c) => c.tokens.length >= 3);
  if (!long) return false;
  const letters = initials(long);
  // Every word's letter too: "La France Insoumise" is "LFI", though "La" is no significant word.
  const all = mapPacked(long.tokens, (t) => t.text.charAt(0))
    .join("")
    .toUpperCase();
  return e.candidates.some(
    (c) => c.tokens.length === 1 && isAcronym(c.text) && (c.text === letters || c.text === all),
  );
}

/** "How to Adopt a Mindset", "you need to Buy All The Things": a verb in a title-case line, not a destination. */
function isTitleCaseVerb(c: NameCandidate): boolean {
  const first = c.tokens[0] as Token;
  return (
    lexicon().infinitives.has(first.lower) &&
    findCity(first.text) === null &&
    findCountryCode(first.text) === null
  );
}

const PLACE_PREPOSITIONS =
  /^(?:in|near|across|outside|inside|into|towards|toward|throughout|through|from|to|via)$/;
const HUMAN_VERBS =
  /^(?:died|dies|recovered|married|forgave|wept|smiled|laughed|prayed|preached|graduated|studied|confessed|apologised|apologized|retired|resigned|converted|slept|wrote)$/;
const PERSON_FOLLOWERS = /^(?:who|whose|himself|herself)$/;
const ORGANIZATION_POSSESSIONS =
  /^(?:spokesman|spokeswoman|spokesperson|chief|ceo|chairman|board|shares|headquarters|members|employees|staff|website|founder|president|director|officials)$/;
const FACILITY_NOUNS =
  /^(?:prison|jail|hotel|motel|hospital|airport|courthouse|stadium|campus|neighborhood|neighbourhood|suburb|village|township|foothills|valley|basin|peninsula|district|county|province|settlement|area|region|park|square|harbour|harbor|coast|crossing|checkpoint)$/;
/** "Barry, Berrien and Cass counties": plural place nouns that close a list of names. */
const PLURAL_PLACE_NOUNS =
  /^(?:counties|provinces|states|districts|cities|towns|villages|islands|regions|countries|municipalities|parishes|boroughs|neighborhoods|neighbourhoods|suburbs|rivers|lakes|valleys|townships|prefectures|oblasts|cantons)$/;
const OBJECT_PREPOSITIONS =
  /^(?:with|on|in|at|of|to|from|for|by|about|toward|towards|between|among|into|over|under)$/;
const STATE_PARTY_BEFORE = /^(?:with|on|against)$/;
const STATE_DEALINGS =
  /^(?:talks|deal|deals|trade|relations|ties|war|negotiations|agreement|pact|dispute|tensions|tariffs|sanctions|pressure|embargo|treaty|summit)$/;
const PLACE_PARTS =
  /^(?:border|borders|desert|coast|shores|outskirts|capital|heart|edge|banks|north|south|east|west|interior|mountains|hills|plains|parts|residents|inhabitants|townspeople|villagers)$/;
/** "Air India", "Air Canada", "Air New Zealand": "Air" and a country name an airline. */
function isFlagCarrierName(c: NameCandidate): boolean {
  const [first, ...rest] = c.tokens;
  return (
    first?.text === "Air" &&
    rest.length > 0 &&
    findCountryCode(mapPacked(rest, (t) => t.text).join(" ")) !== null
  );
}

/** What a camp is for, between its name and "camp": "refugee", "displacement", "detention". */
const CAMP_KINDS =
  /^(?:refugee|refugees|displacement|displaced|detention|migrant|migrants|transit|training|army|military|prison|labour|labor|internment|base)$/;
/** A settlement's noun at `i` around the name, not a possessive ("the city's mayor"). */
const settlementAt = (c: NameCandidate, i: number) =>
  PLACE_NOUNS.test(lowerAt(c, i)) && !/^['’]s$/.test(lowerAt(c, i + 1));
/** Words that size or age a settlement in an apposition: "a small town", "a coastal village". */
const SETTLEMENT_SIZES =
  /^(?:small|tiny|little|large|big|quiet|remote|rural|coastal|mountain|border|market|mining|farming|fishing|former|historic|nearby|neighbouring|neighboring|northern|southern|eastern|western|central)$/;
const APPOSITIVE_MODIFIERS =
  /^(?:a|an|the|deputy|vice|assistant|associate|senior|chief|executive|acting|former)$/;

/** "Fan Mengguang, deputy director of …": a role noun (after a few modifiers) and of/at after the comma. */
function isAppositiveRole(c: NameCandidate, comma: number): boolean {
  let k = comma + 1;
  while (k < comma + 4 && APPOSITIVE_MODIFIERS.test(lowerAt(c, k))) k++;
  return isRoleNoun(tokenAt(c, k)) && /^(?:of|at)$/.test(lowerAt(c, k + 1));
}
const PRODUCT_NOUNS =
  /^(?:browser|browsers|camera|cameras|console|consoles|phone|phones|software|app|apps|device|devices|installation|demo|demonstration|game|games|orbiter|orbiters|shuttle|rocket|aircraft|jet|jets|jetliner|jetliners|airliner|airliners|plane|planes|probe|probes|spacecraft|rover|rovers|telescope|telescopes|lander|landers|satellite|satellites|car|cars|vehicle|vehicles|engine|engines|model|models|laptop|laptops|notebook|notebooks|smartphone|smartphones|tablet|tablets|chip|chips|processor|processors|headset|headsets|drone|drones|operating|format|film|novel|album|single|series|episode|award|prize|studies|study|deficiency|levels?|sensor|sensors|benchmark|benchmarks|adapter|adapters|cable|cables|connector|connectors|charger|chargers|feature|features|plugin|plugins)$/;
const PRODUCT_MARKERS =
  /^(?:book|film|movie|novel|album|song|vessel|ship|game|magazine|series|show|named|called|titled|drug|drugs|vaccine|medicine|pill|therapy)$/;
const VEHICLE_WORDS = new Set(["shuttle", "orbiter", "spacecraft", "rover"]);
/** Last words of a craft's or an instrument's name: "Hubble Space Telescope", "Perseverance rover". */
const CRAFT_HEADS = /^(?:telescope|rover|spacecraft|probe|orbiter|lander|observatory)$/;

/** "13-inch", "12-megapixel", "256GB": a number fused with a size unit. */
const SIZE_MODIFIER =
  /^\d+(?:\.\d+)?-?(?:inch|in|mm|cm|megapixel|mp|core|seat|seater|door|litre|liter|speed|gb|tb)$/i;

/** A finite verb right after a name: the name acts ("North Korea fired", "Sweden beat Panama"). */
function isFiniteVerb(word: string): boolean {
  const lex = lexicon();
  if (!LOWERCASE_WORD.test(word) || word.length < 3) return false;
  if (/^(?:is|are|was|were|be|been)$/.test(word)) return false;
  if (lex.finiteVerbs.has(word)) return true;
  if (/[^e]ed$/.test(word) || /[^aeiou]ied$/.test(word)) return true;
  return (
    /s$/.test(word) && (lex.infinitives.has(word.slice(0, -1)) || lex.infinitives.has(word.slice(0, -2)))
  );
}

const PERFECT_OR_MODAL = /^(?:has|have|had|will|would|could|should|can|may|might|must|did|does)$/;
const PROGRESSIVE = /^(?:is|are|was|were)$/;

/**
 * "Sweden has dropped", "the US will fine", "China is taking back": an auxiliary and a verb after a
 * name. Not "is located" (a passive says where a place is) nor "is a country".
 */
function isVerbPhrase(aux: string, verb: string): boolean {
  if (!LOWERCASE_WORD.test(verb) || verb.length < 3) return false;
  if (PROGRESSIVE.test(aux)) return verb.endsWith("ing");
  if (!PERFECT_OR_MODAL.test(aux)) return false;
  const lex = lexicon();
  return isFiniteVerb(verb) || lex.infinitives.has(verb) || /(?:ed|en|wn|ught)$/.test(verb);
}

const isScore = (t: Token | undefined) => Boolean(t && /^\d{1,2}$/.test(t.text));

interface Cues {
  person: number;
  speaker: number;
  place: number;
  organization: number;
  actor: number;
  product: number;
}

/** What the words around one mention say about its type (computed once per candidate, read-only). */
const mentionCues = (c: NameCandidate): Readonly<Cues> => fact(c, "cues", computeMentionCues);

/**
 * "Barry, Berrien, Cass and Van Buren counties", "Wayne and Oakland counties": the name stands in a
 * list of capitalised names (commas, "and", "or") that ends right before a plural place noun.
 */
function closesPlaceList(c: NameCandidate): boolean {
  const tokens = c.sentenceTokens;
  for (let i = c.index + c.tokens.length; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text === "," || t.text === "and" || t.text === "or" || startsUppercase(t.text)) continue;
    return PLURAL_PLACE_NOUNS.test(t.text.toLowerCase());
  }
  return false;
}

const LIST_JOINS = new Set([",", "and", "or", "&"]);

/**
 * "the towns of Cohasset and Forest Ranch", "the villages of Ein, Dor or Tira": the name stands in a
 * list of capitalised names after a plural place noun and "of" (the first name is read by itself).
 */
function continuesPlaceList(c: NameCandidate): boolean {
  const tokens = c.sentenceTokens;
  let i = c.index - 1;
  if (!LIST_JOINS.has(tokens[i]?.text ?? "")) return false;
  for (i--; i >= 1; i--) {
    const t = tokens[i] as Token;
    if (LIST_JOINS.has(t.text) || startsUppercase(t.text)) continue;
    return t.text === "of" && PLURAL_PLACE_NOUNS.test(tokens[i - 1]?.text.toLowerCase() ?? "");
  }
  return false;
}

const LIST_ITEM_FOLLOWERS =
  /^(?:and|or|in|at|of|from|for|with|on|to|was|were|is|are|who|have|had|has|said|says|will|would)$/;

/** A full name opening with a given name (no ordinary word) and one or two capitalised words after it. */
function fullNameAt(tokens: readonly Token[], at: number, step: 1 | -1): boolean {
  const lex = lexicon();
  const words: Token[] = [];
  for (let i = at; i >= 0 && i < tokens.length && words.length < 3; i += step) {
    const t = tokens[i] as Token;
    if (!t.isWord || !UPPER_THEN_LOWER.test(t.text)) break;
    words.push(t);
  }
  if (words.length < 2) return false;
  const first = (step === 1 ? words[0] : words[words.length - 1]) as Token;
  return lex.firstNames.has(first.text.toLowerCase()) && !lex.commonWords.has(first.text.toLowerCase());
}

/**
 * "rivals such as Xiaomi and Honor", "Honor or Oppo": a one-word name joined by "and" or "or" to a
 * body the lists know by one word. A known body after the name must end the list ("Honor and Apple
 * shares" is no list of bodies).
 */
function listedWithKnownBody(c: NameCandidate): boolean {
  if (c.tokens.length !== 1) return false;
  const known = (t: Token | undefined) =>
    t?.isWord === true && startsUppercase(t.text) && lexicon().knownOrganizations.has(t.lower);
  const joins = (t: Token | undefined) => t !== undefined && /^(?:and|or)$/.test(t.lower);
  const tokens = c.sentenceTokens;
  const after = c.index + 1;
  return (
    (joins(tokens[c.index - 1]) && known(tokens[c.index - 2])) ||
    (joins(tokens[after]) && known(tokens[after + 1]) && !tokens[after + 2]?.isWord)
  );
}

/** A list join other than a comma: "and", "or", "&". */
const isConjunction = (t: Token) => t.text !== ",";

/**
 * "Walker Evans, Robert Mapplethorpe, and Helmut Newton": a name joined by "and" (or "or", "&") in a
 * list right next to a person's full name.
 */
function listedWithPerson(c: NameCandidate): boolean {
  const tokens = c.sentenceTokens;
  // "and Bergen linebacker Per Lund": a name that modifies a noun after it is no list item.
  const next = tokens[c.index + c.tokens.length];
  if (next?.isWord && !LIST_ITEM_FOLLOWERS.test(next.text)) return false;
  // A conjunction must join them: "Yobe North, Ahmad Lawan" is an apposition, not a list.
  let before = c.index - 1;
  let joined = false;
  while (before >= 0 && LIST_JOINS.has((tokens[before] as Token).text.toLowerCase())) {
    joined ||= isConjunction(tokens[before] as Token);
    before--;
  }
  if (joined && fullNameAt(tokens, before, -1)) return true;
  let after = c.index + c.tokens.length;
  joined = false;
  while (after < tokens.length && LIST_JOINS.has((tokens[after] as Token).text.toLowerCase())) {
    joined ||= isConjunction(tokens[after] as Token);
    after++;
  }
  return joined && fullNameAt(tokens, after, 1);
}

const ADDRESSING_VERBS =
  /^(?:spoke|speaking|talked|talking|wrote|writing|explained|complained|reported|apologised|apologized|confessed)$/;

/** "stated to LA Weekly", "spoke to Reuters", "wrote to the council": the one spoken or written to. */
function isAddressee(prev: string, prev2: string): boolean {
  return prev === "to" && (SPEECH_VERBS.has(prev2) || ADDRESSING_VERBS.test(prev2));
}

/** A field of study or work, lowercase, between a body and its staff noun ("law", "history", "senior"). */
const FIELD_WORD =
  /^(?:law|history|economics|physics|chemistry|biology|medicine|medical|political|computer|science|business|english|music|art|philosophy|psychology|engineering|senior|chief|lead|principal|research|staff|associate|assistant)$/;

/** A capitalised word that can close a person's name ("Doe" in "Jane Doe of Springfield"). */
function isNameEnd(token: Token | undefined): boolean {
  return token?.isWord === true && UPPER_THEN_LOWER.test(token.text);
}

/** Words a number follows in a branch's name: "District 751", "Local 2010". */
const NUMBERED_HEADS =
  /^(?:district|local|lodge|chapter|division|ward|precinct|branch|squadron|battalion|brigade)$/;

const STAT_VERBS = /^(?:scored|had|added|grabbed|recorded|dished|collected|finished)$/;
const STAT_NOUNS = /^(?:points|rebounds|assists|steals|blocks|goals|saves|yards|touchdowns|strikeouts|aces)$/;

/** A person's age as news writes it beside the name. */
const AGE = /^\d{1,3}$/;

function computeMentionCues(c: NameCandidate): Cues {
  const cues: Cues = { person: 0, speaker: 0, place: 0, organization: 0, actor: 0, product: 0 };
  const prev = lowerAt(c, -1);
  const prev2 = lowerAt(c, -2);
  const n = c.tokens.length;
  const next = lowerAt(c, n);
  const next2 = lowerAt(c, n + 1);
  // "Mayor Jane Doe of Springfield said": the town after a person's name and "of" says where the person
  // is from; the speech verb after it is the person's, not the town's.
  const townOfName = prev === "of" && isNameEnd(tokenAt(c, -2)) && findCity(c.text) !== null;
  if (townOfName) cues.place += 2;
  else if (
    SPEECH_VERBS.has(next) ||
    (SPEECH_VERBS.has(prev) && (next === "," || next === "." || next === ""))
  )
    cues.speaker++;
  if (next === "," && (PERSON_FOLLOWERS.test(next2) || /^\d{1,2}$/.test(next2))) cues.person++;
  // "Pachomius died", "Pachomius forgave Theodorus", "X was born": what only people do.
  const human =
    HUMAN_VERBS.test(next) ||
    (/^(?:was|were)$/.test(next) && /^(?:born|baptized|baptised|buried)$/.test(next2));
  if (human) cues.person += 2;
  // "Jrue Holiday scored 26 points", "P.J. Washington had 12 rebounds": a player's stat line (a team
  // named in full, "the Dallas Mavericks scored", is read by its own rules first).
  if (n > 1 && STAT_VERBS.test(next) && /^\d{1,3}$/.test(next2) && STAT_NOUNS.test(lowerAt(c, n + 2)))
    cues.person += 2;
  // "who gave her name only as Hélène", "identified only as Omar", "a man named Tom": a person's name.
  if (
    (prev === "as" && /^(?:name|names|identified|only|first)$/.test(prev2)) ||
    // "who gave only her first name, Sunil,": the name given.
    (prev === "," && prev2 === "name" && /^(?:first|given|last)$/.test(lowerAt(c, -3))) ||
    ((prev === "named" || prev === "identified") &&
      /^(?:man|woman|boy|girl|person|suspect|victim|officer|resident|worker)$/.test(prev2))
  )
    cues.person += 2;
  // "Jefferies analyst Jo Lee", "your distinguished chairman, Bill Green": a role noun right before.
  if (isRoleNoun(tokenAt(c, -1)) || (prev === "," && isRoleNoun(tokenAt(c, -2))) || isCredit(c))
    cues.person++;
  // "Natalie Naccache | Bloomberg | Getty Images", "Leonhard Foeger / Reuters": the outlet after a credit.
  if ((prev === "|" || prev === "/") && tokenAt(c, -2)?.isWord) cues.organization++;
  if (/^(?:faced|defeated|beat|against|versus|vs|vs\.)$/.test(prev)) cues.actor++;
  // "trade talks with China", "tariffs on Mexico", "sanctions against Iran": a state as a party.
  else if (STATE_PARTY_BEFORE.test(prev) && STATE_DEALINGS.test(prev2)) cues.actor++;
  // "according to Quantcast" names a source, not a destination.
  if (prev === "to" && prev2 === "according") cues.speaker++;
  // "as in Apple" compares and "stated to LA Weekly" addresses; neither places anything.
  else if (
    PLACE_PREPOSITIONS.test(prev) &&
    !(prev === "in" && prev2 === "as") &&
    !isAddressee(prev, prev2) &&
    !(prev === "to" && isTitleCaseVerb(c)) &&
    !(prev === "to" && isOrdinaryGoal(c, prev2))
  )
    cues.place++;
  // "the Battle of Chudnov", "the Siege of Leningrad", "the Treaty of Westphalia": named after a place.
  if (prev === "of" && /^(?:battle|siege|sack|treaty|massacre|liberation|fall)$/i.test(lowerAt(c, -2)))
    cues.place++;
  // "Belmarsh prison", "a Forest Hill hotel room": a name before a facility or locality noun is the place.
  if (FACILITY_NOUNS.test(next)) cues.place++;
  // "the Zamzam displacement camp", "the Kakuma refugee camp": a camp named by its place.
  if (CAMP_KINDS.test(next) && /^camps?$/.test(next2)) cues.place += 2;
  if (closesPlaceList(c) || continuesPlaceList(c)) cues.place += 2;
  // "Toobin: Today was a graveyard …", "Schiff: Republicans are upset": a headline's speaker label.
  // Not an interview's "Q:" or "A:", nor an acronym.
  const label = c.index === 0 && n === 1 && next === ":" && c.text.length >= 3 && !isAcronym(c.text);
  if (label && startsUppercase(tokenAt(c, n + 1)?.text ?? "")) cues.person++;
  // "EASTBROOK, March 12 (Reuters) -", "LONDON (AP) —": the dateline's city opens the story.
  if (isDatelineCity(c)) cues.place += 2;
  if (listedWithPerson(c)) cues.person++;
  if (listedWithKnownBody(c)) cues.organization++;
  // "the northern Sierra Nevada": a lowercase compass adjective before a name.
  if (COMPASS_ADJECTIVES.test(prev) && tokenAt(c, -1)?.text === prev) cues.place++;
  // "Jefferies analyst Jonathan Matuszewski": a firm before a staff noun and the staff member's name.
  if (STAFF_NOUNS.test(next) && UPPER_THEN_LOWER.test(tokenAt(c, n + 1)?.text ?? "")) cues.organization++;
  // "Stanford law professors Joseph Bankman and Barbara Fried": one field's word before the staff noun.
  else if (
    FIELD_WORD.test(next) &&
    STAFF_NOUNS.test(next2) &&
    UPPER_THEN_LOWER.test(tokenAt(c, n + 2)?.text ?? "")
  )
    cues.organization++;
  if (next === "," && isAppositiveRole(c, n + 1)) cues.person++;
  // "Hinton, a town of 10,000", "Wardle, a village near Rochdale": an apposition that names a settlement.
  if (
    next === "," &&
    /^(?:a|an|the)$/.test(next2) &&
    settlementAt(c, SETTLEMENT_SIZES.test(lowerAt(c, n + 2)) ? n + 3 : n + 2)
  )
    cues.place += 2;
  // "including Clacton, where Farage was elected": a relative "where" after the name says it is a place.
  if (next === "," && next2 === "where") cues.place++;
  // "the village of Tabqa", "the city of Mosul", "the border of Dalmatia": the name after a place noun and "of".
  if (prev === "of" && (PLACE_NOUNS.test(prev2) || PLACE_PARTS.test(prev2) || PLURAL_PLACE_NOUNS.test(prev2)))
    cues.place++;
  // "a St. Louis native,", "New Jersey native Connor Clifton": where someone comes from.
  if (next === "native" && !startsLowercase(tokenAt(c, n + 1)?.text ?? "")) cues.place++;
  // "born at Stridon", "born in Oklahoma City".
  if ((prev === "at" || prev === "in") && prev2 === "born") cues.place += 2;
  // "Daniel Hartley, 34, of Bramley", "aged 34, from Leeds": where someone of a stated age lives.
  if ((prev === "of" || prev === "from") && prev2 === "," && AGE.test(lowerAt(c, -3))) cues.place += 2;
  // "Grass Valley, California": a place in a country or region (a country before a comma starts a list).
  if (next === "," && startsUppercase(tokenAt(c, n + 1)?.text ?? "") && !findCountryCode(c.text)) {
    const after = tokenAt(c, n + 1)?.text ?? "";
    if (isCountryOrRegion(after)) cues.place++;
  }
  // "Braunau am Inn, Austria", "Hong Kong, China": a country or region after a town and a comma says
  // where the town is (not after another country: "Sweden, Austria and Italy said").
  if (prev === "," && isCountryOrRegion(c.text)) {
    const town = tokenAt(c, -2);
    // Not a sentence's opening word ("Yesterday, North Korea fired …").
    const opener = c.index === 2 && town !== undefined && lexicon().commonWords.has(town.lower);
    if (town?.isWord && startsUppercase(town.text) && findCountryCode(town.text) === null && !opener)
      cues.place++;
  }
  if ((next === "'s" || next === "’s") && ORGANIZATION_POSSESSIONS.test(next2)) cues.organization++;
  // "Airbus A350-900 jets": the name before a model code is its maker's.
  const after = tokenAt(c, n);
  if (after && isModelCode(after)) cues.organization++;
  // "Sweden beat Italy", "China said": the subject of a verb; "relations with France reached a low"
  // names no subject, the noun before the preposition is.
  // "a rancher who lives outside Cohasset, said": nor does a name after a preposition of place.
  const subject = !OBJECT_PREPOSITIONS.test(prev) && !PLACE_PREPOSITIONS.test(prev);
  // "Sweden has dropped", "the US will fine": a place with an auxiliary and a verb acts too (for an
  // ordinary capitalised word, "Experience has shown", it is no sign of a name).
  const placeActs =
    isVerbPhrase(next, next2) && (findCountryCode(c.text) !== null || findCity(c.text) !== null);
  if (!human && subject && (isFiniteVerb(next) || (next === "," && SPEECH_VERBS.has(next2)) || placeActs))
    cues.actor++;
  if (isScore(tokenAt(c, n)) || (isScore(tokenAt(c, -1)) && /^[–—-]$/.test(prev2))) cues.actor++;
  // Not "IAM District 751", "Teamsters Local 2010": a branch's number.
  const version =
    /^\d+(?:\.\d+)?$/.test(next) &&
    !/^[–—-]$/.test(next2) &&
    !NUMBERED_HEADS.test(lowerAt(c, n - 1)) &&
    // "an Alaska Airlines 737": a body named to its head word before the model it flies.
    !(n > 1 && ORGANIZATION_HEADS.has(lowerAt(c, n - 1)));
  // "a Yeti Airlines plane", "a Tata Motors car": a body's name, closed by its head word, before what it
  // flies or makes is still the body's.
  const bodyBeforeProduct =
    n > 1 &&
    PRODUCT_NOUNS.test(next) &&
    (ORGANIZATION_HEADS.has(lowerAt(c, n - 1)) || isFlagCarrierName(c)) &&
    !version;
  if (
    !bodyBeforeProduct &&
    (PRODUCT_NOUNS.test(next) || version || PRODUCT_MARKERS.test(prev) || SIZE_MODIFIER.test(prev))
  )
    cues.product++;
  if (c.tokens.some((t) => VEHICLE_WORDS.has(t.text.toLowerCase()))) cues.product++;
  // "the S25 Ultra", "the A350 Neo": a name opened by a model code is the model's.
  if (n > 1 && isModelCode(c.tokens[0] as Token)) cues.product++;
  return cues;
}

function sumCues(cs: NameCandidate[]): Cues {
  const total: Cues = { person: 0, speaker: 0, place: 0, organization: 0, actor: 0, product: 0 };
  for (const c of cs) {
    const cue = mentionCues(c);
    total.person += cue.person;
    total.speaker += cue.speaker;
    total.place += cue.place;
    total.organization += cue.organization;
    total.actor += cue.actor;
    total.product += cue.product;
  }
  return total;
}

/** The type of names no lexicon knows, from the words around all their mentions; null to leave them out. */
function contextType(
  cs: NameCandidate[],
  guess: NamedType | null,
  names: Set<string>,
  text: string,
): NamedType | null {
  const lex = lexicon();
  const cues = sumCues(cs);
  const named = cues.organization + cues.speaker;
  const acts = cues.actor;
  const first = cs[0] as NameCandidate;
  const word = first.text.toLowerCase();
  const nameLike = lex.personNames.has(word) || lex.firstNames.has(word) || lex.lastNames.has(word);
  if (cues.speaker > 0) {
    if (nameLike && !lex.commonWords.has(word)) cues.person += cues.speaker;
    else cues.organization += cues.speaker;
  }
  if (!nameLike && cues.product === 0) cues.organization += cues.actor;
  const ranked = mapPacked(["person", "place", "organization"] as const, (t) => [t, cues[t]] as const).sort(
    (a, b) => b[1] - a[1],
  );
  const [best, second] = ranked;
  // "as in Apple" once among "Apple admitted", "Apple replaced": a name that acts more often than a
  // preposition places it is no place.
  const actsMore = best?.[0] === "place" && acts > cues.place;
  if (best && second && best[1] > second[1] && best[1] >= cues.product && !actsMore) return best[0];
  // "737 Max jets": a product is no person, even one whose name is a first name.
  if (cues.product > cues.person + cues.place + cues.organization) return null;
  if (guess) return guess;
  if (cues.actor > 0 && !lex.commonWords.has(word) && nameLike) return "person";
  if (first.tokens.length === 1 && ORGANIZATION_HEADS.has(word)) return "organization";
  if (first.tokens.length === 1 && lex.commonWords.has(word))
    return isCapitalisedActor(cs, word, text) ? "organization" : null;
  if (first.tokens.length === 1 && /[^s]s$/.test(word) && names.has(word.slice(0, -1))) return null;
  // "True Tone", "Voice Control", "Dark Web Monitoring": ordinary words in capitals that never act,
  // speak or take a body's or place's word around them name a feature or a thing, not a body.
  if (first.tokens.length > 1 && named === 0 && acts === 0 && cues.person + cues.place === 0) {
    if (cs.every(isPlainWordsName)) return null;
  }
  // "Croydon, Thurrock and Woking": a name no list knows, listed among places, is one too.
  if (named === 0 && acts === 0 && cs.some(isListedAmongPlaces)) return "place";
  // "Cannabis use disorder …", "Dangers of Vaping": nothing says the word names anything, and it is
  // an English word (with no verb after it either) or the article writes it in lowercase too.
  if (first.tokens.length === 1 && named === 0 && !nameLike) {
    if (acts === 0 && isEnglishWord(word)) return isCapitalisedActor(cs, word, text) ? "organization" : null;
    if (appearsLowercase(word, text)) return null;
  }
  return "organization";
}

/** One word, a town's name, that no given-name or surname list holds. */
function isTownWord(c: NameCandidate): boolean {
  const lex = lexicon();
  return (
    c.tokens.length === 1 &&
    !lex.firstNames.has(c.tokens[0]?.lower ?? "") &&
    !lex.lastNames.has(c.tokens[0]?.lower ?? "")
  );
}

/** What joins the items of a list: "Croydon, Thurrock and Woking". */
const LIST_JOINERS = /^(?:,|and|or)$/;

/** A place the gazetteers know, by its one word, that no name list holds as a person's too. */
function isPlainPlaceWord(word: string): boolean {
  const lex = lexicon();
  const lower = word.toLowerCase();
  return (
    startsUppercase(word) &&
    isGazetteerPlace(word) &&
    !lex.firstNames.has(lower) &&
    !lex.lastNames.has(lower) &&
    !lex.knownOrganizations.has(lower)
  );
}

/** "Croydon, Thurrock and Woking": a one-word name with a known place on each side of the list around it. */
function isListedAmongPlaces(c: NameCandidate): boolean {
  const n = c.tokens.length;
  if (n !== 1 || !LIST_JOINERS.test(lowerAt(c, -1)) || !LIST_JOINERS.test(lowerAt(c, n))) return false;
  return isPlainPlaceWord(textAt(c, -2)) && isPlainPlaceWord(textAt(c, n + 1));
}

const MODALS = /^(?:will|would|could|can|should|may|might|must|has|had|have)$/;
const HUMAN_PRONOUNS = /^(?:he|his|him|himself|she|her|hers|herself)$/;
const THING_PRONOUNS = /^(?:it|its|itself)$/;

/** The first he/his/she/her (1) or it/its (-1) after the mention in its sentence; 0 when none. */
function pronounAfter(c: NameCandidate): number {
  for (let i = c.index + c.tokens.length; i < c.sentenceTokens.length; i++) {
    const w = (c.sentenceTokens[i] as Token).text.toLowerCase();
    if (HUMAN_PRONOUNS.test(w)) return 1;
    if (THING_PRONOUNS.test(w)) return -1;
  }
  return 0;
}

/**
 * "if Apple completely moves past its …", "predicted that Apple will transition its …": an ordinary
 * word the article writes capitalised inside sentences at least twice and never in lowercase, with a
 * verb after it and "it"/"its" (not "he"/"she") referring back to it, is a body's name, not emphasis.
 */
function isCapitalisedActor(cs: NameCandidate[], word: string, text: string): boolean {
  const inside = cs.filter((c) => !isSentenceStart(c.sentenceTokens, c.index));
  if (inside.length < 2) return false;
  const lowercase = lowercaseUses(word, text, inside.length);
  // "as Experience is impacting …", "the entire Experience team", "CEO at Experience": a word the
  // article writes capitalised inside sentences four times or more, at least four times as often as
  // in lowercase, and never followed by he or she in its sentence, is a name.
  const mostlyCapitalised = inside.length >= 4 && 4 * lowercase <= inside.length;
  if (lowercase > 0 && !mostlyCapitalised) return false;
  let pronouns = 0;
  for (const c of cs) pronouns += pronounAfter(c);
  if (mostlyCapitalised && pronouns === 0) return true;
  if (lowercase > 0) return false;
  const acts = inside.some((c) => {
    const next = tokenAt(c, c.tokens.length)?.text ?? "";
    return isFiniteVerb(next) || MODALS.test(next);
  });
  return acts && pronouns < 0;
}

/** A country or a national capital ("Beijing said"): what can stand for a government. */
function isCountryOrCapital(text: string): boolean {
  return findCountryCode(text) !== null || findCity(text)?.featureCode === "PPLC";
}

/** A country named as an actor ("Sweden beat Italy", "South Korea said") is an organization-like actor, not a place. */
function isActingCountry(e: LinkedEntity, minimum: number): boolean {
  if (e.type !== "place") return false;
  if (!e.candidates.every((c) => isCountryOrCapital(c.text))) return false;
  const cues = sumCues(e.candidates);
  // "India stands forth …" among twenty "people of India": a country that acts in a few of many
  // mentions is still the country; one that acts in a third of them is an actor (a team, a government).
  return cues.actor >= minimum && cues.actor > cues.place && cues.actor * 3 >= e.candidates.length;
}

/** Playing positions and team roles written between a team and a player's name ("Pittsburgh quarterback Mason Rudolph"). */
const TEAM_POSITIONS =
  /^(?:quarterback|linebacker|cornerback|receiver|wideout|tackle|guard|center|centre|safety|kicker|punter|pitcher|catcher|shortstop|outfielder|infielder|striker|midfielder|defender|goalkeeper|goalie|forward|winger|coach|dl|qb|wr|rb|lb|cb|te)$/;

/** "Pittsburgh quarterback Mason Rudolph", "Browns DL Sheldon Richardson": the name is a team's. */
function isTeamMention(c: NameCandidate): boolean {
  const n = c.tokens.length;
  const position = tokenAt(c, n);
  const player = tokenAt(c, n + 1);
  return Boolean(
    position?.isWord &&
      TEAM_POSITIONS.test(position.text.toLowerCase()) &&
      player?.isWord &&
      UPPER_THEN_LOWER.test(player.text),
  );
}

const WIN_VERBS =
  /^(?:beat|beats|defeated|defeats|edged|edges|blanked|blanks|downed|downs|routed|routs|topped|tops)$/;
const CARRY_VERBS =
  /^(?:lead|led|leads|lift|lifted|lifts|carry|carried|carries|propel|propelled|push|pushed)$/;
const WIN_RECORD = /^\d{1,3}-\d{1,3}(?:-\d{1,3})?$/;
const SCORING = /^(?:scored|goal|goals|assist|assists|saves|points|touchdowns?|homered)$/;

/**
 * "Carolina beat Chicago", "Columbus improved to 8-8-4", "scored for Detroit": a place in the words
 * of a game's result is the team.
 */
function isResultMention(c: NameCandidate): boolean {
  const n = c.tokens.length;
  const prev = lowerAt(c, -1);
  const next = lowerAt(c, n);
  if (WIN_VERBS.test(prev) || WIN_VERBS.test(next)) return true;
  // "to lead Boston past Tampa Bay", "lift Florida over Detroit".
  if (CARRY_VERBS.test(prev) && /^(?:past|over)$/.test(next)) return true;
  if (/^(?:past|over)$/.test(prev) && CARRY_VERBS.test(lowerAt(c, -3))) return true;
  if (next === "improved" && lowerAt(c, n + 1) === "to" && WIN_RECORD.test(lowerAt(c, n + 2))) return true;
  return prev === "for" && SCORING.test(lowerAt(c, -2));
}

/** Words of a player's transfer before "from" or "to": "joined from Chelsea", "sold to Newcastle". */
const TRANSFER_WORDS =
  /^(?:joined|joins|rejoined|signed|signs|signing|sign|sold|loaned|transferred|transfer|switch|switched|loan)$/;

/**
 * "joined from Chelsea on loan", "was sold to Newcastle": a club in the words of a player's transfer, or
 * named by its standing ("champions Liverpool").
 */
function isTransferMention(c: NameCandidate): boolean {
  const prev = lowerAt(c, -1);
  if (SIDE_NOUNS.test(prev)) return true;
  if (prev !== "from" && prev !== "to") return false;
  // "joined from Chelsea", "the signing of Brazilian teenager Endrick from Palmeiras": the transfer's
  // word up to six words before.
  for (let k = -2; k >= -7; k--) if (TRANSFER_WORDS.test(lowerAt(c, k))) return true;
  return false;
}

/** "champions Liverpool", "rivals Everton", "hosts Newcastle": a club named by its standing in a league. */
const SIDE_NOUNS = /^(?:champions|holders|rivals|leaders|hosts|visitors|opponents|strugglers)$/;

/**
 * A place (no country) named as a team in most of its mentions ("Pittsburgh center Maurkice Pouncey",
 * "Winnipeg defeated Nashville") is the team.
 */
function isTeamPlace(e: LinkedEntity): boolean {
  if (e.type !== "place") return false;
  const teams = e.candidates.filter(
    (c) =>
      isTeamMention(c) ||
      (!findCountryCode(c.text) &&
        (isResultMention(c) || (isTransferMention(c) && isFootballClubName(c.text)))),
  ).length;
  return teams > 0 && 2 * teams >= e.candidates.length;
}

const MATCH_BEFORE = /^(?:drew|beating|faced|facing|vs|vs\.|versus)$/;
const MATCH_AFTER = /^(?:drew|clinched|qualified|advanced|punched|secured)$/;

/** "Turkey drew Iceland 0-0", "Wales beat Hungary 2-0", "Croatia secured its spot": a side in a match. */
function isMatchMention(c: NameCandidate): boolean {
  const n = c.tokens.length;
  if (isResultMention(c) || MATCH_BEFORE.test(lowerAt(c, -1)) || MATCH_AFTER.test(lowerAt(c, n))) return true;
  if (lowerAt(c, -1) === "with" && /^(?:draw|drawing|tie|tied)$/.test(lowerAt(c, -2))) return true;
  return isScore(tokenAt(c, n)) || (lowerAt(c, -1) === "of" && lowerAt(c, -2) === "rout");
}

/**
 * Euro qualifiers, World Cup groups: an article where three or more countries play matches names
 * national teams; every country in it is its team, unless each of its mentions is a place ("in Turkey").
 */
function markNationalTeams(entities: LinkedEntity[]): void {
  const countries = entities.filter(
    (e) => e.type === "place" && e.candidates.every((c) => findCountryCode(c.text)),
  );
  if (countries.filter((e) => e.candidates.some(isMatchMention)).length < 3) return;
  for (const e of countries)
    if (!e.candidates.every((c) => mentionCues(c).place > 0)) e.type = "organization";
}

const CREDIT_WORDS =
  /^(?:image|images|photo|photos|photograph|picture|video|audio|credit|credits|illustration)$/;

/**
 * A name in a credit line: "Image: Nick Moreau", "Video: Miharris & Acphillips", "(Photo by Chip
 * Somodevilla/Getty Images)".
 */
function isCredit(c: NameCandidate): boolean {
  if (lowerAt(c, -1) === "by" && CREDIT_WORDS.test(lowerAt(c, -2))) return true;
  for (let k = -1; k >= -6; k--) {
    const t = tokenAt(c, k);
    if (!t) return false;
    if (t.text === ":") return CREDIT_WORDS.test(lowerAt(c, k - 1));
    if (!(t.isWord && startsUppercase(t.text)) && t.text !== "&" && t.text !== "," && t.text !== "and")
      return false;
  }
  return false;
}

function isRoleNoun(t: Token | undefined): boolean {
  return Boolean(t?.isWord && startsLowercase(t.text) && lexicon().roleNouns.has(t.text.toLowerCase()));
}

/**
 * "Fan Mengguang, deputy director of …", "a Forest Hill hotel room": a two- or three-word name no
 * lexicon knows, typed an organization only for an ordinary word in it, that the words around it
 * show to be a person or a place.
 */
function describedType(e: LinkedEntity): NamedType | null {
  if (e.type !== "organization") return null;
  const plain = (c: NameCandidate) =>
    c.tokens.length >= 2 &&
    c.tokens.length <= 3 &&
    c.tokens.every(
      (t) =>
        TITLE_CASE_WORD.test(t.text) &&
        !ORGANIZATION_HEADS.has(t.text.toLowerCase()) &&
        // "the Barcelona Supercomputing Center, who led …": the "who" is the researcher's.
        !/^(?:center|centre)$/i.test(t.text),
    ) &&
    !lexicon().knownOrganizations.has(c.text.toLowerCase());
  if (!e.candidates.every(plain)) return null;
  const cues = sumCues(e.candidates);
  const others = cues.organization + cues.actor + cues.product;
  if (cues.person > 0 && cues.person > others + cues.place) return "person";
  if (cues.place > 0 && cues.place > others + cues.person) return "place";
  return null;
}

/** Words after a name that end its noun phrase: verbs, auxiliaries, prepositions, conjunctions. */
const CLAUSE_WORDS_AFTER =
  /^(?:is|are|was|were|be|been|will|would|can|could|should|may|might|must|has|have|had|do|does|did|doesn|didn|isn|wasn|won|and|or|but|nor|for|in|on|at|to|of|with|by|from|as|than|that|which|who|whose|you|it|he|she|they|we|i|if|so|because|while|when)$/;
const DETERMINERS_BEFORE = /^(?:a|an|the|this|that|your|my|our|their|every|any)$/;
/** "iMac", "MacBook", "iPhone": a word with a capital inside it, the way product lines are written. */
const CAMEL_CASE = /^\p{L}*\p{Ll}\p{Lu}\p{L}*$/u;

/**
 * "the new Pro", "a Mac is intended to be …", "the iMac Pro", "the Mac Pro": a "person" of one or two
 * words, none a given name, that a determiner (over lowercase adjectives, the name not modifying a noun
 * after it) or a camel-case product word comes after in half its mentions or more, and that nothing
 * says is a person (no title, no speech, no human verb), is a model or a kind of thing.
 */
function isModelWord(e: LinkedEntity): boolean {
  if (!e.candidates.every((c) => c.tokens.length <= 2 && c.title.length === 0)) return false;
  const cues = sumCues(e.candidates);
  if (cues.person > 0 || cues.speaker > 0) return false;
  // "a Marilyn", "the Marilyn": Warhol's prints of her are named by her given name (GUM: person).
  const given = (c: NameCandidate) => {
    const word = (c.tokens[0] as Token).text.toLowerCase();
    return (
      (lexicon().firstNames.has(word) && !lexicon().commonWords.has(word)) ||
      lexicon().knownPeople.has(c.text.toLowerCase())
    );
  };
  if (e.candidates.some(given)) return false;
  const modelLike = e.candidates.filter((c) => {
    const prev = tokenAt(c, -1);
    if (prev?.isWord && CAMEL_CASE.test(prev.text)) return true;
    // "the Peyton Manning record": the determiner is the noun's after the name.
    const next = tokenAt(c, c.tokens.length);
    if (next?.isWord && next.text === next.lower && !CLAUSE_WORDS_AFTER.test(next.lower)) return false;
    // "the suffocated Beto O'Rourke": over an adjective only a one-word name.
    for (let k = -1; k >= (c.tokens.length === 1 ? -3 : -1); k--) {
      const t = tokenAt(c, k);
      if (!t?.isWord || t.text !== t.lower) return false;
      if (DETERMINERS_BEFORE.test(t.lower)) return true;
    }
    return false;
  }).length;
  // Half the mentions at least: "the Radeon Pro 5500M" among "the new Pro" and "the iMac Pro".
  return 2 * modelLike >= e.candidates.length;
}

/**
 * "Affairs", "Guidelines": one plural common word, no name part, nationality, faith or party (not
 * the end of an office's title, "High Commissioner for Refugees", that names its holder).
 */
function isPluralCommonNoun(c: NameCandidate): boolean {
  if (c.tokens.length !== 1 || isGroupWord(c.text)) return false;
  return !/^(?:for|of)$/.test(lowerAt(c, -1)) && isPluralCommonWord(c.text);
}
/**
 * "Bavarian", "Texan", "Parisian" before a lowercase word: one word in -an made of a region's, a
 * country's or a city's name (Bavaria, Texas, Paris), no given name or surname.
 */
function isPlaceAdjective(c: NameCandidate): boolean {
  if (c.tokens.length !== 1 || !/^\p{Lu}\p{Ll}+an$/u.test(c.text)) return false;
  const next = tokenAt(c, c.tokens.length);
  if (!next || !startsLowercase(next.text)) return false;
  const lex = lexicon();
  const w = c.text.toLowerCase();
  if (lex.firstNames.has(w) || lex.lastNames.has(w) || lex.personNames.has(w)) return false;
  const stems = [c.text.slice(0, -1), `${c.text.slice(0, -1)}s`, c.text.slice(0, -3)];
  return stems.some(
    (stem) => stem.length >= 4 && (isRegion(stem) || findCountryCode(stem) !== null || isBigCity(stem)),
  );
}

function isShoutedLabel(c: NameCandidate): boolean {
  const lex = lexicon();
  if (c.tokens.length < 2 || lex.knownOrganizations.has(c.text.toLowerCase())) return false;
  return (
    c.tokens.every((t) => {
      const w = t.text.toLowerCase();
      return (
        ALL_CAPITALS_WORD.test(t.text) &&
        lex.commonWords.has(w) &&
        !ORGANIZATION_HEADS.has(w) &&
        !PLACE_HEADS.has(w)
      );
    }) && c.tokens.some((t) => lex.nonNouns.has(t.text.toLowerCase()))
  );
}

const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

/** "Tue February 9, 2021", "Mon Feb 8", "Wed 10 March": a weekday's short form opening a date. */
function isWeekdayOfDate(c: NameCandidate): boolean {
  if (c.tokens.length !== 1 || !DAY_ABBREVIATIONS.includes(c.text.toLowerCase().replace(/\.$/, "")))
    return false;
  const next = lowerAt(c, 1).replace(/\.$/, "");
  return MONTH_NAMES.includes(next) || MONTH_ABBREVIATIONS.includes(next) || DAY_OF_MONTH.test(next);
}

const GLUED_TIME_ZONE =
  /^(?:[ECMPA][SD]T|GMT|UTC|BST|CES?T|IST|JST|HKT|AES?[DT])(?:Updated|Published|Posted|Last|Modified)$/;

/**
 * An organization that is no name: a unit after numbers in every mention ("3 GW", "$0.23/W") or an
 * acronym the text spells out in lowercase ("hypersensitivity pneumonitis, or HP").
 */
function isNoName(e: LinkedEntity, text: string): boolean {
  if (e.candidates.every(isGenusOfSpecies) || e.candidates.every(isFieldOfStudy)) return true;
  if (e.candidates.every(isWeekdayOfDate)) return true;
  // "the Briton added", "a Pole": someone described by nationality, not named.
  if (
    e.candidates.every(
      (c) =>
        c.tokens.length === 1 &&
        /^(?:the|a|an)$/.test(lowerAt(c, -1)) &&
        isNationalityNoun(c.text.toLowerCase()),
    )
  )
    return true;
  // "the first Native American to win", "Pacific Islanders and First Nations leaders": a people.
  if (e.candidates.every((c) => isPeopleName(c.text))) return true;
  // "“Oppenheimer” dominated …", "from “Barbie,”": a person's name only ever written alone inside
  // quotation marks is a work's title or a nickname, not a person named.
  if (e.type === "person" && e.candidates.every((c) => c.tokens.length <= 2 && fillsQuotation(c, text)))
    return true;
  // "Models Y, S, 3 and X": a single letter names a model, a grade or a label, not a person or a body.
  if (e.candidates.every((c) => c.text.length === 1)) return true;
  if (e.type === "person" && isModelWord(e)) return true;
  if (e.candidates.every((c) => inBracketedTitle(c, text))) return true;
  // "Brent crude … Brent fell", "West Texas Intermediate crude": an oil's benchmark blend, named by where
  // it came from (not "in Brent"; not a country's crude).
  if (
    e.candidates.some((c) => lowerAt(c, c.tokens.length) === "crude") &&
    e.candidates.every((c) => !findCountryCode(c.text) && mentionCues(c).place === 0)
  )
    return true;
  // "NAS drives", "an ECG": a common noun's acronym in capitals is nobody's name either.
  if (
    e.type === "person" &&
    e.candidates.every((c) => c.text === c.text.toUpperCase() && isCommonAcronym(c.text))
  )
    return true;
  // "Bavarian officials", "Texan tourists": an adjective made of a region's or city's name is no one.
  if (e.candidates.every(isPlaceAdjective)) return true;
  // "Director for European Affairs", "Editorial Ethics and Guidelines": a plural common noun is no one.
  if (e.type === "person" && e.candidates.every(isPluralCommonNoun)) return true;
  // "fictional astronauts from Alien to Passengers": nor a place no gazetteer knows.
  if (e.type === "place" && e.candidates.every((c) => isPluralCommonNoun(c) && !isGazetteerPlace(c.text)))
    return true;
  // "Christopher Nolan's "Oppenheimer,"", "the film "Elemental"": a work's title in quotation marks.
  if (e.candidates.every((c) => fillsQuotation(c, text) && namesWork(c))) return true;
  if (e.type !== "organization") return false;
  // "the WHO said": a pronoun in capitals after a lowercase "the" is an acronym, not a shouted word.
  if (
    e.candidates.every(
      (c) =>
        isCommonAcronym(c.text) ||
        (isShoutedWord(c.text) && !(tokenAt(c, -1)?.text === "the" && PRONOUN_ACRONYMS.test(c.text))),
    )
  )
    return true;
  // "UP NEXT", "READ MORE": a shouted label of common words, one of them no noun.
  if (e.candidates.every(isShoutedLabel)) return true;
  if (isThingsName(e)) return true;
  if (e.candidates.every(isEraName)) return true;
  if (e.candidates.every((c) => fillsQuotation(c, text))) return true;
  if (e.candidates.every(isUnitMention) || e.candidates.every(isLetteredLabel)) return true;
  // "4:29 AM ESTUpdated an hour ago": a time zone a page dump glued to the next label.
  if (e.candidates.every((c) => GLUED_TIME_ZONE.test(c.text))) return true;
  if (e.candidates.every(isResidentWord)) return true;
  const first = e.candidates[0] as NameCandidate;
  if (e.candidates.every((c) => c.text === first.text) && isDefinedAbbreviation(first.text, text))
    return true;
  // "ROS" with "Reactive Oxygen Species" merged in as its spelled-out form.
  const acronym = e.candidates.find((c) => c.tokens.length === 1 && isAcronym(c.text))?.text;
  if (!acronym || !isSpelledOutCommonNoun(acronym, text)) return false;
  const letters = acronym.replace(/-/g, "");
  return e.candidates.every((c) => c.text === acronym || initials(c) === letters);
}

/**
 * Ordinary words capitalised for emphasis after "a" in every mention ("a Fighter Pilot"), or two or
 * more of them that once took "a" ("has a Touch Bar" once, "the Touch Bar" elsewhere): a thing, not a
 * body, unless the lists know the body ("a White House that lies") or the name is an event's ("a
 * World Cup").
 */
function isThingsName(e: LinkedEntity): boolean {
  const first = e.candidates[0] as NameCandidate;
  if (lexicon().knownOrganizations.has(first.text.toLowerCase()) || eventOrOtherName(first.text))
    return false;
  if (e.candidates.every(isCapitalisedCommonPhrase)) return true;
  if (first.tokens.length < 2 || e.candidates.some((c) => c.tokens.length !== first.tokens.length))
    return false;
  return e.candidates.some(isCapitalisedCommonPhrase) && e.candidates.every(isOrdinaryWordsName);
}

const PRONOUN_ACRONYMS = /^(?:WHO|IT|US|ALL|ANY|ONE)$/;

/**
 * Words after a company's name that still name a body of it ("Sony Music", "Samsung Electronics",
 * "Fox Sports", "Disney Channel"), beside the organization and place head words.
 */
const COMPANY_DIVISIONS =
  /^(?:music|electronics|pictures|sports|sport|news|radio|online|channel|universal|steel|energy|pharma|pharmaceuticals|capital|ventures|research|health|healthcare|financial|securities|insurance|mobile|telecom|communications|cloud|stores?|retail|foods|chemicals|aerospace|automotive|motor|express|logistics|credit|games|publishing|books|digital|global|international|america|europe|asia|india|china|japan|uk|us|usa|laboratory|lab|business|reports|journal|psychiatry|medicine|network|game|platforms|technologies|technology|systems|semiconductor|software|solutions|brands|media|entertainment|airlines|motors|industries|resources|therapeutics|biosciences|robotics|payments|labs)$/;

/** "Microsoft xCloud", "Apple iPad"; "Apple TV+": the product's word after its maker's name. */
const GLUED_CAMEL_CASE = /^ (?:[a-z][A-Z]|[A-Z]+\+)/;
const OUTLETS = new Set(NEWS_OUTLETS);

/** Groups of states whose name with a plus is the wider group, no product: "OPEC+", "BRICS+". */
const STATES_PLUS = new Set(["opec", "brics"]);

/**
 * "Google Stadia", "Microsoft xCloud", "Nintendo Switch Lite", "Apple TV+", "Disney+": a company's
 * name run into a name of its own that holds no head word of a body is its product (a service, a
 * device, a game), not the company; the whole name is not a known body.
 */
export function isMakersProduct(c: NameCandidate, text: string): boolean {
  if (c.title.length > 0) return false;
  const lex = lexicon();
  // "Disney+", "ESPN+": a plus glued to the company's name; "Microsoft xCloud", "Apple iPad": a
  // camel-case word opening in lowercase after it.
  if (c.tokens.length === 1) {
    const word = c.tokens[0]?.lower ?? "";
    return (
      lex.knownOrganizations.has(word) &&
      (text[c.end] === "+" ? !STATES_PLUS.has(word) : GLUED_CAMEL_CASE.test(text.slice(c.end, c.end + 4)))
    );
  }
  const words = mapPacked(c.tokens, (t) => t.lower);
  const whole = words.join(" ");
  if (lex.knownOrganizations.has(whole) || isTeamName(whole)) return false;
  for (let k = 1; k <= 2 && k < words.length; k++) {
    const maker = words.slice(0, k).join(" ");
    if (!lex.knownOrganizations.has(maker)) continue;
    // "CNN Business", "BBC Sport": an outlet's section is the outlet's.
    if (findCountryCode(maker) || OUTLETS.has(maker)) return false;
    const rest = words.slice(k);
    const restTokens = c.tokens.slice(k);
    if (rest.some((w) => ORGANIZATION_HEADS.has(w) || PLACE_HEADS.has(w) || COMPANY_DIVISIONS.test(w)))
      return false;
    if (rest.some((w) => NAME_CONNECTORS.has(w) || SPEECH_VERBS.has(w))) return false;
    // "Westfield Parramatta", "Tesco Extra Leeds": a chain's site named by its town is no product.
    if (findCity(rest[rest.length - 1] as string)) return false;
    // "NASA Administrator", "Nissan Chairman", "Forbes Contributors": a post or staff at the body.
    const isPost = (w: string) =>
      PERSON_TITLES.has(w) || lex.roleNouns.has(w) || lex.roleNouns.has(w.replace(/s$/, ""));
    if (rest.some((w) => isPost(w) || isPost(w.split("-")[0] as string))) return false;
    // "Apple Tim Cook": a person's name after the company is two names, not a product.
    const next = rest[0] as string;
    if ((lex.firstNames.has(next) || lex.personNames.has(next)) && !lex.commonWords.has(next)) return false;
    return restTokens.every((t) => t.isWord);
  }
  return false;
}

/** A name that goes with a version number or a product noun is a product, not an organization. */
function isProduct(e: LinkedEntity): boolean {
  if (e.type !== "organization" || e.candidates.some((c) => findCountryCode(c.text))) return false;
  if (
    e.candidates.some(
      (c) => lexicon().knownOrganizations.has(c.text.toLowerCase()) || isTeamName(c.text.toLowerCase()),
    )
  )
    return false;
  const cues = sumCues(e.candidates);
  return cues.product > 0 && cues.product >= cues.organization + cues.actor / 2;
}

/**
 * How many entities one surname, first name or initials key remembers. A name list with thousands of
 * Smiths would otherwise compare every "Smith" with every Smith entity; past this many, a short form
 * can only link to one of the first entities that share the key (it is ambiguous anyway). Full-name
 * keys have no limit.
 */
export const MAX_SHARED_KEY = 64;

/** Looks entities up by the keys a candidate can match them on, so linking stays linear in the article. */
const WORK_NOUNS =
  /^(?:['’]s|film|films|movie|movies|documentary|song|songs|single|album|albums|book|books|novel|novels|memoir|series|show|shows|play|plays|musical|opera|painting|poem|game|sequel|hit|title)$/;

/** A name in quotation marks after a possessive or a noun for a work: "Nolan's "Oppenheimer"", "the film "Heat"". */
function namesWork(c: NameCandidate): boolean {
  return WORK_NOUNS.test(lowerAt(c, -2));
}

/** A capitalised word no word list, gazetteer or list of bodies holds: "Goldman", "Zorvex". */
function isCoinedWord(word: string): boolean {
  const w = word.toLowerCase();
  const lex = lexicon();
  return (
    w.length >= 3 &&
    !lex.commonWords.has(w) &&
    !lex.firstNames.has(w) &&
    !lex.demonyms.has(w) &&
    !lex.knownOrganizations.has(w) &&
    !findCountryCode(word) &&
    !isRegion(word) &&
    !findCity(word)
  );
}

/**
 * The first three letters of a person's given name, or "" when the name has none a word list knows
 * ("Bill" is an ordinary word as well; "Day-by-day Schiff" is no name).
 */
function givenNameOf(longest: NameCandidate): string {
  const words = significantWords(longest);
  const given = words.length >= 2 ? words[0]?.toLowerCase() : undefined;
  if (!given) return "";
  const lex = lexicon();
  return lex.firstNames.has(given) || lex.commonWords.has(given) ? given.slice(0, 3) : "";
}

/** Kin nouns that introduce a relative: "his daughter, Leila Rashid", "her husband Tom". */
const KIN_NOUNS =
  /^(?:wife|husband|widow|widower|son|daughter|brother|sister|mother|father|niece|nephew|grandson|granddaughter|grandmother|grandfather|cousin|uncle|aunt|stepson|stepdaughter|stepfather|stepmother)$/;

/** A mention right after a kin noun, or after one and a comma. */
function isIntroducedAsKin(c: NameCandidate): boolean {
  const prev = lowerAt(c, -1);
  return KIN_NOUNS.test(prev === "," ? lowerAt(c, -2) : prev);
}

/** Of `entities`, the one with a mention closest before `start`, if any has one. */
function lastNamedBefore(start: number, entities: LinkedEntity[]): LinkedEntity | undefined {
  let best: LinkedEntity | undefined;
  let bestStart = -1;
  for (const e of entities)
    for (const m of e.candidates)
      if (m.start < start && m.start > bestStart) {
        best = e;
        bestStart = m.start;
      }
  return best;
}

/** Short names of bodies, by the key of the full name: "Fed" for the Federal Reserve. */
const SHORT_NAMES = new Map([
  ["federal reserve", "fed"],
  ["federal reserve board", "fed"],
  ["federal reserve system", "fed"],
]);

class EntityIndex {
  private readonly order = new Map<LinkedEntity, number>();
  /** Entities by full key (no limit), by last and first significant word and by initials (limited). */
  private readonly byKey = {
    k: new Map<string, LinkedEntity[]>(),
    l: new Map<string, LinkedEntity[]>(),
    f: new Map<string, LinkedEntity[]>(),
    i: new Map<string, LinkedEntity[]>(),
  };

  private put(kind: "k" | "l" | "f" | "i", key: string, e: LinkedEntity): void {
    const map = this.byKey[kind];
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (kind === "k" || list.length < MAX_SHARED_KEY) {
      if (!list.includes(e)) list.push(e);
    } else if (!list.includes(e)) noteCap("cap_max_shared_key");
  }

  private readonly summaries = new Map<LinkedEntity, EntitySummary>();

  /** Records that `c` now names `e` (without making `e` findable by `c`'s keys). */
  note(e: LinkedEntity, c: NameCandidate): void {
    const words = significantWords(c).length;
    let summary = this.summaries.get(e);
    if (!summary) {
      summary = {
        keys: new Set(),
        shortKeys: new Set(),
        longest: c,
        longestWords: words,
        initials: new Set(),
      };
      this.summaries.set(e, summary);
    } else if (words > summary.longestWords) {
      summary.longest = c;
      summary.longestWords = words;
    }
    summary.keys.add(keyOf(c));
    if (words > 1) summary.initials.add(initials(c));
    const countryless = countrylessInitials(c);
    if (countryless) summary.initials.add(countryless);
    const headlessKey = withoutHeadOf(c);
    if (headlessKey) summary.shortKeys.add(headlessKey);
    const countrylessKey = withoutCountryOf(c);
    if (countrylessKey) summary.shortKeys.add(countrylessKey);
    // "Eli Lilly" … "Lilly", "Calvin Klein" … "Klein": a company named after a person goes by the surname.
    // "Brightcare Homecare Ltd" counts as two words: a legal form is no part of what the firm goes by.
    const named = withoutLegalForm(significantWords(c));
    // "NASA's Hubble Space Telescope" … "Hubble's detection": a craft or an instrument goes by its first
    // word, a name no ordinary word.
    const craftName = named[0] ?? "";
    if (
      named.length >= 2 &&
      CRAFT_HEADS.test((named[named.length - 1] as string).toLowerCase()) &&
      !lexicon().commonWords.has(craftName.toLowerCase()) &&
      !lexicon().firstNames.has(craftName.toLowerCase())
    )
      summary.shortKeys.add(normaliseName(craftName));
    if (e.type === "organization" && named.length === 2) {
      const [given, surname] = named;
      const lex = lexicon();
      if (
        given &&
        surname &&
        lex.firstNames.has(given.toLowerCase()) &&
        !lex.commonWords.has(given.toLowerCase())
      )
        summary.shortKeys.add(normaliseName(surname));
      // "Goldman Sachs" … "Goldman", "Zorvex Dynamics" … "Zorvex": a firm goes by its first word when
      // that word is a coinage of its own, no ordinary word, place, nationality or other known body.
      else if (given && surname && isCoinedWord(given)) summary.shortKeys.add(normaliseName(given));
    }
  }

  add(e: LinkedEntity, c: NameCandidate): void {
    if (!this.order.has(e)) this.order.set(e, this.order.size);
    this.note(e, c);
    this.put("k", keyOf(c), e);
    const ws = significantWords(c);
    if (ws.length > 0) {
      this.put("l", ws[ws.length - 1] as string, e);
      this.put("f", ws[0] as string, e);
    }
    // "Lula" in "Luiz Inácio Lula da Silva": a long name's inner words find it too (matchesEntity decides).
    if (ws.length >= 4) for (const w of ws.slice(1, -1)) this.put("f", w, e);
    if (significantWords(c).length > 1) this.put("i", initials(c), e);
    const countryless = countrylessInitials(c);
    if (countryless) this.put("i", countryless, e);
    const headlessKey = withoutHeadOf(c);
    if (headlessKey) this.put("k", headlessKey, e);
    const countrylessKey = withoutCountryOf(c);
    if (countrylessKey) this.put("k", countrylessKey, e);
    // "the Fed" for "the Federal Reserve": a body's short name no rule derives.
    const short = SHORT_NAMES.get(countrylessKey ?? keyOf(c)) ?? SHORT_NAMES.get(keyOf(c));
    if (short && e.type === "organization") {
      this.put("k", short, e);
      this.summaries.get(e)?.shortKeys.add(short);
    }
  }

  /** Adds the entities remembered under `key` to `pool`. */
  private gather(pool: Set<LinkedEntity>, kind: "k" | "l" | "f" | "i", key: string): void {
    const list = this.byKey[kind].get(key);
    if (list) for (const e of list) pool.add(e);
  }

  /** The first entity (in creation order) that the candidate names. */
  find(c: NameCandidate, type: NamedType | null): LinkedEntity | undefined {
    const pool = new Set<LinkedEntity>();
    const key = keyOf(c);
    this.gather(pool, "k", key);
    const ws = significantWords(c);
    const last = ws[ws.length - 1];
    // "AI systems" after "the AI Office": a common noun written as an acronym joins no longer name.
    const commonNoun = c.tokens.length === 1 && isCommonAcronym(c.text);
    if (commonNoun)
      for (const e of pool) if (!e.candidates.some((other) => keyOf(other) === key)) pool.delete(e);
    if (last && !commonNoun) this.gather(pool, "l", last);
    if (ws.length === 1 && last && !commonNoun) {
      this.gather(pool, "f", last);
      // "Bob" after "Robert Gottlieb": a given name's short form finds the full name too.
      if (isShortFormMention(c)) for (const full of fullGivenNames(last)) this.gather(pool, "f", full);
    }
    const written = c.text.replace(/\./g, "").toUpperCase();
    if (!commonNoun) this.gather(pool, "i", written);
    // A written acronym whose letters fit two different long names ("USC": University of Southern
    // California, UN Security Council) is left alone rather than guessed.
    if (ws.length === 1 && isAcronym(c.text)) {
      const fits = (this.byKey.i.get(written) ?? []).filter(
        (e) => e.type === "organization" && !this.summaries.get(e)?.keys.has(keyOf(c)),
      );
      if (fits.length > 1) for (const e of fits) pool.delete(e);
    }
    let best: LinkedEntity | undefined;
    let bestOrder = Number.POSITIVE_INFINITY;
    const matching: LinkedEntity[] = [];
    for (const e of pool) {
      const summary = this.summaries.get(e);
      if (!summary || !matchesEntity(c, e, type, summary)) continue;
      matching.push(e);
      const n = this.order.get(e) ?? 0;
      if (n < bestOrder) {
        best = e;
        bestOrder = n;
      }
    }
    // "Luiz Inácio Lula da Silva … Marina Silva said … Silva told": a surname two people share is the
    // one named last before it. Only people with given names of their own: "Josh Apte" and "Joshua
    // Apte", "Kristin" and "Kristen Wilkins" are one person written two ways.
    if (ws.length !== 1 || matching.length < 2) return best;
    const givenNames = new Set(
      mapPacked(matching, (e) => {
        const summary = this.summaries.get(e);
        return e.type === "person" && summary ? givenNameOf(summary.longest) : "";
      }),
    );
    if (givenNames.size !== matching.length || givenNames.has("")) return best;
    // "Ahmad Rashid … His daughter, Leila Rashid, said … Rashid studied": a relative introduced as one
    // shares the surname of the person the story is about; the surname alone is that person's.
    const unrelated = matching.filter((e) => !e.candidates.some(isIntroducedAsKin));
    if (unrelated.length === 1) return unrelated[0];
    return lastNamedBefore(c.start, unrelated.length > 1 ? unrelated : matching) ?? best;
  }
}

/**
 * `intrinsicType` once per form in the article and the words around it (`seen`): it reads a candidate's
 * words, its text, whether a title stood before it, and up to two words on each side ("the Rhine" is
 * the river, "Rhine shipping" in a headline may not be), and a name is often mentioned alike.
 */
function typeEvidence(c: NameCandidate, seen: Map<string, TypeEvidence | null>): TypeEvidence | null {
  const n = c.tokens.length;
  const around = `${c.index === 0 ? "^" : ""}${textAt(c, -2)}\u0001${textAt(c, -1)}\u0001${textAt(c, n)}\u0001${textAt(c, n + 1)}`;
  const key = `${c.title.length > 0 ? "t" : "n"}${around}\u0002${c.text}\u0000${mapPacked(c.tokens, (t) => t.text).join("\u0000")}`;
  let found = seen.get(key);
  if (found === undefined) {
    found = intrinsicType(c);
    seen.set(key, found);
  }
  return found;
}

/** Type every candidate and collapse the ones that name the same referent. */
/**
 * "the Agency", "the Department": a capitalised head word alone after "the" stands for the organisation
 * named before it whose name ends in that word (the nearest one), not for a new entity.
 */
function headReference(c: NameCandidate, entities: LinkedEntity[]): LinkedEntity | undefined {
  const word = c.text.toLowerCase();
  if (
    c.tokens.length !== 1 ||
    c.title.length > 0 ||
    !ORGANIZATION_HEADS.has(word) ||
    lowerAt(c, -1) !== "the"
  )
    return undefined;
  let best: LinkedEntity | undefined;
  let bestStart = -1;
  for (const e of entities) {
    if (e.type !== "organization") continue;
    for (const other of e.candidates) {
      const last = other.tokens[other.tokens.length - 1];
      if (
        other.tokens.length > 1 &&
        other.start < c.start &&
        other.start > bestStart &&
        last?.text.toLowerCase() === word
      ) {
        best = e;
        bestStart = other.start;
      }
    }
  }
  return best;
}

/**
 * "Jannik Sinner came from a set down … Later, Sinner told reporters": a two-word name that no list
 * types, a word no list knows before a surname that is also an ordinary word (`isUnlistedThenSurname`),
 * is a person when the article refers to it by that surname, as news refers to people. The surname
 * alone is a capitalised mention of its own, never after "the" ("the Sun" for the Herald Sun), or the
 * word opening a sentence or following a quotation before a speech verb, a possessive or a comma
 * ("Sinner told reporters", "Sinner's coach"). A name whose first word stands alone as often ("Pokemon"
 * for Pokemon Shield) is a product's or a body's, and a surname that ends two such names is nobody's.
 * The same holds for a word no list knows before a big city's name ("Hayao Miyazaki",
 * `isUnlistedThenCity`) when the city's name alone reads as a person's ("Miyazaki, 83, did not attend"). The
 * lone mentions, and those of the given name alone ("against Jannik you pay"), join the full name's group;
 * the groups that did are returned.
 */
function joinSurnameGroups(
  groups: Map<string, NameCandidate[]>,
  text: string,
  isPerson: (cs: NameCandidate[]) => boolean,
): Set<NameCandidate[]> {
  // "Hayao Miyazaki … Miyazaki, 83,": a city's name as the surname needs its lone mentions to read as a person's.
  const isPersonGroup = (group: NameCandidate[]) => {
    const alone = groups.get(normaliseName(group[0]?.tokens[1]?.text ?? ""));
    return alone !== undefined && isPerson(alone);
  };
  const joined = new Set<NameCandidate[]>();
  const byLast = new Map<string, NameCandidate[] | null>();
  for (const group of groups.values()) {
    const full = group[0] as NameCandidate;
    if (full.tokens.length !== 2 || full.title.length > 0) continue;
    if (!isUnlistedThenSurname(full) && !(isUnlistedThenCity(full) && isPersonGroup(group))) continue;
    const last = normaliseName(full.tokens[1]?.text ?? "");
    if (last) byLast.set(last, byLast.has(last) ? null : group);
  }
  let openers: Map<string, number> | undefined;
  const lone = (cs: NameCandidate[] | undefined) =>
    cs?.every((c) => c.tokens.length === 1 && lowerAt(c, -1) !== "the") ? cs : undefined;
  for (const [last, group] of byLast) {
    if (!group) continue;
    const full = group[0] as NameCandidate;
    const alone = lone(groups.get(last));
    openers ??= speechOpeners(text);
    const uses = (alone?.length ?? 0) + (openers.get(full.tokens[1]?.text ?? "") ?? 0);
    const given = normaliseName(full.tokens[0]?.text ?? "");
    const first = given === last ? undefined : groups.get(given);
    if (uses === 0 || (first && (!lone(first) || first.length >= uses))) continue;
    for (const [key, cs] of [[last, alone] as const, [given, first] as const]) {
      if (!cs) continue;
      pushAll(group, cs);
      groups.delete(key);
    }
    joined.add(group);
  }
  return joined;
}

/** A capitalised word opening a sentence or following a quotation, then a possessive, a comma or a lowercase word. */
const SENTENCE_OPENER = /(?:^|[.!?]["'”’]?\s+|["”’]\s+|\n)(\p{Lu}[\p{L}\p{M}-]*)(?:['’]s\b|,|\s+(\p{Ll}+))/gu;

/**
 * How often each capitalised word opens a sentence or follows a quotation before a speech verb, a
 * possessive or a comma ("Sinner told reporters", "Sinner's coach"): one pass over the text.
 */
function speechOpeners(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SENTENCE_OPENER)) {
    if (m[2] !== undefined && !SPEECH_VERBS.has(m[2])) continue;
    const word = m[1] as string;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

export function linkCandidates(all: NameCandidate[], text = ""): LinkedEntity[] {
  facts = new Map();
  try {
    return linkAll(all, text);
  } finally {
    facts = new Map();
  }
}

function linkAll(all: NameCandidate[], text: string): LinkedEntity[] {
  const candidates = all.filter((c) => !isShareIcon(c));
  const aliasOf = parentheticalAliases(candidates);
  const entities: LinkedEntity[] = [];
  const entityOf = new Map<NameCandidate, LinkedEntity>();
  const seen = new Map<string, TypeEvidence | null>();
  const evidence = new Map(mapPacked(candidates, (c) => [c, typeEvidence(c, seen)] as const));
  const types = new Map(
    mapPacked(candidates, (c) => {
      const e = evidence.get(c);
      return [c, e && !e.weak ? e.type : null] as const;
    }),
  );
  // Most significant words first, then typed before untyped, then text order (rank = words * 2 + typed).
  const order = mapPacked(
    mapPacked(candidates, (c) => ({
      c,
      rank: significantWords(c).length * 2 + Number(types.get(c) !== null),
    })).sort((a, b) => b.rank - a.rank || a.c.start - b.c.start),
    (r) => r.c,
  );
  const pending: NameCandidate[] = [];
  const index = new EntityIndex();
  for (const c of order) {
    const type = types.get(c) ?? null;
    const long = aliasOf.get(c);
    const viaAlias = long ? entityOf.get(long) : undefined;
    const found = viaAlias ?? index.find(c, type);
    if (found) {
      found.candidates.push(c);
      entityOf.set(c, found);
      index.add(found, c);
    } else if (type) {
      const e: LinkedEntity = { type, candidates: [c] };
      entities.push(e);
      entityOf.set(c, e);
      index.add(e, c);
    } else pending.push(c);
  }
  const groups = new Map<string, NameCandidate[]>();
  // "the Integrated Food Security Phase Classification (IPC)": a long name no rule types joins the
  // entity its acronym in brackets found.
  const acronymOf = new Map(mapPacked([...aliasOf], ([inner, long]) => [long, inner] as const));
  for (const c of pending.sort((a, b) => a.start - b.start)) {
    const inner = acronymOf.get(c);
    const found =
      index.find(c, null) ?? headReference(c, entities) ?? (inner ? entityOf.get(inner) : undefined);
    if (found) {
      found.candidates.push(c);
      index.note(found, c);
      continue;
    }
    const key = keyOf(c);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const names = new Set(mapPacked(candidates, keyOf));
  const surnamed = joinSurnameGroups(
    groups,
    text,
    (cs) => contextType(cs, evidence.get(cs[0] as NameCandidate)?.type ?? null, names, text) === "person",
  );
  for (const group of groups.values()) {
    const guess = evidence.get(group[0] as NameCandidate)?.type ?? null;
    let type = surnamed.has(group) ? "person" : contextType(group, guess, names, text);
    // "Liverpool, who drew 1-1": a town's name that no given-name or surname list holds, read as
    // someone, is the team or body named for the town (unless it is the surname of a person named in
    // full: "Hayao Miyazaki … Miyazaki, 83,").
    if (
      type === "person" &&
      !surnamed.has(group) &&
      guess === "place" &&
      isTownWord(group[0] as NameCandidate)
    )
      type = "organization";
    if (type) entities.push({ type, candidates: group });
  }
  for (const e of entities) e.candidates.sort((a, b) => a.start - b.start);
  const kept = entities.filter((e) => !isProduct(e) && !isNoName(e, text));
  for (const e of kept) if (isTeamPlace(e)) e.type = "organization";
  markNationalTeams(kept);
  for (const e of kept) e.type = describedType(e) ?? e.type;
  for (const e of kept) if (e.type === "person" && hasInitialsAlias(e)) e.type = "organization";
  // A country acting as its government stays the place (its knowledge-base id, its identity across
  // articles); the mentions that are no place ("China said", not "in China") name the government.
  const acting = kept.filter((e) => isActingCountry(e, 2));
  if (acting.length > 0) {
    for (const e of kept)
      if (acting.includes(e) || isActingCountry(e, 1))
        e.governing = new Set(e.candidates.filter((c) => mentionCues(c).place === 0));
  }
  return kept.sort((a, b) => (a.candidates[0]?.start ?? 0) - (b.candidates[0]?.start ?? 0));
}
