export { type Lexicon, lexicon } from "./lexicon.ts";
export {
  isCommonNonName,
  isFedAbbreviation,
  isListedWord,
  isMonthInName,
  isNationalityNoun,
  isPluralCommonWord,
  isPluralNoun,
} from "./listed.ts";
export * from "./name-parts.ts";
export {
  countryOfLocator,
  findCity,
  findCountryCode,
  isCountryOrRegion,
  isGazetteerPlace,
  isRegion,
  placeKnowledgeBase,
  placeSpelling,
  titleCasePlace,
} from "./places.ts";
