import {
  findCity,
  findCountryCode,
  isNationalityNoun,
  isPluralNoun,
  isRegion,
  lexicon,
} from "../kb/index.ts";
import { mapPacked } from "../text/arrays.ts";
import { DAY_NAMES, MONTH_NAMES } from "../text/calendar-words.ts";
import { startsLowercase } from "../text/chars.ts";
import {
  ADVERBS,
  AUXILIARIES,
  CLAUSE_BOUNDARY_WORDS,
  DETERMINERS,
  INDEFINITE_DETERMINERS,
  NAME_CONNECTORS,
  NEGATIONS,
  NOUN_LIKE_VERBS,
  ORGANISATION_HEADS,
  PARTICLE_VERBS,
  PASSIVE_MARKERS,
  PERSON_ROLE_NOUNS,
  PHRASE_END_WORDS,
  PRONOUN_GENDER,
  SPEECH_VERBS,
  TITLE_WORDS,
} from "./lexicon.ts";
import {
  capitalisedRuns,
  isCapitalised,
  isWord,
  type NameInPhrase,
  nameFromRun,
  type Token,
} from "./names.ts";

/** Who speaks, as the text says it: a name (with titles), a pronoun or a description. */
export interface SpeakerPhrase {
  text: string;
  start: number;
  end: number;
  kind: "name" | "pronoun" | "description";
  name: NameInPhrase | null;
}

export interface Cue {
  text: string;
  start: number;
  end: number;
  /** Index of the verb (or first word of "according to") in the token list it was found in. */
  index: number;
  /** The speaker follows the cue: "according to X", "quoting X", "in the words of X". */
  speakerAfter: boolean;
  /** Index of the token after the cue and its object. */
  next: number;
}

export const DOCUMENT_NOUNS = new Set([
  "statement",
  "statements",
  "letter",
  "report",
  "analysis",
  "website",
  "site",
  "blog",
  "account",
  "tweet",
  "post",
  "release",
  "editorial",
  "article",
  "study",
  "survey",
  "announcement",
  "message",
  "note",
  "memo",
  "document",
  "filing",
  "complaint",
  "ruling",
  "verdict",
  "communique",
  "bulletin",
  "broadcast",
  "newsletter",
]);
const PARTICIPLES = /ed$|^(?:told|written|quoted|said|read|thought)$/;
const OPENING_PUNCTUATION = /^[,;:()[\]"“”„«»'‘’—–-]$/;

const PARENTHETICAL =
  /^(?:however|meanwhile|though|too|also|instead|moreover|nonetheless|nevertheless|again|now|then|later|earlier|previously|therefore|indeed)$/;

const LOWER_START = /^\p{Ll}/u;
/** A token's lowercase text, "" for none. */
export const lower = (t: Token | undefined) => (t ? t.lower : "");

function cueObjectEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  const first = tokens[j];
  if (!first || !isWord(first)) return j;
  if (lower(first) === "the" || lower(first) === "a") {
    const noun = tokens[j + 1];
    if (!noun || !isWord(noun)) return j;
    if (isCapitalised(noun.text)) {
      j += 1;
      while (tokens[j] && isWord(tokens[j]) && isCapitalised((tokens[j] as Token).text) && j < i + 7) j++;
      return j;
    }
    // "told a news conference in Ljubljana that …": a longer object of lowercase words runs to the
    // word or mark that ends the phrase; "told the paper officials were wrong" keeps one noun.
    for (let k = j + 2; k < j + 5; k++) {
      const t = tokens[k];
      if (!t || !isWord(t) || PHRASE_END_WORDS.has(lower(t)) || CLAUSE_BOUNDARY_WORDS.has(lower(t))) return k;
      if (!startsLowercase(t.text) || DETERMINERS.has(lower(t)) || AUXILIARIES.has(lower(t))) break;
    }
    return j + 2;
  }
  if (isCapitalised(first.text)) {
    while (tokens[j] && isWord(tokens[j]) && isCapitalised((tokens[j] as Token).text) && j < i + 6) j++;
    return j;
  }
  if (isAudience(lower(first))) return j + 1;
  return j;
}

/** Whom a cue tells: "told reporters", "told him", "told parliament", "told jurors". */
const AUDIENCES =
  /^(?:reporters|journalists|me|us|him|her|them|police|parliament|lawmakers|supporters|colleagues|jurors|jury|staff|voters|fans|investors|shareholders|delegates|viewers|listeners|readers|followers|residents|mps|senators|councillors)$/;

/** "told jurors", "told investors", "told staff": people told, a plural of a role noun or an audience. */
function isAudience(word: string): boolean {
  return (
    AUDIENCES.test(word) || (word.endsWith("s") && lexicon().roleNouns.has(word) && !DETERMINERS.has(word))
  );
}

const CALL_FORMS = new Set(["call", "calls", "called", "calling"]);

/** Words after "a statement posted" that say where or when: "on its website", "online", "late on Friday". */
const POSTED_WHERE = /^(?:on|online|to|in|at|by|via|after|late|earlier|overnight)$/;

/** "’s", "'ve", "’d", "'ll", "’re", "'m" closing a pronoun: "she’s said", "they've told". */
const CONTRACTED_AUXILIARY = /['’](?:s|ve|d|ll|re|m)$/i;

/** "what's", "it’s": subjects whose "'s" is "is", not "has" ("he's said") or a possessive. */
const CONTRACTED_IS = /^(?:what|that|it|there|here|which|this)['’]s$/;

/** The cue over `tokens[from..to]`, its verb at `index`. */
function cueOver(
  tokens: Token[],
  text: string,
  offset: number,
  from: number,
  to: number,
  index: number,
  speakerAfter: boolean,
): Cue {
  const first = tokens[from] as Token;
  const last = tokens[to] as Token;
  const cueText = text.slice(first.start - offset, last.end - offset);
  return { text: cueText, start: first.start, end: last.end, index, speakerAfter, next: to + 1 };
}

/** Every reporting cue in `tokens`: speech verbs, "according to", "quoting", "in the words of", "call for". */
export function findCues(tokens: Token[], text: string, offset: number): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const word = lower(t);
    if (word === "according" && lower(tokens[i + 1]) === "to") {
      cues.push(cueOver(tokens, text, offset, i, i + 1, i, true));
      continue;
    }
    if (
      word === "in" &&
      lower(tokens[i + 1]) === "the" &&
      lower(tokens[i + 2]) === "words" &&
      lower(tokens[i + 3]) === "of"
    ) {
      cues.push(cueOver(tokens, text, offset, i, i + 3, i, true));
      continue;
    }
    if (CALL_FORMS.has(word) && lower(tokens[i + 1]) === "for" && !DETERMINERS.has(lower(tokens[i - 1]))) {
      cues.push(cueOver(tokens, text, offset, i, i + 1, i, false));
      continue;
    }
    if (!SPEECH_VERBS.has(word) || !startsLowercase(t.text)) continue;
    const prev = lower(tokens[i - 1]);
    if (NOUN_LIKE_VERBS.has(word)) {
      const before = tokens[i - 1];
      // '…," comments Robin Biesbroek': first after a quotation (or its closing mark), before a name.
      const inverted =
        (before === undefined || CLOSING_MARK.test(before.text)) && isCapitalised(tokens[i + 1]?.text ?? "");
      const subjectLike =
        inverted ||
        (before !== undefined &&
          (isCapitalised(before.text) ||
            PRONOUN_GENDER.get(prev) !== undefined ||
            ADVERBS.has(prev) ||
            AUXILIARIES.has(prev) ||
            DOCUMENT_NOUNS.has(prev)));
      // "raised rates, warning that inflation could rise": a participle after a comma, before "that".
      const participle = prev === "," && word.endsWith("ing") && lower(tokens[i + 1]) === "that";
      if ((!subjectLike && !participle) || DETERMINERS.has(prev) || /['’]s$/.test(prev)) continue;
      // "the 10-year Treasury note dropped", "a Goldman Sachs note": a name inside a noun phrase that a
      // determiner opens is no subject of the verb.
      let k = i - 1;
      while (k > 0 && (isCapitalised(tokens[k]?.text ?? "") || /^\d[\w-]*$/.test(tokens[k]?.text ?? ""))) k--;
      if (k < i - 1 && DETERMINERS.has(lower(tokens[k]))) continue;
    }
    // "said in a statement posted on its website that …": a participle after a document's noun, once
    // a cue has come before it, says where the words appeared; the earlier verb is the cue.
    if (
      cues.length > 0 &&
      word.endsWith("ed") &&
      DOCUMENT_NOUNS.has(prev) &&
      POSTED_WHERE.test(lower(tokens[i + 1]))
    )
      continue;
    const passive = PASSIVE_MARKERS.has(prev) || CONTRACTED_IS.test(prev);
    if (passive && PARTICIPLES.test(word) && word !== "quoted") continue;
    if (word === "quoted" && passive) continue;
    // "did not really say": a negation two words back.
    if (NEGATIONS.has(lower(tokens[i - 2]))) continue;
    // "so foolish as to accidentally admit what …", "you can't even tell that …", "somehow cannot
    // explain why …": a verb in the infinitive or negated (right before it or over adverbs) reports
    // nothing said.
    let before = i - 1;
    while (before > 0 && (ADVERBS.has(lower(tokens[before])) || isMannerAdverb(tokens, before))) before--;
    if (before < i - 1 && lower(tokens[before]) === "to") continue;
    if (isNegation(lower(tokens[before]))) continue;
    if (prev === "to" || prev === "will" || prev === "would") {
      if (!/^(?:say|tell|add)$/.test(word) || prev === "to") continue;
    }
    const particle = PARTICLE_VERBS.get(word);
    let end = i;
    if (particle) {
      if (lower(tokens[i + 1]) !== particle) continue;
      end = i + 1;
    }
    if (/^(?:tell|tells|told|telling)$/.test(word)) end = cueObjectEnd(tokens, i) - 1;
    let startIndex = i;
    if (AUXILIARIES.has(prev) && !/^(?:told|tell|tells)$/.test(word)) startIndex = i - 1;
    cues.push(cueOver(tokens, text, offset, startIndex, end, i, word === "quoting" || word === "citing"));
  }
  return cues;
}

function isPunctuation(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.text.length === 1 && chars.includes(t.text);
}

/**
 * The first name of a phrase when a preposition ties the rest of the phrase to it: "Rosaly Lopes of
 * NASA's Jet Propulsion Laboratory" (the run read as "Rosaly Lopes of NASA's" is cut before "of"),
 * "Kari Holm at the Fjord Institute", "the National Hurricane Center in Miami". Null for a single word or a phrase with one name only.
 */
function tiedHeadName(
  names: { run: Token[]; name: NameInPhrase | null }[],
  tokens: Token[],
  text: string,
  offset: number,
): { run: Token[]; name: NameInPhrase } | null {
  const first = names[0];
  if (!first || names.length < 2) return null;
  let run = first.run;
  const of = run.findIndex((t) => lower(t) === "of");
  const last = run[run.length - 1] as Token;
  if (of > 0 && /['’]s$/.test(last.text)) run = run.slice(0, of);
  else if (/['’]s$/.test(last.text)) return null;
  const end = run[run.length - 1] as Token;
  const next = tokens[tokens.indexOf(end) + 1];
  if (run.length < 2 || !next || !/^(?:of|at|from|with|in)$/.test(lower(next))) return null;
  const start = (run[0] as Token).start;
  const name =
    run === first.run && first.name
      ? first.name
      : {
          name: text.slice(start - offset, end.end - offset),
          start,
          end: end.end,
          kind: "unknown" as const,
          gender: null,
          titles: [],
        };
  return { run, name };
}

export function phraseFromTokens(chunk: Token[], text: string, offset: number): SpeakerPhrase | null {
  let lead = 0;
  while (lead < chunk.length && /^(?:and|or|but|then)$/i.test(chunk[lead]?.text ?? "")) lead++;
  const tokens = chunk.slice(lead);
  const words = tokens.filter(isWord);
  // "Another reportedly said:", "Some said": a determiner standing alone for an unnamed speaker.
  const alone = words.length === 1 ? (words[0] as Token) : undefined;
  // "Officers shouted:", "Witnesses told reporters": a plural common noun opening the sentence.
  if (
    alone &&
    (/^(?:another|others|one|some|several|many|someone|everyone)$/.test(lower(alone)) ||
      isPluralNoun(alone.text))
  )
    return { text: alone.text, start: alone.start, end: alone.end, kind: "description", name: null };
  if (
    words.every(
      (t) =>
        CLAUSE_BOUNDARY_WORDS.has(lower(t)) || DETERMINERS.has(lower(t)) || /^(?:and|or)$/.test(lower(t)),
    )
  ) {
    return null;
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || words.length === 0) return null;
  const phraseText = text.slice(first.start - offset, last.end - offset);
  const firstWord = lower(first);
  if (tokens.length === 1 && PRONOUN_GENDER.get(firstWord) !== undefined) {
    return { text: phraseText, start: first.start, end: last.end, kind: "pronoun", name: null };
  }
  // "She’s said", "they’ve said": the pronoun, without the contracted auxiliary.
  const contracted = tokens.length === 1 ? CONTRACTED_AUXILIARY.exec(first.text) : null;
  if (contracted && PRONOUN_GENDER.get(lower(first).slice(0, contracted.index)) !== undefined) {
    const end = first.start + contracted.index;
    return {
      text: first.text.slice(0, contracted.index),
      start: first.start,
      end,
      kind: "pronoun",
      name: null,
    };
  }
  if (/^(?:he|she|they)$/.test(firstWord) && startsLowercase(tokens[1]?.text ?? "")) {
    return { text: first.text, start: first.start, end: first.end, kind: "pronoun", name: null };
  }
  const description = {
    text: phraseText,
    start: first.start,
    end: last.end,
    kind: "description" as const,
    name: null,
  };
  // "a statement from the Interior Ministry", "a report by Amnesty": the document's issuer speaks.
  const noun = DETERMINERS.has(firstWord) || INDEFINITE_DETERMINERS.has(firstWord) ? 1 : 0;
  if (
    DOCUMENT_NOUNS.has(lower(tokens[noun])) &&
    /^(?:from|by|of)$/.test(lower(tokens[noun + 1])) &&
    tokens.length > noun + 2
  ) {
    const issuer = phraseFromTokens(tokens.slice(noun + 2), text, offset);
    if (issuer?.kind === "name") return issuer;
  }
  if (INDEFINITE_DETERMINERS.has(firstWord)) return description;
  // "Shoppers in the Bullring said", "Shops on Oxford Street said": people or things named by a plural
  // noun, then where they are, are described; the place named after them does not speak.
  const head = tokens[noun];
  if (head && isPluralNoun(head.text) && WHERE_PREPOSITIONS.test(lower(tokens[noun + 1]))) return description;
  // "the Argentine said", "the Briton added": a person named by nationality, described, not named.
  if (firstWord === "the" && words.length === 2 && isNationalityNoun(lower(words[1]))) return description;
  const runs = capitalisedRuns(tokens);
  if (runs.length === 0) return description;
  const names = mapPacked(runs, (run) => ({ run, name: nameFromRun(run, text, offset) }));
  for (const { run, name } of names) {
    const runEnd = run[run.length - 1] as Token;
    if (!/['’]s$/.test(runEnd.text) || !name) continue;
    const after = tokens.filter((t) => t.start > runEnd.start).slice(0, 3);
    if (after.some((t) => DOCUMENT_NOUNS.has(lower(t)))) {
      return { text: name.name, start: name.start, end: name.end, kind: "name", name };
    }
  }
  const candidates = names.filter(
    ({ run, name }) =>
      name &&
      !/['’]s$/.test((run[run.length - 1] as Token).text) &&
      !CALENDAR_NAMES.has(name.name.toLowerCase()),
  );
  // "planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory": with no name known to be
  // a person's, the first name, tied to the rest by a preposition, is the speaker, not the last one.
  const headName = tiedHeadName(names, tokens, text, offset);
  const chosen =
    candidates.find((c) => c.name?.kind === "person") ??
    (headName ? { run: headName.run, name: headName.name } : undefined) ??
    candidates[candidates.length - 1];
  const name = chosen?.name;
  if (!chosen || !name) return description;
  if (name.kind !== "person" && publishedIn(tokens, chosen.run[0] as Token)) return description;
  const lastRunToken = chosen.run[chosen.run.length - 1] as Token;
  const trailing = tokens.filter((t) => t.start > lastRunToken.start && isWord(t));
  const headedByDocument = trailing.slice(0, 3).some((t) => DOCUMENT_NOUNS.has(lower(t)));
  const tiedHead = headName !== null && chosen.run === headName.run;
  if (trailing.length > 0 && name.kind !== "person" && !headedByDocument && !tiedHead) return description;
  return {
    text: text.slice(first.start - offset, name.end - offset),
    start: first.start,
    end: name.end,
    kind: "name",
    name,
  };
}

/** Prepositions of where someone is: "Shoppers in the Bullring" (not "at", of where they work: "Analysts at Morgan Stanley"). */
const WHERE_PREPOSITIONS = /^(?:in|on|near|outside|inside|across|around|along|throughout)$/;

const PUBLISHED = /^(?:published|publishes|appeared|appearing|printed)$/;
const OUTLET_NOUNS = /^(?:the|journal|magazine|newspaper|paper|periodical|outlet)$/;

/**
 * "The authors of the research published in the journal JAMA Psychiatry", "a study published in
 * Nature": a name after "published in" says where the work appeared; the journal is not who speaks.
 */
function publishedIn(tokens: Token[], runStart: Token): boolean {
  let k = tokens.indexOf(runStart) - 1;
  while (k > 0 && OUTLET_NOUNS.test(lower(tokens[k]))) k--;
  return k > 0 && lower(tokens[k]) === "in" && PUBLISHED.test(lower(tokens[k - 1]));
}

/** A weekday or month ("Monday", "October") names no speaker; "May" is also a surname. */
const CALENDAR_NAMES = new Set([...DAY_NAMES, ...MONTH_NAMES.filter((m) => m !== "may")]);

/** A verb before `start` in a chunk: an auxiliary, a form of "be" or a finite verb, in lowercase. */
function isClauseBefore(chunk: Token[], start: number): boolean {
  const finite = lexicon().finiteVerbs;
  return chunk.some((t) => {
    if (t.start >= start || !isWord(t) || !startsLowercase(t.text)) return false;
    const w = lower(t);
    return AUXILIARIES.has(w) || PASSIVE_MARKERS.has(w) || finite.has(w);
  });
}

function isNamePhrase(p: SpeakerPhrase | null): boolean {
  return p !== null && p.kind === "name";
}

/** "the Electoral Commission", "the Interior Ministry": a definite organisation name, a subject rather than an apposition. */
function isDefiniteInstitution(tokens: Token[]): boolean {
  const words = tokens.filter(isWord);
  const [first, ...rest] = words;
  const last = rest[rest.length - 1];
  if (!first || !last || lower(first) !== "the") return false;
  return (
    rest.every((w) => isCapitalised(w.text) || NAME_CONNECTORS.has(lower(w))) &&
    ORGANISATION_HEADS.has(lower(last))
  );
}

/**
 * "The head of …", "a spokesman for …", "her lawyer": a determiner, then a lowercase word; or "The
 * Work and Pensions Secretary", "the Foreign Minister": a determiner, then a capitalised post that a
 * title word ends.
 */
function opensWithPost(tokens: Token[]): boolean {
  const words = tokens.filter(isWord);
  if (words.length < 2 || !DETERMINERS.has(lower(words[0]))) return false;
  if (startsLowercase(words[1]?.text ?? "")) return true;
  const rest = words.slice(1);
  return (
    TITLE_WORDS.has(lower(rest[rest.length - 1])) &&
    rest.every((w) => isCapitalised(w.text) || NAME_CONNECTORS.has(lower(w)))
  );
}

function looksAppositive(tokens: Token[]): boolean {
  const first = tokens.find(isWord);
  const last = [...tokens].reverse().find(isWord);
  if (!first || !last) return true;
  if (isDefiniteInstitution(tokens)) return false;
  if (startsLowercase(first.text) && PRONOUN_GENDER.get(lower(first)) === undefined) return true;
  return !isCapitalised(last.text) && !DETERMINERS.has(lower(first));
}

/**
 * "Lucas Paganini, a scientist at Goddard in Greenbelt, Maryland, and American University in
 * Washington, D.C., said": the commas after the appositive's place names ("Greenbelt, Maryland")
 * split no phrase, so the chunks from the last appositive on, each after a proper name, are one.
 */
function mergePlaceTails(all: Token[][]): Token[][] {
  // "Greenbelt, Maryland": a chunk that is only a place's name continues the chunk before it.
  const chunks: Token[][] = [];
  for (const chunk of all) {
    const prev = chunks[chunks.length - 1];
    if (prev && ((chunks.length > 1 && isPlaceOnly(chunk)) || continuesTownWithBase(prev, chunk)))
      chunks[chunks.length - 1] = [...prev, ...chunk];
    else chunks.push(chunk);
  }
  for (let k = chunks.length - 2; k >= 1; k--) {
    const chunk = chunks[k] as Token[];
    const last = [...chunk].reverse().find(isWord);
    if (!last || !isCapitalised(last.text)) return chunks;
    const first = chunk.find(isWord) as Token;
    if (LOWER_START.test(first.text) && PRONOUN_GENDER.get(lower(first)) === undefined)
      return [...chunks.slice(0, k), chunks.slice(k).flat()];
  }
  return chunks;
}

/** "California-based", "Texas-headquartered": where a body sits, written as one word before its noun. */
export const PLACE_OF_BASE = /^\p{Lu}[\p{L}.]*-(?:based|headquartered)$/u;

/**
 * "The Cupertino, California-based company": the chunk after a town's comma goes on with its state (not
 * "modified products, Washington-based analysts", where the chunk before ends in no name).
 */
function continuesTownWithBase(prev: Token[], chunk: Token[]): boolean {
  const first = chunk.find(isWord);
  const last = prev.findLast(isWord);
  return (
    first !== undefined && last !== undefined && isCapitalised(last.text) && PLACE_OF_BASE.test(first.text)
  );
}

/** "D.C.", "U.S.": two or more dotted capitals (spaces taken out). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** "Maryland", "D.C.", "New South Wales": one to three capitalised words naming a place. */
function isPlaceOnly(chunk: Token[]): boolean {
  const words = chunk.filter(isWord);
  if (words.length === 0 || words.length > 3 || !words.every((t) => isCapitalised(t.text))) return false;
  const name = mapPacked(chunk, (t) => t.text)
    .join(" ")
    .replace(/\s+\./g, ".");
  return Boolean(
    findCountryCode(name) ||
      isRegion(name) ||
      findCity(name) ||
      DOTTED_INITIALS.test(name.replace(/\s/g, "")),
  );
}

const CLOSING_MARK = /^["”’]$/;

/** Splits tokens into comma-separated chunks, dropping the commas. */
function commaChunks(tokens: Token[]): Token[][] {
  const chunks: Token[][] = [[]];
  for (const t of tokens) {
    if (t.text === ",") chunks.push([]);
    else chunks[chunks.length - 1]?.push(t);
  }
  return chunks;
}

/**
 * The subject of a cue: walks back from the verb over adverbs, then to the clause boundary, and
 * steps over an apposition ("Jeff Rathke, the State Department Spokesperson, said").
 */
/** How many times `subjectBefore` steps back to an earlier verb or "who" before giving up. */
const MAX_SUBJECT_STEPS = 8;

/** Nouns that count people rather than name them: "the number who said …", "the share who …". */
const COUNT_NOUNS =
  /^(?:number|numbers|share|percentage|proportion|fraction|rate|majority|minority|half|third|quarter|most|many|few|those)$/;

/** "not", "never", "cannot" and the contracted negations ("can't", "didn’t"). */
function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word === "cannot" || /n['’]t$/.test(word);
}

/**
 * "Leakey famously wrote", "she said tearfully": an adverb made of a word and -ly ("famous", "tearful",
 * "angry"), of six letters or more, not after a determiner ("the elderly said" names who spoke).
 */
function isMannerAdverb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const w = lower(t);
  if (w.length < 6 || !w.endsWith("ly") || !startsLowercase(t?.text ?? "")) return false;
  if (DETERMINERS.has(lower(tokens[i - 1]))) return false;
  const { commonWords } = lexicon();
  return commonWords.has(w.slice(0, -2)) || (w.endsWith("ily") && commonWords.has(`${w.slice(0, -3)}y`));
}

/**
 * Index of the last past or finite verb before `end` in its stretch of words (back to a comma, a
 * bracket or the sentence start), not after a determiner ("the wounded man"); -1 when none.
 */
function lastFiniteVerb(tokens: Token[], end: number): number {
  let start = end;
  while (start > 0 && isWord(tokens[start - 1] as Token)) start--;
  const { finiteVerbs } = lexicon();
  for (let v = end - 1; v > start; v--) {
    const w = lower(tokens[v]);
    if (!startsLowercase(tokens[v]?.text ?? "") || DETERMINERS.has(lower(tokens[v - 1]))) continue;
    if (finiteVerbs.has(w) || (w.length >= 5 && w.endsWith("ed"))) return v;
  }
  return -1;
}

export function subjectBefore(
  tokens: Token[],
  cueIndex: number,
  text: string,
  offset: number,
  depth = 0,
): SpeakerPhrase | null {
  // Each step back (a joined verb, a relative "who", an aside) starts again further left: a sentence of
  // thousands of "walked and" would otherwise overflow the stack.
  if (depth > MAX_SUBJECT_STEPS) return null;
  // "Scholz said, adding that …": a participle after a comma shares the subject of the speech verb before it.
  const verb = cueIndex - 2;
  if (
    verb >= 0 &&
    tokens[cueIndex - 1]?.text === "," &&
    /ing$/.test(tokens[cueIndex]?.text ?? "") &&
    SPEECH_VERBS.has(lower(tokens[verb])) &&
    startsLowercase(tokens[verb]?.text ?? "")
  )
    return subjectBefore(tokens, verb, text, offset, depth + 1);
  // "Sen. Chris Murphy (D-Conn.), the lead negotiator, said": a short aside in brackets after a word.
  const aside = withoutAsides(tokens, cueIndex);
  if (aside) return subjectBefore(aside.tokens, aside.cueIndex, text, offset, depth + 1);
  let i = cueIndex - 1;
  while (
    i >= 0 &&
    (ADVERBS.has(lower(tokens[i])) || AUXILIARIES.has(lower(tokens[i])) || isMannerAdverb(tokens, i))
  )
    i--;
  // "The mayor smiled and told reporters": the cue shares the subject of the verb the "and" joins it to.
  // "The company reported a record profit on Wednesday but warned", "…, but warned": "but" joins the
  // cue to a verb of the same subject as "and" does, a comma before it or not.
  if (/^(?:and|but)$/.test(lower(tokens[i]))) {
    const verb = lastFiniteVerb(tokens, tokens[i - 1]?.text === "," ? i - 1 : i);
    if (verb > 0) return subjectBefore(tokens, verb, text, offset, depth + 1);
  }
  // "Netanyahu, however, said": a sentence adverb between commas is no apposition.
  while (
    i >= 2 &&
    tokens[i]?.text === "," &&
    tokens[i - 2]?.text === "," &&
    PARENTHETICAL.test(lower(tokens[i - 1]))
  )
    i -= 3;
  let from = i;
  let crossedComma = false;
  while (from >= 0) {
    const t = tokens[from] as Token;
    if (isPunctuation(t, ';:()"“”„«»—–') || (t.text === "-" && t.start > 0)) break;
    if (t.text === ",") crossedComma = true;
    const word = lower(t);
    if (CLAUSE_BOUNDARY_WORDS.has(word) && word !== "also") {
      const leftIsComma = tokens[from - 1]?.text === ",";
      const relative = /^(?:who|whom|which|whose|where)$/.test(word) && leftIsComma;
      const atChunkStart = leftIsComma || from === 0;
      // "analysts who have done the calculations say …": the people "who" stands for speak (not "the
      // number who said …", a count of them).
      if (
        word === "who" &&
        !leftIsComma &&
        !crossedComma &&
        from > 0 &&
        isWord(tokens[from - 1] as Token) &&
        !COUNT_NOUNS.test(lower(tokens[from - 1]))
      )
        return subjectBefore(tokens, from, text, offset, depth + 1);
      if (!relative && (!crossedComma || atChunkStart)) break;
    }
    from--;
  }
  const region = tokens.slice(from + 1, i + 1);
  const chunks = mergePlaceTails(commaChunks(region).filter((c) => c.some(isWord)));
  const adjacent = chunks[chunks.length - 1];
  if (!adjacent) return null;
  const adjacentPhrase = phraseFromTokens(adjacent, text, offset);
  if (
    region[region.length - 1]?.text === "," ||
    (chunks.length > 1 && looksAppositive(adjacent) && adjacentPhrase?.kind !== "pronoun")
  ) {
    // "She succeeds Sir Adrian Smith, who said": "who" points to the name right before its comma.
    const before = chunks[chunks.length - 2];
    const relative = adjacent.filter(isWord);
    if (before && RELATIVE_WHO.test(lower(relative[0])) && relative.length <= 3) {
      let k = before.length;
      while (k > 0 && isCapitalised(before[k - 1]?.text ?? "")) k--;
      const named = k < before.length ? phraseFromTokens(before.slice(k), text, offset) : null;
      if (named && isNamePhrase(named)) return named;
    }
    // "The head of the business council CCE, Francisco Cervantes, warned": a person's name set off
    // after the post the person holds is the speaker.
    if (
      adjacentPhrase?.name?.kind === "person" &&
      isCapitalised(adjacent[0]?.text ?? "") &&
      opensWithPost(chunks[chunks.length - 2] ?? [])
    )
      return adjacentPhrase;
    for (let c = chunks.length - 2; c >= 0; c--) {
      const chunk = chunks[c] as Token[];
      // "In the western city of Lviv, regional governor Maksym Kozytskyi said": a phrase a preposition
      // opens sets the scene; the speaker is the one after it.
      if (PREPOSITION_OPENERS.test(lower(chunk.find(isWord)))) break;
      const phrase = phraseFromTokens(chunk, text, offset);
      // "study lead author Lucas Paganini, a planetary scientist, said": a lowercase role before the name.
      const titledPerson =
        phrase?.name?.kind === "person" && isCapitalised(chunk[chunk.length - 1]?.text ?? "");
      // "Giving evidence from behind a screen, the witness, who cannot be named, said": a description
      // a relative clause is set off after speaks, as a capitalised one does ("The statement, which …").
      const relativeAfter =
        c === chunks.length - 2 && /^(?:which|who|whose)$/.test(lower(adjacent.find(isWord)));
      if (
        relativeAfter &&
        phrase &&
        /^(?:the|a|an|one|another|his|her|their|its)$/.test(lower(chunk.find(isWord)))
      )
        return phrase;
      if (looksAppositive(chunk) && !titledPerson) continue;
      // "The scientist was released on Monday, officials said": a clause, not a name an apposition follows.
      if (phrase?.name && isClauseBefore(chunk, phrase.name.start)) break;
      if (isNamePhrase(phrase) || phrase?.kind === "pronoun") return phrase;
      // "The statement, which was obtained by Variety, claimed": the relative clause names no speaker.
      if (phrase && /^(?:which|who|whose)$/.test(lower(adjacent.find(isWord)))) return phrase;
      break;
    }
  }
  const opener = adjacent.find(isWord);
  // "The news organization, citing an anonymous government source, reported": a participle's aside
  // set off after the speaker.
  // Not "In a letter to staff, managing director James Taylor wrote": an -ing word before a role noun
  // is part of a post, and a phrase a preposition opens is no speaker.
  const previousChunk = chunks[chunks.length - 2];
  if (
    previousChunk &&
    opener &&
    startsLowercase(opener.text) &&
    /ing$/.test(opener.text) &&
    !PERSON_ROLE_NOUNS.has(lower(adjacent[adjacent.indexOf(opener) + 1])) &&
    !PREPOSITION_OPENERS.test(lower(previousChunk.find(isWord)))
  ) {
    const before = phraseFromTokens(previousChunk, text, offset);
    if (before) return before;
  }
  // "To the pears, add the juice", "because of agency policy said": a phrase a preposition opens is
  // no speaker.
  if (opener && PREPOSITION_OPENERS.test(lower(opener))) return null;
  // "a move analysts said would tighten supply": "a" opens what was said about, a plural of people speaks.
  const words = adjacent.filter(isWord);
  const people = words[2];
  if (
    words.length === 3 &&
    /^an?$/.test(lower(words[0])) &&
    startsLowercase(words[1]?.text ?? "") &&
    people &&
    PERSON_ROLE_NOUNS.has(lower(people).replace(/s$/, "")) &&
    lower(people).endsWith("s")
  )
    return phraseFromTokens([people], text, offset);
  return adjacentPhrase;
}

const PREPOSITION_OPENERS = /^(?:to|of|from|in|at|with|by|for|on|into|onto|upon|about|over|under)$/;

/** The longest aside `withoutAsides` drops, in tokens between its brackets ("D-Conn." is three). */
const ASIDE_TOKENS = 6;

/**
 * `tokens` without the short bracketed asides after a word before the cue ("(D-Conn.)", "(pictured)"),
 * and the cue's index among what is left; null when there is none.
 */
function withoutAsides(tokens: Token[], cueIndex: number): { tokens: Token[]; cueIndex: number } | null {
  let open = -1;
  for (let i = 1; i < cueIndex; i++)
    if (tokens[i]?.text === "(") {
      open = i;
      break;
    }
  if (open < 0) return null;
  const kept: Token[] = [];
  let cue = cueIndex;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text === "(" && i > 0 && i < cueIndex && isWord(tokens[i - 1])) {
      let close = -1;
      for (let j = i + 1; j <= i + ASIDE_TOKENS + 1 && j < cueIndex; j++)
        if (tokens[j]?.text === ")") {
          close = j;
          break;
        }
      if (close > 0) {
        cue -= close - i + 1;
        i = close;
        continue;
      }
    }
    kept.push(t);
  }
  return kept.length < tokens.length ? { tokens: kept, cueIndex: cue } : null;
}

const RELATIVE_WHO = /^(?:who|whom)$/;

/** Verbs that, after a noun following the cue, make the words a clause: "said her party was ready". */
const CLAUSE_VERBS = new Set([...AUXILIARIES, "was", "is", "were", "are"]);

/** The speaker named after a cue: "said Sahel expert Abdoulaye Sounaye from ...", "according to X". */

export function speakerAfter(
  tokens: Token[],
  from: number,
  text: string,
  offset: number,
): SpeakerPhrase | null {
  const chunks: Token[][] = [[]];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text === ",") {
      if (chunks.length >= 3) break;
      chunks.push([]);
      continue;
    }
    if (isPunctuation(t, '.;:()"“”„«»—–!?')) break;
    const chunk = chunks[chunks.length - 1] as Token[];
    // "…, calling it “historic”, said her party was ready": words and a verb after the cue are what
    // was said, not who said it.
    if (chunks.length === 1 && chunk.some(isWord) && CLAUSE_VERBS.has(t.text)) return null;
    // "a statement from the Interior Ministry": the document's "from" goes on to its issuer.
    const documentFrom = t.text === "from" && DOCUMENT_NOUNS.has(lower(chunk[chunk.length - 1]));
    if (PHRASE_END_WORDS.has(t.text) && !documentFrom) break;
    chunk.push(t);
  }
  const phrases = mapPacked(
    chunks.filter((c) => c.some(isWord)),
    (c) => phraseFromTokens(c, text, offset),
  );
  const first = phrases[0] ?? null;
  if (
    first &&
    first.kind === "description" &&
    !INDEFINITE_DETERMINERS.has(first.text.split(/\s/)[0]?.toLowerCase() ?? "")
  ) {
    const named = phrases[1];
    if (named && named.kind === "name") return named;
  }
  return first;
}

/** The main clause's subject: the first name or pronoun that a lowercase word (its verb) follows. */
export function mainSubject(tokens: Token[], text: string, offset: number): SpeakerPhrase | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (PRONOUN_GENDER.get(lower(t)) !== undefined && startsLowercase(tokens[i + 1]?.text ?? "")) {
      return { text: t.text, start: t.start, end: t.end, kind: "pronoun", name: null };
    }
  }
  for (const run of capitalisedRuns(tokens)) {
    const last = run[run.length - 1] as Token;
    const index = tokens.indexOf(last);
    const next = tokens[index + 1];
    if (!next || !startsLowercase(next.text) || PHRASE_END_WORDS.has(next.text) || next.text === "of")
      continue;
    const name = nameFromRun(run, text, offset);
    if (name) return { text: name.name, start: name.start, end: name.end, kind: "name", name };
  }
  return null;
}

export function isOpeningPunctuation(t: Token | undefined): boolean {
  return t !== undefined && OPENING_PUNCTUATION.test(t.text);
}
