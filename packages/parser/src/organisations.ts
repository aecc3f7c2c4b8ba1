const WIRE_AGENCIES = new Set([
  "reuters",
  "ap",
  "afp",
  "dpa",
  "bloomberg",
  "upi",
  "xinhua",
  "kna",
  "ansa",
  "efe",
  "ians",
  "pti",
  "kyodo",
  "yonhap",
  "tass",
  "interfax",
  "ips",
  "lusa",
  "anp",
  "apa",
  "epd",
  "sid",
  "belga",
  "ria",
  "bernama",
  "antara",
]);

const ORGANISATION_WORD =
  /^(?:agency|agence|agencia|agentur|associated|press|presse|prensa|news|newsroom|nachrichten|noticias|times|post|network|group|inc|ltd|llc|plc|gmbh|corp|corporation|company|media|service|services|wire|wires|staff|desk|team|bureau|editors|editorial|board|magazine|journal|herald|tribune|gazette|daily|weekly|radio|television|tv|broadcasting|broadcast|channel|online|digital|foundation|institute|university|association|society|council|ministry|department|office|organization|organisation|commission|administration|authority|centre|center|laboratory|observatory|business|politics|sports?|reports?|reporters)$/iu;

/**
 * True when a credited name is an organisation rather than a person: a wire agency ("Reuters", "AP"),
 * a name with an organisation head word ("The Associated Press", "European Space Agency", "CNN Business",
 * "IGN Staff"), an all-caps acronym next to capitalised words, or one of the page's own publisher names.
 */
const UPPER_2_TO_6 = /^\p{Lu}{2,6}$/u;
const UPPER_3_TO_6 = /^\p{Lu}{3,6}$/u;
const HAS_LOWER = /\p{Ll}/u;

export function isOrganisationName(name: string, publishers: ReadonlyArray<string | null> = []): boolean {
  const tokens = name
    .replace(/[.,;:]+$/u, "")
    .split(/\s+/)
    .filter((t) => t.length > 0);
  if (tokens.length === 0) return false;
  const key = tokens.join(" ").toLowerCase();
  if (publishers.some((p) => p && p.toLowerCase().replace(/^the\s+/u, "") === key.replace(/^the\s+/u, "")))
    return true;
  if (tokens.length === 1 && WIRE_AGENCIES.has(key)) return true;
  if (/^the$/iu.test(tokens[0] ?? "")) return true;
  if (tokens.some((t) => ORGANISATION_WORD.test(t.replace(/['’]s$/u, "")))) return true;
  const acronyms = tokens.filter((t) => UPPER_2_TO_6.test(t) && WIRE_AGENCIES.has(t.toLowerCase()));
  if (acronyms.length > 0) return true;
  const shouted = tokens.some((t) => UPPER_3_TO_6.test(t));
  return shouted && (tokens.length === 1 || tokens.some((t) => HAS_LOWER.test(t)));
}
