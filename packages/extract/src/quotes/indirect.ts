import type { Block } from "../blocks.ts";
import { isCountWord } from "../figures/number-words.ts";
import { lexicon } from "../kb/index.ts";
import { mapPacked } from "../text/arrays.ts";
import { DAY_NAMES } from "../text/calendar-words.ts";
import { startsLowercase } from "../text/chars.ts";
import type { Sentence } from "../text/index.ts";
import type { QuoteCandidate } from "./direct.ts";
import {
  type Cue,
  DOCUMENT_NOUNS,
  findCues,
  lower,
  type SpeakerPhrase,
  speakerAfter,
  subjectBefore,
} from "./frames.ts";
import { AUXILIARIES, ORGANISATION_HEADS, PASSIVE_MARKERS, REPORTING_VERBS } from "./lexicon.ts";
import type { QuotedSpan } from "./marks.ts";
import { isWord, type Token, tokensWithin } from "./names.ts";

/** The most words an apposition after the source of "According to X," holds. */
const ASIDE_WORDS = 10;

/**
 * "According to Mark Zandi, chief economist at Moody's Analytics, the tariffs could …": where what was
 * said starts, after a verbless stretch set off by a second comma (the source's post); `from` when none.
 */
function afterAsideChunk(tokens: Token[], from: number): number {
  const { finiteVerbs } = lexicon();
  let words = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text === ",") return words > 0 && i + 1 < tokens.length ? i + 1 : from;
    if (!isWord(t)) return from;
    const w = lower(t);
    if (++words > ASIDE_WORDS || AUXILIARIES.has(w) || PASSIVE_MARKERS.has(w) || finiteVerbs.has(w))
      return from;
  }
  return from;
}

/** Reported speech: "X told DW that <clause>", "<clause>, she concluded", "According to X, <clause>". */
export interface IndirectCandidate {
  start: number;
  end: number;
  blockIndex: number;
  phrase: SpeakerPhrase;
  phraseStart: number;
  cue: string;
}

const QUOTE_MARK = /^["“”„«»'‘’]$/;
const RELATIVE_OPENERS = /^(?:which|who|whose)$/;
const SKIPPABLE_BEFORE_THAT = 6;
const SKIPPABLE_INSERTION = 14;
const INSERTION_OPENERS = /^(?:in|on|at|during|after|via|through)$/;

/** Words opening a phrase set off after "<clause>, X said,": "in the largest strike", "adding that …". */
const SET_OFF_TAIL =
  /^(?:in|on|at|after|before|amid|during|while|with|citing|adding|noting|saying|following|ahead|despite|without|as)$/;

/**
 * The word opening a phrase set off after "<clause>, X said,": one of SET_OFF_TAIL, or a participle
 * ("…, the National Hurricane Center said, bringing winds of up to 120 mph").
 */
function isSetOffTail(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return (
    SET_OFF_TAIL.test(t.lower) || (t.lower.length > 5 && t.lower.endsWith("ing") && startsLowercase(t.text))
  );
}

/** Words opening what describes a source after it: "familiar with the matter", "(briefed) on the talks". */
const SOURCE_MODIFIERS =
  /^(?:familiar|close|briefed|involved|knowledgeable|aware|who|with|speaking|on|in|at)$/;

/** Reporting verbs that, without "that", mostly take an object: "reported revenue", "confirmed the deal". */
const OBJECT_VERBS = new Set([
  "reported",
  "reports",
  "announce",
  "announces",
  "announced",
  "confirm",
  "confirms",
  "confirmed",
  "acknowledge",
  "acknowledges",
  "acknowledged",
  "stressed",
  "stresses",
  "emphasised",
  "emphasized",
  "predicted",
  "predicts",
  // "claimed victory", "claimed responsibility": a thing won or owned, not a clause.
  "claim",
  "claims",
  "claimed",
  // "admitted arson": a plea to an offence, not a clause.
  "admit",
  "admits",
  "admitted",
]);
const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "he", "she", "it", "they", "there"]);

/** Words after which an -ed word is an adjective, not a verb. */
const BEFORE_ADJECTIVE = new Set([
  "of",
  "and",
  "or",
  "the",
  "a",
  "an",
  "very",
  "more",
  "most",
  "less",
  "so",
  "too",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "my",
  "this",
  "these",
  "those",
]);

/** "doesn’t", "we’re", "I’m", "they’ve", "it’s": a contracted auxiliary or form of "be". */
const NEGATED_AUXILIARY = /n['’]t$|^(?:i|we|you|they|he|she|it|that|there|what|who)['’](?:re|m|ve|ll|d|s)$/;

/** An auxiliary, modal or form of "be", possibly negated ("would", "had", "was", "doesn’t"). */
function isAuxiliary(w: string): boolean {
  return AUXILIARIES.has(w) || PASSIVE_MARKERS.has(w) || MODALS.has(w) || NEGATED_AUXILIARY.test(w);
}
const MODALS = new Set(["should", "must", "shall", "cannot"]);

/** True when an auxiliary stands among the first `words` words from `from`, before any comma. */
function auxiliaryWithin(tokens: Token[], from: number, words: number): boolean {
  let seen = 0;
  for (let i = from; i < tokens.length && seen < words; i++) {
    const t = tokens[i] as Token;
    if (t.text === ",") return false;
    if (!isWord(t)) continue;
    // Not "on May 29": the month, capitalised, is no modal.
    if (isAuxiliary(t.lower) && !(t.text === "May" && i > from)) return true;
    seen++;
  }
  return false;
}

/**
 * True when a verb may stand among the words from `from` to `to`: an auxiliary, a passive marker, a
 * finite form the lexicon knows, a verb's base form, bare or with -s, -es, -d or -ied, or a word of five
 * letters or more in -ed ("expected", "disagreed").
 */
function hasVerb(tokens: Token[], from: number, to: number): boolean {
  const { finiteVerbs, infinitives } = lexicon();
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!isWord(t)) continue;
    const w = t.lower;
    if (isAuxiliary(w) || finiteVerbs.has(w) || infinitives.has(w)) return true;
    if (w.endsWith("ied") && infinitives.has(`${w.slice(0, -3)}y`)) return true;
    // A past form the word lists lack ("disagreed"): few nouns of five letters or more end in -ed, and
    // one after a determiner or preposition is an adjective ("findings of overcrowded … conditions").
    if (
      w.endsWith("ed") &&
      (w.length >= 5 || infinitives.has(w.slice(0, -1))) &&
      !BEFORE_ADJECTIVE.has(lower(tokens[i - 1]))
    )
      return true;
    if (w.endsWith("s") && (infinitives.has(w.slice(0, -1)) || infinitives.has(w.slice(0, -2)))) return true;
  }
  return false;
}

const UNIT_SIGNS = new Set(["%", "‰", "°", "℃", "℉"]);

/**
 * The reported clause `tokens[from..to)`, trimmed to its words, or null when it holds fewer than
 * `minWords` words.
 */
function clauseSpan(
  tokens: Token[],
  from: number,
  to: number,
  minWords = 3,
): { start: number; end: number } | null {
  let last = to - 1;
  while (last >= from && !isWord(tokens[last])) last--;
  // "could fall by 15%": a sign written onto the last number belongs to it.
  while (
    last + 1 < to &&
    UNIT_SIGNS.has(tokens[last + 1]?.text ?? "") &&
    tokens[last + 1]?.start === tokens[last]?.end
  )
    last++;
  const first = tokens[from];
  const end = tokens[last];
  if (!first || !end || last < from) return null;
  if (tokens.slice(from, last + 1).filter(isWord).length < minWords) return null;
  // "aid would be “fast and unbureaucratic.”": a quotation the clause opens closes inside it.
  const marks = tokens.slice(from, last + 1).filter((t) => QUOTE_MARK.test(t.text)).length;
  const closing =
    marks % 2 === 1 ? tokens.slice(last + 1, to).find((t) => QUOTE_MARK.test(t.text)) : undefined;
  return { start: first.start, end: (closing ?? end).end };
}

/**
 * End of a reported clause: the sentence end, a colon, or the opening mark of a direct quote set off
 * by punctuation. A quotation inside the clause ('said the “Albanian model” could be copied') is part of it.
 */
function clauseEnd(tokens: Token[], from: number, directOpenings: Set<number>): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.text === ":" && !betweenDigits(tokens, i)) || t.text === ";") return i;
    if (t.text === "," && i > from && opensOtherReport(tokens, i + 1)) return i;
    if (directOpenings.has(t.start) && (i === from || SETS_OFF.test(tokens[i - 1]?.text ?? ""))) return i;
  }
  return beforeTrailingSource(tokens, from, tokens.length);
}

/** "at 2:14 a.m.", "won 3:1": a colon set tight between digits is part of a time or a score, no break. */
function betweenDigits(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const colon = tokens[i] as Token;
  const after = tokens[i + 1];
  return (
    before !== undefined &&
    after !== undefined &&
    before.end === colon.start &&
    after.start === colon.end &&
    /\d$/.test(before.text) &&
    /^\d/.test(after.text)
  );
}

/** Words between "but" and the next speaker's reporting verb, at most: "IDC analyst Nabila Popal". */
const OTHER_SPEAKER_WORDS = 6;

/**
 * "…, but IDC analyst Nabila Popal said …", "…, while the union said …": a conjunction after a comma,
 * then a speaker and a reporting verb, opens another report; the clause before ends at the comma.
 */
function opensOtherReport(tokens: Token[], at: number): boolean {
  if (!/^(?:but|while|whereas|although|though)$/.test(tokens[at]?.lower ?? "")) return false;
  let words = 0;
  for (let i = at + 1; i < tokens.length && words <= OTHER_SPEAKER_WORDS; i++) {
    const t = tokens[i] as Token;
    if (!isWord(t)) return false;
    if (REPORTING_VERBS.has(t.lower)) return words > 0;
    words++;
  }
  return false;
}

/** Words of a source named after the reported clause, at most: "China's Xinhua news agency". */
const TRAILING_SOURCE_WORDS = 6;

/**
 * "Xi told Ishiba that the two should handle their differences, China's Xinhua news agency reported.":
 * the clause ends at the comma before a source and its reporting verb closing the sentence (the source
 * tells where the report came from, not what was said).
 */
function beforeTrailingSource(tokens: Token[], from: number, end: number): number {
  let comma = end - 1;
  while (comma > from && tokens[comma]?.text !== ",") comma--;
  if (comma <= from) return end;
  let verb = comma + 1;
  let words = 0;
  while (verb < end && !REPORTING_VERBS.has((tokens[verb] as Token).lower)) {
    if (isWord(tokens[verb])) words++;
    verb++;
  }
  if (verb >= end || words === 0 || words > TRAILING_SOURCE_WORDS) return end;
  const rest = tokens.slice(verb + 1, end).filter(isWord);
  return rest.length === 0 || isClosingTimePhrase(tokens, verb + 1) ? comma : end;
}
const SETS_OFF = /^[,:;—–-]$/;

/**
 * "…, the ministry said on Thursday.", "… said late on Monday night", "… said in a statement": when or
 * how it was said, closing the sentence after the cue.
 */
const CLOSING_TIME =
  /^(?:(?:late|early)\s+)?on\s+\p{Lu}\p{Ll}+(?:\s+(?:night|morning|afternoon|evening))?$|^in\s+an?\s+(?:statement|interview|email|letter|tweet|post|briefing|report)$|^(?:last|this)\s+(?:week|month|year)$/u;

function isClosingTimePhrase(tokens: Token[], from: number): boolean {
  let end = tokens.length;
  while (end > from && !isWord(tokens[end - 1] as Token)) end--;
  if (end - from < 2 || end - from > 5) return false;
  return CLOSING_TIME.test(mapPacked(tokens.slice(from, end), (t) => t.text).join(" "));
}

/** Words after a cue that open no reported clause: prepositions, and answers ("said goodbye", "said no"). */
const CUE_PREPOSITIONS = /^(?:to|about|of|with|for|by|on|in|at|from|goodbye|so|yes|no|nothing|something)$/i;
const TIME_PREPOSITIONS = /^(?:during|after|before|since|amid|despite|following)$/i;

const WEEKDAYS: ReadonlySet<string> = new Set(DAY_NAMES);
const isWeekday = (word: string) => WEEKDAYS.has(word.toLowerCase());
const RELATIVE_PERIOD = /^(?:this|last|earlier|later)$/i;
const PERIOD = /^(?:week|month|year|morning|afternoon|evening|weekend)$/i;

/**
 * Words at `from` that date the saying, not what was said, when a pronoun opens the clause after them:
 * "this week", "last month", "on Monday", "Monday", "yesterday", "earlier this year". 0 when none.
 */
function datedCueLength(tokens: Token[], from: number): number {
  const w = (k: number) => tokens[from + k]?.text ?? "";
  let n = 0;
  if (/^(?:yesterday|today|tonight)$/i.test(w(0)) || isWeekday(w(0))) n = 1;
  else if (/^on$/i.test(w(0)) && isWeekday(w(1))) n = 2;
  else if (RELATIVE_PERIOD.test(w(0)) && PERIOD.test(w(1))) n = 2;
  else if (/^(?:earlier|later)$/i.test(w(0)) && /^(?:this|last)$/i.test(w(1)) && PERIOD.test(w(2))) n = 3;
  // "said in a statement it had consulted …", "told Reuters in an interview the deal was …": the
  // document or interview the words came in, like a date, stands before what was said.
  else if (/^in$/i.test(w(0)) && /^(?:a|an|the|its|his|her|their)$/i.test(w(1))) {
    const noun = [2, 3].find((k) => MEDIUM_NOUNS.has(w(k).toLowerCase()));
    if (noun !== undefined) n = noun + 1;
  }
  if (n === 0) return 0;
  if (SUBJECT_PRONOUNS.has(w(n).toLowerCase())) return n;
  // "said on Tuesday the rules were necessary": a noun phrase whose verb follows soon opens the clause.
  return CLAUSE_DETERMINERS.test(w(n)) && finiteVerbWithin(tokens, from + n + 1, 6) ? n : 0;
}

/** Nouns for what words are said in, after "in a": "statement", "interview", "letter". */
const MEDIUM_NOUNS = new Set([...DOCUMENT_NOUNS, "interview", "email", "speech"]);
const CLAUSE_DETERMINERS = /^(?:the|its|his|her|their|our)$/i;

/** A finite verb or auxiliary among the next `words` words from `from`, before any comma. */
function finiteVerbWithin(tokens: Token[], from: number, words: number): boolean {
  const { finiteVerbs } = lexicon();
  let seen = 0;
  for (let i = from; i < tokens.length && seen < words; i++) {
    const t = tokens[i] as Token;
    if (t.text === ",") return false;
    if (!isWord(t)) continue;
    if ((isAuxiliary(t.lower) || finiteVerbs.has(t.lower)) && startsLowercase(t.text)) return true;
    seen++;
  }
  return false;
}

/** Words that may follow "<speaker> said" at a sentence's end: a day or a time adverb. */
const WHEN_AFTER_CUE = new Set([
  ...DAY_NAMES,
  "today",
  "yesterday",
  "tonight",
  "later",
  "earlier",
  "too",
  "also",
  "again",
  "recently",
  "previously",
  "afterwards",
  "afterward",
  "then",
]);

/**
 * A description of one lowercase word that is neither plural nor a body: "arson", not "analysts",
 * "officials" or "police".
 */
function isBareSingularNoun(phrase: SpeakerPhrase): boolean {
  const word = phrase.text;
  return (
    phrase.kind === "description" &&
    /^\p{Ll}+$/u.test(word) &&
    !word.endsWith("s") &&
    !ORGANISATION_HEADS.has(word)
  );
}

/**
 * "<clause>, analysts said": what was said is the clause before the comma at `comma`, and the speaker
 * stands between that comma and the cue (no apposition to a name inside the clause: "Prices rose in
 * Beijing, analysts said"), or after the cue when nothing does ("…, said X"). Null when the clause
 * quotes, or more than six words stand before the cue.
 */
function clauseBeforeComma(
  tokens: Token[],
  comma: number,
  cue: { index: number; next: number },
  masked: string,
): { start: number; end: number; phrase: SpeakerPhrase } | null {
  const atComma = tokens.slice(comma + 1, cue.index).filter(isWord);
  if (atComma.length > 6 || tokens.slice(0, comma).some((t) => QUOTE_MARK.test(t.text))) return null;
  // "…, which publishes the journal, recommends limiting added sugar.": after a speaker and a cue only
  // a time word may stand ("…, the company said Monday"); another word makes the "cue" a modifier.
  const after = tokens[cue.next];
  if (
    atComma.length > 0 &&
    after !== undefined &&
    isWord(after) &&
    !WHEN_AFTER_CUE.has(after.lower) &&
    !isClosingTimePhrase(tokens, cue.next)
  )
    return null;
  const phrase =
    atComma.length === 0
      ? speakerAfter(tokens, cue.next, masked, 0)
      : subjectBefore(tokens.slice(comma + 1), cue.index - comma - 1, masked, 0);
  // "Daniel Hartley, 34, of Bramley, admitted arson.": a bare singular noun after the cue is its
  // object, not an inverted speaker ("…, said analysts", "…, said a spokesman").
  if (!phrase || (atComma.length === 0 && isBareSingularNoun(phrase))) return null;
  const clause = clauseSpan(tokens, 0, comma);
  return clause ? { ...clause, phrase } : null;
}

/**
 * Past forms the verb lists miss because they are also nouns: "Acme cut 500 jobs", "the storm hit".
 * Kept out of the lexicon's finite verbs (see IRREGULAR_PAST_FORMS there), where "a tax cut" would make
 * a clause; read only when looking for a sentence's main verb.
 */
const SAME_FORM_PASTS = new Set([
  "cut",
  "hit",
  "set",
  "put",
  "shut",
  "quit",
  "spread",
  "cost",
  "let",
  "split",
]);

/**
 * A word that is a finite verb whatever stands around it: an auxiliary, a past or present form the
 * lists know, a past in -ed, or a past written like its base. Not a base form that is also a noun
 * ("Health care providers have protested": the verb is "have", not "care").
 */
function isMainVerbForm(w: string): boolean {
  return (
    isAuxiliary(w) ||
    lexicon().finiteVerbs.has(w) ||
    SAME_FORM_PASTS.has(w) ||
    (w.length >= 5 && w.endsWith("ed"))
  );
}

/** Participles that report speech after a comma: "…, saying demand had fallen", "…, adding that …". */
const PARTICIPLE_CUES = new Set([
  "saying",
  "adding",
  "warning",
  "arguing",
  "noting",
  "insisting",
  "stressing",
]);

/**
 * The clause a participle after a comma reports ("Acme cut 500 jobs on Monday, saying demand had
 * fallen") and its speaker, the subject of the sentence's first verb; null when the sentence opens with
 * no subject the speaker rules know or the clause has no verb.
 */
function participleClause(
  tokens: Token[],
  cue: Cue,
  masked: string,
  directOpenings: Set<number>,
): { start: number; end: number; phrase: SpeakerPhrase } | null {
  // "She left the room, saying …": the word after a pronoun opening the sentence is its verb.
  const pronoun = SUBJECT_PRONOUNS.has(tokens[0]?.lower ?? "") && startsLowercase(tokens[1]?.text ?? "");
  let verb = 1;
  while (
    !pronoun &&
    verb < cue.index - 1 &&
    !(startsLowercase(tokens[verb]?.text ?? "") && isMainVerbForm(tokens[verb]?.lower ?? ""))
  )
    verb++;
  if (verb >= cue.index - 1) return null;
  const phrase = subjectBefore(tokens, verb, masked, 0);
  if (!phrase || phrase.start !== tokens[0]?.start) return null;
  let from = cue.next;
  if (tokens[from]?.lower === "that") from++;
  const stop = clauseEnd(tokens, from, directOpenings);
  if (!hasVerb(tokens, from, stop)) return null;
  const clause = clauseSpan(tokens, from, stop);
  return clause ? { ...clause, phrase } : null;
}

/** Verbs of telling whose object is the one told. */
const ADDRESSEE_VERBS = /^(?:told|informed|assured|warned|reminded|advised)$/;

/**
 * "was told that …", "has been jailed and told he must serve …": a verb of telling in the passive, or
 * "told" after "and" with no one told before the clause ("and told reporters that …" is active).
 */
function isPassiveTelling(tokens: Token[], cue: number): boolean {
  const before = tokens[cue - 1]?.lower ?? "";
  if (PASSIVE_MARKERS.has(before) || before === "gets") return true;
  // "warned that …" is active; "told" and "informed" always name the one told first.
  const after = tokens[cue + 1]?.lower ?? "";
  const verb = tokens[cue]?.lower ?? "";
  return (
    before === "and" &&
    (verb === "told" || verb === "informed") &&
    (after === "that" || SUBJECT_PRONOUNS.has(after))
  );
}

export function findIndirectQuotes(
  masked: string,
  blocks: Block[],
  sentences: Sentence[][],
  spans: QuotedSpan[],
  direct: QuoteCandidate[],
  blockTokens: Token[][],
): IndirectCandidate[] {
  const found: IndirectCandidate[] = [];
  const directOpenings = new Set(
    mapPacked(
      direct.filter((c) => c.mode !== "none" && c.kind === "direct" && c.span.openMark !== null),
      (c) => c.span.openMark as number,
    ),
  );
  blocks.forEach((block, blockIndex) => {
    if (block.kind !== "paragraph" && block.kind !== "teaser") return;
    for (const sentence of sentences[blockIndex] ?? []) {
      const tokens = tokensWithin(blockTokens[blockIndex] ?? [], sentence.start, sentence.end);
      const words = tokens.filter(isWord);
      if (words.length < 5) continue;
      const cues = findCues(tokens, masked, 0);
      const first = cues[0];
      if (
        first?.speakerAfter &&
        first.index === tokens.indexOf(words[0] as Token) &&
        first.text.toLowerCase() === "according to"
      ) {
        const comma = tokens.findIndex((t, i) => i > first.index && t.text === ",");
        const phrase = comma > 0 ? speakerAfter(tokens.slice(0, comma), first.next, masked, 0) : null;
        // "According to the Serum Institute, which will make the vaccine, production could begin …": a
        // relative clause set off after the source still describes it; what was said starts after it.
        const relativeEnd =
          comma > 0 && RELATIVE_OPENERS.test(tokens[comma + 1]?.lower ?? "")
            ? tokens.findIndex((t, i) => i > comma + 1 && t.text === ",")
            : -1;
        const from = relativeEnd > 0 ? relativeEnd + 1 : comma > 0 ? afterAsideChunk(tokens, comma + 1) : -1;
        const clause = comma > 0 ? clauseSpan(tokens, from, clauseEnd(tokens, from, directOpenings)) : null;
        if (phrase && clause && !tokens.slice(comma + 1).some((t) => QUOTE_MARK.test(t.text))) {
          found.push({ ...clause, blockIndex, phrase, phraseStart: phrase.start, cue: first.text });
        }
        continue;
      }
      if (cues.length === 0) continue;
      // "Inflation fell to 5.3% in August, according to Eurostat.": the source closes the sentence.
      const closing = cues.find(
        (c) => c.speakerAfter && c.text.toLowerCase() === "according to" && tokens[c.index - 1]?.text === ",",
      );
      if (closing) {
        const phrase = speakerAfter(tokens, closing.next, masked, 0);
        const clause = clauseSpan(tokens, 0, closing.index - 1);
        // "according to people familiar with the matter.": words describing the source may close it.
        const after = phrase === null ? [] : tokens.filter((t) => t.start >= phrase.end);
        const comma = after.findIndex((t) => t.text === ",");
        const rest = (comma < 0 ? after : after.slice(0, comma)).filter(isWord);
        const described = phrase !== null && rest.length > 0 && SOURCE_MODIFIERS.test(rest[0]?.lower ?? "");
        const ends = phrase !== null && ((rest.length === 0 && comma < 0) || described);
        if (
          phrase &&
          clause &&
          ends &&
          !tokens.slice(0, closing.index).some((t) => QUOTE_MARK.test(t.text))
        ) {
          const last = rest[rest.length - 1];
          const whole =
            described && phrase.kind !== "name" && last
              ? { ...phrase, text: masked.slice(phrase.start, last.end), end: last.end }
              : phrase;
          found.push({ ...clause, blockIndex, phrase: whole, phraseStart: phrase.start, cue: closing.text });
          continue;
        }
      }
      let lastComma = tokens.length - 1;
      while (lastComma >= 0 && (tokens[lastComma] as Token).text !== ",") lastComma--;
      let reportedUntil = -1;
      for (const cue of cues) {
        if (cue.speakerAfter || cue.index <= reportedUntil) continue;
        const verb = (tokens[cue.index] as Token).lower;
        // "Acme cut 500 jobs, saying demand had fallen": a participle after a comma reports what the
        // sentence's subject said.
        if (PARTICIPLE_CUES.has(verb) && tokens[cue.index - 1]?.text === ",") {
          const said = participleClause(tokens, cue, masked, directOpenings);
          if (said && !spans.some((x) => x.start <= said.start && said.end <= x.end))
            found.push({ ...said, blockIndex, phraseStart: said.phrase.start, cue: cue.text });
          continue;
        }
        if (!REPORTING_VERBS.has(verb)) continue;
        // "<clause>, the union said, in the largest strike in decades.": a phrase set off after the cue.
        // Not "The tuft cell, Herbert said, is constantly sensing …": a sentence that goes on after the
        // cue is cut by it, and what was said is both halves.
        if (
          !(lastComma < cue.index) &&
          tokens[cue.next]?.text === "," &&
          cue.next > cue.index &&
          isSetOffTail(tokens[cue.next + 1])
        ) {
          let before = cue.index - 1;
          while (before >= 0 && (tokens[before] as Token).text !== ",") before--;
          const said = before >= 0 ? clauseBeforeComma(tokens, before, cue, masked) : null;
          if (said) {
            found.push({ ...said, blockIndex, phraseStart: said.phrase.start, cue: cue.text });
            continue;
          }
        }
        if (
          lastComma >= 0 &&
          lastComma < cue.index &&
          (cue.next >= tokens.length - 2 || isClosingTimePhrase(tokens, cue.next))
        ) {
          const said = clauseBeforeComma(tokens, lastComma, cue, masked);
          if (said) found.push({ ...said, blockIndex, phraseStart: said.phrase.start, cue: cue.text });
          continue;
        }
        // "<clause>, said the company's executive chair Marcelo Claure in an email": no name before the
        // comma ("Eswar Prasad, a professor at Cornell, said …" has one), a name after the cue; what
        // was said is the clause before the comma.
        const subject = subjectBefore(tokens, cue.index, masked, 0);
        if (tokens[cue.index - 1]?.text === "," && subject?.kind !== "name" && subject?.kind !== "pronoun") {
          const phrase = speakerAfter(tokens, cue.next, masked, 0);
          const clause = clauseSpan(tokens, 0, cue.index - 1);
          const quoted = tokens.slice(0, cue.index).some((t) => QUOTE_MARK.test(t.text));
          if (phrase?.kind === "name" && clause && !quoted) {
            found.push({ ...clause, blockIndex, phrase, phraseStart: phrase.start, cue: cue.text });
            continue;
          }
        }
        const phrase = subject;
        if (!phrase) continue;
        // "has been jailed for life and told he must serve …", "was told that …": the subject is the
        // one told, not the one telling.
        if (ADDRESSEE_VERBS.test(verb) && isPassiveTelling(tokens, cue.index)) continue;
        let from = cue.next;
        let that = -1;
        // "said in an Oct. 26 letter to companies that …": a longer stretch when a preposition opens it.
        const reach = INSERTION_OPENERS.test(tokens[from]?.text ?? "")
          ? SKIPPABLE_INSERTION
          : SKIPPABLE_BEFORE_THAT;
        for (let i = from; i < Math.min(tokens.length, from + reach); i++) {
          if ((tokens[i] as Token).text === "that") {
            that = i;
            break;
          }
        }
        const between = that >= 0 ? tokens.slice(from, that) : [];
        // Words, commas, numbers and abbreviation dots ("Oct. 26") may stand before "that".
        const skippable = (t: Token) => isWord(t) || t.text === "," || t.text === "." || /^\d+$/.test(t.text);
        if (that >= 0 && between.every(skippable)) from = that + 1;
        // "said this week it would eliminate 10,000 jobs", "said on Monday it would": when the cue is
        // dated right after it, the clause starts after the date.
        else if (that < 0) from += datedCueLength(tokens, from);
        const opener = tokens[from];
        if (!opener || !isWord(opener) || QUOTE_MARK.test(opener.text)) continue;
        if (CUE_PREPOSITIONS.test(opener.text)) continue;
        // "said during the trophy ceremony, where …", "said before the interview": a time phrase after
        // the cue opens a clause only when a verb follows it before any comma ("said after legal
        // consultation Washington had concluded …").
        const stop = clauseEnd(tokens, from, directOpenings);
        if (TIME_PREPOSITIONS.test(opener.text)) {
          const comma = tokens.findIndex((t, i) => i > from && i < stop && t.text === ",");
          if (!hasVerb(tokens, from + 1, comma > 0 ? comma : stop)) continue;
        }
        // "“We will win,” he said repeatedly, according to …": a word set off by a comma after the cue
        // is an adverb of the saying, not the start of a reported clause.
        if (that < 0 && tokens[from + 1]?.text === ",") continue;
        // "Apple reported quarterly revenue of …", "announced plans": without "that", these verbs take a
        // thing, not a clause, unless a pronoun opens one ("confirmed it would close").
        if (
          that < 0 &&
          OBJECT_VERBS.has(verb) &&
          !SUBJECT_PRONOUNS.has(opener.lower) &&
          !auxiliaryWithin(tokens, from, 8)
        )
          continue;
        // "told reporters outside the courthouse.": words with no verb are no reported clause.
        if (that < 0 && !SUBJECT_PRONOUNS.has(opener.lower) && !hasVerb(tokens, from, stop)) continue;
        // "Wiggins added 22 points and Green had 11 assists": a count opening the clause needs its own
        // verb before "and" ("said 22 people died and …"); otherwise it is the cue's object.
        if (that < 0 && isCountWord(opener.lower)) {
          const and = tokens.findIndex((t, i) => i > from && i < stop && t.lower === "and");
          if (and > 0 && !hasVerb(tokens, from, and)) continue;
        }
        // "said that sales rose", "told analysts costs fell": two words make a clause when one is a verb
        // and they end the sentence (not "recalled that he said, “…”", which frames a quotation).
        const ends =
          stop === tokens.length || (tokens[stop]?.text === "," && opensOtherReport(tokens, stop + 1));
        const short = ends && hasVerb(tokens, from, stop);
        const clause = clauseSpan(tokens, from, stop, short ? 2 : 3);
        if (!clause) continue;
        if (spans.some((s) => s.start <= clause.start && clause.end <= s.end)) continue;
        found.push({ ...clause, blockIndex, phrase, phraseStart: phrase.start, cue: cue.text });
        // "…, but IDC analyst Nabila Popal said …": a second report after the first one's clause.
        if (stop >= tokens.length || !opensOtherReport(tokens, stop + 1)) break;
        reportedUntil = stop;
      }
    }
  });
  return found;
}
