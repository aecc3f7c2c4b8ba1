import type { Block } from "../blocks.ts";
import { lexicon } from "../kb/lexicon.ts";
import { findCity, findCountryCode } from "../kb/places.ts";
import { isLetterOrNumber, isSpace, startsLowercase } from "../text/chars.ts";
import type { Sentence } from "../text/index.ts";
import {
  type Cue,
  findCues,
  mainSubject,
  type SpeakerPhrase,
  speakerAfter,
  subjectBefore,
} from "./frames.ts";
import { AUXILIARIES, PASSIVE_MARKERS } from "./lexicon.ts";
import type { QuotedSpan } from "./marks.ts";
import { isCapitalised, isWord, type Token, tokenize } from "./names.ts";

const NUMBER_START = /^\p{N}/u;
/** A determiner before a quotation makes it part of a sentence: "the “Albanian model”". */
const DETERMINER_BEFORE = /^(?:the|a|an|this|that|its|his|her|their|our|my|your)$/i;
/** Quoted content that reads as a whole utterance: a capital, a number, a bracket or an ellipsis first. */
const DIRECT_START = /^[\p{Lu}\p{N}[…]|^\.\.\./u;

/** How a quoted span is tied to its speaker, before names are resolved. */
export type FrameMode = "framed" | "colon" | "shares" | "continuation" | "none";

export interface QuoteCandidate {
  span: QuotedSpan;
  block: Block;
  /** Index in the block's sentences of the sentence the quote opens in. */
  sentence: number;
  mode: FrameMode;
  kind: "direct" | "partial";
  cue: { text: string; start: number; end: number } | null;
  phrase: SpeakerPhrase | null;
  /** The quote before this one in the same sentence, if any. */
  previous: QuoteCandidate | null;
}

const TITLE_INTRODUCERS = new Set([
  "on",
  "the",
  "a",
  "an",
  "called",
  "named",
  "dubbed",
  "titled",
  "entitled",
  "of",
  "as",
  "for",
  "by",
  "at",
  "in",
  "from",
  "with",
  "its",
  "his",
  "her",
  "their",
  "our",
  "about",
]);
const SMALL_WORDS = new Set([
  "of",
  "the",
  "and",
  "a",
  "an",
  "in",
  "on",
  "for",
  "to",
  "from",
  "with",
  "at",
  "by",
  "or",
  "&",
]);

export function sentenceAt(sentences: Sentence[], position: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((sentences[mid] as Sentence).start <= position) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * More than `limit` stretches between white space holding a letter or number: each holds the start
 * of a word token at least, so the text has more than `limit` words.
 */
function moreWordsThan(content: string, limit: number): boolean {
  let stretches = 0;
  let counted = false;
  for (let i = 0; i < content.length; ) {
    const c = content.codePointAt(i) as number;
    i += c > 0xffff ? 2 : 1;
    if (isSpace(c)) counted = false;
    else if (!counted && isLetterOrNumber(c)) {
      counted = true;
      if (++stretches > limit) return true;
    }
  }
  return false;
}

export function isTitleCase(content: string): boolean {
  if (moreWordsThan(content, 10)) return false;
  const words = tokenize(content).filter(isWord);
  if (words.length === 0 || words.length > 10) return false;
  return words.every((w) => isCapitalised(w.text) || SMALL_WORDS.has(w.text) || NUMBER_START.test(w.text));
}

function looksLikeTitle(content: string, before: Token[]): boolean {
  if (!isTitleCase(content)) return false;
  const prev = [...before].reverse().find(isWord);
  if (!prev) return false;
  return TITLE_INTRODUCERS.has(prev.lower) || /['’]s$/.test(prev.text);
}

/** Nouns for a grade or a label on a scale: "a rating of “hazardous”", "the status of “endangered”". */
const LABEL_NOUNS =
  /^(?:rating|ratings|grade|level|category|status|label|classification|designation|score|verdict)$/;

/** One or two words quoted right after a label noun and "of" (or "as") name the label, not speech. */
function isLabelOfKind(content: string, before: Token[]): boolean {
  if (moreWordsThan(content, 2)) return false;
  const words = before.filter(isWord);
  const preposition = words[words.length - 1]?.lower ?? "";
  return (
    (preposition === "of" || preposition === "as") && LABEL_NOUNS.test(words[words.length - 2]?.lower ?? "")
  );
}

/** Words before a cue, an apposition closed by a comma right before it counted as one ("X, who …, said"). */
function wordsBeforeCue(tokens: Token[], cueIndex: number): number {
  let end = cueIndex;
  while (end > 0 && /^(?:also|then|later|previously|earlier)$/i.test(tokens[end - 1]?.text ?? "")) end--;
  const before = tokens.slice(0, end);
  const all = before.filter(isWord).length;
  const firstComma = before.findIndex((t) => t.text === ",");
  if (before[before.length - 1]?.text !== ",") {
    // "Kurinji Selvaraj, a research analyst at the … think tank told CBS News": a name, then an
    // apposition opened by an article whose closing comma the writer left out.
    const name = before.slice(0, Math.max(firstComma, 0)).filter(isWord);
    const opener = before[firstComma + 1]?.lower ?? "";
    const named = name.length >= 1 && name.length <= 4 && name.every((w) => /^\p{Lu}/u.test(w.text));
    return firstComma > 0 && named && /^(?:a|an|the)$/.test(opener) ? name.length + 1 : all;
  }
  if (firstComma >= before.length - 1) return all;
  return before.slice(0, firstComma).filter(isWord).length + 1;
}

function afterFrame(tokens: Token[], text: string): { cue: Cue; phrase: SpeakerPhrase | null } | null {
  const words = tokens.filter(isWord);
  const cues = findCues(tokens, text, 0).filter((c) => wordsBeforeCue(tokens, c.index) <= 12);
  const cue = cues[0];
  if (!cue || words.length === 0) return null;
  const beforeCue = tokens.slice(0, cue.index).filter(isWord);
  if (
    cue.speakerAfter ||
    beforeCue.length === 0 ||
    beforeCue.every((w) => /^(?:also|then|later)$/i.test(w.text))
  ) {
    return { cue, phrase: speakerAfter(tokens, cue.next, text, 0) };
  }
  return { cue, phrase: subjectBefore(tokens, cue.index, text, 0) };
}

/** A place (a country or capital) or a description, not a person: "Washington had concluded". */
function isInstitutionalSubject(phrase: SpeakerPhrase): boolean {
  if (phrase.kind === "description") return /^the\s/i.test(phrase.text);
  if (phrase.kind !== "name" || !phrase.name || phrase.name.kind === "person") return false;
  return findCountryCode(phrase.name.name) !== null || findCity(phrase.name.name) !== null;
}

/**
 * "Pompeo said that after legal consultation Washington had concluded … was "…"": a cue whose subject is
 * a country, capital or description inside the clause a named speaker's cue reports; the quote is that
 * speaker's words. Null when there is no such outer cue.
 */
function outerSpeaker(
  before: Token[],
  cues: Cue[],
  c: number,
  inner: SpeakerPhrase,
  text: string,
): { cue: Cue; phrase: SpeakerPhrase } | null {
  if (c === 0 || !isInstitutionalSubject(inner)) return null;
  for (let o = 0; o < c; o++) {
    const cue = cues[o] as Cue;
    if (cue.speakerAfter || !/^(?:said|says|say)$/i.test(cue.text)) continue;
    const phrase = subjectBefore(before, cue.index, text, 0);
    if (phrase && (phrase.kind === "pronoun" || (phrase.kind === "name" && !isInstitutionalSubject(phrase))))
      return { cue, phrase };
  }
  return null;
}

/** Verbs that open a predicate after an aside and need no lexicon: the copula and irregular forms. */
const PREDICATE_VERBS = /^(?:was|were|is|are|put|puts|set|sets|let|cut|hit|spelt|spelled)$/;

/**
 * "One voter, a retired miner from Barnsley, put it bluntly:": the verb that opens the words after the
 * last comma before a colon, when a comma sets an aside off before it; the subject is read before that
 * verb, not before the colon (the aside's closing name would otherwise run on into the predicate).
 */
function predicateAfterAside(before: Token[]): number | null {
  const colon = before.length - 1;
  let comma = colon - 1;
  while (comma >= 0 && before[comma]?.text !== ",") comma--;
  const verb = before[comma + 1];
  if (comma <= 0 || comma + 1 >= colon || !verb || !isWord(verb) || !startsLowercase(verb.text)) return null;
  const word = verb.text.toLowerCase();
  return PREDICATE_VERBS.test(word) || AUXILIARIES.has(word) || lexicon().finiteVerbs.has(word)
    ? comma + 1
    : null;
}

/**
 * "He describes the prospects of … these receptors and cells as “exciting,”", "described the scenes at
 * Gatwick as “chaos”": a word quoted after "as" (and an article) is what the cue's subject called it,
 * however long the object between.
 */
function describedAs(before: Token[], cue: Cue): boolean {
  if (!/^(?:describ|call)/i.test(cue.text.split(/\s+/).pop() ?? "")) return false;
  const words = before.filter(isWord);
  let last = words.length - 1;
  if (/^(?:a|an|the)$/i.test(words[last]?.text ?? "")) last--;
  return /^as$/i.test(words[last]?.text ?? "");
}

const ACCUSE_FORMS = /^(?:accuse|accuses|accused|accusing)$/;

/**
 * "Keane accused referee Michael Oliver of “losing control of the game”": words quoted right after
 * the "of" of an accusation are the accuser's, not the accused's. The index of "accused" in `before`,
 * or -1: not "the accused" (a person) nor "was accused of" (whoever accused goes unsaid).
 */
function accusedOf(before: Token[]): number {
  const words = before.filter(isWord);
  const of = words.length - 1;
  if (!/^of$/i.test(words[of]?.text ?? "")) return -1;
  for (let w = of - 1; w >= 0 && w >= of - 7; w--) {
    const word = words[w] as Token;
    if (!ACCUSE_FORMS.test(word.text)) continue;
    const previous = (words[w - 1]?.text ?? "").toLowerCase();
    if (DETERMINER_BEFORE.test(previous) || PASSIVE_MARKERS.has(previous)) return -1;
    return before.indexOf(word);
  }
  return -1;
}

const QUESTION_OR_EXCLAMATION = /[?!]$/;

const UNNAMED_SPEAKER = /^(?:one|a|an|another|some|someone|somebody)$/i;

/**
 * "According to AFP, one user on Weibo posted:": the source after "according to" reports a speaker it
 * leaves unnamed (the subject of the speech verb), who is described, not named.
 */
function unnamedAfterSource(before: Token[], verb: Cue, text: string): SpeakerPhrase | null {
  if (verb.speakerAfter) return null;
  const according = before.findIndex(
    (t, i) => /^according$/i.test(t.text) && /^to$/i.test(before[i + 1]?.text ?? ""),
  );
  if (according < 0 || according > verb.index) return null;
  const comma = before.findIndex((t, i) => i > according && t.text === ",");
  const first = before[comma + 1];
  if (comma < 0 || comma > verb.index || !first || !UNNAMED_SPEAKER.test(first.text)) return null;
  const next = before.findIndex((t, i) => i > comma && t.text === ",");
  const last = before[(next < 0 || next > verb.index ? verb.index : next) - 1] as Token;
  return {
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    kind: "description",
    name: null,
  };
}

function cueOf(cue: Cue) {
  return { text: cue.text, start: cue.start, end: cue.end };
}

/**
 * Ties each quoted span to a cue and a speaker phrase from its own sentence: a speech verb before
 * or after it, "according to", a colon, a quote earlier in the sentence, or (for a whole sentence
 * in quotation marks) the quote or subject before it. Spans with no such tie are not quotes.
 */
export function frameQuotes(
  original: string,
  text: string,
  blocks: Block[],
  sentences: Sentence[][],
  spans: QuotedSpan[],
): QuoteCandidate[] {
  const candidates: QuoteCandidate[] = [];
  // Spans inside a sentence that nothing frames, with the index of the sentence each closes in.
  const unframed = new Map<QuoteCandidate, number>();
  spans.forEach((span, index) => {
    const block = blocks[span.blockIndex] as Block;
    const blockSentences = sentences[span.blockIndex] ?? [];
    const openAt = span.openMark ?? span.start;
    const closeAt = span.closeMark ?? span.end;
    const sentence = sentenceAt(blockSentences, openAt);
    const closeIndex = sentenceAt(blockSentences, Math.max(openAt, closeAt - 1));
    const closeSentence = blockSentences[closeIndex];
    const sentenceStart = Math.max(blockSentences[sentence]?.start ?? block.start, block.start);
    const lastCandidate = candidates[candidates.length - 1];
    const previousSpan =
      lastCandidate &&
      lastCandidate.span.blockIndex === span.blockIndex &&
      (lastCandidate.span.closeMark ?? lastCandidate.span.end) < openAt
        ? lastCandidate
        : undefined;
    const previous =
      previousSpan && (previousSpan.span.closeMark ?? previousSpan.span.end) >= sentenceStart
        ? previousSpan
        : null;
    const beforeStart = previous ? (previous.span.closeMark ?? previous.span.end) + 1 : sentenceStart;
    const next = spans[index + 1];
    const content = original.slice(span.start, span.end);
    // "“What now?” Liu said.": a question or exclamation ends the sentence at its closing mark when a
    // capitalised word follows, and the frame is the next sentence.
    const frameSentence =
      span.closeMark !== null &&
      QUESTION_OR_EXCLAMATION.test(content) &&
      (closeSentence?.end ?? 0) <= span.closeMark + 1
        ? blockSentences[closeIndex + 1]
        : undefined;
    const sentenceEnd = closeSentence?.end ?? block.end;
    const afterEnd = Math.min(
      sentenceEnd,
      next && next.blockIndex === span.blockIndex ? (next.openMark ?? next.start) : block.end,
    );
    const afterStart = span.closeMark === null ? span.end : span.closeMark + 1;
    const before = tokenize(text.slice(beforeStart, span.openMark ?? span.start), beforeStart);
    const after = afterStart < afterEnd ? tokenize(text.slice(afterStart, afterEnd), afterStart) : [];
    const frameEnd = frameSentence
      ? Math.min(
          frameSentence.end,
          next && next.blockIndex === span.blockIndex ? (next.openMark ?? next.start) : block.end,
        )
      : afterEnd;
    const frameAfter = frameEnd > afterEnd ? tokenize(text.slice(afterStart, frameEnd), afterStart) : after;
    const candidate: QuoteCandidate = {
      span,
      block,
      sentence,
      mode: "none",
      kind: "direct",
      cue: null,
      phrase: null,
      previous,
    };
    candidates.push(candidate);
    const startsSentence = !before.some(isWord) && !previous;
    if (looksLikeTitle(content, before) || isLabelOfKind(content, before)) return;
    if (startsSentence) {
      const frame = afterFrame(frameAfter, text);
      if (frame) {
        candidate.mode = "framed";
        candidate.cue = cueOf(frame.cue);
        candidate.phrase = frame.phrase;
        return;
      }
      if (!after.some(isWord)) candidate.mode = "continuation";
      return;
    }
    const lastBefore = before[before.length - 1];
    // "the “Albanian model”": a capitalised quotation after a determiner is part of a sentence.
    const determined = DETERMINER_BEFORE.test(lastBefore?.text ?? "");
    candidate.kind =
      (DIRECT_START.test(content) && !determined) || lastBefore?.text === ":" ? "direct" : "partial";
    const wordCount = tokenize(content).filter(isWord).length;
    const cues = findCues(before, text, 0);
    const accusation = candidate.kind === "partial" ? accusedOf(before) : -1;
    if (accusation >= 0 && accusation > (cues[cues.length - 1]?.index ?? -1)) {
      const phrase = subjectBefore(before, accusation, text, 0);
      const verb = before[accusation] as Token;
      if (phrase) {
        candidate.mode = "framed";
        candidate.cue = { text: verb.text, start: verb.start, end: verb.end };
        candidate.phrase = phrase;
        return;
      }
    }
    for (let c = cues.length - 1; c >= 0; c--) {
      const cue = cues[c] as Cue;
      const reporter = unnamedAfterSource(before, cue, text);
      if (reporter) {
        candidate.mode = "framed";
        candidate.cue = cueOf(cue);
        candidate.phrase = reporter;
        return;
      }
      const phrase = cue.speakerAfter
        ? speakerAfter(before, cue.next, text, 0)
        : subjectBefore(before, cue.index, text, 0);
      if (!phrase) continue;
      const outer = cue.speakerAfter ? null : outerSpeaker(before, cues, c, phrase, text);
      const gap = before.slice(cue.index + 1).filter(isWord).length;
      if (wordCount === 1 && gap > 3 && !describedAs(before, cue)) return;
      if (outer) {
        candidate.mode = "framed";
        candidate.cue = cueOf(outer.cue);
        candidate.phrase = outer.phrase;
        return;
      }
      if (/^call(?:s|ed|ing)?$/i.test(cue.text) && isTitleCase(content)) return;
      candidate.mode = "framed";
      candidate.cue = cueOf(cue);
      candidate.phrase = phrase;
      const wordsAfterCue = before.slice(cue.next).filter(isWord).length;
      if (!cue.speakerAfter && wordsAfterCue === 0 && wordCount >= 3) candidate.kind = "direct";
      return;
    }
    if (cues.length > 0) {
      const cue = cues[cues.length - 1] as Cue;
      const subjectFrom = Math.max(sentenceStart, cue.start - 400);
      const sentenceTokens = tokenize(text.slice(subjectFrom, cue.start), subjectFrom);
      candidate.mode = previous && previous.mode !== "none" ? "shares" : "framed";
      candidate.cue = cueOf(cue);
      candidate.phrase = previous && previous.mode !== "none" ? null : mainSubject(sentenceTokens, text, 0);
      if (candidate.mode === "framed" && !candidate.phrase) candidate.mode = "none";
      return;
    }
    if (lastBefore?.text === ":") {
      if (previous && previous.mode !== "none") {
        candidate.mode = "colon";
        candidate.cue = { text: ":", start: lastBefore.start, end: lastBefore.end };
        return;
      }
      const phrase = subjectBefore(before, predicateAfterAside(before) ?? before.length - 1, text, 0);
      if (phrase && phrase.kind !== "pronoun" && !after.some(isWord)) {
        candidate.mode = "colon";
        candidate.kind = "direct";
        candidate.cue = { text: ":", start: lastBefore.start, end: lastBefore.end };
        candidate.phrase = phrase;
        return;
      }
    }
    const firstAfter = after[0];
    const endsOpen = /[,?!—–-]$/.test(content) || firstAfter?.text === ",";
    const frame =
      endsOpen || (firstAfter && /^according$/i.test(firstAfter.text)) ? afterFrame(frameAfter, text) : null;
    if (frame?.phrase) {
      candidate.mode = "framed";
      candidate.cue = cueOf(frame.cue);
      candidate.phrase = frame.phrase;
      return;
    }
    if (previous && previous.mode !== "none") candidate.mode = "shares";
    else if (!determined && !/^so-called$/i.test(lastBefore?.text ?? "")) unframed.set(candidate, closeIndex);
  });
  // "The outages have been “terribly disruptive” and …, “we won’t roll the dice,” company CEO Andy
  // Vesey said.": words quoted earlier in a sentence whose last quote the speaker is named after are
  // that speaker's too.
  candidates.forEach((candidate, i) => {
    const closeIndex = unframed.get(candidate);
    if (closeIndex === undefined) return;
    for (let j = i + 1; j < candidates.length; j++) {
      const later = candidates[j] as QuoteCandidate;
      if (later.span.blockIndex !== candidate.span.blockIndex || later.sentence !== closeIndex) return;
      if (later.mode === "none" && unframed.has(later)) continue;
      const laterClose = later.span.closeMark ?? later.span.end;
      if (later.mode !== "framed" || !later.phrase || !later.cue || later.cue.start < laterClose) return;
      candidate.mode = "framed";
      candidate.cue = later.cue;
      candidate.phrase = later.phrase;
      return;
    }
  });
  return candidates;
}
