import { lexicon } from "./lexicon.ts";
import { findCity, findCountryCode } from "./places.ts";

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
