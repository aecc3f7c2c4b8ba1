import type { Article, Contributor, Entity, Quote, TextSpan } from "@newsgraph/schema";
import { articleBlocks, type Block } from "../blocks.ts";
import { lexicon } from "../kb/lexicon.ts";
import { findCountryCode } from "../kb/places.ts";
import { noteCap } from "../notes.ts";
import { mapPacked } from "../text/arrays.ts";
import { isSpace, startsLowercase, startsUppercase } from "../text/chars.ts";
import { type Sentence, splitSentences } from "../text/index.ts";
import { memoString } from "../text/memo.ts";
import { frameQuotes, isTitleCase, type QuoteCandidate, sentenceAt } from "./direct.ts";
import { PLACE_OF_BASE, phraseFromTokens, type SpeakerPhrase } from "./frames.ts";
import { findIndirectQuotes, type IndirectCandidate } from "./indirect.ts";
import { PERSON_ROLE_NOUNS, SPEECH_VERBS } from "./lexicon.ts";
import { findQuotedSpans, type QuotedSpan } from "./marks.ts";
import { isWord, surname, type Token, tokenize, tokenizeLike } from "./names.ts";
import {
  bodyDescription,
  isPersonDescription,
  pronounGender,
  type Reference,
  type Region,
  type ResolvedSpeaker,
  roleDescription,
  SpeakerIndex,
  stateBodyName,
} from "./speakers.ts";

export { findQuotedSpans } from "./marks.ts";

/** Text with every quote's content blanked out (same length), so cues and names are read outside quotes only. */
function maskQuotes(text: string, spans: QuotedSpan[]): string {
  if (spans.length === 0) return text;
  // Per character: 1 = last character of some span, 2 = inside a span before its last character.
  const marks = new Uint8Array(text.length);
  for (const s of spans) {
    if (s.end > text.length || s.start < 0) return maskQuotesSlowly(text, spans);
    for (let i = s.start; i < s.end; i++) marks[i] = (marks[i] as number) | (i === s.end - 1 ? 1 : 2);
  }
  // Runs of blanked characters, each written as one "x…x" piece between the text kept.
  const pieces: string[] = [];
  let from = 0;
  let i = 0;
  // Kept inside a span: white space, and a sentence end (. ! ? …) as the span's last character.
  const blanked = (k: number): boolean => {
    const mark = marks[k] as number;
    if (mark === 0) return false;
    const unit = text.charCodeAt(k);
    return !(isSpace(unit) || (mark === 1 && (unit === 46 || unit === 33 || unit === 63 || unit === 0x2026)));
  };
  while (i < text.length) {
    if (!blanked(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && blanked(end)) end++;
    pieces.push(text.slice(from, i), "x".repeat(end - i));
    from = end;
    i = end;
  }
  pieces.push(text.slice(from));
  return pieces.join("");
}

function maskQuotesSlowly(text: string, spans: QuotedSpan[]): string {
  const chars = text.split("");
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) {
      const ch = chars[i] ?? "";
      if (/\s/.test(ch)) continue;
      chars[i] = i === s.end - 1 && /[.!?…]/.test(ch) ? ch : "x";
    }
  }
  return chars.join("");
}

/** "I", "I was" (an auxiliary the subject phrase kept before "telling"), "Later I", "Finally, I": the writer. */
const FIRST_PERSON_SINGULAR = /^(?:\p{Lu}\p{Ll}+,?\s+)?I(?:\s+\p{Ll}+)?$/u;

interface Attribution {
  speaker: ResolvedSpeaker | null;
  description: string | null;
  mention: TextSpan | null;
}

interface Located {
  blockIndex: number;
  sentence: number;
  start: number;
  attribution: Attribution;
}

const SUBJECT_INTRODUCERS = new Set([
  "and",
  "but",
  "that",
  "while",
  "whilst",
  "when",
  "as",
  "because",
  "after",
  "before",
  "since",
  "although",
  "though",
  "so",
  "if",
  "whereas",
  "where",
  "then",
  "also",
  "meanwhile",
  "now",
]);

/**
 * How far back (in sentences) a pronoun or an unframed quote looks for its speaker. News prose names
 * the speaker within a few sentences; the bound keeps a paragraph of thousands of quotes linear.
 */
export const MAX_LOOKBACK_SENTENCES = 40;

const SPOKESPERSON_FOR =
  /^(?:[Aa]n?|[Tt]he)\s+(?:spokes(?:person|man|woman)|representative)\s+(?:for|of|at)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}\p{N}.&'’-]*))*)$/u;

const NARRATIVE_KINDS = new Set<Block["kind"]>(["paragraph", "teaser", "title", "dateline"]);
const NOT_WORD_OR_SPACE = /[^\p{L}\p{N}\s]/gu;
const normalise = (s: string) => s.toLowerCase().replace(NOT_WORD_OR_SPACE, "").replace(/\s+/g, " ").trim();

const SPACE_THEN_LOWER_WORD = /^\s+(\p{Ll}+)/u;
/** ", said" after a name, not ", said to be" (what others say of it). */
const COMMA_THEN_LOWER_WORD = /^,\s+(\p{Ll}+)\b(?!\s+to\b)/u;
const NAME_FOLLOWS = /^,?\s+(?:\p{Lu}|named\b)/u;
/** Bodies of a kind a description does not call a body of another kind by ("the union" is no company). */
const KINDS_OF_THEIR_OWN = new Set([
  "union",
  "charity",
  "university",
  "hospital",
  "regulator",
  // "the interior ministry said", "the court said", "the embassy said" after a company: a state's body
  // is no firm named before.
  "ministry",
  "court",
  "embassy",
  "army",
  "military",
  "police",
  "government",
]);

const isRoleNoun = (word: string) => PERSON_ROLE_NOUNS.has(word) || lexicon().roleNouns.has(word);

/** Words a post before a name may hold: "local shop owner", "the union official", "Welsh First Minister". */
const POST_WORD = /^[\p{L}-]+$/u;

/**
 * "Local shop owner Rhian Evans, 47, said": the post written before a name (up to four words, back
 * from `role`) opens the sentence or a clause ("and union official Alan Coombs warned"), so the name
 * is the subject; not after a verb or preposition ("arrested shop owner Rhian Evans").
 */
function opensClause(tokens: Token[], role: number, atSentenceStart: boolean): boolean {
  let j = role - 1;
  while (j >= 0 && role - j <= 4) {
    const t = tokens[j] as Token;
    const word = t.text.toLowerCase();
    if (SUBJECT_INTRODUCERS.has(word)) return true;
    if (!POST_WORD.test(t.text) || (startsLowercase(t.text) && !nounOrModifier(word))) return false;
    j--;
  }
  return j < 0 && atSentenceStart;
}

const NOT_IN_POST =
  /^(?:of|in|at|with|by|for|to|from|on|about|against|after|before|under|over|between|among|into|like|as|than|is|was|are|were|be|been|has|have|had|who|which|that)$/;

/** A lowercase word a post may hold before its role noun: an article, a possessive, a noun or an adjective, no verb or preposition. */
function nounOrModifier(word: string): boolean {
  return !NOT_IN_POST.test(word) && !lexicon().finiteVerbs.has(word) && !SPEECH_VERBS.has(word);
}

/**
 * How far back (in characters) an unnamed introduction ("a man", "a spokesperson") is looked for: a
 * long feature's whole body, bounded so that a page of thousands of descriptions stays fast.
 */
const UNNAMED_LOOKBACK = 12000;

const OTHER_THAN_MALE = /\b(?:she|her|hers|herself)\b/i;
const OTHER_THAN_FEMALE = /\b(?:he|him|his|himself)\b/i;
/** Whether `text` calls someone by a pronoun of the gender other than `gender`. */
const callsOtherGender = (text: string, gender: "male" | "female") =>
  (gender === "male" ? OTHER_THAN_MALE : OTHER_THAN_FEMALE).test(text);

/** Words an unnamed person opening a sentence starts with: "A woman", "One resident", "Her father". */
const UNNAMED_OPENERS = /^(?:A|An|One|His|Her|Their)$/;
const COPULAS = /^(?:was|were|is|are)$/;
/** People found in a crowd that the role nouns leave out: "a passerby", "one protester". */
const PEOPLE_NOUNS = new Set([
  "passerby",
  "bystander",
  "onlooker",
  "neighbour",
  "protester",
  "demonstrator",
  "voter",
  "villager",
  "vendor",
  "pedestrian",
  "commuter",
  "shopper",
  "mourner",
  "spectator",
]);

const SIGNERS = /\b(?:by|from)\s+(?:the\s+)?(?:\p{N}+\s+|\p{Ll}+\s+)?(\p{Ll}+s)\b/u;

class Attributor {
  private readonly located: Located[] = [];
  private readonly flatSentences: {
    blockIndex: number;
    index: number;
    sentence: Sentence;
    refs: Reference[];
  }[] = [];
  /** Index into flatSentences of each narrative block's sentences, by block and sentence index. */
  private readonly flatIndex: number[][] = [];
  private readonly lastSaid = new Map<string, Attribution>();
  private readonly ordinal: number[] = [];

  constructor(
    private readonly masked: string,
    blocks: Block[],
    private readonly sentences: Sentence[][],
    private readonly index: SpeakerIndex,
    private readonly references: Reference[],
    /** The article's one author (its byline names no one else): who "I" is in the reporter's own words. */
    private readonly author: Contributor | null = null,
  ) {
    let narrativeCount = 0;
    blocks.forEach((block, blockIndex) => {
      if (NARRATIVE_KINDS.has(block.kind)) narrativeCount++;
      this.ordinal[blockIndex] = narrativeCount;
      if (!NARRATIVE_KINDS.has(block.kind)) return;
      const flatOfBlock: number[] = [];
      this.flatIndex[blockIndex] = flatOfBlock;
      (sentences[blockIndex] ?? []).forEach((sentence, index) => {
        flatOfBlock[index] = this.flatSentences.length;
        this.flatSentences.push({ blockIndex, index, sentence, refs: [] });
      });
    });
    this.assignReferences();
  }

  private assignReferences(): void {
    let s = 0;
    for (const ref of this.references) {
      while (s < this.flatSentences.length && (this.flatSentences[s]?.sentence.end ?? 0) <= ref.start) s++;
      const flat = this.flatSentences[s];
      if (flat && flat.sentence.start <= ref.start && ref.end <= flat.sentence.end) flat.refs.push(ref);
    }
  }

  private flatAt(position: number): number {
    let low = 0;
    let high = this.flatSentences.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((this.flatSentences[mid]?.sentence.start ?? 0) <= position) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  remember(blockIndex: number, start: number, attribution: Attribution): void {
    const sentence = sentenceAt(this.sentences[blockIndex] ?? [], start);
    this.located.push({ blockIndex, sentence, start, attribution });
    this.lastSaid.set(`${blockIndex}:${sentence}`, attribution);
  }

  /** Same narrative block or the one before it (captions in between do not count). */
  private near(earlier: number, later: number): boolean {
    return (this.ordinal[later] ?? 0) - (this.ordinal[earlier] ?? 0) <= 1;
  }

  private lastLocated(): Located | undefined {
    return this.located[this.located.length - 1];
  }

  private mentionOf(phrase: SpeakerPhrase): TextSpan {
    return { text: this.masked.slice(phrase.start, phrase.end), start: phrase.start, end: phrase.end };
  }

  /**
   * The person (or organisation, for "it") a pronoun points back to: the nearest subject of
   * compatible gender, preferring one whose gender is known to match over a nearer one of unknown
   * gender; names only mentioned in passing ("the offices of Omar", "Carlineo's attorney") last.
   */
  private antecedent(position: number, wanted: "male" | "female" | "neuter" | "any"): Reference | null {
    const here = this.flatAt(position);
    const compatible = (r: Reference) => {
      if (wanted === "neuter") return r.speaker.kind === "organization";
      if (r.speaker.kind !== "person") return false;
      if (wanted === "any") return true;
      return !r.group && (r.speaker.gender === null || r.speaker.gender === wanted);
    };
    const pronoun = wanted === "male" ? "he" : wanted === "female" ? "she" : null;
    let unknownGender: Reference | null = null;
    let pronounSince = false;
    let unknownClose = false;
    let passing: Reference | null = null;
    let limit = here - 8;
    const floor = here - MAX_LOOKBACK_SENTENCES;
    let i = here;
    for (; i >= 0 && i >= limit && i >= floor; i--) {
      const flat = this.flatSentences[i] as (typeof this.flatSentences)[number];
      const refs = flat.refs.filter((r) => r.start < position && compatible(r));
      const subjects = refs.filter((r) => this.isSubject(r, flat.sentence.start));
      const exact = subjects.find((r) => !pronoun || r.speaker.gender === wanted);
      if (exact) return unknownGender && (!pronounSince || unknownClose) ? unknownGender : exact;
      if (!unknownGender && subjects[0]) {
        unknownGender = subjects[0];
        // "Cummins, the Australia captain, chose to bowl. 'We backed ourselves,' he said.": the subject
        // of the sentence before, in the same paragraph, is whom the pronoun means, whatever an
        // earlier sentence's "he" points to.
        unknownClose = here - i <= 1 && flat.blockIndex === this.flatSentences[here]?.blockIndex;
      }
      passing ??= refs[0] ?? null;
      if (pronoun && i < here && this.hasPronoun(flat.sentence, pronoun)) {
        if (unknownGender) pronounSince = true;
        limit = Math.max(0, limit - 4);
      }
    }
    if (i >= 0 && i >= limit && i < floor) noteCap("cap_max_lookback_sentences");
    return unknownGender ?? passing;
  }

  /**
   * Whether "he" or "she" can mean the unnamed person a description introduces: one of that gender
   * ("a mother in Bamako"), or one person of no stated gender ("a passerby", "one resident") whom the
   * rest of the sentence does not give the other gender ("said a student, who declined to give her
   * name" is no "he").
   */
  private fitsPronoun(description: string, mention: TextSpan, gender: "male" | "female" | null): boolean {
    const stated = descriptionGender(description);
    if (stated !== null || gender === null) return stated === gender;
    if (!/^(?:an?|one)\s/i.test(description)) return false;
    const sentence = this.flatSentences[this.flatAt(mention.start)]?.sentence;
    const rest = this.masked.slice(mention.start, Math.max(mention.end, sentence?.end ?? 0));
    return !callsOtherGender(rest, gender);
  }

  /**
   * "An elderly man watching from a doorway shook his head. “Never this bad,” he said": the unnamed
   * person who opens the sentence right before the pronoun's, in the same paragraph, as the subject of
   * what they did (not of "was killed"), is whom the pronoun means; null when that sentence names a
   * person, or opens with no one of the pronoun's gender.
   */
  private unnamedSubjectBefore(position: number, gender: "male" | "female"): string | null {
    const here = this.flatAt(position);
    const flat = this.flatSentences[here - 1];
    if (!flat || flat.blockIndex !== this.flatSentences[here]?.blockIndex) return null;
    if (flat.refs.some((r) => r.speaker.kind === "person")) return null;
    // A sentence whose speaker was already read ("A passerby … said he …") keeps that reading.
    if (this.lastSaid.has(`${flat.blockIndex}:${flat.index}`)) return null;
    const { sentence } = flat;
    const tokens = tokenize(this.masked.slice(sentence.start, sentence.end), sentence.start);
    const opening = tokens[0]?.text ?? "";
    if (!UNNAMED_OPENERS.test(opening)) return null;
    const { finiteVerbs } = lexicon();
    const isVerb = (t: Token) => (finiteVerbs.has(t.text) || COPULAS.test(t.text)) && startsLowercase(t.text);
    let end = tokens.findIndex((t, i) => i > 1 && isVerb(t));
    // "A nurse who had worked all night shook her head": the verbs of a relative clause are not the
    // sentence's; its main verb is the next one after them.
    const relative = tokens.findIndex((t, i) => i > 1 && /^(?:who|that)$/.test(t.text));
    if (relative > 0 && relative < end) {
      while (tokens[end] && isVerb(tokens[end] as Token)) end++;
      end = tokens.findIndex((t, i) => i > end && isVerb(t));
    }
    const verb = tokens[end];
    if (
      !verb ||
      (COPULAS.test(verb.text) && /ed$|^(?:killed|hurt|shot|found|seen)$/.test(tokens[end + 1]?.text ?? ""))
    )
      return null;
    // "Her father, standing next to her, was less enthusiastic": the phrase before an aside.
    const comma = tokens.findIndex((t) => t.text === ",");
    if (comma > 0 && comma < end) end = comma;
    const last = tokens[end - 1] as Token;
    const description = this.masked.slice(sentence.start, last.end);
    const stated = descriptionGender(description);
    if (stated !== null) return stated === gender ? description : null;
    // "One minute the street was fine": a person's noun, for an opening that gives no gender.
    const people = tokens.slice(1, end).some((t) => {
      const word = t.text.toLowerCase();
      return isRoleNoun(word) || PEOPLE_NOUNS.has(word);
    });
    if (!/^(?:an?|one)$/i.test(opening) || !people) return null;
    const rest = this.masked.slice(last.end, sentence.end);
    return callsOtherGender(rest, gender) ? null : description;
  }

  private readonly pronouns = new Map<Sentence, Set<string>>();

  private hasPronoun(sentence: Sentence, pronoun: string): boolean {
    let words = this.pronouns.get(sentence);
    if (!words) {
      words = new Set(
        mapPacked(tokenize(this.masked.slice(sentence.start, sentence.end)), (t) => t.lower).filter(
          (w) => w === "he" || w === "she",
        ),
      );
      this.pronouns.set(sentence, words);
    }
    return words.has(pronoun);
  }

  /** A name in subject position: not after a preposition or verb, not a possessor. */
  private isSubject(ref: Reference, sentenceStart: number): boolean {
    const after = this.masked.slice(ref.end, ref.end + 16);
    if (/^['’]s\b/.test(after)) return false;
    // "Palestinian chief negotiator Saeb Erekat said": a name right before a speech verb is its subject;
    // so is one set off right before it ("The expedition's leader, Nepali guide Mingma Sherpa, said").
    if (SPEECH_VERBS.has(SPACE_THEN_LOWER_WORD.exec(after)?.[1] ?? "")) return true;
    if (SPEECH_VERBS.has(COMMA_THEN_LOWER_WORD.exec(after)?.[1] ?? "")) return true;
    const from = Math.max(sentenceStart, ref.start - 80);
    const before = tokenize(this.masked.slice(from, ref.start));
    let k = before.length - 1;
    while (k >= 0 && startsUppercase(before[k]?.text ?? "")) k--;
    const previous = before[k]?.text;
    if (previous === undefined || !startsLowercase(previous)) return true;
    if (SUBJECT_INTRODUCERS.has(previous) || SPEECH_VERBS.has(previous)) return true;
    return isRoleNoun(previous) && opensClause(before, k, from === sentenceStart);
  }

  private fromReference(ref: Reference, mention: TextSpan): Attribution {
    return { speaker: ref.speaker, description: null, mention };
  }

  resolvePhrase(phrase: SpeakerPhrase, blockIndex: number): Attribution {
    const mention = this.mentionOf(phrase);
    // "I was telling myself, “…”" outside any quotation: the writer of a one-author piece.
    if (this.author && FIRST_PERSON_SINGULAR.test(phrase.text)) {
      const { name, start, end } = this.author;
      return {
        speaker: this.index.resolve({ name, start, end, kind: "person" }),
        description: null,
        mention,
      };
    }
    // "Russia's foreign ministry said": the state body, named as "the Russian foreign ministry" is.
    const stateBody = phrase.kind === "pronoun" ? null : stateBodyName(phrase.text);
    if (stateBody)
      return {
        speaker: { name: stateBody, entityId: null, kind: "organization", gender: null },
        description: null,
        mention,
      };
    if (phrase.kind === "name" && phrase.name) {
      // "the owners of the only shop in Little Dunford": a place that never acts, ending a longer
      // phrase, only says where the speakers are.
      // "China's ambassador to Britain warned …" before "China's ambassador to Britain Liu Xiaming": the
      // person named after the same role, not the place that ends it.
      const named = phrase.start < phrase.name.start ? this.namedAfterRole(phrase.text) : null;
      if (named) return this.fromReference(named, mention);
      const where = phrase.start < phrase.name.start && this.index.isQuietPlace(phrase.name.name);
      if (where) return { speaker: null, description: phrase.text, mention };
      return { speaker: this.index.resolve(phrase.name), description: null, mention };
    }
    if (phrase.kind === "pronoun") {
      const gender = pronounGender(phrase.text);
      const last = this.lastLocated();
      const recent = last && this.near(last.blockIndex, blockIndex) ? last : undefined;
      if (gender === "plural") {
        if (recent && recent.blockIndex === blockIndex) return { ...recent.attribution, mention };
        return { speaker: null, description: phrase.text, mention };
      }
      if (gender === "neuter") {
        if (recent?.attribution.speaker?.kind === "organization") return { ...recent.attribution, mention };
        const ref = this.antecedent(phrase.start, "neuter");
        return ref ? this.fromReference(ref, mention) : { speaker: null, description: null, mention };
      }
      const opener = gender ? this.unnamedSubjectBefore(phrase.start, gender) : null;
      if (opener) return { speaker: null, description: opener, mention };
      const ref = this.antecedent(phrase.start, gender ?? "any");
      // "a mother told me she had walked for nine days. “We ate leaves,” she said": an unnamed speaker
      // of that gender, described in the paragraph after anyone named, is whom the pronoun points to.
      // "A passerby … said he supported the marchers. “These are ordinary people,” he said": one
      // unnamed person of no stated gender fits either pronoun; so does the unnamed speaker who closed
      // the paragraph before ("One vendor, a man …, said …" then "“Every week …,” he said").
      const described = recent?.attribution;
      if (
        described?.speaker === null &&
        described.description !== null &&
        described.mention !== null &&
        (ref === null || ref.start < described.mention.start) &&
        this.fitsPronoun(described.description, described.mention, gender)
      )
        return { ...described, mention };
      if (ref) return this.fromReference(ref, mention);
      // The last speaker, unless "he" or "she" says it is someone else ("Mary Wanjiku" before "he said").
      const said = recent?.attribution.speaker;
      if (said && (gender === null || said.gender === null || said.gender === gender))
        return { ...recent.attribution, mention };
      return { speaker: null, description: null, mention };
    }
    const named = this.namedAfterRole(phrase.text);
    if (named) return this.fromReference(named, mention);
    const spokesperson = this.spokespersonFor(phrase);
    if (spokesperson) return { speaker: spokesperson, description: null, mention };
    if (isPersonDescription(phrase.text) && !this.introducedUnnamed(phrase)) {
      const ref = this.antecedent(phrase.start, "any");
      if (ref) return this.fromReference(ref, mention);
    }
    const body = this.bodyFor(phrase.text, phrase.start, 0);
    if (body) return { speaker: body, description: null, mention };
    return { speaker: null, description: phrase.text, mention };
  }

  /** "A spokesperson for the British Foreign Office": the organisation a spokesperson speaks for. */
  private spokespersonFor(phrase: SpeakerPhrase): ResolvedSpeaker | null {
    const m = SPOKESPERSON_FOR.exec(phrase.text);
    if (!m) return null;
    const name = m[1] as string;
    const start = phrase.start + phrase.text.length - name.length;
    return {
      ...this.index.resolve({ name, start, end: phrase.end, kind: "organization" }),
      kind: "organization",
    };
  }

  /** The masked text with ASCII capitals lowered, made once for `introducedUnnamed`. */
  private lowerMasked: string | null = null;

  /**
   * "the spokesperson" after "A spokesperson who did not give a name", "the man" after "A UK man’s
   * decision" (thousands of characters before in a long feature): the unnamed person, not a named one.
   */
  private introducedUnnamed(phrase: SpeakerPhrase): boolean {
    const noun = phrase.text.split(/\s+/).pop()?.toLowerCase() ?? "";
    // ASCII letters only, so that every offset stays the masked text's ("İ" would grow by one).
    this.lowerMasked ??= this.masked.replace(/[A-Z]+/g, (w) => w.toLowerCase());
    const lower = this.lowerMasked;
    const from = Math.max(0, phrase.start - UNNAMED_LOOKBACK);
    let at = lower.indexOf(` ${noun}`, from);
    while (at >= 0 && at + noun.length + 1 <= phrase.start) {
      const end = at + noun.length + 1;
      const before = lower.slice(Math.max(from, at - 12), at);
      const after = this.masked.slice(end, end + 40);
      if (/(?:^|\s)an?(?:\s+[a-z]+)?$/.test(before) && !NAME_FOLLOWS.test(after)) return true;
      at = lower.indexOf(` ${noun}`, at + 1);
    }
    return false;
  }

  /**
   * The organisation a description speaks for: "the French foreign ministry" as a name; "the statement"
   * as the speaker of the sentence before that mentions a statement; "the production company" as the
   * one organisation whose name shares a word ("Dick Clark Productions"), else the nearest one before;
   * "the doctors" as the one organisation named after its members ("Doctors for Camp Closure").
   */
  private bodyFor(description: string, position: number, depth: number): ResolvedSpeaker | null {
    const body = bodyDescription(description);
    if (!body || depth > 3) return null;
    if (body.name) return { name: body.name, entityId: null, kind: "organization", gender: null };
    const organisations = this.organisations();
    if (body.kind === "members") {
      const membership = organisations.filter((o) =>
        o.name.split(/\s+/).some((w) => /s$/.test(w) && PERSON_ROLE_NOUNS.has(w.toLowerCase().slice(0, -1))),
      );
      return membership.length === 1 ? (membership[0] as ResolvedSpeaker) : null;
    }
    if (body.kind === "document") {
      // "the letter signed by seven physicians": the members who signed it.
      const signers = SIGNERS.exec(this.masked.slice(position, position + description.length + 40))?.[1];
      if (signers && bodyDescription(`the ${signers}`)?.kind === "members")
        return this.bodyFor(`the ${signers}`, position, depth + 1);
      return this.issuerOf(body.words[body.words.length - 1] as string, position, depth);
    }
    const stem = (w: string) => w.toLowerCase().replace(/s$/, "");
    const words = new Set(mapPacked(body.words, stem));
    const sharing = organisations.filter((o) => o.name.split(/\s+/).some((w) => words.has(stem(w))));
    if (sharing.length === 1) return sharing[0] as ResolvedSpeaker;
    // "the airline said" after "Yeti Airlines" and, in passing, "Pakistan International Airlines": of
    // several bodies sharing the noun, the one named most, then first.
    if (sharing.length > 1) {
      const most = this.mostNamedBefore(sharing, position);
      if (most) return most;
    }
    // "The LA28 committee says": a name among the modifiers picks a body of its own, not the one before
    // (a nationality does not: "the French company").
    if (namedModifier(description)) return null;
    // "Boeing said … The union said": a union, a charity, a university, a regulator or a state's body is
    // no body of another kind named before; without a body that shares its noun it stays a description.
    if (KINDS_OF_THEIR_OWN.has(body.words[body.words.length - 1] as string)) return null;
    // "the bank said" after "NAIROBI, March 3 (Reuters) - Kenya's central bank held …": a place that
    // never acts is no body's antecedent.
    const antecedent = this.antecedent(position, "neuter")?.speaker ?? null;
    return antecedent && this.index.isQuietPlace(antecedent.name) ? null : antecedent;
  }

  private organisationList: ResolvedSpeaker[] | null = null;

  /**
   * Of `speakers`, the one the article names most often before `position` (outside quotes), the first
   * named of those named as often: the story's own body rather than one named in passing.
   */
  private mostNamedBefore(speakers: ResolvedSpeaker[], position: number): ResolvedSpeaker | null {
    const names = new Set(mapPacked(speakers, (o) => o.name));
    const counts = new Map<string, { count: number; first: number }>();
    for (const { refs } of this.flatSentences)
      for (const r of refs) {
        if (r.start >= position || !names.has(r.speaker.name)) continue;
        const seen = counts.get(r.speaker.name);
        if (seen) seen.count++;
        else counts.set(r.speaker.name, { count: 1, first: r.start });
      }
    let best: [string, { count: number; first: number }] | null = null;
    for (const entry of counts)
      if (
        !best ||
        entry[1].count > best[1].count ||
        (entry[1].count === best[1].count && entry[1].first < best[1].first)
      )
        best = entry;
    return best ? (speakers.find((o) => o.name === best?.[0]) ?? null) : null;
  }

  /** The organisations the article names (outside quotes), one per name. */
  private organisations(): ResolvedSpeaker[] {
    if (!this.organisationList) {
      const byName = new Map<string, ResolvedSpeaker>();
      for (const { refs } of this.flatSentences)
        for (const r of refs) if (r.speaker.kind === "organization") byName.set(r.speaker.name, r.speaker);
      this.organisationList = [...byName.values()];
    }
    return this.organisationList;
  }

  /**
   * Who issued the document a description names ("the statement"): in the nearest sentence before that
   * mentions the same noun, the speaker of a quote there, an opening description resolved in turn
   * ("The company denied … in a statement") or the subject ("Big Machine Records issued a statement").
   */
  private issuerOf(noun: string, position: number, depth: number): ResolvedSpeaker | null {
    const here = this.flatAt(position);
    for (let i = here; i >= 0 && i >= here - MAX_LOOKBACK_SENTENCES; i--) {
      const { blockIndex, index, sentence, refs } = this.flatSentences[
        i
      ] as (typeof this.flatSentences)[number];
      const end = Math.min(sentence.end, position);
      const words = tokenize(this.masked.slice(sentence.start, end), sentence.start);
      if (!words.some((t) => t.text.toLowerCase() === noun)) continue;
      const said = this.lastSaid.get(`${blockIndex}:${index}`)?.speaker;
      if (said) return said;
      if (/^the$/i.test(words[0]?.text ?? "")) {
        const opening = mapPacked(words.slice(0, 4), (t) => t.text).join(" ");
        const subject = this.bodyFor(opening, sentence.start, depth + 1);
        if (subject) return subject;
      }
      const subject = refs.find((r) => r.start < end && this.isSubject(r, sentence.start));
      if (subject) return subject.speaker;
    }
    return null;
  }

  /** The person the article names right after the same description ("China's ambassador to Britain Liu Xiaming"). */
  /** The person the article names right after the role a phrase opens with ("China's ambassador to Britain"). */
  private namedAfterRole(phrase: string): Reference | null {
    const role = roleDescription(phrase);
    return role ? this.namedAfter(role) : null;
  }

  private namedAfter(description: string): Reference | null {
    for (const { refs } of this.flatSentences) {
      for (const r of refs) {
        if (r.speaker.kind !== "person") continue;
        const before = this.masked.slice(Math.max(0, r.start - description.length - 3), r.start);
        if (before.replace(/[\s,]+$/, "").endsWith(description)) return r;
      }
    }
    return null;
  }

  /** The last person named in the quote's own sentence before it ("made Vaughan believe they were “…”"). */
  personBefore(span: QuotedSpan, sentence: number): Attribution | null {
    const here = (sentence >= 0 ? this.flatIndex[span.blockIndex]?.[sentence] : undefined) ?? -1;
    const refs = here >= 0 ? (this.flatSentences[here]?.refs ?? []) : [];
    const ref = refs
      .filter((r) => r.speaker.kind === "person" && r.end <= (span.openMark ?? span.start))
      .pop();
    if (!ref) return null;
    return {
      speaker: ref.speaker,
      description: null,
      mention: { text: this.masked.slice(ref.start, ref.end), start: ref.start, end: ref.end },
    };
  }

  /** Who speaks an unframed quote: the quote or the subject of the sentence before it. */
  precedingSpeaker(span: QuotedSpan, sentence: number): Attribution | null {
    const last = this.lastLocated();
    if (span.continuesPrevious && last) return last.attribution;
    const here = (sentence >= 0 ? this.flatIndex[span.blockIndex]?.[sentence] : undefined) ?? -1;
    if (here < 0) return null;
    let i = here - 1;
    for (; i >= 0 && i >= here - MAX_LOOKBACK_SENTENCES; i--) {
      const {
        blockIndex,
        index,
        sentence: s,
        refs,
      } = this.flatSentences[i] as (typeof this.flatSentences)[number];
      if (!this.near(blockIndex, span.blockIndex)) break;
      const lastSaid = this.lastSaid.get(`${blockIndex}:${index}`);
      if (lastSaid) return lastSaid;
      const ref = refs.find((r) => r.speaker.kind === "person");
      const pronoun = tokenize(this.masked.slice(s.start, s.end), s.start).find((t) =>
        /^(?:he|she)$/i.test(t.text),
      );
      if (pronoun && (!ref || pronoun.start < ref.start)) {
        const resolved = this.resolvePhrase({ ...pronoun, kind: "pronoun", name: null }, blockIndex);
        if (resolved.speaker) return resolved;
      }
      if (ref)
        return {
          speaker: ref.speaker,
          description: null,
          mention: { text: this.masked.slice(ref.start, ref.end), start: ref.start, end: ref.end },
        };
    }
    if (i >= 0 && i < here - MAX_LOOKBACK_SENTENCES) noteCap("cap_max_lookback_sentences");
    return null;
  }
}

function toQuote(
  text: string,
  span: { start: number; end: number },
  kind: Quote["kind"],
  a: Attribution,
  cue: string | null,
): Quote {
  return {
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    kind,
    speakerId: a.speaker?.entityId ?? null,
    speaker: a.speaker?.name ?? null,
    speakerDescription: a.speaker ? null : a.description,
    speakerMention: a.mention,
    cue,
  };
}

/** A whole block in quotation marks with no closing punctuation: a heading the parser left as a paragraph. */
function looksLikeHeading(text: string, c: QuoteCandidate): boolean {
  if (c.span.end - c.span.start < c.block.end - c.block.start - 4) return false;
  const content = text.slice(c.span.start, c.span.end);
  const rest = (text.slice(c.block.start, c.span.start) + text.slice(c.span.end, c.block.end)).replace(
    /["“”„«»'‘’\s]/g,
    "",
  );
  return rest.length === 0 && !/[.!?…]$/.test(content);
}

type Pending = { at: number; direct: QuoteCandidate } | { at: number; indirect: IndirectCandidate };

/** "BERLIN (AP) — Residents began …, officials said": what was said starts after the dateline. */
function afterDateline(
  found: IndirectCandidate[],
  dateline: Article["dateline"],
  text: string,
): IndirectCandidate[] {
  if (!dateline) return found;
  return found.map((c) => {
    if (c.start > dateline.start || c.end <= dateline.end) return c;
    let start = dateline.end;
    while (start < c.end && /\s/.test(text[start] ?? "")) start++;
    return { ...c, start };
  });
}

/**
 * Every quote in the article with its speaker: direct and partial quotes in quotation marks
 * (split by their cue, running over paragraphs, in captions and headings) and reported speech
 * (kind "indirect"). Speakers resolve to the article's entities when it names them, otherwise to
 * the fullest form of the name the article writes, or stay a description ("a woman in Bamako").
 */
export function extractQuotes(
  article: Article,
  entities: Entity[],
  blocks: Block[] = articleBlocks(article),
  textSentences?: Sentence[][],
): Quote[] {
  const text = article.text;
  const spans = findQuotedSpans(blocks);
  const signs = new Set(spans.filter((s) => isSignText(text, s)));
  // A sign's words are masked with their quotation marks, so that the clause they stand in reads on.
  const masked = maskQuotes(
    text,
    mapPacked(spans, (s) =>
      signs.has(s) ? { ...s, start: s.openMark ?? s.start, end: (s.closeMark ?? s.end - 1) + 1 } : s,
    ),
  );
  // A block with nothing masked splits as its own text did (`textSentences`, when given).
  const sentences = mapPacked(blocks, (b, i) => {
    const slice = masked.slice(b.start, b.end);
    const known = textSentences?.[i];
    return known && slice === b.text ? known : splitSentences(slice, b.start);
  });
  // Each block read once: reported speech and names take their tokens from here.
  const maskedTokens = mapPacked(blocks, (b) => tokenize(masked.slice(b.start, b.end), b.start));
  // "holding a placard reading “No to the Russian law”": a sign's words are no one's speech (still
  // masked, so that the clause around them reads on: "…, said he had marched").
  const candidates = frameQuotes(
    text,
    masked,
    blocks,
    sentences,
    spans.filter((s) => !signs.has(s)),
  );
  const indirect = afterDateline(
    findIndirectQuotes(masked, blocks, sentences, spans, candidates, maskedTokens),
    article.dateline,
    text,
  );
  const narrative: Region[] = [];
  blocks.forEach((b, i) => {
    if (NARRATIVE_KINDS.has(b.kind)) narrative.push({ start: b.start, end: b.end, tokens: maskedTokens[i] });
  });
  // Names are read from the text itself: a block's tokens are its masked tokens, re-read only where a
  // quote was blanked out.
  const index = new SpeakerIndex(
    text,
    entities,
    mapPacked(blocks, (b, i) => ({
      start: b.start,
      end: b.end,
      tokens: tokenizeLike(text, b.start, b.end, masked, maskedTokens[i] as Token[]),
    })),
  );
  const speakerSurnames = new Set(
    mapPacked(
      [...mapPacked(candidates, (c) => c.phrase), ...mapPacked(indirect, (c) => c.phrase)].filter(
        (p): p is SpeakerPhrase => p?.kind === "name" && p.name !== null && p.name.kind !== "organization",
      ),
      (p) => surname(index.resolve(p.name as NonNullable<SpeakerPhrase["name"]>).name),
    ),
  );
  const references = index.references(narrative, speakerSurnames, masked);
  const authors = article.contributors.filter((c) => c.role === "author");
  const author = authors.length === 1 ? (authors[0] as Contributor) : null;
  const attributor = new Attributor(masked, blocks, sentences, index, references, author);

  const pending: Pending[] = [
    ...mapPacked(candidates, (direct) => ({ at: direct.span.start, direct })),
    ...mapPacked(indirect, (c) => ({ at: c.start, indirect: c })),
  ].sort((a, b) => a.at - b.at);

  const quotes: Quote[] = [];
  const byCandidate = new Map<QuoteCandidate, { attribution: Attribution; cue: string | null }>();
  const headlines: QuoteCandidate[] = [];
  // Reported speech read so far, with its speaker: a partial quote inside it is that speaker's.
  const reported: { start: number; end: number; attribution: Attribution; cue: string }[] = [];
  for (const item of pending) {
    if ("indirect" in item) {
      const c = item.indirect;
      const attribution = attributor.resolvePhrase(c.phrase, c.blockIndex);
      quotes.push(toQuote(text, c, "indirect", attribution, c.cue));
      attributor.remember(c.blockIndex, c.phraseStart, attribution);
      reported.push({ start: c.start, end: c.end, attribution, cue: c.cue });
      continue;
    }
    const c = item.direct;
    let attribution: Attribution | null = null;
    let cue = c.cue?.text ?? null;
    if ((c.mode === "framed" || c.mode === "colon") && c.phrase) {
      attribution = attributor.resolvePhrase(c.phrase, c.span.blockIndex);
    } else if ((c.mode === "shares" || c.mode === "colon") && c.previous) {
      const previous = byCandidate.get(c.previous);
      if (previous) {
        attribution = previous.attribution;
        // "called Omar a “terrorist” and said, “somebody ought to …”": a quote with a cue of its own
        // before it keeps that cue, though its speaker is the earlier quote's.
        cue = c.mode === "colon" ? ":" : (c.cue?.text ?? previous.cue);
      }
    } else if (c.mode === "continuation" && c.block.kind === "paragraph" && !looksLikeHeading(text, c)) {
      attribution = attributor.precedingSpeaker(c.span, c.sentence);
      cue = null;
    }
    if (!attribution && c.mode === "none" && c.kind === "partial") {
      // "… told companies that their engagement was “unacceptable”": quoted words inside reported speech.
      const around = reported.find((r) => r.start <= c.span.start && c.span.end <= r.end);
      if (around?.attribution.speaker) {
        attribution = around.attribution;
        cue = around.cue;
      }
    }
    if (!attribution && c.mode === "none" && c.block.kind === "paragraph" && isQuotation(text, c.span)) {
      // "… cautions that “we’re still in the very early days”": words no scare quote or title has
      // are someone's, the person named before them in the sentence or earlier in the paragraph.
      const found =
        attributor.personBefore(c.span, c.sentence) ?? attributor.precedingSpeaker(c.span, c.sentence);
      // Only a named person: a product, a showroom or "analysts" before a spec sheet or a title is no speaker.
      const inParagraph = (found?.mention?.start ?? -1) >= c.block.start;
      if (found?.speaker?.kind === "person" && inParagraph) {
        attribution = found;
        cue = null;
      }
    }
    if (!attribution) {
      if (c.block.kind !== "paragraph" || looksLikeHeading(text, c)) headlines.push(c);
      continue;
    }
    byCandidate.set(c, { attribution, cue });
    quotes.push(toQuote(text, c.span, c.kind, attribution, cue));
    attributor.remember(c.span.blockIndex, c.span.start, attribution);
  }

  // "LAGOS: Where does rebuilding stand?" / "BASS: We've issued …": a transcript's turns are its
  // speakers' words, unless quotation marks inside them already gave quotes.
  for (const turn of transcriptTurns(text, blocks)) {
    if (quotes.some((q) => q.kind !== "indirect" && q.start < turn.end && turn.start < q.end)) continue;
    const phrase = phraseFromTokens(
      tokenize(text.slice(turn.label.start, turn.label.end), turn.label.start),
      text,
      0,
    );
    if (phrase?.kind !== "name") continue;
    const attribution = attributor.resolvePhrase(phrase, turn.blockIndex);
    if (attribution.speaker?.kind !== "person") continue;
    quotes.push(toQuote(text, turn, "direct", attribution, ":"));
  }

  // "Q: When did you know …?" / "A: In early March.": an interview's answers are the interviewee's
  // words, its questions the interviewer's.
  for (const turn of interviewTurns(text, blocks, entities)) {
    if (quotes.some((q) => q.kind !== "indirect" && q.start < turn.end && turn.start < q.end)) continue;
    const speaker = turn.speaker ? index.resolve({ ...turn.speaker, kind: "person" }) : null;
    const description = speaker ? null : turn.label.text === "Q" ? "the interviewer" : null;
    if (!speaker && !description) continue;
    quotes.push(toQuote(text, turn, "direct", { speaker, description, mention: turn.label }, ":"));
  }

  // Each quote's text is compared with every headline: normalise it once.
  const normalised = memoString(normalise);
  for (const c of headlines) {
    const content = normalise(text.slice(c.span.start, c.span.end));
    if (content.split(" ").length < 2) continue;
    const source = quotes.find(
      (q) => q.kind !== "indirect" && q.start !== c.span.start && normalised(q.text).includes(content),
    );
    if (!source) continue;
    quotes.push({
      ...source,
      text: text.slice(c.span.start, c.span.end),
      start: c.span.start,
      end: c.span.end,
      kind: content === normalised(source.text) ? source.kind : "partial",
      cue: null,
    });
  }
  return quotes.filter((q) => q.end > q.start).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Words that introduce what a sign, a banner or a shirt says: "a placard reading", "a banner that read". */
const SIGN_READING =
  /\b(?:placards?|signs?|banners?|posters?|t-shirts?|shirts?|slogans?|graffiti|headlines?)\s+(?:reading|that\s+reads?|which\s+reads?|saying|declaring|with\s+the\s+words)\s*$/i;

/** A quoted span a sign's words fill, by the words before its opening mark. */
function isSignText(text: string, span: QuotedSpan): boolean {
  const open = span.openMark ?? span.start;
  return SIGN_READING.test(text.slice(Math.max(0, open - 40), open));
}

const FIRST_PERSON =
  /^(?:i|we|me|us|my|our|i['’]m|we['’]re|i['’]ve|we['’]ve|i['’]d|we['’]d|i['’]ll|we['’]ll)$/i;

/**
 * Quoted words that are someone's speech, not a scare quote or a title: five words or more in
 * sentence case, or three or more with "I" or "we".
 */
function isQuotation(text: string, span: QuotedSpan): boolean {
  const content = text.slice(span.start, span.end);
  const words = tokenize(content).filter(isWord);
  if (words.length >= 5) return !isTitleCase(content);
  return words.length >= 3 && words.some((w) => FIRST_PERSON.test(w.text));
}

/** A capitalised word between "the" and a description's last word that is no nationality or country: "the LA28 committee". */
function namedModifier(description: string): boolean {
  const modifiers = description.split(/\s+/).slice(1, -1);
  // "The Seattle-based company", "The San Jose-based firm", "The Santa Clara, California-based company":
  // the capitalised words up to a "-based" word say where the body sits; they name no other body.
  let based = -1;
  modifiers.forEach((w, i) => {
    if (PLACE_OF_BASE.test(w)) based = i;
  });
  return modifiers.some(
    (w, i) =>
      i > based &&
      startsUppercase(w) &&
      !lexicon().demonyms.has(w.toLowerCase()) &&
      findCountryCode(w.replace(/[.,]$/, "")) === null,
  );
}

/** A speaker's label opening a transcript turn: one to four words in capitals, then a colon. */
/** A turn's label: one to four capitalised words and a colon ("BASS:", "Schnabel:", "Isabel Schnabel:"). */
const TURN_LABEL = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+(?=\S)/u;

interface TranscriptTurn {
  start: number;
  end: number;
  blockIndex: number;
  label: TextSpan;
}

/**
 * The turns of an interview transcript: paragraphs opened by a label in capitals and a colon
 * ("MARISA LAGOS: Let's start …"), when at least two paragraphs are, so that a lone "UPDATE:" or
 * "WATCH:" is no turn. A turn's text runs to the paragraph's end.
 */
function transcriptTurns(text: string, blocks: readonly Block[]): TranscriptTurn[] {
  const turns = turnsOpenedBy(TURN_LABEL, text, blocks, false);
  return turns.length >= 2 ? turns : [];
}

/**
 * The paragraphs (and, with `headings`, the headings) that `label` opens, each as a turn: the label's
 * first group is the speaker's label, the rest of the block (trailing space dropped) what was said.
 */
function turnsOpenedBy(
  label: RegExp,
  text: string,
  blocks: readonly Block[],
  headings: boolean,
): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  blocks.forEach((b, blockIndex) => {
    if (b.kind !== "paragraph" && !(headings && b.kind === "heading")) return;
    const m = label.exec(b.text);
    if (!m) return;
    const name = m[1] as string;
    let end = b.end;
    while (end > b.start && isSpace(text.charCodeAt(end - 1))) end--;
    const start = b.start + m[0].length;
    if (end > start)
      turns.push({
        start,
        end,
        blockIndex,
        label: { text: name, start: b.start, end: b.start + name.length },
      });
  });
  return turns;
}

/** "Q: …" and "A: …" opening an interview's paragraphs. */
const INTERVIEW_LABEL = /^([QA]):\s+(?=\S)/;
/**
 * Words right before the interviewer's name: "She spoke to Helen Marsh" (the interviewee, a pronoun,
 * speaking), "interviewed by Tom Lee", "as told to Ann Fox". "Tom Lee spoke to Ann Fox" says neither.
 */
const INTERVIEWER_BEFORE =
  /(?:\b(?:he|she|they)\s+(?:spoke|speaks|talked|talks)\s+(?:to|with)|\binterviewed\s+by|\basked\s+by|\bas\s+told\s+to)\s+$/i;
const SPOKEN_TO = /\b(?:spoke|speaks|talked|talks)\s+(?:to|with)\s+$/i;
const CREDIT_ROLES = new Set(["author", "contributor", "editor", "photographer"]);

interface InterviewTurn extends TranscriptTurn {
  /** The person who asks (Q) or answers (A), named before the first turn; null when none is. */
  speaker: { name: string; start: number; end: number } | null;
}

/**
 * The turns of a question-and-answer interview: paragraphs opened by "Q:" and "A:", at least one of
 * each. The answers are the interviewee's, the first person named before the first turn who is
 * neither a credited contributor, nor named as the one who asked ("spoke to Helen Marsh"), nor a
 * possessor ("Johnson's adviser"); the questions are the interviewer's, that person when named.
 */
function interviewTurns(
  text: string,
  blocks: readonly Block[],
  entities: readonly Entity[],
): InterviewTurn[] {
  // A short question may stand as a heading of its own.
  const turns = turnsOpenedBy(INTERVIEW_LABEL, text, blocks, true);
  const first = turns[0];
  if (!first || !turns.some((t) => t.label.text === "Q") || !turns.some((t) => t.label.text === "A"))
    return [];
  let interviewer: InterviewTurn["speaker"] = null;
  let interviewee: InterviewTurn["speaker"] = null;
  let named: InterviewTurn["speaker"] = null;
  let intervieweeAt = Number.POSITIVE_INFINITY;
  for (const e of entities) {
    if (e.type !== "person" || e.roles.some((r) => CREDIT_ROLES.has(r.title))) continue;
    for (const m of e.mentions) {
      if (m.start >= first.start) break;
      const found = { name: e.name, start: m.start, end: m.end };
      const before = text.slice(Math.max(0, m.start - 24), m.start);
      if (INTERVIEWER_BEFORE.test(before)) interviewer ??= found;
      // "Helen Marsh spoke to Maria Delgado": the one spoken to by name is the one interviewed.
      else if (SPOKEN_TO.test(before)) named ??= found;
      else if (m.start < intervieweeAt && !/^['’]s\b/.test(text.slice(m.end, m.end + 3))) {
        interviewee = found;
        intervieweeAt = m.start;
      }
    }
  }
  if (named) interviewee = named;
  if (interviewer && interviewee && interviewer.name === interviewee.name) interviewee = null;
  return turns.map((t) => ({ ...t, speaker: t.label.text === "Q" ? interviewer : interviewee }));
}

const FEMALE_NOUNS =
  /^(?:woman|women|mother|girl|wife|daughter|sister|grandmother|aunt|niece|widow|lady|mum|mom|businesswoman|spokeswoman|chairwoman|congresswoman|policewoman)$/;
const MALE_NOUNS =
  /^(?:man|men|father|boy|husband|son|brother|grandfather|uncle|nephew|widower|gentleman|dad|businessman|spokesman|chairman|congressman|policeman)$/;

/** "a mother in Bamako" is a woman, "the man" a man: the gender a description's nouns give, or null. */
function descriptionGender(description: string): "male" | "female" | null {
  for (const word of description.toLowerCase().split(/[\s,]+/)) {
    if (FEMALE_NOUNS.test(word)) return "female";
    if (MALE_NOUNS.test(word)) return "male";
  }
  return null;
}
