export { type Lexicon, lexicon } from "./lexicon.ts";
export {
  isCommonNonName,
  isFedAbbreviation,
  isListedWord,
  isMonthInName,
  isNationalityNoun,
  isPluralCommonWord,
  isPluralNoun,
  isPortugueseDo,
} from "./listed.ts";
export * from "./name-parts.ts";
export {
  type City,
  countryOfLocator,
  findCity,
  findCountryCode,
  isCountryOrRegion,
  isGazetteerPlace,
  isRegion,
  placeKnowledgeBase,
  placeSpelling,
  titleCasePlace,
  townKnowledgeBase,
  townNearAnchors,
} from "./places.ts";
