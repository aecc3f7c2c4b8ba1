import { ORGANIZATION_HEADS } from "../kb/name-parts.ts";
import { mapPacked } from "../text/arrays.ts";
import { MONTH_NAMES, NAMED_DAY_OPENERS } from "../text/calendar-words.ts";
import { lowerAt, textAt } from "./around.ts";
import type { NameCandidate } from "./candidates.ts";

/** A named event in the text: "the 2012 Tuareg rebellion", "the military coup of May 2021", "the 2018 World Cup". */
export interface EventMention {
  text: string;
  start: number;
  end: number;
  /** Mentions with the same key name the same event. */
  key: string;
  /** Offset of the event noun ("rebellion", "Cup"); a name that covers it is part of the event, not an entity. */
  headStart: number;
}

const either = (word: string) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
const EVENT_NOUNS = mapPacked(
  [
    "rebellion",
    "uprising",
    "revolution",
    "revolt",
    "insurgency",
    "coup",
    "war",
    "elections?",
    "referendum",
    "massacre",
    "genocide",
    "summit",
    "championships?",
    "invasion",
    "earthquake",
    "tsunami",
    "crisis",
    "protests",
    "primar(?:y|ies)",
  ],
  either,
);
const NOUN = `(?:${EVENT_NOUNS.join("|")})`;
const YEAR = "(?:1[89]|20)\\d{2}";
const MONTH = `(?:${mapPacked(MONTH_NAMES, (m) => m[0]?.toUpperCase() + m.slice(1)).join("|")})`;
const MODIFIERS =
  "(?:general|presidential|parliamentary|legislative|local|regional|federal|state|municipal|midterm|military|civil|financial|economic|political|national|European|world)";
const SPORTS = "(?:World Cup|(?:Winter |Summer |Youth )?(?:Olympics|Olympic Games|Paralympics)|Games)";
const CAPITALISED = "\\p{Lu}[\\p{L}’'-]*";

const HAS_YEAR = /(?:1[89]|20)\d{2}/;
const STORM =
  "(?:Hurricane|Cyclone|Typhoon|Super Typhoon|Tropical Storm|Tropical Cyclone|Tropical Depression|Storm)";
const STORM_WORD = /Hurricane|Cyclone|Typhoon|Storm|Depression/;
/** Capitalised words after a storm's word that name no storm ("Hurricane Center", "Storm Warning"). */
const NOT_STORM_NAMES =
  "(?:Center|Centre|Season|Seasons|Warning|Warnings|Watch|Hunters|Relief|Fund|Week|Preparedness|Research|Tracker|Names)";
/** A body's head word after the storm's word and one more ("Storm Prediction Center"). */
const BODY_AFTER_STORM_WORD =
  "(?:Center|Centre|Service|Agency|Office|Laboratory|Program|Programme|Fund|Project|Network|Unit|Division)";
const STORM_KEY = "storm:";

/** The name of a storm event ("Phailin" for "Cyclone Phailin"), or null for other events. */
export function stormName(event: EventMention): string | null {
  return event.key.startsWith(STORM_KEY) ? event.key.slice(STORM_KEY.length) : null;
}
const hasSports = (text: string) =>
  text.includes("World Cup") ||
  text.includes("Olympic") ||
  text.includes("Paralympics") ||
  text.includes("Games");

/** A party's name in a court case: up to six capitalised words, with "of", "and", "the", "for" between them. */
const CASE_PARTY = `${CAPITALISED}(?:\\s+(?:(?:of|and|the|for|de)\\s+)?${CAPITALISED}){0,5}`;
/** Capitalised words that open a sentence or a phrase before a case's name, not its first party. */
const CASE_LEAD =
  "(?:In|The|After|Before|Since|Under|Like|With|At|On|Following|Citing|Unlike|During|From|By|And|But|As|Then)";

const NAMED_DAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;

/** Each pattern with `can`: a cheap test a text must pass to hold a match at all (skips the costly scan). */
const PATTERNS: { re: RegExp; key: (m: RegExpExecArray) => string; can: (text: string) => boolean }[] = [
  {
    re: new RegExp(
      `\\b(?:${CAPITALISED}\\s+)?${SPORTS}\\s+${YEAR}\\b|\\b${CAPITALISED}\\s+${YEAR}\\s+${SPORTS}\\b`,
      "gu",
    ),
    key: (m) => m[0].toLowerCase(),
    can: (text) => hasSports(text) && HAS_YEAR.test(text),
  },
  {
    re: new RegExp(
      `\\b${YEAR}(?:\\s+(?:${CAPITALISED}|${MODIFIERS})){0,3}\\s+(?:${NOUN}|${SPORTS})\\b`,
      "gu",
    ),
    key: (m) => m[0].toLowerCase(),
    can: (text) => HAS_YEAR.test(text),
  },
  {
    re: new RegExp(
      `(?<=\\b[Tt]he\\s+)(?:[\\p{Ll}-]+\\s+)?(${NOUN})\\s+(?:of|in)\\s+(${MONTH}\\s+)?(${YEAR})\\b`,
      "gu",
    ),
    key: (m) => `${(m[1] ?? "").toLowerCase()}@${(m[2] ?? "").trim().toLowerCase()}${m[3]}`,
    can: (text) => HAS_YEAR.test(text),
  },
  {
    // "Cyclone Phailin", "Hurricane Katrina", "Tropical Storm Bill": the storm's own name is the key,
    // so a later bare "Phailin" can join it (see `stormName`).
    // Not "the National Hurricane Center", "the Storm Prediction Center", "Hurricane Season": a body or a
    // common word after the storm's word.
    re: new RegExp(
      `\\b${STORM}\\s+(?!${NOT_STORM_NAMES}\\b)(${CAPITALISED})(?![\\p{L}’'-]|\\s+${BODY_AFTER_STORM_WORD}\\b)`,
      "gu",
    ),
    key: (m) => `${STORM_KEY}${(m[1] ?? "").toLowerCase()}`,
    can: (text) => STORM_WORD.test(text),
  },
  {
    // "the French Open", "the U.S. Open", "the Qatar ExxonMobil Open": a tournament named by a place or a
    // sponsor and "Open" (not "the Open University", "an Open Data portal").
    re: /(?<=\b[Tt]he\s+)(?:\p{Lu}[\p{L}.’'-]*\s+){1,2}Open(?:\s+Championships?)?\b(?!\s+(?:University|Society|Data|Source|Door|Letter|Skies|Government|Ai|AI)\b)/gu,
    key: (m) => m[0].toLowerCase(),
    can: (text) => text.includes(" Open"),
  },
  {
    // "the Japanese Grand Prix", "the Monaco Grand Prix", "Super Bowl LVIII": races and finals named by
    // their own words (ordinary words, "Grand", "Super", "Bowl", that no other rule reads as a name).
    re: /\b(?:(?:(?!(?:The|A|This|That|Next|Last|Each|Every)\s)\p{Lu}[\p{L}’'-]*\s+){1,2}Grand Prix|Super Bowl(?:\s+[LXVI]+\b)?)/gu,
    key: (m) => m[0].toLowerCase(),
    can: (text) => text.includes("Grand Prix") || text.includes("Super Bowl"),
  },
  {
    // "the Park Fire", "the 2018 Camp Fire", "the Dixie Fire": a wildfire named by a place or a road (not
    // "the Fire Department", "the Cal Fire chief", "the Fire Service").
    re: /(?<=\b[Tt]he\s+(?:(?:19|20)\d{2}\s+)?)(?:(?!(?:Fire|Cal)\b)\p{Lu}[\p{L}’'-]*\s+){1,2}(?:Complex\s+)?Fire\b(?!\s+(?:Department|Service|Services|Brigade|Station|Authority|Chief|District|Protection|Academy|Rescue|Marshal|Fighters?|Island|Emblem)\b)/gu,
    key: (m) => `fire:${m[0].toLowerCase()}`,
    can: (text) => text.includes(" Fire"),
  },
  {
    // "Black Friday", "Cyber Monday", "Super Tuesday", "Good Friday": a day named for what happens on it.
    re: new RegExp(
      `\\b${NAMED_DAY_OPENERS} (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`,
      "gu",
    ),
    key: (m) => m[0].toLowerCase(),
    can: (text) => NAMED_DAY.test(text),
  },
  {
    // "Roe v. Wade", "Brown v. Board of Education", "Loper Bright Enterprises v. Raimondo": a court
    // case, named by its parties, is one name; its parties are no entities there. "v." with its point
    // (a fixture, "Arsenal v Chelsea", is written without it); a word that opens a sentence or a
    // phrase ("In", "The") is no party's.
    re: new RegExp(`\\b(?!${CASE_LEAD}\\s)${CASE_PARTY}\\s+v\\.\\s+${CASE_PARTY}`, "gu"),
    key: (m) => `case:${m[0].toLowerCase()}`,
    can: (text) => text.includes(" v. "),
  },
  {
    re: /\b(?:(?:First|Second) World War|World War (?:I{1,2}|One|Two|[12]))\b/gu,
    key: (m) => m[0].toLowerCase(),
    can: (text) => text.includes("World War"),
  },
];

const HEAD = new RegExp(`${NOUN}|${SPORTS}|War\\b|${STORM}`, "gu");

/** Clear cases of named events in `text` (offsets plus `offset`), longest first where they overlap. */
export function findEvents(text: string, offset = 0): EventMention[] {
  const found: EventMention[] = [];
  for (const { re, key, can } of PATTERNS) {
    if (!can(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      HEAD.lastIndex = 0;
      const heads = [...m[0].matchAll(HEAD)];
      const head = heads[heads.length - 1];
      found.push({
        text: m[0],
        start,
        end,
        key: key(m).replace(/\s+/g, " "),
        headStart: start + (head?.index ?? 0),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Last words that make a name an event's: "Midwest Magic Jubilee", "Fan Expo Canada 2016", "Magi-Fest". */
const EVENT_HEADS =
  /^(?:festival|fest|expo|convention|conference|summit|jubilee|carnival|championships?|olympics|tournament|marathon|games|cups?|fair|gala|symposium|war|revolution|uprising|protests|riots|prix|derby|regatta|pageant|invitational|biennale|parade|plenum)$/;
/** "Dubai Air Show", "Geneva Motor Show": a show named for what it shows is an event (a "show" alone may be a programme). */
const SHOW_KINDS = /^(?:air|motor|auto|boat|car|trade|flower|fashion|horse|dog)$/;
/**
 * Last words of prizes and awards, days and months named as occasions, stock indices, telescopes and
 * named ideas ("Environmental Kuznets Curve", "Jevons Paradox", "Efficient Market Hypothesis") and devices
 * or cards named by their kind ("Magic Keyboard", "Payboo Credit Card"): neither agents nor places.
 */
const OTHER_HEADS =
  /^(?:prize|prizes|award|awards|medal|trophy|day|month|week|symphony|concerto|sonata|overture|requiem|serenade|nocturne|rhapsody|average|index|composite|telescope|curve|paradox|hypothesis|theorem|conjecture|principle|effect|equation|keyboard|keyboards|trackpad|touchpad|laptop|laptops|smartphone|smartphones|headset|earbuds|console|card|series|edition|bundle|controllers?|monitors?|thermostats?|sensors?|routers?|tablets?|cameras?|headphones|earphones|chargers?)$/;
const TRAILING_YEAR = /\s+(?:1[89]|20)\d{2}$/;
/** Pilgrimages, feasts and the UN's climate conferences ("COP28") named in one word: events whatever the words around them say. */
const ONE_WORD_OCCASIONS =
  /^(?:hajj|umrah|eid|diwali|hanukkah|chanukah|passover|holi|vesak|oktoberfest|navratri|kwanzaa|purim|sukkot|cop\d{1,2})$/i;
/** Award ceremonies named in the plural: events ("at the AMAs", "the Grammys"). */
const AWARD_SHOWS = /^(?:grammys|emmys|oscars|tonys|baftas|amas|vmas|golden globes)$/i;
/** Awards in the singular ("the Grammy winners") and the exits of Brexit's kind: neither agents nor places. */
/** Prizes, exits and voice assistants ("Hey, Siri"; "Alexa" as a one-word name) named in one word. */
const ONE_WORD_OTHERS = /^(?:grammy|emmy|bafta|brexit|grexit|megxit|frexit|siri|alexa|cortana|bixby)$/i;
/** Faiths named in one word: no agent and no place ("Islam's holiest site"). */
const FAITHS =
  /^(?:islam|christianity|judaism|buddhism|hinduism|sikhism|jainism|shinto|taoism|catholicism|protestantism|zoroastrianism)$/i;

/**
 * Software, devices and currencies no company shares a name with, as a name's first word: "Windows
 * XP", "PlayStation VR", "iPhone 11", "Bitcoin". Products are no agents and no places.
 */
const PRODUCTS =
  /^(?:windows|chrome|firefox|android|ios|iphone|iphones|ipad|ipads|ipod|macbook|macbooks|imac|macos|ipados|watchos|airpods|homepod|thunderbolt|radeon|geforce|playstation|xbox|wii|kindle|photoshop|powerpoint|gmail|chatgpt|bitcoin|ethereum|linux|ubuntu)$/i;

/** Last words that make a product line's name a body's: "PlayStation Studios", "Windows Central". */
const BODY_HEADS = /^(?:studios?|games|central|inc\.?|corp\.?|llc|ltd\.?|team|division|group|foundation)$/i;

/** Products named in several words no company shares. */
const PRODUCT_NAMES = new Set(["internet explorer"]);

/** Awards named by a word that is also a given name: "Oscar", "Tony". */
const GIVEN_NAME_AWARDS = /^(?:oscar|tony)$/i;
const AWARD_BEFORE = /^(?:the|an|won|wins|win|winning|first|second|third|honorary|his|her|their)$/;
const AWARD_AFTER = /^(?:for|nomination|nominations|nod|winner|winners|statuette|race|campaign|night)$/;

/**
 * "won the Oscar for best animated feature", "an Oscar nomination": a given name that is also an
 * award, read as the award where an article, a verb of winning or "for" stands around it. "Oscar
 * Isaac" or "Oscar said" stays a person.
 */
export function isAwardMention(c: NameCandidate): boolean {
  return (
    c.tokens.length === 1 &&
    GIVEN_NAME_AWARDS.test(c.text) &&
    (AWARD_BEFORE.test(lowerAt(c, -1)) || AWARD_AFTER.test(lowerAt(c, 1)))
  );
}

/** "Hajj", "the Grammys" → event, "Islam", "Brexit" and "Windows XP" → other, for a name of any type; null for every other name. */
export function kindByName(name: string): "event" | "other" | null {
  if (ONE_WORD_OCCASIONS.test(name) || AWARD_SHOWS.test(name)) return "event";
  if (FAITHS.test(name) || ONE_WORD_OTHERS.test(name)) return "other";
  const words = name.split(/\s+/);
  // "Windows XP" (the product first), "Mozilla Firefox" (its maker first), "Retina MacBook Pro", "Apple
  // iPhone 11 Pro" (a product line inside); not "Xbox Game Studios" (a body's head last).
  const product =
    (PRODUCTS.test(words[0] ?? "") || words.slice(1).some((w) => PRODUCTS.test(w))) &&
    !(words.length > 1 && BODY_HEADS.test(words[words.length - 1] ?? ""));
  return product || PRODUCT_NAMES.has(name.toLowerCase()) ? "other" : null;
}

/**
 * "Institute for the Study of War", "Ministry of War": the event word closes what a body named by
 * its head word before "of"/"for" is about; the name is the body's.
 */
function namesBodyOf(words: readonly string[], eventAt: number): boolean {
  const connector = words.findIndex((w, j) => j < eventAt && /^(?:of|for)$/i.test(w));
  return connector > 0 && words.slice(0, connector).some((w) => ORGANIZATION_HEADS.has(w.toLowerCase()));
}

/**
 * The type a name's last word gives it beyond person, organization and place: "event" for festivals,
 * conventions and cups, "other" for prizes and named days, null otherwise. A place in the name does
 * not change that ("Fan Expo Canada" is the expo), a year after it is dropped first.
 */
export function eventOrOtherName(name: string): "event" | "other" | null {
  const words = name.replace(TRAILING_YEAR, "").split(/\s+/);
  if (words.length < 2 && !/-fest$/i.test(name)) return null;
  for (let i = words.length - 1; i >= Math.max(1, words.length - 2); i--) {
    const w = (words[i] as string).toLowerCase();
    const part = w.slice(w.lastIndexOf("-") + 1);
    if (EVENT_HEADS.test(w) || EVENT_HEADS.test(part)) return namesBodyOf(words, i) ? null : "event";
    if (w === "show" && i === words.length - 1 && SHOW_KINDS.test((words[i - 1] ?? "").toLowerCase()))
      return "event";
    if (OTHER_HEADS.test(w)) return i === words.length - 1 ? "other" : null;
    // "Fan Expo Canada": one place-like word may follow the head.
    if (i < words.length - 1) break;
  }
  return null;
}

/** Event nouns beyond EVENT_HEADS that can follow an event's name ("the Davos forum", "the award ceremony"). */
const EVENT_NOUNS_AFTER_NAME = /^(?:ceremony|hackathon|forum)$/;

/**
 * "the 2016 TEDMED conference", "the Fjordcon summit": an organization name no lexicon knows, written
 * before a lowercase event noun (an event's head word, or forum/ceremony/hackathon) in every mention,
 * names the event.
 */
export function namesEventBeforeNoun(candidates: readonly NameCandidate[]): boolean {
  return candidates.every((c) => {
    const next = textAt(c, c.tokens.length);
    // Not "the Israel-Hamas war": the second of two sides a hyphen pairs is a side, not the war's name.
    if (textAt(c, -1) === "-") return false;
    return EVENT_HEADS.test(next) || EVENT_NOUNS_AFTER_NAME.test(next);
  });
}
