import nlp from "compromise";

const SPEECH_VERB_FORMS = [
  "say|says|said|saying",
  "tell|tells|told|telling",
  "add|adds|added|adding",
  "explain|explains|explained|explaining",
  "stated|stating",
  "write|writes|wrote|writing",
  "note|notes|noted|noting",
  "ask|asks|asked|asking",
  "reply|replies|replied|replying",
  "answer|answers|answered|answering",
  "respond|responds|responded|responding",
  "continue|continues|continued|continuing",
  "conclude|concludes|concluded|concluding",
  "insist|insists|insisted|insisting",
  "argue|argues|argued|arguing",
  "claim|claims|claimed|claiming",
  "warn|warns|warned|warning",
  "declare|declares|declared|declaring",
  "announce|announces|announced|announcing",
  "assert|asserts|asserted|asserting",
  "describe|describes|described|describing",
  "admit|admits|admitted|admitting",
  "acknowledge|acknowledges|acknowledged|acknowledging",
  "commented|commenting",
  "remark|remarks|remarked|remarking",
  "observe|observes|observed|observing",
  "reported|reporting",
  "recall|recalls|recalled|recalling",
  "suggest|suggests|suggested|suggesting",
  "urge|urges|urged|urging",
  "emphasise|emphasises|emphasised|emphasising|emphasize|emphasizes|emphasized|emphasizing",
  "stress|stresses|stressed|stressing",
  "complain|complains|complained|complaining",
  "tweet|tweets|tweeted|tweeting",
  "posted",
  "read|reads",
  "cite|cites|cited|citing",
  "quote|quotes|quoted|quoting",
  "promise|promises|promised|promising",
  "confirm|confirms|confirmed|confirming",
  "deny|denies|denied|denying",
  "allege|alleges|alleged|alleging",
  "recommend|recommends|recommended|recommending",
  "exclaim|exclaims|exclaimed|exclaiming",
  "predict|predicts|predicted|predicting",
  "maintain|maintains|maintained|maintaining",
  "agree|agrees|agreed|agreeing",
  "joke|jokes|joked|joking",
  "muse|muses|mused|musing",
  "wonder|wonders|wondered|wondering",
  "whisper|whispers|whispered",
  "shout|shouts|shouted",
  "testify|testifies|testified",
  "reiterate|reiterates|reiterated|reiterating",
  "concede|concedes|conceded|conceding",
  "counter|counters|countered",
  "point|points|pointed",
];

/** Verbs that report speech or writing, every inflection: "said", "told", "tweeted". */
export const SPEECH_VERBS = new Set(SPEECH_VERB_FORMS.flatMap((forms) => forms.split("|")));

/** Verbs that introduce an indirect (reported) clause: "X said the ...", "X told DW that ...". */
export const REPORTING_VERBS = new Set(
  [
    "say|says|said",
    "tell|tells|told",
    "add|adds|added",
    "explain|explains|explained",
    "stated|states",
    "note|notes|noted",
    "conclude|concludes|concluded",
    "insist|insists|insisted",
    "argue|argues|argued",
    "claim|claims|claimed",
    "warn|warns|warned",
    "announce|announces|announced",
    "assert|asserts|asserted",
    "admit|admits|admitted",
    "acknowledge|acknowledges|acknowledged",
    "suggest|suggests|suggested",
    "stress|stresses|stressed",
    "emphasise|emphasises|emphasised|emphasize|emphasizes|emphasized",
    "confirm|confirms|confirmed",
    "reported|reports",
    "wrote|writes",
    "tweeted",
    "predict|predicts|predicted",
  ].flatMap((forms) => forms.split("|")),
);

/** Verbs that need "point out", "call for" to count as reporting. */
export const PARTICLE_VERBS: Record<string, string> = { point: "out", points: "out", pointed: "out" };

/** Verb forms that are also common nouns; they count only when no determiner precedes them. */
export const NOUN_LIKE_VERBS = new Set([
  "notes", "claims", "claim", "remarks", "reports", "states", "answer", "answers", "quotes", "reads", "read", "promise", "promises", "stress",
  "counter", "point", "points", "tweets", "warning", "reporting", "recall", "quote", "note", "claim", "reply",
]);

export const AUXILIARIES = new Set(["has", "have", "had", "would", "will", "could", "can", "may", "might", "did", "does", "do"]);
export const PASSIVE_MARKERS = new Set(["been", "be", "being", "was", "were", "is", "are", "get", "got"]);
export const NEGATIONS = new Set(["not", "never", "n't", "no"]);

export const ADVERBS = new Set([
  "also", "later", "then", "previously", "recently", "once", "further", "again", "earlier", "separately", "simply",
  "repeatedly", "reportedly", "allegedly", "publicly", "privately", "angrily", "quietly", "flatly", "bluntly",
  "still", "yet", "already", "often", "frequently", "now", "subsequently", "additionally", "finally", "openly",
  "afterwards", "today", "yesterday", "explicitly", "firmly", "tersely", "clearly", "just",
]);

export const DETERMINERS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some",
  "any", "no", "each", "every", "another", "one", "such", "whose",
]);

export const INDEFINITE_DETERMINERS = new Set(["a", "an", "one", "another", "some", "several", "many", "two", "three"]);

export const PRONOUN_GENDER: Record<string, "male" | "female" | "neuter" | "plural"> = {
  he: "male",
  she: "female",
  it: "neuter",
  they: "plural",
  we: "plural",
};

/** Words that end a subject phrase when walking back from a verb. */
export const CLAUSE_BOUNDARY_WORDS = new Set([
  "that", "but", "while", "whilst", "as", "because", "when", "after", "although", "though", "with", "where",
  "which", "who", "whom", "before", "since", "so", "if", "or", "nor", "yet", "then", "than", "however", "meanwhile",
  "why", "how", "what", "whether", "until", "unless", "once", "also",
]);

/** Lowercase words that end a speaker phrase after an inverted verb ("said Laessing, who ..."). */
export const PHRASE_END_WORDS = new Set([
  "from", "to", "who", "which", "that", "at", "in", "on", "during", "after", "before", "as", "when", "while",
  "and", "but", "with", "about", "for", "in", "by", "last", "this", "on", "yesterday", "today", "earlier",
]);

/** Capitalised words that open a sentence or clause rather than a name. */
export const CAPITALISED_FUNCTION_WORDS = new Set([
  "The", "A", "An", "As", "But", "And", "With", "For", "Of", "In", "On", "At", "After", "Then", "However", "When",
  "While", "Also", "So", "Yet", "Still", "Meanwhile", "According", "This", "That", "These", "Those", "It", "He",
  "She", "They", "We", "I", "Our", "His", "Her", "Their", "Its", "My", "Your", "There", "Here", "If", "Although",
  "Though", "Because", "Since", "Before", "During", "Despite", "Under", "Over", "From", "To", "By", "Why", "How",
  "What", "Who", "Where", "Which", "Allegedly", "Later", "Earlier", "Now", "Today", "Yesterday", "Last", "Next",
  "Some", "Many", "Most", "All", "Both", "Each", "Every", "No", "Not", "Even", "Only", "Just", "Among", "Between",
  "Citing", "Given", "Unlike", "Like", "Until", "Once", "Mr", "Mrs", "Ms", "Dr",
]);

/** Titles and offices stripped from the front of a speaker's name: "German Foreign Minister Annalena Baerbock". */
export const TITLE_WORDS = new Set(
  [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor", "emeritus", "sir",
    "dame", "lord", "lady", "president", "vice", "prime", "minister", "secretary", "senator", "sen", "sen.",
    "rep", "rep.", "representative", "congressman", "congresswoman", "governor", "gov", "gov.", "mayor",
    "ambassador", "chancellor", "judge", "justice", "general", "gen", "gen.", "colonel", "col", "col.",
    "lieutenant", "lt", "lt.", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral", "commander",
    "chief", "director", "ceo", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
    "administrator", "coach", "manager", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop",
    "archbishop", "reverend", "rev", "rev.", "father", "sheikh", "emir", "sultan", "premier", "deputy", "foreign",
    "defence", "defense", "interior", "finance", "shadow", "home", "health", "justice", "state", "attorney",
    "u.s.", "us", "uk", "un", "eu", "former", "acting", "interim", "transitional", "then-transitional", "junta",
    "leader", "head", "officer", "official", "inspector", "detective", "constable", "superintendent", "agent",
    "mp", "mep", "qc", "kc", "senior", "executive", "founder", "editor", "correspondent", "analyst",
    "researcher", "scientist", "expert", "historian", "economist", "author", "curator", "instructor",
    "republican", "democrat", "democratic", "labour", "conservative", "liberal", "opposition", "party",
    "speaker", "first", "team", "member", "political", "general-secretary", "secretary-general",
    "under-secretary", "assistant", "associate", "supreme", "leader", "vice-president",
  ],
);

/** Words heading an organisation name; a person's name may follow them in one capitalised run. */
export const ORGANISATION_HEADS = new Set([
  "council", "department", "agency", "ministry", "office", "university", "institute", "foundation", "committee",
  "commission", "association", "party", "union", "bank", "court", "group", "company", "corporation", "inc", "ltd",
  "organization", "organisation", "authority", "service", "services", "board", "centre", "center", "society",
  "school", "college", "museum", "army", "force", "forces", "police", "government", "news", "times", "post",
  "herald", "journal", "gazette", "network", "press", "fund", "program", "programme", "project", "federation",
  "alliance", "coalition", "league", "club", "team", "church", "hospital", "administration", "parliament",
  "congress", "senate", "assembly", "tribunal", "network", "television", "radio", "magazine", "review", "weekly",
]);

/** Nouns for people that a definite description ("the expert") can refer back to. */
export const PERSON_ROLE_NOUNS = new Set([
  "expert", "official", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "professor",
  "analyst", "researcher", "scientist", "coach", "lawyer", "prosecutor", "director", "chief", "leader",
  "ambassador", "man", "woman", "senator", "governor", "mayor", "author", "curator", "instructor", "doctor",
  "economist", "historian", "politician", "diplomat", "commander", "general", "colonel", "chancellor", "secretary",
  "premier", "boss", "chairman", "chairwoman", "head", "founder", "activist", "administrator", "judge", "officer",
  "manager", "captain", "player", "striker", "owner", "witness", "journalist", "reporter", "editor", "teacher",
  "student", "resident", "victim", "survivor", "mother", "father", "son", "daughter", "wife", "husband",
]);

export const NAME_PARTICLES = new Set([
  "al", "el", "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "le", "la", "du", "des",
  "dos", "ter", "abu", "bint",
]);

export const NAME_CONNECTORS = new Set(["of", "for", "and", "the", "on", "de", "&"]);

const FIRST_NAME_GENDER = new Map<string, "male" | "female" | "unknown">();
{
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.includes("MaleName")) FIRST_NAME_GENDER.set(word, "male");
    else if (tags.includes("FemaleName")) FIRST_NAME_GENDER.set(word, "female");
    else if (tags.includes("FirstName")) FIRST_NAME_GENDER.set(word, "unknown");
  }
}

/** Gender of a given name from compromise's name lexicon, or null when it is not a known given name. */
export function firstNameGender(word: string): "male" | "female" | "unknown" | null {
  return FIRST_NAME_GENDER.get(word.toLowerCase()) ?? null;
}

const MALE_HONORIFICS = new Set(["mr", "mr.", "sir", "lord", "king", "prince", "father", "sheikh", "emir", "sultan"]);
const FEMALE_HONORIFICS = new Set(["mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess"]);

export function honorificGender(word: string): "male" | "female" | null {
  const w = word.toLowerCase();
  if (MALE_HONORIFICS.has(w)) return "male";
  if (FEMALE_HONORIFICS.has(w)) return "female";
  return null;
}
