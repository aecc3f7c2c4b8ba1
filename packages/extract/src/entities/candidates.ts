import type { BlockKind } from "../blocks.ts";
import { numberWordValue } from "../figures/number-words.ts";
import { MAJOR_COMPANIES } from "../kb/companies.ts";
import {
  findCity,
  findCountryCode,
  HONORIFICS,
  isCommonNonName,
  isCountryOrRegion,
  isFedAbbreviation,
  isGazetteerPlace,
  isKoreanName,
  isMonthInName,
  isNationalAgencyName,
  isNumberedTeam,
  isPortugueseDo,
  isRegion,
  LAW_HEADS,
  lexicon,
  MONTHS_AND_DAYS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NEVER_NAMES,
  ONE_WORD_INSTITUTIONS,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PLACE_COMPOUND_ENDS,
  PLACE_HEADS,
  PROGRAMME_HEADS,
  placeSpelling,
  STATE_ABBREVIATIONS,
  TITLE_MODIFIERS,
  townLinkAt,
} from "../kb/index.ts";
import { mapPacked, pushAll } from "../text/arrays.ts";
import { DAY_ABBREVIATIONS, MONTH_ABBREVIATIONS } from "../text/calendar-words.ts";
import { startsLowercase, startsUppercase, TITLE_CASE_WORD } from "../text/chars.ts";
import type { Sentence, Token } from "../text/index.ts";
import { joinToken, markToken, tokenize, wordToken } from "../text/index.ts";
import { memoString } from "../text/memo.ts";
import { FIRM_NOUNS, isBigCity, isCamelCase, isTeamName } from "./classify.ts";

/** A proper-name span found in a sentence, before it is typed and linked. */
export interface NameCandidate {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  /** Title words written right before the name inside the same capitalised run ("Colonel"). */
  title: Token[];
  /** Nationality word dropped from the front ("German" in "German Konrad Adenauer Foundation"). */
  demonym: string | null;
  sentence: Sentence;
  sentenceTokens: Token[];
  /** Index of the first name token in `sentenceTokens`. */
  index: number;
  blockKind: BlockKind;
  /** True for a name found inside a longer name ("Canada" in "Fan Expo Canada"). */
  nested?: boolean;
}

const FUNCTION_TAGS =
  /^(?:the|a|an|in|on|at|by|for|from|with|to|of|as|but|and|or|if|when|while|after|before|since|during|despite|although|though|because|so|yet|then|there|here|this|that|these|those|it|he|she|they|we|i|you|his|her|its|their|our|my|your|what|who|why|how|where|which|many|some|all|both|each|every|no|not|more|most|other|such|only|even|also|still|just|already|now|once|over|under|about|around|among|between|into|through|against|according|last|next|first|new)$/;

const UPPER_START = /^[\p{Lu}]/u;
const UPPERCASE_WORD = /^\p{Lu}+$/u;
function isCapitalised(t: Token): boolean {
  if (!t.isWord) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t.text);
}
function lower(t: Token): string {
  return t.lower;
}

const isCommonWord: (word: string) => boolean = memoString(computeIsCommonWord);

function computeIsCommonWord(word: string): boolean {
  const lex = lexicon();
  const w = word.toLowerCase();
  if (word.length >= 2 && UPPERCASE_WORD.test(word)) return word.length >= 5 && isShoutedCommonWord(w);
  if (!lex.commonWords.has(w)) return isContraction(w) || isInflectedCommonWord(w);
  return !lex.firstNames.has(w) || FUNCTION_TAGS.test(w);
}

/** "We've", "It's", "You'll": a pronoun or function word with a contracted verb. */
function isContraction(w: string): boolean {
  const at = w.search(/['’]/);
  return at > 0 && /^(?:s|ve|ll|re|d|m)$/.test(w.slice(at + 1)) && FUNCTION_TAGS.test(w.slice(0, at));
}

/** "SURRENDER" in a shouted headline: a long common word in capitals, no acronym, name or country. */
function isShoutedCommonWord(w: string): boolean {
  const lex = lexicon();
  return isCommonNonName(w) && !lex.countries.has(w) && !lex.regions.has(w) && !lex.knownOrganizations.has(w);
}

/** Stems of a plural or past form: "protesters" → "protester", "rebranded" → "rebrand", "rebrande". */
const INFLECTION = /^(.{3,}?)(?:(i)es|(e)s|s|(e)d|d)$/;

/**
 * "Protesters", "Organizations", "Rebranded": a plural or past form the word lists lack, of a common
 * word (or of a word ending in -er, -ion, -ize, that is one derived from a common one), and no name.
 */
function isInflectedCommonWord(w: string): boolean {
  const m = INFLECTION.exec(w);
  if (!m) return false;
  const lex = lexicon();
  if (lex.firstNames.has(w) || lex.lastNames.has(w) || lex.personNames.has(w)) return false;
  const stem = m[1] as string;
  const stems = [stem, `${stem}${m[2] ? "y" : (m[3] ?? m[4] ?? "")}`, `${stem}e`];
  return stems.some((s) => lex.commonWords.has(s) || isDerivedCommonWord(s));
}

/** "protester" ← "protest", "organization" ← "organize", "rebrand" ← "brand". */
function isDerivedCommonWord(s: string): boolean {
  const commonWords = lexicon().commonWords;
  const base = /^(.{4,}?)(?:er|or|ation|ization)$/.exec(s)?.[1] ?? (s.startsWith("re") ? s.slice(2) : null);
  return (
    base !== null && (commonWords.has(base) || commonWords.has(`${base}e`) || commonWords.has(`${base}ize`))
  );
}

/** Words that open a verb's object: "Skip the rush", "Mark your calendar", "Chase them". */
const OBJECT_OPENERS =
  /^(?:the|a|an|your|my|our|their|his|her|its|this|that|these|those|some|all|every|it|them|us|me|him)$/;

/**
 * "Skip the Black Friday rush", "Mark the date", "Will the plan work?": a given name that is also an
 * ordinary word (a verb, a modal), alone at the start of a sentence and before the opening of an
 * object, is the verb of an order or a question.
 */
function isImperative(run: Token[], next: Token | undefined): boolean {
  if (run.length !== 1 || !next || !OBJECT_OPENERS.test(next.lower)) return false;
  const w = lower(run[0] as Token);
  const lex = lexicon();
  return lex.commonWords.has(w) && !lex.demonyms.has(w);
}

/** "Apple’s profits rose", "Amazon said": a large company opening a sentence is no ordinary word. */
const COMPANIES = new Set(MAJOR_COMPANIES);

/** "iFixit", "eBay": a known body whose name opens with a lowercase letter before a capital. */
function isLowercaseOpenedBody(t: Token): boolean {
  if (!t.isWord || t.text.length < 4) return false;
  const a = t.text.charCodeAt(0);
  const b = t.text.charCodeAt(1);
  return a >= 97 && a <= 122 && b >= 65 && b <= 90 && lexicon().knownOrganizations.has(lower(t));
}

/** "d'Ivoire", "d'Estaing", "l'Oréal": an elided French particle glued to a capitalised name word. */
const ELIDED_PARTICLE_NAME = /^[dl]['’]\p{Lu}/u;

function isProperCandidate(t: Token): boolean {
  if (!isCapitalised(t))
    return (
      isLowercaseOpenedBody(t) || (t.isWord && (ELIDED_PARTICLE_NAME.test(t.text) || isNumberedTeam(t.text)))
    );
  const w = lower(t);
  if (NEVER_NAMES.has(w) || MONTHS_AND_DAYS.has(w)) return false;
  // "Shouldn’t", "DON'T": a negated verb is no name.
  return !w.endsWith("n't");
}

const CALENDAR_ABBREVIATIONS = new Set([...MONTH_ABBREVIATIONS, ...DAY_ABBREVIATIONS]);

/** "Nov. 19", "Dec 12", "Tue.": a short month or weekday form, not a name. */
function isCalendarAbbreviation(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!CALENDAR_ABBREVIATIONS.has(lower(t))) return false;
  const next = tokens[i + 1];
  if (next?.text === "." || (next && /^\d{1,4}$/.test(next.text))) return true;
  // "Tue, Nov 19": a weekday before a comma and a month.
  const after = tokens[i + 2];
  return next?.text === "," && Boolean(after && CALENDAR_ABBREVIATIONS.has(lower(after)));
}

/** "(ticker: HD)", "(NYSE: LOW)": a stock symbol is no name. */
function isTicker(tokens: Token[], i: number): boolean {
  const label = tokens[i - 2];
  if (tokens[i - 1]?.text === ":" && label && /^(?:ticker|symbol|nyse|nasdaq)$/i.test(label.text))
    return true;
  // "(CSCO.O)", "(VOWG_p.DE)": an exchange code in brackets right after a company's name.
  const t = tokens[i] as Token;
  return tokens[i - 1]?.text === "(" && tokens[i + 1]?.text === ")" && EXCHANGE_CODE.test(t.text);
}
const EXCHANGE_CODE = /^[A-Z0-9_]{1,6}[a-z]?\.[A-Z]{1,3}$/;

const TIME_ZONES = new Set("et est edt ct cst cdt mt mst pt pst pdt gmt bst utc".split(" "));

/** "9 a.m. ET", "8:02 am EST": a time zone after a clock time is no name. */
function isTimeZone(tokens: Token[], i: number): boolean {
  if (!TIME_ZONES.has(lower(tokens[i] as Token))) return false;
  const before = mapPacked(tokens.slice(Math.max(0, i - 3), i), (t) => t.text).join("");
  return /(?:\d|[ap]\.?m\.?)$/i.test(before);
}

/** "@NGRSenate", "#TodayInSenatePlenary": a social-media handle or hashtag is no name. */
function isHandle(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  // "@saraheneedleman", "#MeToo".
  if (before && (before.text === "@" || before.text === "#") && before.end === tokens[i]?.start) return true;
  // The local part of an e-mail address ("Sarah.Needleman@wsj.com"): an "@" later in the same unspaced run.
  for (let j = i + 1; j < tokens.length && (tokens[j] as Token).start === (tokens[j - 1] as Token).end; j++)
    if ((tokens[j] as Token).text === "@") return true;
  return false;
}

/** Titles that are also adjectives: "General Election", "Major League" are no people. */
const ADJECTIVE_TITLES = new Set([
  "general",
  "major",
  "private",
  "chief",
  "senior",
  "grand",
  "high",
  "supreme",
]);

/** "D-Minn.", "R-Texas", "R-W.Va": a party and state after a legislator's name. */
const PARTY_STATE = /^[DRI]-(?:\p{Lu}\p{Ll}+\.?|\p{Lu}\.\p{Lu}[\p{Ll}.]*)$/u;

const FOUR_LETTERS = /^\p{L}{4,}/u;

/** `/^\p{L}{4,}/u.test(s)`, answered without the regex when the first four characters are ASCII. */
function startsWithFourLetters(s: string): boolean {
  if (s.length < 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return FOUR_LETTERS.test(s);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

function isTitleCaseBlock(tokens: Token[]): boolean {
  // Words of four letters or more, and how many of them are not capitalised.
  let words = 0;
  let lowercase = 0;
  let commas = 0;
  for (const t of tokens) {
    if (t.text === ",") commas++;
    if (!(t.isWord && startsWithFourLetters(t.text))) {
      // "He met German Foreign Minister Annalena Baerbock too.": a short verb in lowercase, which Title
      // Case capitalises ("Met").
      if (t.isWord && t.text.length <= 3 && startsLowercase(t.text) && lexicon().finiteVerbs.has(t.text)) {
        words++;
        lowercase++;
      }
      continue;
    }
    words++;
    if (!isCapitalised(t)) lowercase++;
  }
  // "Eric Song, IGN Staff": three capitalised words split by a comma are a byline, not a title.
  if (words < 3 || (words === 3 && commas > 0)) return false;
  // "The Council on Foreign Relations and the Commission on Human Rights met on Broadway on Monday.": a
  // sentence closed by a full stop with a verb in lowercase is prose, however many names it holds.
  if (lowercase > 0 && tokens[tokens.length - 1]?.text === ".") return false;
  return lowercase <= (words > 8 ? 1 : 0);
}

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/** More than 20 letters in the words, over 90% of them capitals (counted in UTF-16 units); one pass. */
function isAllCaps(tokens: Token[]): boolean {
  let upper = 0;
  let all = 0;
  // Units of word text not read yet: once the letters that are not capitals pass a tenth of all the
  // letters there can be (with a margin), the answer is no and the rest is not read.
  let unread = 0;
  for (const t of tokens) if (t.isWord) unread += t.text.length;
  for (const t of tokens) {
    if (!t.isWord) continue;
    if ((all - upper) * 10 > all + unread + 1) return false;
    const s = t.text;
    unread -= s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 128) {
        if (c >= 65 && c <= 90) {
          upper++;
          all++;
        } else if (c >= 97 && c <= 122) all++;
        continue;
      }
      const ch = String.fromCodePoint(s.codePointAt(i) as number);
      if (LETTER.test(ch)) {
        all += ch.length;
        if (UPPER.test(ch)) upper += ch.length;
      }
      i += ch.length - 1;
    }
  }
  return all > 20 && upper / all > 0.9;
}

function isScoredTeam(run: Token[], after: Token | undefined): boolean {
  if (!after || run.length > 3) return false;
  // "Warriors coach Steve Kerr", "Lakers forward LeBron James": a team before its staff or player.
  const staff = startsLowercase(after.text) && TEAM_STAFF.has(lower(after));
  if (!staff && !/^\d{1,3}$/.test(after.text)) return false;
  return isTeamName(mapPacked(run, lower).join(" "));
}

/** Posts on a team written between its name and a member's: "Warriors coach Steve Kerr". */
const TEAM_STAFF = new Set([
  "coach",
  "manager",
  "forward",
  "guard",
  "center",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "quarterback",
  "pitcher",
  "captain",
  "owner",
  "star",
  "rookie",
]);

/** Letters after a person's name and a comma: "Mark Tedeschi, QC", "Tom Molomby, SC", "Jane Roe, MBE". */
export const POST_NOMINALS = new Set([
  "qc",
  "kc",
  "sc",
  "mp",
  "mep",
  "msp",
  "mbe",
  "obe",
  "cbe",
  "kbe",
  "dbe",
  "frs",
  "phd",
  "md",
  "esq",
]);

/** "US$ 20,000", "NZ $ 26 million": a country code in a currency; "…, QC": letters after a name. */
function isCurrencyOrPostNominal(tokens: Token[], at: number): boolean {
  const t = tokens[at] as Token;
  const next = tokens[at + 1];
  if (next?.text.startsWith("$") && t.text.length <= 3 && t.text === t.text.toUpperCase()) return true;
  if (!POST_NOMINALS.has(lower(t).replace(/\./g, ""))) return false;
  const comma = tokens[at - 1];
  const name = tokens[at - 2];
  return comma?.text === "," && Boolean(name && startsUppercase(name.text));
}

/** Non-word tokens looked at before a run: a long stretch of numbers or punctuation counts as a start. */
const SENTENCE_START_LOOKBACK = 32;

export function isSentenceStart(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - SENTENCE_START_LOOKBACK); j--) {
    const t = tokens[j];
    if (!t) break;
    if (t.isWord) return false;
    if (/[:;"“‘'()[—–-]/.test(t.text)) return true;
  }
  return true;
}

/** An organisation or place head word: "ministry", "party", "river". */
const isHeadWord = (w: string) => ORGANIZATION_HEADS.has(w) || PLACE_HEADS.has(w);
const isHeadToken = (t: Token) => isHeadWord(lower(t));
/** "van", "al", "de": a particle that belongs inside a name. */
const isParticle = (p: Token | undefined) => Boolean(p?.isWord && NAME_PARTICLES.has(lower(p)));
/** "the", "a", "an" or a connector before a name: no part of it. */
const isLeadingFiller = (t: Token) => /^(?:the|a|an)$/i.test(t.text) || NAME_CONNECTORS.has(lower(t));

/** "House of Representatives", "House of Commons": chambers named "House of …". */
const HOUSE_OF = /^(?:representatives|commons|lords|delegates|keys|councillors|assembly)$/;

/** Two or three capitalised words after an honorific or opening with a given name that is no ordinary word, and no head word. */
function looksLikePersonName(whole: Token[], after: boolean): boolean {
  // "Dr. Joneigh Khaldun": an honorific inside the run counts as one before it.
  const honorific = after || isHonorific(whole[0] as Token);
  const run = isHonorific(whole[0] as Token) ? whole.slice(1) : whole;
  if (run.length < 2 || run.length > 3) return false;
  const lex = lexicon();
  const first = lower(run[0] as Token);
  if (!honorific && (!lex.firstNames.has(first) || lex.commonWords.has(first))) return false;
  return run.every((t) => isCapitalised(t) && !isHeadWord(lower(t)) && !PERSON_TITLES.has(lower(t)));
}

/** "Dr. Joneigh Khaldun", "Mr Holm": the run at `i` follows an honorific (with or without its dot). */
function afterHonorific(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const word = before?.text === "." ? tokens[i - 2] : before;
  return Boolean(word && isHonorific(word));
}

/** "al-Assad", "el-Sisi": an Arabic article hyphened to a capitalised name. */
const ARTICLE_PREFIXED_NAME = /^(?:al|el|ad|ash|as|an|ar|at|az)-\p{Lu}/u;
/** One capital, with or without its dot: an initial ("B.", "U"). */
const INITIAL = /^\p{Lu}\.?$/u;
/** Two or more capitals and nothing else ("NASA"). */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
/** An initial or a personal title after a body's head: a person's name follows. */
const isPersonLike = (t: Token) => INITIAL.test(t.text) || PERSON_TITLES.has(lower(t).replace(/\.$/, ""));

/**
 * "Port Authority of New York and New Jersey": a body's head, "of", a country or state, then "and" and
 * another one name the body of both (not "the Bank of Canada and Mexico's central bank", where the
 * second place owns the next name).
 */
function joinsSecondPlace(run: Token[], rest: Token[], after: Token | undefined): boolean {
  const of = run.findLastIndex((t) => lower(t) === "of");
  if (of < 1 || !isHeadOrPlural(lower(run[of - 1] as Token))) return false;
  const place = (ts: Token[]) => ts.length > 0 && isCountryOrRegion(mapPacked(ts, (t) => t.text).join(" "));
  return place(run.slice(of + 1)) && place(rest) && !/^['’]s?$/.test(after?.text ?? "");
}

function connectorJoins(
  run: Token[],
  connector: Token,
  rest: Token[],
  honorific = false,
  after?: Token,
): boolean {
  const left = run[run.length - 1];
  if (!left) return false;
  const c = lower(connector);
  const leftWord = lower(left);
  const restLast = rest.length > 0 ? lower(rest[rest.length - 1] as Token) : "";
  if (c === "the") return false;
  // "Procter & Gamble", "Marks & Spencer", "Jazz & Heritage Festival": an ampersand between capitalised
  // words is written inside one name (two names in prose are joined by "and").
  if (c === "&") return true;
  // "Joneigh Khaldun of the Michigan Department …": a person's name does not run into their body.
  // "Giorgia Meloni and European Commission chief …": nor into the next name of a list.
  if ((c === "of" || c === "and") && looksLikePersonName(run, honorific)) return false;
  // "Lee Jae-myung of the Democratic Party": nor does a Korean name no given-name list holds.
  if (c === "of" && run.length === 2 && isKoreanName(lower(run[0] as Token), (run[1] as Token).text))
    return false;
  // "U.S. District Judge Robert Pitman of the Western District of Texas": nor does a titled person's.
  if (c === "of" || c === "and") {
    let t = run.length - 1;
    while (t >= 0 && !isTitleWord(run[t] as Token)) t--;
    if (t >= 0 && t < run.length - 2 && looksLikePersonName(run.slice(t + 1), true)) return false;
  }
  // "Chandrababu Naidu of the Telugu Desam Party": two or three words no list knows (no head word, no
  // ordinary word) before "of" and a body are a person's name and the person's party.
  if (
    c === "of" &&
    run.length >= 2 &&
    run.length <= 3 &&
    ORGANIZATION_HEADS.has(restLast) &&
    run.every(
      (t) => isCapitalised(t) && !isHeadWord(lower(t)) && !isCommonWord(lower(t)) && !findCountryCode(t.text),
    )
  )
    return false;
  // "St. Lucie County on Florida's Atlantic coast": a place's name ends at its head before "on" (a
  // body's goes on: "Council on Foreign Relations").
  if (c === "on" && PLACE_HEADS.has(leftWord) && !ORGANIZATION_HEADS.has(leftWord)) return false;
  // "Redwood Pacific Partners of Sacramento", "Acme Holdings of Denver": a firm's name ends at its
  // closing word before "of" and the town it is based in.
  if (c === "of" && FIRM_CLOSERS.test(leftWord) && rest.length === 1 && isTownOrState(rest[0] as Token))
    return false;
  if (c === "of" || c === "for" || c === "on") {
    return (
      isHeadOrPlural(leftWord) ||
      // "Institute for the Study of War", "Organisation for the Prohibition of Chemical Weapons": a
      // body's name opened by its head and "for" goes on through "of".
      (c === "of" && opensPurpose(run)) ||
      PERSON_TITLES.has(leftWord) ||
      (/s$/.test(leftWord) && run.length === 1) ||
      (leftWord === "house" && HOUSE_OF.test(lower(rest[0] as Token))) ||
      isHeadWord(restLast)
    );
  }
  // "Centers for Disease Control and Prevention", "Ministry of Science and Technology": after a head
  // word and "of"/"for", "and" joins another field named by ordinary words (no head word, no name).
  if (c === "and" && fieldAfterHead(run) && rest.length <= 2 && rest.every(isFieldWord)) return true;
  if (c === "and" && joinsSecondPlace(run, rest, after)) return true;
  // "Greece and the Republic of North Macedonia": a known country or region before "and" stands alone.
  const before = mapPacked(run, (t) => t.text).join(" ");
  if (isCountryOrRegion(before)) return false;
  // "Novo Nordisk and Bayer Pharma": a body the lists know before "and" stands alone too.
  if (c === "and" && run.length > 1 && lexicon().knownOrganizations.has(before.toLowerCase())) return false;
  return isHeadWord(restLast) && !isHeadWord(leftWord);
}

/** Words that close a firm's name: "Redwood Pacific Partners", "Acme Holdings". */
const FIRM_CLOSERS =
  /^(?:partners|associates|holdings|capital|ventures|advisors|advisers|investments|properties)$/;

/** A town's or a state's name: "of Sacramento", "of Ohio". */
function isTownOrState(t: Token): boolean {
  return findCity(t.text) !== null || isRegion(t.text);
}

/** Firm nouns that also open firms' own names: "Bank of America", "Giant Eagle", "Carrier Global". */
const FIRM_NAME_OPENERS = /^(?:company|firm|brand|bank|airline|carrier|chain|label|giant|utility|shipper)$/;

/**
 * A noun for what a firm is that opens a sentence before its name ("Carmaker Vauxhall", "Retailer
 * Tesco"): a firm noun (classify's FIRM_NOUNS) that never opens a firm's own name.
 */
const isFirmNounOpener = (w: string) => FIRM_NOUNS.test(w) && !FIRM_NAME_OPENERS.test(w);

/** A head word, then "for": "Institute for the Study", "National Association for the Advancement". */
function opensPurpose(run: Token[]): boolean {
  for (let i = 1; i < run.length; i++)
    if (lower(run[i] as Token) === "for") return isHeadOrPlural(lower(run[i - 1] as Token));
  return false;
}

/** True when the run ends in a head word, "of" or "for", then capitalised words, no head word among them ("Centers for Disease Control"). */
function fieldAfterHead(run: Token[]): boolean {
  for (let i = run.length - 2; i >= 1; i--) {
    const w = lower(run[i] as Token);
    if (w === "of" || w === "for")
      return (
        (isHeadOrPlural(lower(run[i - 1] as Token)) || (w === "of" && opensPurpose(run.slice(0, i)))) &&
        run.slice(i + 1).every((t) => isCapitalised(t) && !isHeadWord(lower(t)))
      );
  }
  return false;
}

const isHeadOrPlural = (w: string) => isHeadWord(w) || (w.endsWith("s") && isHeadWord(w.slice(0, -1)));

/** An ordinary word naming a field, capitalised inside a body's name: no head word, country, region or name. */
function isFieldWord(t: Token): boolean {
  const w = lower(t);
  const lex = lexicon();
  return (
    isCapitalised(t) &&
    lex.commonWords.has(w) &&
    !isHeadWord(w) &&
    // "Health and Care Excellence": an ordinary word a list of famous names also holds ("Care") is a field too.
    !lex.firstNames.has(w) &&
    !findCountryCode(w) &&
    !isRegion(w)
  );
}

/** Small words a known body's name may hold between its capitalised words. */
const KNOWN_BODY_LINKS = new Set(["for", "and", "of", "in"]);

const isKnownBody = (run: Token[]) => lexicon().knownOrganizations.has(mapPacked(run, lower).join(" "));

/**
 * A possessive that stays inside a body's name, between the run's last word (`owner`) and the
 * capitalised word after it: "People's" ("Korean People's Army", "People's Republic of China"), an
 * ordinary word's before a head word ("Children's Hospital", "Seamen's Union"), a plural's apostrophe
 * before a head word ("Ontario Nurses' Association", "Veterans’ Affairs").
 */
function isPossessiveInsideName(
  owner: Token,
  mark: Token,
  after: Token | undefined,
  beforeOwner: Token | undefined,
): boolean {
  if (!after || !isProperCandidate(after)) return false;
  const w = lower(mark);
  if (w === "'s" || w === "’s")
    return (
      // "People's Republic", "Children's Mercy Hospital", "Women's National Basketball Association".
      /^(?:people|children|women)$/.test(lower(owner)) ||
      // "St. Peter's Square", "St Paul's Cathedral": a saint's possessive before a head word.
      (beforeOwner !== undefined && isSaintWord(beforeOwner) && isHeadWord(lower(after))) ||
      // "Alzheimer's Association", "Alzheimer's Drug Discovery Foundation": a disease's possessive opens a body's name.
      DISEASE_EPONYMS.includes(lower(owner)) ||
      // "the Butte County District Attorney's Office", "the Sheriff's Office": a post's office is a body.
      (isTitleWord(owner) && OFFICE_OF_A_POST.test(lower(after))) ||
      // "King's Cross", "King's College London", "Queen's University": a sovereign's or peer's possessive
      // opening a run names a place or a body, not the possession of someone named before it.
      ((beforeOwner === undefined || NAME_CONNECTORS.has(lower(beforeOwner))) &&
        PEERAGE_POSSESSORS.has(lower(owner))) ||
      ((isHeadWord(lower(after)) || PLACE_COMPOUND_ENDS.has(lower(after))) && isPossessiveInName(owner))
    );
  return (
    (w === "'" || w === "’") && mark.start === owner.end && /s$/.test(owner.text) && isHeadWord(lower(after))
  );
}

/** What a post's possessive names as a body: "Attorney's Office", "Mayor's Department". */
const OFFICE_OF_A_POST = /^(?:office|department|bureau)$/;

/** Titles whose possessive opens a place's or a body's name: "King's Cross", "Queen's Park", "Earl's Court". */
const PEERAGE_POSSESSORS = new Set([
  "king",
  "queen",
  "prince",
  "princess",
  "duke",
  "earl",
  "bishop",
  "lord",
  "lady",
]);

/** "… the Women's Institute": the run before `m` ends in a possessive and a head word follows it. */
function possessiveBeforeHead(tokens: Token[], m: number): boolean {
  const mark = tokens[m];
  const head = tokens[m + 1];
  return Boolean(mark && head && (mark.text === "'s" || mark.text === "’s") && isHeadWord(lower(head)));
}

/** "Children", "Seamen", "Women": an ordinary word (no given name, surname, place or body) whose possessive opens a body's name. */
function isPossessiveInName(t: Token): boolean {
  const w = lower(t);
  const lex = lexicon();
  return (
    lex.commonWords.has(w) &&
    !lex.firstNames.has(w) &&
    !lex.lastNames.has(w) &&
    !findCountryCode(t.text) &&
    !isRegion(t.text) &&
    !findCity(t.text) &&
    !isHeadWord(w) &&
    !isTitleWord(t) &&
    !TITLE_MODIFIERS.has(w) &&
    !lex.knownOrganizations.has(w)
  );
}

/**
 * The words from `j` that link a German town's name to its river or region (`TOWN_LINKS`: "am", "an
 * der", …) when a capitalised word follows: the count of linking words, or 0.
 */
function germanPlaceLink(tokens: Token[], j: number): number {
  const words = mapPacked(tokens.slice(j, j + 3), lower);
  const count = townLinkAt(words, 0);
  const after = tokens[j + count];
  return count > 0 && after !== undefined && startsUppercase(after.text) && isProperCandidate(after)
    ? count
    : 0;
}

/** Maximal runs of capitalised words with the particles and connectors that belong inside names. */
/**
 * "Liu He", "Wang He said": the Chinese name syllable He right after a capitalised name word (a
 * pronoun is never capitalised inside a sentence), unless the run so far is a title or a date.
 */
function isChineseHe(tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const prev = tokens[j - 1];
  if (t.text !== "He" || !prev || prev.end + 1 !== t.start || !isCapitalised(prev)) return false;
  if (isSentenceStart(tokens, j - 1) && lexicon().commonWords.has(lower(prev))) return false;
  return !isTitleWord(prev) && !NEVER_NAMES.has(lower(prev)) && !MONTHS_AND_DAYS.has(lower(prev));
}

/**
 * "Vice Premier He Lifeng", "He Jiankui shocked the world": the Chinese surname He before a given
 * name no word list knows (a pronoun is followed by a verb, and opens no name inside a sentence).
 */
function isChineseSurnameHe(tokens: Token[], i: number, titleCase: boolean): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (titleCase || t.text !== "He" || !next || next.start !== t.end + 1 || !TITLE_CASE_WORD.test(next.text))
    return false;
  const w = lower(next);
  const lex = lexicon();
  return !(
    lex.commonWords.has(w) ||
    lex.firstNames.has(w) ||
    lex.lastNames.has(w) ||
    lex.personNames.has(w) ||
    NEVER_NAMES.has(w) ||
    MONTHS_AND_DAYS.has(w) ||
    isTitleWord(next)
  );
}

export function capitalisedRuns(tokens: Token[], titleCase: boolean): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (
      (!isProperCandidate(t) && !isChineseSurnameHe(tokens, i, titleCase) && !opensDrCongo(tokens, i)) ||
      isCalendarAbbreviation(tokens, i) ||
      isTimeZone(tokens, i) ||
      isTicker(tokens, i) ||
      PARTY_STATE.test(t.text) ||
      isHandle(tokens, i) ||
      isEditMark(tokens, i)
    ) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j] as Token;
      if ((isProperCandidate(next) && !isCalendarAbbreviation(tokens, j)) || isChineseHe(tokens, j)) {
        run.push(next);
        j++;
        continue;
      }
      const w = lower(next);
      // "USA Today": a word the name rules pass over (a time word) that completes a known body's name.
      if (next.isWord && startsUppercase(next.text) && isKnownBody([...run, next])) {
        run.push(next);
        j++;
        continue;
      }
      // "Theresa May", "Cape May": a month's name after a given name or "Cape" ends the name.
      if (run.length === 1 && next.isWord && isMonthInName(t.text, next.text)) {
        run.push(next);
        j++;
        continue;
      }
      // "Alternative for Germany", "Law and Justice": a small word inside a known body's name.
      const after = tokens[j + 1];
      if (
        KNOWN_BODY_LINKS.has(w) &&
        after?.isWord &&
        startsUppercase(after.text) &&
        isKnownBody([...run, next, after])
      ) {
        run.push(next, after);
        j += 2;
        continue;
      }
      if (isPossessiveInsideName(run[run.length - 1] as Token, next, tokens[j + 1], run[run.length - 2])) {
        run.push(next);
        j++;
        continue;
      }
      // "Braunau am Inn", "Landau in der Pfalz", "Neuburg an der Donau": a German town's river or region.
      const german = germanPlaceLink(tokens, j);
      if (german > 0 && run[run.length - 1]?.text !== "I") {
        for (let p = 0; p <= german; p++) run.push(tokens[j + p] as Token);
        j += german + 1;
        continue;
      }
      // "Gibson, Dunn & Crutcher", "Wachtell, Lipton, Rosen & Katz": partners' names in a list that an
      // ampersand closes are one firm's name (a list in prose ends with "and").
      const partners = next.text === "," && run.length === 1 ? partnersListEnd(tokens, j) : 0;
      if (partners > 0) {
        while (j < partners) run.push(tokens[j++] as Token);
        continue;
      }
      // "Suleiman al-Amr", "Bashar al-Assad": an "al-" word is a name part by itself.
      if (next.isWord && ARTICLE_PREFIXED_NAME.test(next.text) && run.length > 0) {
        run.push(next);
        j++;
        continue;
      }
      if (isParticle(next) || isPortugueseDo(next.text, lower(run[run.length - 1] as Token))) {
        // "van Gogh", and two in a row: "von der Leyen", "de la Cruz"; "Rio Grande do Sul".
        const two = isParticle(tokens[j + 1]) ? 2 : 1;
        const after = tokens[j + two];
        if (after && isProperCandidate(after)) {
          for (let p = 0; p < two; p++) run.push(tokens[j + p] as Token);
          j += two;
          continue;
        }
      }
      if (NAME_CONNECTORS.has(w) && !titleCase) {
        let k = j + 1;
        const link: Token[] = [next];
        if (tokens[k] && lower(tokens[k] as Token) === "the") {
          link.push(tokens[k] as Token);
          k++;
        }
        const rest: Token[] = [];
        let m = k;
        while (m < tokens.length && isProperCandidate(tokens[m] as Token)) rest.push(tokens[m++] as Token);
        // "the Department of Homeland Security and the Federal Aviation Administration": "and the"
        // between two bodies' names, each with its head word, joins no name.
        const restLast = rest[rest.length - 1];
        // "UNICEF and the European Centre …", "Westpac and the Commonwealth Bank …", "La Liga and the
        // Premier League": so does a one-word name's or a known body's name before "and the".
        const twoBodies =
          w === "and" &&
          link.length === 2 &&
          restLast !== undefined &&
          // "Amnesty International Kenya and the Law Society of Kenya": a name of two words or more
          // before "and the" stands alone too.
          (run.some((t) => isHeadOrPlural(lower(t))) || run.length <= 3 || isKnownBody(run)) &&
          (isHeadWord(lower(restLast)) || possessiveBeforeHead(tokens, m));
        // "Cisco Chair and CEO Chuck Robbins": two titles joined by "and" are one title before the name.
        const lastOfRun = run[run.length - 1] as Token;
        const joinedTitles =
          w === "and" &&
          link.length === 1 &&
          isTitleWord(lastOfRun) &&
          rest[0] !== undefined &&
          isTitleWord(rest[0]);
        if (
          rest.length > 0 &&
          !twoBodies &&
          (joinedTitles || connectorJoins(run, next, rest, afterHonorific(tokens, i), tokens[m]))
        ) {
          pushAll(pushAll(run, link), rest);
          j = m;
          continue;
        }
      }
      break;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/**
 * Where a firm's list of partners' names ends: from the comma at `j`, one capitalised word, then more
 * after commas, then "&" and a last one ("Gibson, Dunn & Crutcher"); 0 when no ampersand closes it.
 */
function partnersListEnd(tokens: Token[], j: number): number {
  let k = j;
  for (let names = 0; names < 5; names++) {
    const separator = tokens[k];
    const name = tokens[k + 1];
    if (!separator || !name || !(separator.text === "," || separator.text === "&")) return 0;
    if (!name.isWord || !TITLE_CASE_WORD.test(name.text) || !isProperCandidate(name)) return 0;
    k += 2;
    if (separator.text === "&") return tokens[k]?.text === "&" ? 0 : k;
  }
  return 0;
}

/** "DR Congo": the honorific is written Dr or Dr.; "DR" in capitals inside a sentence opens the country's name. */
const isHonorificSpelling = (t: Token) => t.text !== "DR";

/** "DR" in capitals before "Congo": the country's short name ("TL;DR" is no name). */
function opensDrCongo(tokens: Token[], i: number): boolean {
  return tokens[i]?.text === "DR" && /^(?:Congo|CONGO)$/.test(tokens[i + 1]?.text ?? "");
}

function isTitleWord(t: Token): boolean {
  return PERSON_TITLES.has(lower(t)) && isHonorificSpelling(t);
}

function isHonorific(t: Token): boolean {
  return HONORIFICS.has(lower(t)) && isHonorificSpelling(t);
}

function isTitleModifier(t: Token): boolean {
  const w = lower(t);
  return (
    TITLE_MODIFIERS.has(w) ||
    lexicon().demonyms.has(w) ||
    w.startsWith("then-") ||
    w.startsWith("ex-") ||
    w.startsWith("former-")
  );
}
/** "Australian-born Assange", "London-based Kari Holm": where a person is from, before the name. */
const BORN_OR_BASED = /^\p{L}+-(?:born|based|raised|bred)$/u;
/** "Hamas-run Health Ministry", "Republican-led House", "U.S.-backed forces": who runs or backs a body, before its name. */
const LED_OR_BACKED =
  /^\p{Lu}[\p{L}.]*-(?:led|backed|run|owned|funded|controlled|sponsored|allied|aligned|affiliated|supported|dominated|appointed|installed)$/u;
/** An adjective before a name that says where it is from or who runs it: "London-based", "Hamas-run". */
const isWhereOrWhoAdjective = (t: Token) => BORN_OR_BASED.test(t.text) || LED_OR_BACKED.test(t.text);
/** A body the lists know by this name as written ("Hamas", "Apple"). */
const isKnownBodyName = (name: string) => lexicon().knownOrganizations.has(name.toLowerCase());
/** "Macy's", "Moody's": a firm the lists know with its own 's, by the name before it (lowercase). */
const spellsOwnS = (name: string) => lexicon().knownOrganizations.has(`${name}'s`);

interface Segment {
  tokens: Token[];
  title: Token[];
  demonym: string | null;
}

/**
 * `segment` with other title words, built as the same object literal as every other segment: a spread
 * (`{ ...segment, title }`) gives V8 another hidden class, and the functions reading segments were
 * compiled again when it first reached them.
 */
function withTitle(segment: Segment, title: Token[]): Segment {
  return { tokens: segment.tokens, title, demonym: segment.demonym };
}

/** Split a run at person titles: "U.S. President Donald Trump" → "U.S." | title "President" | "Donald Trump". */
const SAINT = /^(?:St\.|Saint|Ste\.|Sainte)$/;

const isSaintWord = (t: Token) => SAINT.test(t.text) || t.text === "St";

/**
 * "St. Croix", "St. Kitts": "St." before a word no given name opens a place's name (a saint is named by a
 * given name). "St. Lucie County", "St. Joseph Hospital": a saint's name before a head word opens one too.
 */
export function opensSaintsPlace(run: readonly Token[], i: number): boolean {
  const t = run[i];
  const next = run[i + 1];
  if (!t || !next || !SAINT.test(t.text) || !TITLE_CASE_WORD.test(next.text)) return false;
  const head = run[i + 2];
  if (head !== undefined && isHeadWord(lower(head))) return true;
  const lex = lexicon();
  return (
    !lex.firstNames.has(lower(next)) && !lex.personNames.has(lower(next)) && !lex.commonWords.has(lower(next))
  );
}

export function splitAtTitles(run: Token[]): Segment[] {
  // No title word: the loop below would keep the whole run as one segment.
  if (run.length > 0 && !run.some(isTitleWord)) return [{ tokens: run.slice(), title: [], demonym: null }];
  // "General Electric", "General Mills": a body the lists know whose name opens with a title word;
  // "General Confederation of Labour": a title word before a body's head word opens the body's name.
  if (
    isKnownBody(run) ||
    (run.length > 2 && isTitleWord(run[0] as Token) && isHeadOrPlural(lower(run[1] as Token)))
  )
    return [{ tokens: run.slice(), title: [], demonym: null }];
  const segments: Segment[] = [];
  let current: Token[] = [];
  let i = 0;
  while (i < run.length) {
    const t = run[i] as Token;
    const prev = run[i - 1];
    const afterConnector = prev && NAME_CONNECTORS.has(lower(prev));
    // "St. Louis", "St. Petersburg": a title word that opens a city's name is part of it.
    const opensCity =
      isTitleWord(t) &&
      run[i + 1] &&
      (findCity(`${t.text} ${(run[i + 1] as Token).text}`) ||
        opensSaintsPlace(run, i) ||
        // "St. Peter's Square": a saint's possessive before a head word names a place or a body.
        (isSaintWord(t) &&
          /^['’]s$/.test(run[i + 2]?.text ?? "") &&
          run[i + 3] !== undefined &&
          isHeadWord(lower(run[i + 3] as Token))) ||
        // "King's Cross", "Queen's University": a title's possessive opening the run is part of a name.
        (i === 0 && PEERAGE_POSSESSORS.has(lower(t)) && /^['’]s$/.test(run[i + 1]?.text ?? "")));
    // "Alameda County District Attorney Ursula Jones Dickson": a place head after a name ends that
    // place's name; the title starts after it.
    // Not "U.S. District Judge Lewis Kaplan": a country's district court is no place.
    const closesPlace =
      current.length > 0 &&
      PLACE_HEADS.has(lower(t)) &&
      !isTitleWord(t) &&
      !(prev !== undefined && PLACE_HEADS.has(lower(prev))) &&
      !(lower(t) === "district" && findCountryCode(mapPacked(current, (c) => c.text).join(" ")) !== null);
    if (!afterConnector && !opensCity && !closesPlace) {
      let j = i;
      while (j < run.length && isTitleModifier(run[j] as Token) && !isTitleWord(run[j] as Token)) j++;
      let k = j;
      while (k < run.length && isTitleWord(run[k] as Token)) {
        k++;
        // "Chair and CEO", "President & Chief Executive": "and" between two titles.
        const link = run[k];
        const after = run[k + 1];
        if (link && after && (lower(link) === "and" || link.text === "&") && isTitleWord(after)) k++;
      }
      if (k > j) k = companyPostEnd(run, k);
      if (k > j && k < run.length) {
        if (run[k] && lower(run[k] as Token) === "of") {
          const body = officeBody(run, k);
          if (body) {
            // "President of the European Commission Ursula von der Leyen", "Chairman of the Federal
            // Reserve": the body is a name of its own; the holder (if named) keeps the title words.
            if (current.length > 0) segments.push({ tokens: current, title: [], demonym: null });
            segments.push({ tokens: run.slice(body.start, body.end), title: [], demonym: null });
            const holder = run.slice(body.end);
            if (holder.length > 0) {
              const title = run.slice(i, k);
              segments.push(
                ...mapPacked(splitAtTitles(holder), (s, n) =>
                  n === 0 ? withTitle(s, [...title, ...s.title]) : s,
                ),
              );
            }
            return segments;
          }
          // "The Archbishop of Canterbury, Justin Welby": a post of a place named by no holder; the place
          // is named, the post is no one's title here.
          const place = run.slice(k + 1);
          const placeName = mapPacked(place, (t) => t.text).join(" ");
          if (isGazetteerPlace(placeName)) {
            if (current.length > 0) segments.push({ tokens: current, title: [], demonym: null });
            segments.push({ tokens: place, title: [], demonym: null });
            return segments;
          }
          // "Mayor of London Sadiq Khan", "Governor of Georgia Brian Kemp": the holder's name starts after
          // the longest place name opening what follows "of"; else at the first given name.
          let m = k + 1 + placePrefixLength(run, k + 1);
          if (m === k + 1)
            while (m < run.length - 1 && !lexicon().firstNames.has(lower(run[m] as Token))) m++;
          if (run.length - m >= 1 && m > k + 1) k = m;
        }
        const headsOrg = isHeadToken(run[run.length - 1] as Token);
        // "Justice Department", "Senate Committee": a title word in front of heads alone names the body.
        const onlyHeads = run.slice(k).every(isHeadToken);
        // "District Attorney's Office", "the U.S. Attorney's Office for the Western District": the post's
        // possessive inside the run names the post's office, a body.
        const office = /^['’]s$/.test(run[k]?.text ?? "");
        if (!office && !(headsOrg && (onlyHeads || NAME_CONNECTORS.has(lower(run[k] as Token))))) {
          if (current.length > 0) segments.push({ tokens: current, title: [], demonym: null });
          current = [];
          const rest = run.slice(k);
          if (rest.some((r) => isTitleWord(r))) {
            segments.push(
              ...mapPacked(splitAtTitles(rest), (s, n) =>
                n === 0 ? withTitle(s, [...run.slice(i, k), ...s.title]) : s,
              ),
            );
          } else segments.push({ tokens: rest, title: run.slice(i, k), demonym: null });
          return segments;
        }
      }
    }
    current.push(t);
    i++;
  }
  if (current.length > 0) segments.push({ tokens: current, title: [], demonym: null });
  return segments;
}

/** Tokens of the longest country, region or city name opening `run` at `from`, leaving one token after it; 0 when none. */
function placePrefixLength(run: Token[], from: number): number {
  for (let end = Math.min(run.length - 1, from + 4); end > from; end--) {
    if (isGazetteerPlace(mapPacked(run.slice(from, end), (t) => t.text).join(" "))) return end - from;
  }
  return 0;
}

/** The field of a company post between two title words: "Chief Financial Officer", "Chief Human Resources Officer". */
const POST_FIELDS = new Set([
  "financial",
  "operating",
  "technology",
  "technical",
  "information",
  "marketing",
  "medical",
  "scientific",
  "legal",
  "investment",
  "commercial",
  "digital",
  "creative",
  "content",
  "economic",
  "people",
  "product",
  "revenue",
  "strategy",
  "strategic",
  "data",
  "communications",
  "compliance",
  "risk",
  "sustainability",
  "nursing",
  "human",
  "resources",
  "administrative",
  "customer",
  "growth",
  "brand",
  "innovation",
  "diversity",
  "privacy",
  "accounting",
  "procurement",
  "transformation",
  "design",
]);

/**
 * Where the title that ends at `k` (after its title words) really ends: a post's field and another
 * title word extend it ("Chief Financial Officer Amy Hood"), and "Chief Executive" is a title of its own
 * before a name ("Chief Executive Tim Cook").
 */
function companyPostEnd(run: Token[], k: number): number {
  let m = k;
  while (m < run.length && (isTitleModifier(run[m] as Token) || POST_FIELDS.has(lower(run[m] as Token)))) m++;
  if (m > k && m < run.length && isTitleWord(run[m] as Token)) {
    while (m < run.length && isTitleWord(run[m] as Token)) m++;
    return m;
  }
  const last = run[k - 1];
  const next = run[k];
  if (last && next && lower(last) === "chief" && lower(next) === "executive" && k + 1 < run.length)
    return k + 1;
  return k;
}

/** Words that close a body's name after an office ("the House of Representatives", "the Federal Reserve"). */
const BODY_ENDS = new Set([
  "house",
  "representatives",
  "reserve",
  "congress",
  "parliament",
  "commons",
  "lords",
  "nations",
]);

/**
 * "Speaker of the House …", "President of the European Commission …": after a title and "of the", the
 * body's name, up to its last head word (or up to the holder's first name, or the run's end). Null
 * without "the" ("Secretary of State Mike Pompeo" keeps the portfolio in the title).
 */
function officeBody(run: Token[], of: number): { start: number; end: number } | null {
  const article = run[of + 1];
  if (article === undefined || lower(article) !== "the") return null;
  const start = of + 2;
  let given = start;
  while (given < run.length && !lexicon().firstNames.has(lower(run[given] as Token))) given++;
  let end = -1;
  for (let x = start; x < given; x++) {
    const w = lower(run[x] as Token);
    if (ORGANIZATION_HEADS.has(w) || PLACE_HEADS.has(w) || BODY_ENDS.has(w)) end = x + 1;
  }
  // No holder's given name: the body runs to the end unless initials or an honorific follow its last
  // head ("… House of Representatives Rt. Hon. B. U. Nzeribe").
  if (end < 0 || (given === run.length && !run.slice(end).some(isPersonLike))) end = given;
  return end > start ? { start, end } : null;
}

/** "Labour Party Jeremy Corbyn": an organisation name run straight into a person's name is two names. */
function splitAfterOrganization(segment: Segment): Segment[] {
  const { tokens } = segment;
  // "Image: NASA Bill Ingalls": an acronym run straight into a person's name (a given name, one or two
  // capitalised words after it).
  const acronym = tokens[0];
  const given = tokens[1];
  // "the COP30 United Nations climate summit": a summit's or group's code opens no longer name (but
  // "the G20 Summit" is one).
  if (
    acronym &&
    given &&
    GROUP_OR_SUMMIT.test(acronym.text) &&
    (tokens.length > 2 || !isCommonWord(lower(given)))
  )
    return [
      { tokens: [acronym], title: segment.title, demonym: segment.demonym },
      { tokens: tokens.slice(1), title: [], demonym: null },
    ];
  if (
    acronym &&
    given &&
    (tokens.length === 3 || tokens.length === 4) &&
    ALL_CAPITALS.test(acronym.text) &&
    (lexicon().firstNames.has(lower(given)) || lexicon().personNames.has(lower(given))) &&
    !lexicon().commonWords.has(lower(tokens[tokens.length - 1] as Token)) &&
    tokens.slice(1).every((t) => isCapitalised(t) && !isHeadWord(lower(t)) && !NAME_CONNECTORS.has(lower(t)))
  )
    return [
      { tokens: [acronym], title: segment.title, demonym: segment.demonym },
      { tokens: tokens.slice(1), title: [], demonym: null },
    ];
  for (let i = 1; i < tokens.length - 2; i++) {
    const head = tokens[i] as Token;
    const given = tokens[i + 1] as Token;
    if (!ORGANIZATION_HEADS.has(lower(head)) || !lexicon().firstNames.has(lower(given))) continue;
    if (lexicon().commonWords.has(lower(given))) continue;
    const rest = tokens.slice(i + 1);
    if (rest.some((t) => NAME_CONNECTORS.has(lower(t)) || ORGANIZATION_HEADS.has(lower(t)))) continue;
    return [
      { tokens: tokens.slice(0, i + 1), title: segment.title, demonym: segment.demonym },
      { tokens: rest, title: [], demonym: null },
    ];
  }
  return [segment];
}

/**
 * "the Hamas-run Health Ministry", "the London-based Amnesty International": who runs a body, or where
 * it is, named in an adjective before its name, is a name of its own when the lists know it (the
 * adjective is left out of the name either way, see `trimSegment`).
 */
function splitAfterBacker(segment: Segment): Segment[] {
  const first = segment.tokens[0];
  if (segment.tokens.length < 2 || !first || !isWhereOrWhoAdjective(first)) return [segment];
  const head = first.text.slice(0, first.text.lastIndexOf("-"));
  if (!isKnownPlace(head) && !isKnownBodyName(head)) return [segment];
  return [
    { tokens: [wordToken(head, first.start)], title: [], demonym: null },
    { tokens: segment.tokens.slice(1), title: segment.title, demonym: segment.demonym },
  ];
}

/** "ambassador to Britain Liu Xiaming": a country run straight into a person's name is two names. */
function splitAfterCountry(segment: Segment): Segment[] {
  const { tokens } = segment;
  const lex = lexicon();
  for (let i = 1; i <= 2 && i < tokens.length - 1; i++) {
    const place = mapPacked(tokens.slice(0, i), (t) => t.text).join(" ");
    if (!findCountryCode(place)) continue;
    const rest = tokens.slice(i);
    const given = lower(rest[0] as Token);
    if (!(lex.firstNames.has(given) || lex.personNames.has(given)) || lex.commonWords.has(given))
      return [segment];
    if (rest.some((t) => !isCapitalised(t) || ORGANIZATION_HEADS.has(lower(t)) || PLACE_HEADS.has(lower(t))))
      return [segment];
    return [
      { tokens: tokens.slice(0, i), title: [], demonym: segment.demonym },
      { tokens: rest, title: segment.title, demonym: null },
    ];
  }
  return [segment];
}

/** "London-based", "Brexit-weary": a name made into an adjective with a lowercase word is no name. */
const COMPASS_WORDS = /^(?:north|south|east|west)$/;

const LOWER_START = /^\p{Ll}/u;

/** "York-born", "Kong-based", "Prize-winning": a lowercase adjective after a name's last word (not "Jong-un"). */
const ADJECTIVE_SUFFIX =
  /^\p{Lu}[\p{L}.]*-(?:born|based|led|backed|owned|run|controlled|funded|style|era|type|like|made|bound|wide|area|level|sized|shaped|specific|friendly|focused|linked|affiliated|registered|listed|headquartered|native|raised|trained|educated|winning|winner|nominated|bred|grown)$/u;

/** Adjectives made of where something is or someone comes from. */
const PLACE_ADJECTIVE_SUFFIX = /^\p{Lu}[\p{L}.]*-(?:based|born|headquartered|raised|area)$/u;

/** A country, a region or a city of the gazetteer (not a surname's town: "Bush-born"), by its name as written. */
function isKnownPlace(name: string): boolean {
  if (isCountryOrRegion(name) || isBigCity(name)) return true;
  const lex = lexicon();
  const w = name.toLowerCase();
  return findCity(name) !== null && !lex.lastNames.has(w) && !lex.personNames.has(w);
}

function isAdjectiveCompound(t: Token): boolean {
  return t.text.split("-").some((p, i) => i > 0 && LOWER_START.test(p));
}

/**
 * "National Socialism", "Clean Air Act", "Second Amendment", "Ebola": creeds, laws, treaties and diseases are no person,
 * organization or place (a head word keeps "Ministry of Tourism").
 */
/** Diseases named after a person: "Alzheimer's", "Parkinson's disease", "the Alzheimer's Association". */
const DISEASE_EPONYMS = ["alzheimer", "parkinson", "huntington", "crohn", "asperger", "tourette", "hodgkin"];

/** Diseases named in one word ("Ebola survivors", "HIV", "COVID-19"): neither agents nor places. */
const DISEASES = new Set([
  "ebola",
  "zika",
  "covid",
  "covid-19",
  "sars",
  "sars-cov-2",
  "mers",
  "hiv",
  "aids",
  "hiv/aids",
  "malaria",
  "cholera",
  "measles",
  "polio",
  "tuberculosis",
  "dengue",
  "mpox",
  "monkeypox",
  "anthrax",
  "typhoid",
  "smallpox",
  // Named after a person, written with or without the possessive: "Alzheimer's", "Parkinson's".
  ...DISEASE_EPONYMS,
]);

const SURVEY_AGENCIES = /^(?:geological|ordnance|geodetic|hydrographic|antarctic|geographical|geographic)$/;

function isDoctrineOrLaw(words: string[]): boolean {
  const last = words[words.length - 1] as string;
  if (words.length === 1 && DISEASES.has(last)) return true;
  // "the U.S. Geological Survey", "Ordnance Survey": a survey named for a science or for mapping is
  // the agency that makes it.
  if (last === "survey" && SURVEY_AGENCIES.test(words[words.length - 2] ?? "")) return false;
  if ((LAW_HEADS.has(last) || PROGRAMME_HEADS.has(last)) && words.length > 1) return true;
  // "Eastern Equine Encephalitis", "Lyme Disease": an illness is no entity of ours either (a name can
  // end in -itis too, "Vitas Gerulaitis": the -itis word or a word before it must be an ordinary one).
  if (words.length > 1 && (last === "disease" || last === "syndrome")) return true;
  if (words.length > 1 && /(?:itis|osis)$/.test(last) && words.some((w) => lexicon().commonWords.has(w)))
    return true;
  if (!(last.length >= 6 && last.endsWith("ism"))) return false;
  return !words.some((w) => ORGANIZATION_HEADS.has(w) || PLACE_HEADS.has(w));
}

/**
 * The names with digits of groups of countries and of their summits: "G7", "G20", "COP28" (a lone word
 * with a digit is otherwise a model, a code or a score).
 */
const GROUP_OR_SUMMIT = /^(?:G(?:7|8|20|77)|COP\d{1,2})$/;

/** "A350-900", "F-35", "S10", "MQ-9B": capitals and digits (both) naming a model. */
const MODEL_CODE = /^(?=[\p{Lu}\d-]*\d)(?=[\p{Lu}\d-]*\p{Lu})\p{Lu}{1,3}-?\d{1,4}(?:-\d{1,4})?\p{Lu}?$/u;

export function isModelCode(t: Token): boolean {
  return MODEL_CODE.test(t.text) && !GROUP_OR_SUMMIT.test(t.text);
}

const CENTRE = /^(?:centre|center)s?$/;

/**
 * A nationality word that belongs to the name after it: "European Central Bank" (ordinary words up to
 * a body's head word) or "Christian Lindner" (a given name, no country's adjective, before a word no
 * list calls ordinary).
 */
/** A trade that names a firm after a demonym: "American Airlines", "British Steel", "Indian Oil". */
const FIRM_AFTER_DEMONYM =
  /^(?:airlines|airways|express|motors|petroleum|steel|oil|telecom|railways|tobacco)$/;

function opensBodyOrName(tokens: Token[]): boolean {
  const lex = lexicon();
  const rest = tokens.slice(1);
  const last = rest[rest.length - 1] as Token;
  const ordinary = (t: Token) =>
    isCommonWord(lower(t)) && !NAME_CONNECTORS.has(lower(t)) && lower(t) !== "the";
  if (rest.length >= 2 && ORGANIZATION_HEADS.has(lower(last)) && rest.slice(0, -1).every(ordinary))
    return true;
  // "American Airlines Center", "British Steel works": a firm named by a demonym and its trade.
  if (rest.length >= 1 && FIRM_AFTER_DEMONYM.test(lower(rest[0] as Token))) return true;
  // "European Centre for Disease Prevention", "Chinese Academy of Sciences": a head word, then "of"/"for".
  const of = rest.findIndex((t) => lower(t) === "of" || lower(t) === "for");
  const head = of >= 1 ? lower(rest[of - 1] as Token) : "";
  if (
    (ORGANIZATION_HEADS.has(head) || CENTRE.test(head)) &&
    !COMPASS_WORDS.test(lower(tokens[0] as Token)) &&
    rest.slice(0, of - 1).every(ordinary)
  )
    return true;
  // A faith's or region's word (no country's) that is also a given name: "Christian Lindner", not "French Sahel".
  const first = lower(tokens[0] as Token);
  return (
    rest.length === 1 &&
    !lex.demonyms.get(first) &&
    (lex.firstNames.has(first) || lex.personNames.has(first)) &&
    !isCommonWord(lower(last)) &&
    !isHeadWord(lower(last))
  );
}

function trimSegment(segment: Segment, keepDemonym = false): Segment | null {
  let tokens = segment.tokens;
  const headed =
    (tokens.length > 1 && ORGANIZATION_HEADS.has(lower(tokens[tokens.length - 1] as Token))) ||
    (tokens.length === 1 && ONE_WORD_INSTITUTIONS.has(lower(tokens[0] as Token)));
  if (
    !headed &&
    tokens.every((t) => isTitleWord(t) || TITLE_MODIFIERS.has(lower(t)) || NAME_CONNECTORS.has(lower(t))) &&
    // "Law and Justice": a party the lists know, named by such words.
    !isKnownBody(tokens)
  )
    return null;
  if (
    tokens.length === 1 &&
    /\d/.test((tokens[0] as Token).text) &&
    !GROUP_OR_SUMMIT.test((tokens[0] as Token).text) &&
    !isNumberedTeam((tokens[0] as Token).text)
  )
    return null;
  let demonym = segment.demonym;
  const lex = lexicon();
  // "Former Indian cricket captain …": a title's modifier and a nationality word name no one.
  if (
    !headed &&
    tokens.some((t) => TITLE_MODIFIERS.has(lower(t))) &&
    tokens.every((t) => TITLE_MODIFIERS.has(lower(t)) || lex.demonyms.has(lower(t)))
  )
    return null;
  while (tokens.length > 0 && isLeadingFiller(tokens[0] as Token)) tokens = tokens.slice(1);
  // "Assistant U.S. Attorney Nicolas Roos": a post's modifier before the country the post is of.
  if (
    tokens.length > 1 &&
    /^(?:assistant|acting|deputy|former|interim|associate)$/.test(lower(tokens[0] as Token)) &&
    findCountryCode(mapPacked(tokens.slice(1), (t) => t.text).join(" ")) !== null
  )
    tokens = tokens.slice(1);
  // "Australian-born Assange", "London-based Kari Holm": where someone is from opens no name.
  while (tokens.length > 1 && isWhereOrWhoAdjective(tokens[0] as Token)) tokens = tokens.slice(1);
  // "Latin America": a country or region the lists know keeps its first word.
  while (
    tokens.length > 1 &&
    !keepDemonym &&
    lex.demonyms.has(lower(tokens[0] as Token)) &&
    !isCountryOrRegion(mapPacked(tokens, (t) => t.text).join(" ")) &&
    !(tokens.length === 2 && isHeadWord(lower(tokens[1] as Token))) &&
    !opensBodyOrName(tokens)
  ) {
    demonym = (tokens[0] as Token).text;
    tokens = tokens.slice(1);
    // "Buddhist and the United Nations": the words a demonym joined to the name go with it.
    while (tokens.length > 0 && isLeadingFiller(tokens[0] as Token)) tokens = tokens.slice(1);
  }
  // "New York-born", "Hong Kong-based": the name ends before the hyphen of its adjective.
  const tail = tokens[tokens.length - 1] as Token;
  if (tokens.length > 1 && ADJECTIVE_SUFFIX.test(tail.text)) {
    const head = tail.text.slice(0, tail.text.indexOf("-"));
    tokens = head ? [...tokens.slice(0, -1), wordToken(head, tail.start)] : tokens.slice(0, -1);
  }
  // "Airbus A350-900", "Lockheed F-35": a model code after a maker's name is no part of the name.
  while (tokens.length > 1 && isModelCode(tokens[tokens.length - 1] as Token)) tokens = tokens.slice(0, -1);
  while (tokens.length > 0 && NAME_CONNECTORS.has(lower(tokens[tokens.length - 1] as Token)))
    tokens = tokens.slice(0, -1);
  const titleAt = tokens.findIndex((t) => isTitleWord(t));
  // "UK Home Secretary": the country ends before the title's modifiers too.
  let countryEnd = titleAt;
  while (countryEnd > 1 && TITLE_MODIFIERS.has(lower(tokens[countryEnd - 1] as Token))) countryEnd--;
  if (
    titleAt > 0 &&
    !(titleAt + 1 < tokens.length && tokens.slice(titleAt + 1).every(isHeadToken)) &&
    // "the U.S. Attorney's Office": the post's office is the body's name.
    !/^['’]s$/.test(tokens[titleAt + 1]?.text ?? "") &&
    findCountryCode(mapPacked(tokens.slice(0, countryEnd), (t) => t.text).join(" "))
  )
    tokens = tokens.slice(0, countryEnd);
  if (tokens.length === 0) return null;
  const words = mapPacked(tokens, lower);
  if (isDoctrineOrLaw(words)) return null;
  if (words.length === 1) {
    const w = words[0] as string;
    const title = mapPacked(segment.title, lower).join(" ");
    if (ADJECTIVE_TITLES.has(title) && isCommonWord(w) && !lex.firstNames.has(w) && !lex.lastNames.has(w))
      return null;
    if (lex.demonyms.has(w) && !findCountryCode(w)) return null;
    const only = (tokens[0] as Token).text;
    if (only.length >= 5 && only === only.toUpperCase() && isShoutedCommonWord(w)) return null;
    const parts = w.split("-");
    // "Guinea-Bissau", "Timor-Leste": a hyphenated country's name is the country.
    if (parts.length > 1 && findCountryCode(only) !== null) return { tokens, title: segment.title, demonym };
    if (isAdjectiveCompound(tokens[0] as Token)) {
      // "London-based", "Cupertino-based", "Delhi-born": the place an adjective is made of is named.
      const whole = tokens[0] as Token;
      const head = whole.text.slice(0, whole.text.indexOf("-"));
      // "Apple-sanctioned", "Google-owned", "Iran-backed": a known body, or a known place that runs or
      // backs something, is named too.
      const place =
        isKnownPlace(head) && (PLACE_ADJECTIVE_SUFFIX.test(whole.text) || LED_OR_BACKED.test(whole.text));
      if (!place && !isKnownBodyName(head)) return null;
      return { tokens: [wordToken(head, whole.start)], title: segment.title, demonym };
    }
    if (parts.length > 1 && parts.every((p) => lex.demonyms.has(p) || findCountryCode(p))) return null;
    if (
      parts.length > 1 &&
      (lex.demonyms.has(parts[0] as string) || findCountryCode(parts[0] as string)) &&
      startsLowercase(parts[parts.length - 1] as string)
    )
      return null;
  }
  if (words.every((w) => MONTHS_AND_DAYS.has(w) || NAME_CONNECTORS.has(w))) return null;
  // "South Korean", "North Korean": a compass word before a nationality word is an adjective too.
  if (words.length === 2 && COMPASS_WORDS.test(words[0] as string) && lex.demonyms.has(words[1] as string))
    return null;
  return { tokens, title: segment.title, demonym };
}

/** An ordinary word of a Title Case run (`run[i]`): a function word, or a common word that is no name part. */
function isOrdinaryInTitleCase(run: Token[], i: number): boolean {
  const t = run[i] as Token;
  const w = lower(t);
  const pair = run[i + 1] ? `${t.text} ${(run[i + 1] as Token).text}` : "";
  if (pair && isGazetteerPlace(pair)) return false;
  if (FUNCTION_TAGS.test(w) || NAME_CONNECTORS.has(w)) return true;
  // "Mayor Karen Bass On Homelessness": a word after a given name that is no word is the surname.
  const before = run[i - 1];
  if (before && lexicon().firstNames.has(lower(before)) && !isCommonWord(before.text)) return false;
  // "Frank Messina Interview": a given name that is also a word, before a surname that is none.
  const next = run[i + 1];
  if (
    next &&
    lexicon().personNames.has(w) &&
    lexicon().personNames.has(next.lower) &&
    !isCommonWord(next.text)
  )
    return false;
  return (
    isCommonWord(t.text) &&
    !isHeadWord(w) &&
    !isTitleWord(t) &&
    !findCountryCode(w) &&
    !isRegion(w) &&
    !lexicon().firstNames.has(w) &&
    !lexicon().lastNames.has(w)
  );
}

/**
 * A Title Case headline capitalises every word, so a run there is cut at the ordinary words between
 * names ("Sweden Drops Its Investigation Into … Against Julian Assange"); ordinary words before an
 * organisation or place head stay ("Interior Ministry", "Supreme Court").
 */
function splitTitleCaseRun(run: Token[]): Token[][] {
  // What comes first after each token: an organisation/place head (true), a function word (false) or
  // neither (null), computed right to left so the run is read once.
  const headFirst: (boolean | null)[] = new Array(run.length).fill(null);
  for (let j = run.length - 2; j >= 0; j--) {
    const u = run[j + 1] as Token;
    headFirst[j] = isHeadWord(lower(u))
      ? true
      : FUNCTION_TAGS.test(lower(u))
        ? false
        : (headFirst[j + 1] ?? null);
  }
  const keep = mapPacked(run, (t, i) => {
    if (!isOrdinaryInTitleCase(run, i)) return true;
    return headFirst[i] === true ? !FUNCTION_TAGS.test(lower(t)) : false;
  });
  const pieces: Token[][] = [];
  let piece: Token[] = [];
  run.forEach((t, i) => {
    if (keep[i]) piece.push(t);
    else if (piece.length > 0) {
      pieces.push(piece);
      piece = [];
    }
  });
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/** "Grass Valley, Calif.": a state abbreviation after a place and a comma; the name keeps its dot. */
function isStateAbbreviation(name: Token[], tokens: Token[], at: number): boolean {
  const only = name[0] as Token;
  return (
    name.length === 1 &&
    STATE_ABBREVIATIONS.has(lower(only)) &&
    tokens[at + 1]?.text === "." &&
    tokens[at + 1]?.start === only.end &&
    tokens[at - 1]?.text === "," &&
    Boolean(tokens[at - 2] && isCapitalised(tokens[at - 2] as Token))
  );
}

export interface SentenceInBlock {
  sentence: Sentence;
  blockKind: BlockKind;
}

/** Index of `t` in `tokens`, looked for from `hint` first, then from the start; -1 when absent. */
function indexFrom(tokens: Token[], t: Token | undefined, hint: number): number {
  if (!t) return -1;
  const at = tokens.indexOf(t, hint);
  if (at >= 0) return at;
  const anywhere = tokens.indexOf(t);
  // "London" cut from "London-based": the sentence's token that starts where it starts.
  return anywhere >= 0 ? anywhere : tokens.findIndex((u) => u.start === t.start);
}

/** "[DEL:Get it on Amazon:DEL]", "[INS::INS]": a text dump's marks for struck and inserted text. */
function isEditMark(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text !== "DEL" && t.text !== "INS") return false;
  const before = tokens[i - 1]?.text;
  return before === "[" || before === ":";
}

const GLUED_PREFIXES = new Set(["fitz", "mac", "van", "von", "der", "del", "della", "dos", "das"]);

/**
 * "Eric SongBy Eric Song", "Pamela WilsonPamela Wilson", "BiographySarah E. Needleman": a page dump
 * glues a label or a repeated name to the word before it. A word whose capital after four lowercase
 * letters or more opens "By" or a given name is two words.
 */
function unglueWords(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // "the US-China trade war", "the Israel-Hamas war": two names a hyphen pairs are two names.
    const pair = t.isWord && t.text.includes("-") ? pairedNamesAt(t.text) : -1;
    if (pair > 0) {
      out ??= tokens.slice(0, k);
      out.push(
        wordToken(t.text.slice(0, pair), t.start),
        markToken("-", t.start + pair),
        wordToken(t.text.slice(pair + 1), t.start + pair + 1),
      );
      continue;
    }
    const split = t.isWord && t.text.length >= 6 ? gluedAt(t.text) : -1;
    // Not an e-mail address's local part ("Sarah.Needleman@wsj.com").
    const dot =
      split < 0 && t.isWord && t.text.length >= 7 && tokens[k + 1]?.text !== "@"
        ? sentenceGluedAt(t.text)
        : -1;
    if (split < 0 && dot < 0) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, k);
    const at = split >= 0 ? split : dot;
    out.push(
      wordToken(t.text.slice(0, at), t.start),
      joinToken(t.start + at),
      wordToken(t.text.slice(split >= 0 ? at : at + 1), t.start + (split >= 0 ? at : at + 1)),
    );
  }
  return out ?? tokens;
}

/**
 * The hyphen's index in "US-China", "Israel-Hamas", "Paris-Berlin": two capitalised parts, each a
 * country, a region, a big city or a body the lists know, and the whole no place of its own
 * ("Guinea-Bissau", "Baden-Württemberg"); else -1.
 */
function pairedNamesAt(word: string): number {
  const at = word.indexOf("-");
  if (at < 2 || at > word.length - 3 || word.indexOf("-", at + 1) >= 0) return -1;
  const left = word.slice(0, at);
  const right = word.slice(at + 1);
  if (!startsUppercase(left) || !startsUppercase(right) || isGazetteerPlace(word)) return -1;
  return isPairedName(left) && isPairedName(right) ? at : -1;
}

function isPairedName(part: string): boolean {
  return isCountryOrRegion(part) || isBigCity(part) || lexicon().knownOrganizations.has(part.toLowerCase());
}

/**
 * "Vienna, Austria.Leonhard Foeger / Reuters": a caption's last word and the credit after it, run
 * together by a dot with no space. The dot's index when a word of three letters or more ending in
 * lowercase stands before it and a capitalised word (a capital, then lowercase) after it; else -1.
 */
function sentenceGluedAt(word: string): number {
  const at = word.indexOf(".", 3);
  if (at < 0 || at > word.length - 4 || word.indexOf(".", at + 1) >= 0) return -1;
  const before = word.charCodeAt(at - 1);
  const first = word.charCodeAt(at + 1);
  const second = word.charCodeAt(at + 2);
  return before >= 97 && before <= 122 && first >= 65 && first <= 90 && second >= 97 && second <= 122
    ? at
    : -1;
}

/**
 * "Pamela WilsonIf you want …": sentence-opening words a page dump glues to the name before them (not
 * "The", which opens names: "PossibleThe United Auto Workers" stays one word).
 */
const GLUED_OPENERS = new Set([
  "If",
  "This",
  "That",
  "When",
  "While",
  "What",
  "How",
  "Why",
  "It",
  "We",
  "You",
  "In",
  "As",
  "And",
  "But",
  "So",
  "They",
  "He",
  "She",
  "My",
  "Our",
]);

function gluedAt(word: string): number {
  for (let i = 4; i < word.length - 1; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    const before = word.charCodeAt(i - 1);
    if (before < 97 || before > 122) return -1;
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (!TITLE_CASE_WORD.test(left) || GLUED_PREFIXES.has(left.toLowerCase())) return -1;
    if (right === "By" || GLUED_OPENERS.has(right)) return i;
    if (right.length >= 3 && TITLE_CASE_WORD.test(right) && lexicon().firstNames.has(right.toLowerCase()))
      return i;
    return -1;
  }
  return -1;
}

/**
 * Whether a title modifier (`first`) stays because of the word after it: before a title ("Vice
 * President") or inside a place name ("New Zealand").
 */
function isTitleOrPlaceAfter(first: Token, next: Token | undefined): boolean {
  if (!next) return false;
  if (isTitleWord(next) || TITLE_MODIFIERS.has(lower(next))) return true;
  const pair = `${first.text} ${next.text}`;
  return isGazetteerPlace(pair);
}

/** "Born Frederick Russell Jones in Pittsburgh, …": a participle opening a sentence before a name. */
const OPENING_PARTICIPLES = new Set(["born", "raised", "educated", "elected", "appointed"]);

/** Every proper-name candidate in one sentence, with titles and nationality words split off. */
const DATELINE_ENDS = new Set([",", "(", "—", "–", "-"]);

/**
 * "RIO DE JANEIRO (Reuters) -", "THE HAGUE, Netherlands —": a dateline's place of two words or more in
 * capitals opening the text, which the gazetteer knows; read whole (the rules for ordinary text would
 * take "DE" for a name and "THE" for an article). Null when the text opens otherwise.
 */
function shoutedDatelinePlace(tokens: Token[]): Token[] | null {
  let k = 0;
  let wordCount = 0;
  while (k < tokens.length && k < 6) {
    const t = tokens[k] as Token;
    // "ST. LOUIS": an abbreviation's point inside the name.
    if (t.text === "." && k > 0 && UPPERCASE_WORD.test(tokens[k + 1]?.text ?? "")) k++;
    else if (t.isWord && UPPERCASE_WORD.test(t.text)) {
      k++;
      wordCount++;
    } else break;
  }
  if (wordCount < 2 || !DATELINE_ENDS.has(tokens[k]?.text ?? "")) return null;
  const words = tokens.slice(0, k);
  return placeSpelling(words.map((t) => t.text).join(" ")) !== null ? words : null;
}

/** A candidate of `tokens` (from the first token's start to `end`), built as one object shape wherever it is made. */
function candidateOf(
  tokens: Token[],
  end: number,
  title: Token[],
  demonym: string | null,
  sentenceTokens: Token[],
  index: number,
  { sentence, blockKind }: SentenceInBlock,
): NameCandidate {
  const start = (tokens[0] as Token).start;
  return {
    tokens,
    start,
    end,
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
    title,
    demonym,
    sentence,
    sentenceTokens,
    index,
    blockKind,
  };
}

export function nameCandidates(
  { sentence, blockKind }: SentenceInBlock,
  titleCaseBlock: boolean,
): NameCandidate[] {
  const tokens = unglueWords(tokenize(sentence.text, sentence.start));
  if (isAllCaps(tokens)) return [];
  // Runs and their segments come in token order: look from the last index found, then from the start.
  let hint = 0;
  const titleCase = titleCaseBlock || isTitleCaseBlock(tokens);
  const candidates: NameCandidate[] = [];
  const dateline = shoutedDatelinePlace(tokens);
  const runs = capitalisedRuns(dateline ? tokens.slice(dateline.length) : tokens, titleCase);
  if (dateline) {
    const last = dateline[dateline.length - 1] as Token;
    candidates.push(candidateOf(dateline, last.end, [], null, tokens, 0, { sentence, blockKind }));
  }
  let pieces = runs;
  if (titleCase) {
    pieces = [];
    for (const run of runs) for (const piece of splitTitleCaseRun(run)) pieces.push(piece);
  }
  for (const run of pieces) {
    let tokensOfRun = run;
    const firstIndex = indexFrom(tokens, run[0], hint);
    if (firstIndex >= 0) hint = firstIndex;
    // "Jets 2, Predators 1:": a team's name before its score stays, ordinary word or not.
    if (
      (isSentenceStart(tokens, firstIndex) || titleCase) &&
      !isScoredTeam(run, tokens[firstIndex + run.length])
    ) {
      let dropped = 0;
      // "Carmaker Vauxhall said", "Drugmaker Pfizer said": a firm's noun opening the sentence is no part
      // of the firm's name.
      const firmNamed =
        tokensOfRun.length >= 2 &&
        isFirmNounOpener(lower(tokensOfRun[0] as Token)) &&
        isCapitalised(tokensOfRun[1] as Token);
      if (firmNamed) {
        tokensOfRun = tokensOfRun.slice(1);
        dropped++;
      }
      // "The UK's Met Office": after a possessive, a name that ends in a head word keeps its first word.
      const ownedBody =
        firmNamed ||
        (/^['’]s$/.test(tokens[firstIndex - 1]?.text ?? "") &&
          tokensOfRun.length > 1 &&
          isHeadToken(tokensOfRun[tokensOfRun.length - 1] as Token));
      while (tokensOfRun.length > 0 && !ownedBody) {
        const first = tokensOfRun[0] as Token;
        const w = lower(first);
        const next = tokensOfRun[1];
        const common =
          isCommonWord(first.text) &&
          // "IndiGo, India's largest airline": a word written in camel case is a brand, whatever its letters spell.
          !isCamelCase(first.text) &&
          !isTitleWord(first) &&
          !COMPANIES.has(w) &&
          // "Moody's Investors Service said": a firm that spells its own 's, whatever word its name is.
          !(spellsOwnS(w) && POSSESSIVE.test(tokens[firstIndex + dropped + 1]?.text ?? "")) &&
          !ONE_WORD_INSTITUTIONS.has(w) &&
          !(TITLE_MODIFIERS.has(w) && isTitleOrPlaceAfter(first, next)) &&
          !findCountryCode(w) &&
          !isRegion(w) &&
          !(dropped === 0 && w === "he" && isChineseSurnameHe(tokens, firstIndex, titleCase)) &&
          // "Real Madrid have signed …": a known body's whole name keeps its ordinary first word.
          !isKnownBody(tokensOfRun) &&
          // "Fed Chair Jerome Powell said …".
          !isFedAbbreviation(first.text, tokens[firstIndex + dropped + 1]?.text.toLowerCase() ?? "") &&
          // "Parks Canada said …".
          !isNationalAgencyName(mapPacked(tokensOfRun, lower));
        // Read for a common word only (all pure lookups): a verb-like or counting word, or a connector next.
        if (
          common &&
          (!next ||
            FUNCTION_TAGS.test(w) ||
            (dropped === 0 &&
              lexicon().nonNouns.has(w) &&
              !lexicon().firstNames.has(w) &&
              // "Advance Publications, the owner of …": a verb-like word before a body's head word
              // that closes the run names the body.
              !(tokensOfRun.length === 2 && ORGANIZATION_HEADS.has(lower(next)))) ||
            (dropped === 0 && OPENING_PARTICIPLES.has(w)) ||
            numberWordValue(w) !== null ||
            NAME_CONNECTORS.has(lower(next)))
        ) {
          tokensOfRun = tokensOfRun.slice(1);
          dropped++;
        } else break;
      }
      if (isImperative(tokensOfRun, tokens[firstIndex + tokensOfRun.length])) continue;
      // "Jet Propulsion Laboratory Unveils Rover": ordinary words that end in a body's or place's head
      // word stay a name in a title-case line.
      const end = tokensOfRun[tokensOfRun.length - 1];
      const headed =
        tokensOfRun.length > 1 &&
        end !== undefined &&
        (ORGANIZATION_HEADS.has(lower(end)) || PLACE_HEADS.has(lower(end)));
      if (
        titleCase &&
        !headed &&
        tokensOfRun.every((t) => isCommonWord(lower(t)) || NAME_CONNECTORS.has(lower(t)))
      )
        continue;
    }
    if (tokensOfRun.length === 0) continue;
    const segments: Segment[] = [];
    for (const titled of splitAtTitles(tokensOfRun))
      for (const organised of splitAfterOrganization(titled))
        for (const countried of splitAfterCountry(organised))
          for (const segment of splitAfterBacker(countried)) segments.push(segment);
    for (const segment of segments) {
      // "the ruling Georgian Dream party", "the Swedish Moderate party": a nationality word opening a
      // name before "party" is part of the party's name.
      const segmentEnd = indexFrom(tokens, segment.tokens[segment.tokens.length - 1] as Token, hint);
      const party =
        segmentEnd >= 0 &&
        /^(?:party|bloc|alliance)$/.test(lower(tokens[segmentEnd + 1] ?? wordToken("", 0)));
      const trimmed = trimSegment(segment, party);
      if (!trimmed) continue;
      const first = trimmed.tokens[0] as Token;
      const last = trimmed.tokens[trimmed.tokens.length - 1] as Token;
      const firstAt = indexFrom(tokens, first, hint);
      if (firstAt >= 0) hint = firstAt;
      const before = tokens[firstAt - 1];
      if (trimmed.tokens.length === 1 && isCurrencyOrPostNominal(tokens, firstAt)) continue;
      const honorific = trimmed.title.length === 0 && before && isHonorific(before);
      const end = isStateAbbreviation(trimmed.tokens, tokens, firstAt) ? last.end + 1 : last.end;
      candidates.push(
        candidateOf(
          trimmed.tokens,
          end,
          honorific ? [before] : trimmed.title,
          trimmed.demonym,
          tokens,
          firstAt,
          { sentence, blockKind },
        ),
      );
    }
  }
  return candidates;
}

/**
 * "Privacy Policy", "Sign Up", "SEE MORE": a capitalised phrase of ordinary words only (no head word, no
 * name or place), which in a line outside the article's paragraphs is a label, not a name.
 */
export function isOrdinaryPhrase(c: NameCandidate): boolean {
  return c.tokens.every((t) => {
    const w = lower(t);
    if (ORGANIZATION_HEADS.has(w) || PLACE_HEADS.has(w) || isCountryOrRegion(w)) return false;
    if (NAME_CONNECTORS.has(w) || FUNCTION_TAGS.test(w) || isContraction(w)) return true;
    return isCommonNonName(w);
  });
}

/**
 * "House Hitler was born in …": an ordinary word that opens a sentence is glued to the name after it.
 * When the article names the rest on its own elsewhere, the candidate loses that first word.
 */
export function unglueSentenceStarts(
  candidates: NameCandidate[],
  key: (text: string) => string,
): NameCandidate[] {
  const glued = (c: NameCandidate) =>
    c.tokens.length > 1 &&
    isCommonWord((c.tokens[0] as Token).text) &&
    !isTitleWord(c.tokens[0] as Token) &&
    !c.tokens.some(isHeadToken) &&
    isSentenceStart(c.sentenceTokens, c.index) &&
    !isGazetteerPlace(c.text) &&
    !isKnownBody(c.tokens) &&
    !isNationalAgencyName(mapPacked(c.tokens, lower));
  const isGlued = mapPacked(candidates, glued);
  if (!isGlued.includes(true)) return candidates;
  const keys = new Set(
    mapPacked(
      candidates.filter((_, i) => !isGlued[i]),
      (c) => key(c.text),
    ),
  );
  return mapPacked(candidates, (c, i) => {
    if (!isGlued[i]) return c;
    const tokens = c.tokens.slice(1);
    const first = tokens[0] as Token;
    const text = c.sentence.text.slice(first.start - c.sentence.start, c.end - c.sentence.start);
    if (!keys.has(key(text)) && !opensPersonName(c.tokens[0] as Token, tokens)) return c;
    return { ...c, tokens, start: first.start, text, title: [], index: c.index + 1 };
  });
}

/**
 * "Later Robin Biesbroek said": an ordinary word that is no name part, before a given name and a
 * surname, only opens the sentence.
 */
function opensPersonName(opener: Token, rest: Token[]): boolean {
  const lex = lexicon();
  const word = lower(opener);
  const given = lower(rest[0] as Token);
  if (rest.length < 2 || rest.length > 3 || lex.firstNames.has(word) || lex.lastNames.has(word)) return false;
  if (lex.personNames.has(word) || !(lex.firstNames.has(given) || lex.personNames.has(given))) return false;
  return rest.every((t) => isCapitalised(t)) && !lex.commonWords.has(lower(rest[rest.length - 1] as Token));
}

const POSSESSIVE = /^['’]s$/;

/**
 * "peer Lowe’s (LOW) stock", "Lowe’s said": a possessive needs a noun after it, so a name whose 's
 * is followed by a bracket or a speech verb spells its own 's ("Lowe’s", "McDonald's"), and every
 * mention of that name followed by 's keeps it. So does every mention of a firm the lists know with
 * its 's ("Macy's", "Moody's", "Sainsbury's"), and a capitalised name right after such a firm's 's is
 * the rest of its name ("Moody's Investors Service", "Lloyd's Register").
 */
export function keepOwnS(candidates: NameCandidate[], key: (text: string) => string): NameCandidate[] {
  const possessive = (c: NameCandidate) => {
    const t = c.sentenceTokens[c.index + c.tokens.length];
    return t && t.start === c.end && POSSESSIVE.test(t.text) ? t : undefined;
  };
  const own = new Set<string>();
  const listed = new Set<string>();
  for (const c of candidates) {
    if (!possessive(c)) continue;
    const name = c.text.toLowerCase();
    if (spellsOwnS(name)) {
      own.add(key(c.text));
      listed.add(key(c.text));
      continue;
    }
    const after = c.sentenceTokens[c.index + c.tokens.length + 1];
    if (!after || !(after.text === "(" || /^(?:said|says)$/.test(after.text))) continue;
    // "Apple’s (issue-laden) credit card": a known company's name has no 's of its own.
    if (isKnownBodyName(name)) continue;
    own.add(key(c.text));
  }
  if (own.size === 0) return candidates;
  const kept: NameCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as NameCandidate;
    const s = possessive(c);
    if (!s || !own.has(key(c.text))) {
      kept.push(c);
      continue;
    }
    const next = candidates[i + 1];
    const joined =
      listed.has(key(c.text)) &&
      next !== undefined &&
      next.sentence === c.sentence &&
      next.index === c.index + c.tokens.length + 1 &&
      next.start === s.end + 1 &&
      next.title.length === 0 &&
      next.tokens.every(isCapitalised);
    const end = joined ? (next as NameCandidate).end : s.end;
    kept.push({
      ...c,
      tokens: joined ? [...c.tokens, s, ...(next as NameCandidate).tokens] : c.tokens,
      end,
      text: c.sentence.text.slice(c.start - c.sentence.start, end - c.sentence.start),
    });
    if (joined) i++;
  }
  return kept;
}
