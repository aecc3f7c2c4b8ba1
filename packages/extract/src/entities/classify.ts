import type { EntityType } from "@newsgraph/schema";
import {
  CELESTIAL_BODIES,
  COMPASS_ADJECTIVES,
  findCity,
  findCountryCode,
  isCommonNonName,
  isCountryOrRegion,
  isFedAbbreviation,
  isGazetteerPlace,
  isKoreanName,
  isNationalAgencyName,
  isNumberedTeam,
  isPartyMembers,
  isRegion,
  lexicon,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ONE_WORD_BUILDINGS,
  ONE_WORD_INSTITUTIONS,
  ORGANIZATION_HEADS,
  PARTY_MEMBER_NOUNS,
  PERSON_TITLES,
  PLACE_COMPOUND_ENDS,
  PLACE_HEADS,
  SPEECH_VERBS,
  STAFF_NOUNS,
  STATE_ABBREVIATIONS,
  townLinkAt,
} from "../kb/index.ts";
import { mapPacked } from "../text/arrays.ts";
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "../text/calendar-words.ts";
import { startsLowercase, startsUppercase, TITLE_CASE_WORD } from "../text/chars.ts";
import type { Token } from "../text/index.ts";
import { lowerAt, textAt, tokenAt } from "./around.ts";
import { type NameCandidate, opensSaintsPlace } from "./candidates.ts";
import { eventOrOtherName, kindByName } from "./events.ts";
import { isOrdinaryWordsName } from "./not-names.ts";

export type NamedType = Extract<EntityType, "person" | "organization" | "place">;

const ACRONYM = /^(?:[\p{Lu}][\p{Lu}0-9&-]*[\p{Lu}0-9]|(?:[\p{Lu}]\.){2,}|[\p{Lu}]+s)$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const CAPITALISED_WORD = /^[\p{Lu}][\p{Ll}]/u;
const UPPERCASE_WORD = /^\p{Lu}+$/u;
/** "BoE", "BoJ", "PwC": a short acronym with a lowercase letter inside. */
const MIXED_ACRONYM = /^\p{Lu}\p{Ll}\p{Lu}{1,2}$/u;
/** A single letter and a dot: "J." */
const UPPERCASE_3 = /^\p{Lu}{3,}$/u;
const INITIAL = /^\p{L}\.$/u;

export function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && TWO_CAPITALS.test(text) && !CAPITALISED_WORD.test(text);
}

/** Lowercase words of a name without its connectors and particles. */
const nameWords = (all: string[]) => all.filter((w) => !NAME_CONNECTORS.has(w) && !NAME_PARTICLES.has(w));

export interface TypeEvidence {
  type: NamedType;
  /** True when the evidence is a guess another mention may overrule (a one-word city that is also a surname). */
  weak: boolean;
}

/** The type a name shows by itself (lexicons, head words, titles), or null when it takes context to tell. */
export function intrinsicType(c: NameCandidate): TypeEvidence | null {
  const type = strongType(c);
  if (type) return { type, weak: false };
  const lex = lexicon();
  const word = c.text.toLowerCase();
  // "Obama": a well-known surname beats a small town of that name (Obama, Japan).
  if (c.tokens.length === 1 && lex.lastNames.has(word) && !isTown(c.text) && !lex.commonWords.has(word))
    return { type: "person", weak: true };
  // Not "the Crystal is the best looking": an ordinary word after "the" is no small town's name.
  const theWord = lex.commonWords.has(word) && lowerAt(c, -1) === "the";
  if (c.tokens.length === 1 && findCity(c.text) && !isAcronym(c.text) && !theWord)
    return { type: "place", weak: true };
  if (c.tokens.length === 1 && CELESTIAL_BODIES.has(word) && c.title.length === 0)
    return { type: "place", weak: true };
  if (c.tokens.length === 1 && lex.personNames.has(word) && !lex.commonWords.has(word))
    return { type: "person", weak: true };
  if (c.tokens.length === 1 && (lex.firstNames.has(word) || lex.lastNames.has(word)))
    return { type: "person", weak: true };
  return null;
}

/** Place heads that are common surnames too: "Jane Park", "Kim Hall", "Michael Bay", "Andy Street". */
const SURNAME_HEADS = new Set(["park", "hall", "bay", "lake", "street"]);
/** What may stand between a speaker's name and the speech verb: "Kim Park at Wedbush Securities said". */
const AFFILIATION_WORDS = /^(?:at|of|from|with|the)$/;

/**
 * "Jane Park said", "said Kim Hall.", "Kim Park at Wedbush said", "Jane Park, an analyst,": a given name
 * before a place head that is also a surname is a person who speaks or is described by a role (not
 * "Victoria Park" or "Albert Hall" as places).
 */
function speaksAsGivenNameAndSurname(c: NameCandidate, all: readonly string[]): boolean {
  const [given, head] = all;
  if (all.length !== 2 || !SURNAME_HEADS.has(head ?? "")) return false;
  const lex = lexicon();
  if (!lex.firstNames.has(given ?? "") || lex.commonWords.has(given ?? "")) return false;
  const n = c.tokens.length;
  // "The Albert Hall said", "fans in Victoria Park said": the place's own words, or people in it.
  if (/^(?:the|in|at|near|to|from|into|outside|inside|across|around|through)$/.test(lowerAt(c, -1)))
    return false;
  if (SPEECH_VERBS.has(lowerAt(c, -1)) && /^(?:,|\.|)$/.test(lowerAt(c, n))) return true;
  // "Jane Park, an analyst at Wedbush,": set off and described by a person's role noun.
  if (lowerAt(c, n) === "," && /^(?:a|an|the)$/.test(lowerAt(c, n + 1))) {
    for (let k = n + 2; k < n + 5; k++) if (lex.roleNouns.has(lowerAt(c, k))) return true;
  }
  for (let k = n; k < n + 8; k++) {
    const word = lowerAt(c, k);
    if (SPEECH_VERBS.has(word)) return k === n || AFFILIATION_WORDS.test(lowerAt(c, n));
    const token = tokenAt(c, k);
    if (!token || !(AFFILIATION_WORDS.test(word) || /^\p{Lu}/u.test(token.text))) return false;
  }
  return false;
}

/** Words before a party's name and "party": "the ruling Morena party", "the opposition PAN party". */
const PARTY_BEFORE =
  /^(?:ruling|governing|opposition|the|his|her|their|its|conservative|liberal|leftist|rightist|far-right|far-left|hard-right|hard-left|centre-right|centre-left|center-right|center-left|centrist|nationalist|populist|socialist|communist|green|islamist|main|small|new|former)$/;

const LANDFORM_PREFIXES =
  /^(?:cape|mount|mt\.?|county|co\.|lake|loch|isle|gulf|glacier|volcano|sierra|cordillera|river|port|fort|ft\.?|pointe|cap|mont|lac|île|ile|col|camp|deir|dayr|beit|bayt|kafr|kfar|khirbet|wadi|wad|jabal|jebel|ras|kibbutz|moshav)$/;
/** Lowercase facility nouns a name can stand before ("Walter Reed hospital"). */
const NAMED_FACILITY =
  /^(?:hospital|airport|stadium|arena|prison|jail|station|bridge|tunnel|dam|library|building|tower)$/;
const SITE_KINDS =
  /^(?:nuclear|power|coal|coal-fired|gas-fired|hydroelectric|hydropower|geothermal|training|oil|gas|shale|copper|gold|lithium)$/;
const SITE_NOUNS =
  /^(?:plant|plants|station|reactor|reactors|ground|grounds|complex|facility|field|fields|mine|mines|deposit|deposits|formation)$/;

/**
 * "Onagawa nuclear plant", "Zubieta training ground", "the Vaca Muerta shale field", "the Escondida
 * copper mine": a name before the kind of site and its noun.
 */
function namesSite(c: NameCandidate): boolean {
  const kind = lowerAt(c, c.tokens.length);
  if (!SITE_KINDS.test(kind)) return false;
  const noun = lowerAt(c, c.tokens.length + 1);
  return SITE_NOUNS.test(noun) || (kind === "nuclear" && lowerAt(c, c.tokens.length + 2) === "plant");
}

/**
 * "Tohoku Shinkansen bullet train services": a high-speed line's name before its trains (not "Avanti
 * West Coast train services", the operator's, nor "Elizabeth line", which a town's name shares).
 */
function namesRailLine(c: NameCandidate): boolean {
  return lowerAt(c, c.tokens.length) === "bullet" && /^trains?$/.test(lowerAt(c, c.tokens.length + 1));
}

/** Prepositions of place before a venue: "at Heinz Field", "to Soldier Field". */
const VENUE_PREPOSITIONS = /^(?:at|in|to|from|outside|inside)$/;

const PORTUGUESE_COMPASS = /^(?:sul|norte|leste|oeste)$/;

/** A given name a list knows, or one of given names joined by a hyphen ("Jean-Marie"). */
function isGivenName(word: string): boolean {
  const lex = lexicon();
  const known = (w: string) => lex.firstNames.has(w) || lex.personNames.has(w);
  return known(word) || (word.includes("-") && word.split("-").every(known));
}

/** Nouns after a name that make it a landform: "the Amazon rainforest", "the Congo basin". */
const LANDFORM_NOUNS =
  /^(?:rainforest|rainforests|river|basin|jungle|delta|region|forest|forests|savanna|savannah|wetland|wetlands|desert|steppe|plateau|highlands|lowlands|marshes|swamp|swamps|archipelago|peninsula)$/;
/** Company names that are first rivers and regions: "the Amazon" alone is the rainforest. */
const LANDFORM_HOMONYMS = new Set(["amazon"]);

/** "the Amazon rainforest", "deforestation in the Amazon": the landform, not the company of its name. */
function isLandformHomonym(c: NameCandidate): boolean {
  if (!lexicon().knownOrganizations.has(c.text.toLowerCase())) return false;
  if (LANDFORM_NOUNS.test(lowerAt(c, c.tokens.length))) return true;
  if (!LANDFORM_HOMONYMS.has(c.text.toLowerCase())) return false;
  // "the Amazon", "Brazil's Amazon", "Peru's Amazon region".
  const before = lowerAt(c, -1);
  return before === "the" || (/^['’]s$/.test(before) && findCountryCode(textAt(c, -2)) !== null);
}

/** "the Cerrado savanna", "the Pantanal wetlands", "the Gobi desert": a name no list knows before a landform's noun is the landform. */
function namesLandform(c: NameCandidate): boolean {
  return c.title.length === 0 && LANDFORM_NOUNS.test(lowerAt(c, c.tokens.length));
}

/** Nouns for a settlement or an area before "of" and its name: "the town of Mai Mahiu", "the 1200 block of Broadway". */
export const PLACE_NOUNS =
  /^(?:village|town|city|province|county|region|island|islands|district|suburb|municipality|neighborhood|neighbourhood|settlement|hamlet|enclave|commune|outpost|kibbutz|parish|borough|township|prefecture|block)$/;

/** Posts held in a town or an area, before "of" and its name: "the mayor of Zorvik". */
const LOCAL_POSTS = /^(?:mayor|mayoress|governor|prefect|sheriff|bishop|archbishop|burgomaster)$/;

function strongType(c: NameCandidate): NamedType | null {
  const lex = lexicon();
  const text = c.text.toLowerCase();
  const all = mapPacked(c.tokens, (t) => t.text.toLowerCase());
  const words = nameWords(all);
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  // "San Francisco 49ers", "the 76ers": a team named by a number.
  if (isNumberedTeam(c.tokens[c.tokens.length - 1]?.text ?? "")) return "organization";
  if (isLandformHomonym(c)) return "place";
  if (namesLandform(c) && !lex.knownOrganizations.has(text)) return "place";
  // "Westfield Parramatta", "Tesco Extra Leeds": a chain's name and a town's is the chain's site there.
  if (
    c.title.length === 0 &&
    all.length >= 2 &&
    lex.knownOrganizations.has(first) &&
    !lex.knownOrganizations.has(text) &&
    !findCountryCode(first) &&
    findCity(c.tokens[c.tokens.length - 1]?.text ?? "") !== null &&
    !isTeamName(text)
  )
    return "place";
  // "Marine Le Pen", "Jean-Marie Le Pen": a given name and a French surname opened by "Le" or "La"
  // (their ordinary words, "Marine" and "Pen", had made the name a body's).
  if (c.tokens.length === 3 && /^L[ae]$/.test(c.tokens[1]?.text ?? "") && isGivenName(all[0] ?? ""))
    return "person";
  // "Rio Grande do Sul", "Caxias do Sul", "Rio Grande do Norte": a Portuguese compass word closes a place.
  if (all.length >= 3 && all[all.length - 2] === "do" && PORTUGUESE_COMPASS.test(last)) return "place";
  if (c.title.length === 0 && opensSaintsPlace(c.tokens, 0)) return "place";
  if (lex.knownOrganizations.has(text) || teamNicknames().has(text)) return "organization";
  // "the ruling Morena party", "Gandhi's Congress party": a name before "party" is the party's, even
  // when a small town shares it (not a big city's or a country's: "a Paris party", "the China party").
  if (
    c.title.length === 0 &&
    /^(?:party|bloc)$/.test(lowerAt(c, c.tokens.length)) &&
    (PARTY_BEFORE.test(lowerAt(c, -1)) || /['’]s$/.test(textAt(c, -1))) &&
    !isBigCity(c.text) &&
    findCountryCode(c.text) === null
  )
    return "organization";
  // "Africa CDC", "China CDC", "Europe PMC": a place's name before an acronym names a body there (not
  // "Mohammed VI": a king's numeral is no acronym).
  if (
    c.tokens.length === 2 &&
    c.title.length === 0 &&
    ACRONYM_AFTER_PLACE.test(c.tokens[1]?.text ?? "") &&
    !ROMAN_NUMERAL.test(c.tokens[1]?.text ?? "") &&
    // Not "MEXICO CITY" in a dateline's capitals.
    /\p{Ll}/u.test(c.tokens[0]?.text ?? "") &&
    (isCountryOrRegion(c.tokens[0]?.text ?? "") || isBigCity(c.tokens[0]?.text ?? ""))
  )
    return "organization";
  // "Atlantic Canada", "Pacific Russia": a region's word before a country names part of it.
  if (words.length === 2 && c.title.length === 0 && isRegion(first) && findCountryCode(last) !== null)
    return "place";
  // "Parks Canada", "Transport Canada", "Historic England", "Police Scotland": a field's word before a
  // country names its agency.
  if (isNationalAgencyName(all)) return "organization";
  // "Kenya Red Cross", "American Red Cross": a known body's name after a country or its adjective.
  if (
    words.length > 2 &&
    (findCountryCode(c.tokens[0]?.text ?? "") !== null || lex.demonyms.has(all[0] ?? "")) &&
    lex.knownOrganizations.has(all.slice(1).join(" "))
  )
    return "organization";
  // "the town of Mai Mahiu", "the village of Tabqa": what a settlement is called; "the mayor of
  // Lézignan-Corbières", "the prefect of Aude": where a local post is held.
  if (
    c.title.length === 0 &&
    lowerAt(c, -1) === "of" &&
    (PLACE_NOUNS.test(lowerAt(c, -2)) || LOCAL_POSTS.test(lowerAt(c, -2))) &&
    !isAcronym(c.text)
  )
    return "place";
  // "a Democrat from Huntington Woods", "a Republican from Brighton Township": where a party's member
  // comes from is a place, whatever names its words share with people's.
  if (
    c.title.length === 0 &&
    lowerAt(c, -1) === "from" &&
    PARTY_MEMBER_NOUNS.has(lowerAt(c, -2)) &&
    /^(?:a|an)$/.test(lowerAt(c, -3)) &&
    !isAcronym(c.text)
  )
    return "place";
  if (c.tokens.length === 1 && ONE_WORD_INSTITUTIONS.has(text)) return "organization";
  // "Social Democrats", "House Democrats", "Senate Republicans": a party named by its members.
  if (words.length > 1 && words.length <= 3 && c.title.length === 0 && isPartyMembers(last))
    return "organization";
  if (isFedAbbreviation(c.text, lowerAt(c, c.tokens.length))) return "organization";
  if (c.tokens.length === 1 && ONE_WORD_BUILDINGS.has(text)) return "place";
  // Not "Egypt and Jordan": a country's name alone is the country, however famous a person of that name.
  if (
    lex.knownPeople.has(text) &&
    !(words.length === 1 && (isBigCity(c.text) || isRegion(c.text) || findCountryCode(c.text) !== null))
  )
    return "person";
  if (isCountryOrRegion(c.text)) return "place";
  // "Procter & Gamble", "Marks & Spencer": a name an ampersand joins is a firm's or a body's, never a
  // person's (a countries' pair, "Trinidad & Tobago", is a country above).
  // A place's head still makes a place: "Evergreen Aviation & Space Museum", "Home & Garden Center".
  if (
    all.includes("&") &&
    c.title.length === 0 &&
    !all.some((w) => PLACE_HEADS.has(w) || w === "center" || w === "centre")
  )
    return "organization";
  // "Calif.", and "N.Y." or "W.Va." after a town's comma ("the Isles N.Y." names a team).
  const abbreviation = text.slice(0, -1);
  if (
    c.text.endsWith(".") &&
    STATE_ABBREVIATIONS.has(abbreviation) &&
    (!abbreviation.includes(".") || textAt(c, -1) === ",")
  )
    return "place";
  // "Washington, DC", "in D.C.": the federal district, not an acronym's organization.
  if ((text === "dc" || text === "d.c.") && isDistrictOfColumbia(c)) return "place";
  if (isCompassPlace(c) || isNamedState(c)) return "place";
  // "published in Nature", "featured in Science and Cell": journals named by an ordinary word.
  if (c.tokens.length === 1 && c.title.length === 0 && JOURNAL_WORDS.test(text) && isCitedJournal(c))
    return "organization";
  // "Beauty company Coty", "tech giant Huawei", "equity strategist at Miller Tabak": a firm by its noun.
  if (c.title.length === 0 && (isNamedByFirmNoun(c) || isDescribedAsFirm(c))) return "organization";
  // "Little Dunford", "Great Yarmouth", "Upper Norwood": an adjective of size or position opens a place name.
  if (words.length === 2 && c.title.length === 0 && PLACE_ADJECTIVES.test(all[0] ?? "")) return "place";
  // "Deutsche Bahn", "Banco Santander", "Société Générale", "Air France": a firm's word in its own language opens it.
  if (words.length > 1 && c.title.length === 0 && FIRM_OPENERS.has(first)) return "organization";
  // "the Danube", "along the Rhine": a great river named alone after "the".
  if (words.length === 1 && RIVERS.has(text) && lowerAt(c, -1) === "the") return "place";
  // "San Ysidro", "Los Alamos", "São Paulo": a Spanish or Portuguese place name.
  // Not "Los Angeles Fire Department": a body's head ends it.
  if (
    words.length > 1 &&
    ROMANCE_PLACE_PREFIX.test(all[0] ?? "") &&
    !all.some((w) => PERSON_TITLES.has(w)) &&
    !ORGANIZATION_HEADS.has(last)
  )
    return "place";
  if (words.length > 1 || c.title.length === 0) {
    if ((last === "center" || last === "centre") && !all.includes("for") && !all.includes("of"))
      // "Barcelona Supercomputing Center", "Pew Research Center", "National Hurricane Center": a field's
      // centre is a body.
      return RESEARCH_FIELDS.test(all[all.length - 2] ?? "") ? "organization" : "place";
    // "Pittsburgh Post-Gazette": the head can end a hyphenated last word.
    const lastPart = last.slice(last.lastIndexOf("-") + 1);
    if ((ORGANIZATION_HEADS.has(last) || ORGANIZATION_HEADS.has(lastPart)) && words.length > 1)
      return "organization";
    // "Oakdale Unified School District", "Metropolitan Water District": a district named for the service
    // it runs is the body that runs it.
    // "IAM District 751": a body's district, named by its acronym, is the body's branch.
    if (
      last === "district" &&
      (SERVICE_DISTRICTS.test(all[all.length - 2] ?? "") ||
        (words.length === 2 && isAcronym(c.tokens[0]?.text ?? "")))
    )
      return "organization";
    // "US Department of State", "Ministry of State": a body's head before "of" names the body, whatever
    // place word ends its name.
    if (
      PLACE_HEADS.has(last) &&
      all.some((w, i) => i > 0 && ORGANIZATION_HEADS.has(all[i - 1] ?? "") && /^(?:of|for)$/.test(w))
    )
      return "organization";
    // "Councilmember Traci Park": after a person's title the head word is a surname.
    if (PLACE_HEADS.has(last) && words.length > 1 && c.title.length === 0)
      return speaksAsGivenNameAndSurname(c, all) ? "person" : "place";
    // "Braunau am Inn", "Neuburg an der Donau": a German town named with its river or region.
    if (all.some((_, i) => i > 0 && townLinkAt(all, i) > 0) && !ORGANIZATION_HEADS.has(last)) return "place";
    // "Land's End", "Shepherd's Bush": a possessive before a place's closing word.
    if (PLACE_COMPOUND_ENDS.has(last) && /^['’]s$/.test(all[all.length - 2] ?? "")) return "place";
    if (all.includes("of") && ORGANIZATION_HEADS.has(first)) return "organization";
    // "National Institutes of Health": a head in the plural before "of" too.
    if (
      all.some(
        (w, i) =>
          i > 0 &&
          (ORGANIZATION_HEADS.has(w) || (w.endsWith("s") && ORGANIZATION_HEADS.has(w.slice(0, -1)))) &&
          /^(?:of|for)$/.test(all[i + 1] ?? ""),
      )
    )
      return "organization";
    if (all.includes("of") && PLACE_HEADS.has(first)) return "place";
    // "Cape Canaveral", "Mount Kenya", "Lake Victoria", "Sierra Nevada": a landform word before a name;
    // "Deir al-Balah", "Beit Lahia", "Kafr Qasim", "Wadi Rum": Arabic words for a settlement or landform;
    // "Kibbutz Nir Oz": a Hebrew one.
    if (words.length > 1 && LANDFORM_PREFIXES.test(first)) return "place";
    // "at Heinz Field", "to Soldier Field": a field after a preposition of place is a venue, not "Sally Field".
    if (words.length > 1 && last === "field" && isAfterVenuePreposition(c)) return "place";
  }
  // "its Onagawa nuclear plant", "the Zubieta training ground", "Tohoku Shinkansen bullet trains": a
  // name no list knows (a known body, "the Toyota power plant", was typed above) before a plant of
  // power, a training ground or a line's trains names the site or the line.
  if (c.title.length === 0 && (namesSite(c) || namesRailLine(c))) return "place";
  // "Walter Reed hospital", "John Lennon airport": a person's name before a facility noun names the place.
  if (words.length > 1 && NAMED_FACILITY.test(textAt(c, c.tokens.length)) && c.title.length === 0)
    return "place";
  // "the northern Sierra Nevada", "central Tokyo": a lowercase compass adjective is never before a person.
  if (words.length > 1 && COMPASS_ADJECTIVES.test(textAt(c, -1)) && c.title.length === 0) return "place";
  if (c.title.length > 0) return "person";
  // "Daily et al.", "Park Joo-Ho": an author list, a Korean surname before a hyphenated given name.
  if (/\set\.? al\.?$/.test(c.text) || /^et$/i.test(textAt(c, c.tokens.length))) return "person";
  if (words.length === 2 && isKoreanName(first, c.tokens[1]?.text ?? "")) return "person";
  // "P.J. Washington", "J.J. Watt", "A.J. Brown": a person's initials before a surname, even a town's
  // name (not "U.S. Steel" or "D.C. United": a country's or a town's initials).
  if (
    c.tokens.length === 2 &&
    DOTTED_INITIALS.test(c.tokens[0]?.text ?? "") &&
    !PLACE_INITIALS.test(all[0] ?? "") &&
    findCountryCode(c.tokens[0]?.text ?? "") === null &&
    UPPER_THEN_LOWER_WORD.test(c.tokens[1]?.text ?? "")
  )
    return "person";
  // "KYIV, Ukraine (AP) —": a city in capitals, unless it labels a speaker ("LAGOS: Where does …").
  if (
    words.length === 1 &&
    c.text.length >= 4 &&
    UPPERCASE_WORD.test(c.text) &&
    textAt(c, c.tokens.length) !== ":" &&
    findCity(c.text)
  )
    return "place";
  if (words.length === 1 && isDatelineCity(c)) return "place";
  // Not a speaker's label in a transcript ("LAGOS: Where does …"), which the linking reads by name.
  const label = c.index === 0 && textAt(c, c.tokens.length) === ":";
  if (
    // "the DA": an acronym that spells a name particle ("da") is one word still.
    (words.length === 1 || c.tokens.length === 1) &&
    !label &&
    (isAcronym(c.text) || isCamelCase(c.text) || MIXED_ACRONYM.test(c.text))
  )
    return "organization";
  const city = findCity(c.text);
  if (
    city &&
    (words.length > 1 ||
      (!lex.firstNames.has(first) &&
        !lex.lastNames.has(first) &&
        !lex.commonWords.has(first) &&
        !lex.personNames.has(first)))
  ) {
    return "place";
  }
  // "Dynamo Kyiv", "Inter Milan", "Sporting Lisbon": an ordinary word (no given name) before a big city
  // names a club. A word no list holds before a city's name may be a given name before a surname
  // ("Hayao Miyazaki", "Hideki Matsuyama"): the words around the name tell.
  if (
    words.length === 2 &&
    c.title.length === 0 &&
    isBigCity(c.tokens[c.tokens.length - 1]?.text ?? "") &&
    !CITY_PART_WORDS.test(first) &&
    !lex.firstNames.has(first) &&
    !lex.lastNames.has(first) &&
    !lex.personNames.has(first)
  )
    return lex.commonWords.has(first) ? "organization" : null;
  // "Skanska USA", "Nissan UK", "Team USA": a name ending in a country's initials is a body's national arm.
  if (
    words.length > 1 &&
    c.title.length === 0 &&
    COUNTRY_INITIALS.test(c.tokens[c.tokens.length - 1]?.text ?? "") &&
    findCountryCode(c.tokens[c.tokens.length - 1]?.text ?? "") !== null
  )
    return "organization";
  // "Vinicius Junior", "Neymar Jr": a generation suffix ends a person's name.
  if (words.length > 1 && GENERATION_SUFFIX.test(last)) return "person";
  // "HMP Belmarsh", "CBP McAllen", "Galileo Jupiter": an acronym or a planet in a name makes it no person's.
  // Not "Bruno Mars": a given name (no ordinary word) before the planet's name makes a person's name.
  const givenFirst = lex.firstNames.has(first) && !lex.commonWords.has(first);
  if (words.length > 1 && (isAcronymLed(c) || (hasCelestialWord(words) && !givenFirst))) return null;
  if (words.length > 1 && lex.firstNames.has(first) && !lex.commonWords.has(last)) return "person";
  if (words.length > 1) {
    if (lex.lastNames.has(last) || lex.firstNames.has(first)) return "person";
    // "in Khan Younis", "near Kiryat Shmona": words no name list holds after a preposition of place are
    // left to the words around their mentions.
    if (
      PLACE_PREPOSITION_BEFORE.test(lowerAt(c, -1)) &&
      c.title.length === 0 &&
      words.every((w) => w.length >= 3 && !lex.commonWords.has(w))
    )
      return null;
    if (looksLikePersonName(words)) return "person";
    if (isGivenNameWordThenSurname(c, first, last)) return "person";
    // "True Tone", "Dark Web Monitoring": ordinary words only, in title case: the words around them tell.
    if (isPlainWordsName(c)) return null;
    // "Jannik Sinner", "Draymond Green": a word no list knows before a surname that is also an ordinary
    // word could be a person or a firm ("Huawei Cloud"); how the article refers to it tells (link.ts).
    if (isUnlistedThenSurname(c)) return null;
    // "central bank chief Klaas Knot", "chief economist Huw Pill": a word no ordinary word (a name, or
    // a word no list holds) and an ordinary word after a post written in lowercase are a person's name,
    // not a firm's.
    if (
      c.tokens.length === 2 &&
      (isUnlistedWord(c.tokens[0]) || (lex.personNames.has(first) && !lex.commonWords.has(first))) &&
      isDescribedByPost(c)
    )
      return "person";
    // "City manager Pep Guardiola", "coach Mo Bobat": a lowercase post right before two words, the last
    // one a surname or a word no list holds, names a person even when the given name is an ordinary word.
    if (
      c.tokens.length === 2 &&
      isLowercasePost(textAt(c, -1)) &&
      (isUnlistedWord(c.tokens[1]) ||
        ((lex.lastNames.has(last) || lex.personNames.has(last)) && !lex.commonWords.has(last)))
    )
      return "person";
    if (words.some(isCommonNonName)) return "organization";
    return "person";
  }
  return null;
}

const PLACE_PREPOSITION_BEFORE = /^(?:in|near|outside|inside)$/;
/** A country written as its initials: "USA", "UK", "U.S.", "UAE". */
const COUNTRY_INITIALS = /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})$/u;

const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** Initials that stand for a place or a body, not a person's given names. */
const PLACE_INITIALS = /^(?:d\.c\.|l\.a\.|n\.y\.|n\.j\.|s\.f\.|u\.n\.|e\.u\.|u\.s\.a\.)$/;
const UPPER_THEN_LOWER_WORD = /^\p{Lu}\p{Ll}+$/u;

/** What a special district runs: "School District", "Water District", "Fire Protection District". */
const SERVICE_DISTRICTS =
  /^(?:school|water|sanitation|sanitary|fire|protection|hospital|healthcare|transit|irrigation|utility|utilities|sewer|library|college|conservation|flood|port|park|parks|recreation|air|management)$/;

const ACRONYM_AFTER_PLACE = /^\p{Lu}{2,6}$/u;
const ROMAN_NUMERAL = /^[IVXLC]+$/;

/** Words before "Center" that name what a body studies or does, not a building: "Pew Research Center". */
const RESEARCH_FIELDS =
  /^(?:research|supercomputing|computing|studies|policy|cancer|medical|health|climate|innovation|technology|information|excellence|analysis|data|law|rights|prediction|forecasting|hurricane|counterterrorism|intelligence)$/;

const GENERATION_SUFFIX = /^(?:junior|júnior|jr\.?|senior|sr\.?|filho|neto|sobrinho)$/;

/**
 * "True Tone", "Dark Web Monitoring": ordinary words in title case, none a head word or a name part,
 * naming no event, prize or product by its last word and no journal ("Nature Astronomy").
 */
export function isPlainWordsName(c: NameCandidate): boolean {
  const first = c.tokens[0]?.lower ?? "";
  if (!c.tokens.every((t) => TITLE_CASE_WORD.test(t.text)) || JOURNAL_WORDS.test(first)) return false;
  if (kindByName(c.text) || eventOrOtherName(c.text)) return false;
  return isOrdinaryWordsName(c);
}

/**
 * "Robin Biesbroek", "Frank Rack": a given name that is also a word, then a surname no lexicon holds.
 * Not after "the" ("the Sea Org"), not a place's head ("Cape Canaveral"), not an abbreviation.
 */
function isGivenNameWordThenSurname(c: NameCandidate, first: string, last: string): boolean {
  const lex = lexicon();
  if (c.tokens.length !== 2 || !lex.personNames.has(first)) return false;
  if (
    lex.commonWords.has(last) ||
    ORGANIZATION_HEADS.has(last) ||
    PLACE_HEADS.has(first) ||
    COMPASS.test(first)
  )
    return false;
  // "Tennis Australia", "Parks Canada": an ordinary word before a country names its national body.
  if (last.length < 3 || last.includes(".") || findCity(c.text) || findCountryCode(last)) return false;
  const before = c.sentenceTokens[c.index - 1];
  return before?.lower !== "the";
}

/** "drugmaker Bavarian Nordic", "chipmaker Nvidia", "miner Rio Tinto": what a company is, before its name. */
export const FIRM_NOUNS =
  /^(?:company|firm|retailer|\p{Ll}*maker|brand|startup|start-up|bank|insurer|reinsurer|lender|airline|carrier|chain|label|brokerage|manufacturer|giant|conglomerate|supplier|distributor|miner|broadcaster|brewer|distiller|refiner|utility|supermarket|grocer|exporter|shipper|shipbuilder|telco)$/u;
/** Nouns for a body other than a firm, right before its name: "the watchdog group Reinvent Albany", "the charity Oxfam". */
const BODY_NOUNS_BEFORE_NAME =
  /^(?:group|charity|nonprofit|non-profit|organization|organisation|coalition|alliance|union|association|watchdog|regulator|newspaper|tabloid|magazine|outlet|broadcaster|think-tank|ngo|lobby|consultancy)$/;
const PLACE_ADJECTIVES = /^(?:little|great|upper|lower|greater|nether|long|high|low|market|kings|bishops)$/;
/** Words that open company and bank names in German, French, Spanish, Italian and Portuguese, and "Air". */
const FIRM_OPENERS = new Set([
  "deutsche",
  "banco",
  "banca",
  "banque",
  "bank",
  "société",
  "societe",
  "crédit",
  "credit",
  "caisse",
  "caixa",
  "compagnie",
  "companhia",
  "compañía",
  "grupo",
  "groupe",
  "gruppo",
  "gruppe",
  "cassa",
  "ferrovie",
  "industrias",
  "aerolíneas",
  "aerolineas",
  "air",
  // Universities, institutes, foundations, ministries and parties named in their own language:
  // "Universidad de Chile", "Instituto Butantan", "Fondation Cartier", "Ministerio de Salud".
  "universidad",
  "universidade",
  "università",
  "universita",
  "université",
  "universite",
  "universität",
  "universitat",
  "universiteit",
  "instituto",
  "istituto",
  "institut",
  "instituut",
  "fundación",
  "fundacion",
  "fundação",
  "fundacao",
  "fondation",
  "fondazione",
  "stichting",
  "ministerio",
  "ministério",
  "ministère",
  "ministero",
  "ministerium",
  "partido",
  "partito",
  // Schools and hospitals: "Scuola Normale Superiore", "Escuela Superior", "École normale".
  "scuola",
  "escuela",
  "escola",
  "école",
  "ecole",
  "hochschule",
  "ospedale",
]);

/** Words before a city's name that name a part or the area of the city ("Central London", "Greater Manchester"). */
const CITY_PART_WORDS =
  /^(?:central|downtown|midtown|uptown|metro|greater|inner|outer|old|upper|lower|east|west|north|south|northern|southern|eastern|western|new|little|great|suburban|rural|urban|coastal|historic|city|port)$/;

/** Great rivers whose one-word names no country, state, company or given name shares. */
const RIVERS = new Set([
  "danube",
  "rhine",
  "thames",
  "seine",
  "nile",
  "yangtze",
  "mekong",
  "ganges",
  "euphrates",
  "tigris",
  "volga",
  "dnieper",
  "dnipro",
  "dniester",
  "elbe",
  "oder",
  "rhône",
  "rhone",
  "loire",
  "zambezi",
  "limpopo",
  "indus",
  "brahmaputra",
  "irrawaddy",
  "potomac",
  "orinoco",
  "tagus",
  "ebro",
  "vistula",
  "yenisei",
  "amur",
  "moselle",
  "tiber",
  "arno",
]);

/** Spanish, Portuguese, Italian and French place and street words that open a name ("San Ysidro", "Corso Monforte", "Rue de Rivoli"). */
const ROMANCE_PLACE_PREFIX =
  /^(?:san|são|sao|los|las|corso|via|viale|piazza|piazzale|calle|avenida|rua|praça|plaza|paseo|rue|place|quai|casa|palacio|palazzo|palais|château|chateau)$/;

const JOURNAL_WORDS = /^(?:nature|science|cell)$/;

function isCitedJournal(c: NameCandidate): boolean {
  const before = textAt(c, -1);
  return /^(?:in|journal)$/.test(before) || (before === "and" && JOURNAL_WORDS.test(lowerAt(c, -2)));
}

const OWNER_NOUNS = /^(?:maker|makers|owner|owners|developer|publisher|operator|parent|manufacturer)$/;

/**
 * "drugmaker Bavarian Nordic", "Epic Games, the maker of Fortnite,", "Epic Games said": a name a firm's
 * noun opens or describes, or that speaks, is a company's, whatever its last word ("Games", "Cars")
 * says of an event or a product.
 */
export function isNamedAsFirm(c: NameCandidate): boolean {
  if (isNamedByFirmNoun(c)) return true;
  const n = c.tokens.length;
  if (/^(?:said|says|told|announced)$/.test(lowerAt(c, n))) return true;
  return textAt(c, n) === "," && lowerAt(c, n + 1) === "the" && OWNER_NOUNS.test(lowerAt(c, n + 2));
}

/** A firm's noun in the plural, for an apposition after two names: "Petrobras and Vale, Brazil's largest companies". */
const FIRM_NOUNS_PLURAL =
  /^(?:companies|firms|banks|lenders|insurers|carriers|airlines|retailers|miners|brands|groups|conglomerates|startups|manufacturers|suppliers)$/;
/** What may follow the noun that ends a firm's apposition: punctuation, or a word that opens a clause or a phrase. */
const AFTER_APPOSITION =
  /^(?:,|\.|;|:|\)|—|–|of|in|on|at|for|with|that|which|and|based|said|says|has|have|had|is|are|was|were|will|by)$/;

/**
 * "Vale, Brazil's largest miner,", "Petrobras and Vale, Brazil's largest companies,": an apposition
 * after the name whose noun is a firm's (not "Jane Doe, a bank manager": the firm's noun there only
 * describes the post after it).
 */
function isDescribedAsFirm(c: NameCandidate): boolean {
  const n = c.tokens.length;
  if (textAt(c, n) !== ",") return false;
  const opener = textAt(c, n + 1);
  const possessive = /^['’]s$/.test(textAt(c, n + 2));
  if (!/^(?:the|a|an|its|one)$/i.test(opener) && !(startsUppercase(opener) && possessive)) return false;
  for (let k = n + (possessive ? 3 : 2); k <= n + 6; k++) {
    const w = lowerAt(c, k);
    if (w === "" || w === "," || w === ".") return false;
    // Not "an Italian lawmaker", "a filmmaker": makers who are people.
    if ((FIRM_NOUNS.test(w) && !lexicon().roleNouns.has(w)) || FIRM_NOUNS_PLURAL.test(w))
      return AFTER_APPOSITION.test(lowerAt(c, k + 1));
  }
  return false;
}

function isNamedByFirmNoun(c: NameCandidate): boolean {
  const word = textAt(c, -1);
  // Not "Italian lawmaker Brando Benifei", "filmmaker Ava DuVernay": makers who are people.
  if (
    tokenAt(c, -1)?.isWord &&
    startsLowercase(word) &&
    ((FIRM_NOUNS.test(word) && !lexicon().roleNouns.has(word)) || BODY_NOUNS_BEFORE_NAME.test(word))
  )
    return true;
  // "Analysts at Morgan Stanley" opening a sentence too.
  return word === "at" && STAFF_NOUNS.test(lowerAt(c, -2));
}

const DATELINE_MONTHS = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

const SHOUTED_CITY = /^\p{Lu}{3,}$/u;
const DASHES = new Set(["—", "–", "-"]);

/** "EASTBROOK, March 12 (Reuters) -", "LONDON (AP) —": the city a dateline opens the story with. */
export function isDatelineCity(c: NameCandidate): boolean {
  if (c.index !== 0) return false;
  const n = c.tokens.length;
  const next = textAt(c, n);
  const next2 = lowerAt(c, n + 1).replace(/\.$/, "");
  if (next === "," && DATELINE_MONTHS.has(next2)) return true;
  // "FRANKFURT — The European Central Bank …": a word in capitals opening the text before a dash.
  if (SHOUTED_CITY.test(c.text) && DASHES.has(next)) return true;
  return next === "(" && lexicon().knownOrganizations.has(next2);
}

function isDistrictOfColumbia(c: NameCandidate): boolean {
  const before = textAt(c, -1);
  return (before === "," && lowerAt(c, -2) === "washington") || VENUE_PREPOSITIONS.test(before);
}

function isAfterVenuePreposition(c: NameCandidate): boolean {
  return VENUE_PREPOSITIONS.test(textAt(c, -1)) && !/^['’]s$/.test(textAt(c, c.tokens.length));
}

function isAcronymLed(c: NameCandidate): boolean {
  const first = (c.tokens[0] as Token).text;
  return UPPERCASE_3.test(first) && !lexicon().firstNames.has(first.toLowerCase());
}

/** A planet or moon in a name, unless it is a first name before a surname ("Venus Williams"). */
function hasCelestialWord(words: string[]): boolean {
  const last = words[words.length - 1] as string;
  if (lexicon().lastNames.has(last) && !CELESTIAL_BODIES.has(last)) return false;
  return words.some((w) => CELESTIAL_BODIES.has(w));
}

let nicknames: Set<string> | null = null;

/** "Red Wings", "Detroit Red Wings" (lowercase): a team's full name or its name without the city. */
export function isTeamName(lowerText: string): boolean {
  return lexicon().sportsTeams.has(lowerText) || teamNicknames().has(lowerText);
}

/** "Red Sox", "Pirates": a team's name without its city ("Boston Red Sox", "Pittsburgh Pirates"). */
function teamNicknames(): Set<string> {
  if (nicknames) return nicknames;
  nicknames = new Set();
  for (const team of lexicon().sportsTeams) {
    const words = team.split(" ");
    for (const cut of [1, 2]) {
      if (words.length <= cut) continue;
      const city = words.slice(0, cut).join(" ");
      const rest = words.slice(cut);
      // "Magic", "Heat", "Jazz": a one-word singular nickname is too often the ordinary word.
      if (
        rest.length === 1 &&
        !(rest[0] as string).endsWith("s") &&
        lexicon().commonWords.has(rest[0] as string)
      )
        continue;
      // "Golden State Warriors", "Tampa Bay Rays": a one-word plural nickname after any place name.
      // Not "FC Dallas": after a club's prefix, a town's name ending in "s" is the town's.
      const plural = rest.length === 1 && (rest[0] as string).endsWith("s") && !findCity(rest[0] as string);
      if (findCity(city) || isRegion(city) || plural) nicknames.add(rest.join(" "));
    }
  }
  return nicknames;
}

const COMPASS =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|inner|outer)$/;

const STATE_HEADS = /^(?:republic|kingdom|federation|commonwealth|principality|emirate|sultanate)$/;

/** "Democratic Republic of Congo", "Kingdom of Saudi Arabia": a state's long form around a known country. */
function isNamedState(c: NameCandidate): boolean {
  const at = c.tokens.findIndex((t) => t.text === "of");
  if (at < 1 || !STATE_HEADS.test((c.tokens[at - 1] as Token).text.toLowerCase())) return false;
  const rest = mapPacked(
    c.tokens.slice(at + 1).filter((t) => t.text.toLowerCase() !== "the"),
    (t) => t.text,
  ).join(" ");
  return isCountryOrRegion(rest);
}

/** "Southern California", "West Michigan": a compass word before a known country, region or city. */
function isCompassPlace(c: NameCandidate): boolean {
  if (c.tokens.length < 2 || !COMPASS.test((c.tokens[0] as Token).text.toLowerCase())) return false;
  // "South West Norfolk", "North East Lincolnshire": two compass words before the place.
  const from = c.tokens.length > 2 && COMPASS.test((c.tokens[1] as Token).text.toLowerCase()) ? 2 : 1;
  const rest = mapPacked(c.tokens.slice(from), (t) => t.text).join(" ");
  return isGazetteerPlace(rest);
}

/** Surname prefixes written with an inner capital ("McCain", "MacArthur", "DiMaggio"). */
const CAPITALISED_PREFIX = /^(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}/u;
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;

/** "WeWork", "SoftBank", "PayPal": a capital inside one word is a brand, not a person's or place's name. */
export function isCamelCase(word: string): boolean {
  return CAMEL_CASE.test(word) && !CAPITALISED_PREFIX.test(word);
}

const BIG_CITY = 250000;
const TOWN = 100000;

/** A city of 100,000 people or more ("Berkeley"): its name is the place before a famous surname. */
function isTown(name: string): boolean {
  return (findCity(name)?.population ?? 0) >= TOWN;
}

/** A city large enough that its name is more often the place than a person ("Houston", "Sydney"). */
export function isBigCity(name: string): boolean {
  return (findCity(name)?.population ?? 0) >= BIG_CITY;
}

/** A post written in lowercase, an ordinary word that is one ("chief", "economist", "founder"). */
function isLowercasePost(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  return PERSON_TITLES.has(word) || lexicon().roleNouns.has(word);
}

/**
 * A post written in lowercase right before the name ("chief economist Huw Pill"), or in an apposition
 * after it ("Elon Musk, the company's founder,").
 */
function isDescribedByPost(c: NameCandidate): boolean {
  if (isLowercasePost(textAt(c, -1))) return true;
  const n = c.tokens.length;
  if (textAt(c, n) !== "," || !/^(?:the|a|an|its|his|her|their)$/i.test(textAt(c, n + 1))) return false;
  for (let k = n + 2; k <= n + 5; k++) {
    const w = textAt(c, k);
    if (w === "," || w === "." || w === "") return false;
    if (isLowercasePost(w)) return true;
  }
  return false;
}

/** A capitalised word (three letters or more) that no word, name or city list holds: "Jannik", "Hayao". */
function isUnlistedWord(token: Token | undefined): boolean {
  const w = token?.lower ?? "";
  const lex = lexicon();
  return (
    w.length >= 3 &&
    TITLE_CASE_WORD.test(token?.text ?? "") &&
    !lex.commonWords.has(w) &&
    !lex.personNames.has(w) &&
    !lex.firstNames.has(w) &&
    !lex.lastNames.has(w) &&
    !findCity(w)
  );
}

/**
 * "Jannik Sinner", "Draymond Green": two words, the first one no word, name or city list holds, the
 * second a surname that is also an ordinary word ("sinner", "green").
 */
export function isUnlistedThenSurname(c: NameCandidate): boolean {
  if (c.tokens.length !== 2) return false;
  const lex = lexicon();
  const last = c.tokens[1]?.lower ?? "";
  return isUnlistedWord(c.tokens[0]) && lex.personNames.has(last) && lex.commonWords.has(last);
}

/** "Hayao Miyazaki", "Zorbu Madrid": a word no list holds before a big city's name (a person's or a club's). */
export function isUnlistedThenCity(c: NameCandidate): boolean {
  return c.tokens.length === 2 && isUnlistedWord(c.tokens[0]) && isBigCity(c.tokens[1]?.text ?? "");
}

function looksLikePersonName(words: string[]): boolean {
  const lex = lexicon();
  if (words.length > 3) return false;
  const parts = words.filter((w) => !INITIAL.test(w));
  const last = parts[parts.length - 1] ?? "";
  if (!lex.personNames.has(last)) return false;
  if (parts.every((w) => lex.commonWords.has(w))) return false;
  const first = parts[0] ?? "";
  if (lex.commonWords.has(last) && !lex.personNames.has(first) && !lex.firstNames.has(first)) return false;
  // "Parks Canada": an ordinary word before a country names its national body.
  if (parts.length === 2 && lex.commonWords.has(first) && !lex.firstNames.has(first) && findCountryCode(last))
    return false;
  return parts.slice(0, -1).every((w) => lex.personNames.has(w) || !lex.commonWords.has(w));
}
