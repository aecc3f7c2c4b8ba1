import { lexicon } from "./lexicon.ts";
import { findCity, findCountryCode } from "./places.ts";

/** "the Fed", "Fed Chair Jerome Powell": "Fed" written so is the Federal Reserve, unless "Fed up with …". */
export function isFedAbbreviation(text: string, nextLower: string): boolean {
  return text === "Fed" && nextLower !== "up";
}

/**
 * Portuguese "do" inside a name ("Observatório do Clima", "Rio Grande do Sul"): lowercase, after a name
 * word that is no ordinary English word ("Why do Americans …" is a question). Not among the name
 * particles: it never joins a person's name.
 */
export function isPortugueseDo(word: string, previousLower: string): boolean {
  return word === "do" && !lexicon().commonWords.has(previousLower);
}

/** The role of an entity that names a group of people by nationality, faith or party ("Kenyans"). */
export const GROUP_ROLE = "group of people";

/** A word some list knows: a common word, a name part, a known person or body, a country, region, demonym or city. */
export function isListedWord(word: string): boolean {
  const w = word.toLowerCase();
  const lex = lexicon();
  return (
    lex.commonWords.has(w) ||
    lex.firstNames.has(w) ||
    lex.lastNames.has(w) ||
    lex.personNames.has(w) ||
    lex.knownPeople.has(w) ||
    lex.knownOrganizations.has(w) ||
    lex.demonyms.has(w) ||
    lex.countries.has(w) ||
    lex.regions.has(w) ||
    findCountryCode(word) !== null ||
    findCity(word) !== null
  );
}

/** "scooter", "affairs": a common word (lowercase) that is no given name or surname in the name lists. */
export function isCommonNonName(w: string): boolean {
  const lex = lexicon();
  return lex.commonWords.has(w) && !lex.firstNames.has(w) && !lex.lastNames.has(w);
}

const PLURAL_WORD = /^\p{Lu}\p{Ll}{3,}s$/u;

/** A capitalised plural ("Affairs") lowercased, with its singular; null for any other word. */
function plural(word: string): { w: string; singular: string } | null {
  if (!PLURAL_WORD.test(word)) return null;
  const w = word.toLowerCase();
  return { w, singular: w.slice(0, -1) };
}

/**
 * "Affairs", "Guidelines": a capitalised plural of a common word that is no name part, known
 * person's name or nationality, in neither number (the entity rules' test).
 */
export function isPluralCommonWord(word: string): boolean {
  const p = plural(word);
  const lex = lexicon();
  return (
    p !== null &&
    isCommonNonName(p.w) &&
    !lex.personNames.has(p.w) &&
    !lex.personNames.has(p.singular) &&
    !lex.demonyms.has(p.singular)
  );
}

/**
 * "Officers", "Analysts": the plural of a common or role noun, itself no name part, known person,
 * known body or nationality (the quote rules' test for a speaker described, not named).
 */
export function isPluralNoun(word: string): boolean {
  const p = plural(word);
  if (p === null) return false;
  const lex = lexicon();
  const { w, singular } = p;
  const named =
    lex.firstNames.has(w) ||
    lex.lastNames.has(w) ||
    lex.personNames.has(w) ||
    lex.knownOrganizations.has(w) ||
    lex.demonyms.has(singular);
  const noun =
    lex.commonWords.has(w) ||
    lex.commonWords.has(singular) ||
    lex.roleNouns.has(w) ||
    lex.roleNouns.has(singular);
  return !named && noun;
}

/** Nouns for one person of a nation that are no adjective ("the Briton", "the Frenchman"). */
const NATIONAL_NOUNS = new Set([
  "briton",
  "frenchman",
  "frenchwoman",
  "englishman",
  "englishwoman",
  "irishman",
  "irishwoman",
  "scotsman",
  "scotswoman",
  "welshman",
  "welshwoman",
  "dutchman",
  "dutchwoman",
  "scot",
  "kiwi",
  "aussie",
  // Nouns for a country's people that are not its adjective: "the Spaniard said", "the Dane".
  "spaniard",
  "dane",
  "swede",
  "finn",
  "pole",
  "turk",
  "serb",
  "croat",
  "brit",
  "icelander",
  "luxembourger",
  "new zealander",
]);

/** Peoples named by two words, no country's: "the first Native American to win", "First Nations leaders". */
const PEOPLES = new Set([
  "native american",
  "native americans",
  "native hawaiian",
  "native hawaiians",
  "alaska native",
  "alaska natives",
  "pacific islander",
  "pacific islanders",
  "first nations",
  "torres strait islander",
  "torres strait islanders",
  "aboriginal australian",
  "aboriginal australians",
]);

/** A people's name, or two joined by "and" ("Pacific Islanders and First Nations"): no named entity. */
export function isPeopleName(text: string): boolean {
  return text
    .toLowerCase()
    .split(/\s+and\s+/)
    .every((part) => PEOPLES.has(part.replace(/\s+/g, " ")));
}

/** "argentine", "briton": a word for someone of a country (a demonym with a country's code, or a national noun). */
export function isNationalityNoun(w: string): boolean {
  return Boolean(lexicon().demonyms.get(w)) || NATIONAL_NOUNS.has(w);
}

/** Month names that are also surnames: "Theresa May", "Fredric March", "Bille August". */
const SURNAME_MONTHS = new Set(["may", "march", "august"]);

/**
 * "Theresa May", "Brian May", "Cape May": a month's name written after a given name (no ordinary word)
 * or after "Cape" is a surname or a place's name, not a date. `previous` is the word before it as written.
 */
export function isMonthInName(previous: string, month: string): boolean {
  if (!SURNAME_MONTHS.has(month.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(previous)) return false;
  const w = previous.toLowerCase();
  const lex = lexicon();
  return w === "cape" || (lex.firstNames.has(w) && !lex.commonWords.has(w));
}
