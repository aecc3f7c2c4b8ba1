import type { Entity, Relation, Role, TextSpan } from "@newsgraph/schema";
import countries from "i18n-iso-countries";
import { isCountWord, vagueQuantityOf } from "../figures/number-words.ts";
import {
  findCountryCode,
  HONORIFICS,
  isGazetteerPlace,
  lexicon,
  NAME_CONNECTORS,
  PERSON_TITLES,
  TITLE_MODIFIERS,
} from "../kb/index.ts";
import { mapPacked } from "../text/arrays.ts";
import { DAY_NAMES } from "../text/calendar-words.ts";
import { startsLowercase, startsUppercase } from "../text/chars.ts";
import type { Token } from "../text/index.ts";
import { lastStartingBefore } from "../text/span-index.ts";
import { type NameCandidate, POST_NOMINALS } from "./candidates.ts";
import type { LinkedEntity } from "./link.ts";

interface Located {
  entity: Entity;
  candidate: NameCandidate;
}

/** The article's located mentions, looked up by start, by end and by the span covering an offset. */
class LocatedIndex {
  private readonly byStart = new Map<number, Located[]>();
  private readonly byEnd = new Map<number, Located[]>();
  /** Person mention spans sorted by start, with the running maximum end. */
  private readonly personStarts: number[] = [];
  private readonly personMaxEnd: number[] = [];
  /** Organization mentions sorted by start. */
  private readonly organizations: Located[];

  constructor(readonly all: Located[]) {
    for (const l of all) {
      const s = this.byStart.get(l.candidate.start);
      if (s) s.push(l);
      else this.byStart.set(l.candidate.start, [l]);
      const e = this.byEnd.get(l.candidate.end);
      if (e) e.push(l);
      else this.byEnd.set(l.candidate.end, [l]);
    }
    this.organizations = all
      .filter((l) => l.entity.type === "organization")
      .sort((a, b) => a.candidate.start - b.candidate.start);
    const persons = mapPacked(
      all.filter((l) => l.entity.type === "person"),
      (l) => l.candidate,
    ).sort((a, b) => a.start - b.start);
    let maxEnd = -1;
    for (const c of persons) {
      maxEnd = Math.max(maxEnd, c.end);
      this.personStarts.push(c.start);
      this.personMaxEnd.push(maxEnd);
    }
  }

  at(start: number): Located[] {
    return this.byStart.get(start) ?? [];
  }

  endingAt(end: number): Located[] {
    return this.byEnd.get(end) ?? [];
  }

  /**
   * The organization mentioned last before `end`, starting no earlier than `from`: what "its" points
   * back to ("The Brixton Society said … Its chair, Marian Okoro").
   */
  organizationBefore(end: number, from: number): Entity | null {
    const orgs = this.organizations;
    // The last mention starting before `end`, then back through the window.
    let i = lastStartingBefore(orgs, candidateStart, end);
    for (; i >= 0 && (orgs[i] as Located).candidate.start >= from; i--) {
      const l = orgs[i] as Located;
      if (l.candidate.end <= end) return l.entity;
    }
    return null;
  }

  /** Whether a person mention covers start..end. */
  insidePerson(start: number, end: number): boolean {
    let low = 0;
    let high = this.personStarts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((this.personStarts[mid] as number) <= start) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found >= 0 && (this.personMaxEnd[found] as number) >= end;
  }
}

const STOP_PREPOSITIONS = /^(?:of|at|from|with|in|for|on|since|who|whose|which|that|and|but|said|says|told)$/;
const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";
const isWordToken = (t: Token | undefined) => Boolean(t?.isWord);

const isRoleNoun = (w: string) => lexicon().roleNouns.has(w) || PERSON_TITLES.has(w);

function isRoleWord(t: Token): boolean {
  const w = lower(t);
  // "co-leader", "co-chair", "co-founder": a shared post is the post; so is a deputy's ("vice-chair",
  // "deputy-chair", "vice-president").
  const shared = /^(?:co|vice|deputy)-(.+)$/.exec(w);
  return isRoleNoun(w) || (shared !== null && isRoleNoun(shared[1] as string));
}

/** "On Friday Mr Justice Pryce": a courtesy title or a weekday before a post is no part of it. */
const NOT_IN_A_POST = new Set([...HONORIFICS, ...DAY_NAMES]);

function isModifierWord(t: Token): boolean {
  const w = lower(t);
  if (!t.isWord || NAME_CONNECTORS.has(w) || STOP_PREPOSITIONS.test(w) || NOT_IN_A_POST.has(w)) return false;
  if (/^(?:a|an|the|his|her|its|their|our|my|your|this|that|is|was|are|were|has|had|by|to|as)$/.test(w))
    return false;
  // "Sinner's coach Darren Cahill": a role noun that is also a verb is still the post.
  if (lexicon().nonNouns.has(w) && !TITLE_MODIFIERS.has(w) && !startsUppercase(t.text) && !isRoleWord(t))
    return false;
  return true;
}

function countryName(demonym: string): string | null {
  const code = lexicon().demonyms.get(demonym.toLowerCase());
  return code ? newsCountryName(code) : null;
}

/**
 * The name news gives a country: its official name when that is a plain one ("Germany", "United
 * Kingdom", "South Korea"); else the shortest of its names that is written out (not "U.S."), has no
 * comma and names no other country ("China", "Russia", "United States", "Iran" for "People's Republic
 * of China", …); else the official name ("Syrian Arab Republic").
 */
function newsCountryName(code: string): string | null {
  const official = countries.getName(code, "en", { select: "official" }) as string | undefined;
  if (official && !/,| of |Republic|Federation/.test(official)) return official;
  const all = (countries.getName(code, "en", { select: "all" }) as string[] | undefined) ?? [];
  const written = all.filter((n) => /\p{Ll}/u.test(n) && !n.includes(",") && findCountryCode(n) === code);
  return written.sort((a, b) => a.length - b.length)[0] ?? official ?? null;
}

function spanText(tokens: Token[], sentence: TextSpan): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return "";
  return sentence.text.slice(first.start - sentence.start, last.end - sentence.start).replace(/\s+/g, " ");
}

/**
 * Splits a nationality word off the front of a title: "German Foreign Minister" → "Foreign Minister",
 * Germany. The apostrophe of a plural's possessive before the post is no part of it ("the Chiefs' coach").
 */
function titleAndNationality(all: Token[]): { tokens: Token[]; place: string | null } {
  let tokens = all;
  while (tokens[0] && /^['’]$/.test(tokens[0].text)) tokens = tokens.slice(1);
  const first = tokens[0];
  if (tokens.length > 1 && first && lexicon().demonyms.has(lower(first))) {
    return { tokens: tokens.slice(1), place: countryName(first.text) };
  }
  return { tokens, place: null };
}

/**
 * Whether `later`, a post of the same title, says more than `earlier` and nothing against it: the
 * headline's "the architect" and the body's "the Swedish architect" are one post, held in Sweden.
 */
function addsTo(earlier: Role, later: Role): boolean {
  const fits = (a: string | null, b: string | null) => a === null || a === b;
  const more =
    (earlier.organization === null && later.organization !== null) ||
    (earlier.place === null && later.place !== null);
  return more && fits(earlier.organization, later.organization) && fits(earlier.place, later.place);
}

function entityAt(located: LocatedIndex, start: number, types: Entity["type"][]): Located | undefined {
  return located.at(start).find((l) => types.includes(l.entity.type));
}

/** Words that open a relative clause, lowercase: what follows says what the holder did, not where the post is. */
const RELATIVE_WORDS = /^(?:who|whom|whose|which|that|where|known|called|named|nicknamed)$/;

/** Organisation and place named after a person or inside an appositive: "from the ZMO in Berlin". */
function affiliationAfter(tokens: Token[], from: number, located: LocatedIndex, limit: number) {
  let organization: string | null = null;
  let place: string | null = null;
  for (let i = from; i < Math.min(tokens.length, limit); i++) {
    const t = tokens[i] as Token;
    // "who" ends the phrase, the acronym "WHO" does not; so does a comma ("hosted King Charles III at
    // the palace on Tuesday, the Imperial Household Agency said": the agency is no affiliation).
    if (/^[.,;:!?]$/.test(t.text) || RELATIVE_WORDS.test(t.text) || lower(t) === "said") break;
    if (!organization) {
      const org = entityAt(located, t.start, ["organization"]);
      if (org) organization = org.entity.name;
    }
    // Not "at": "King Charles III at the Imperial Palace" is where he was, not a place he holds a post in.
    if (!place && /^(?:in|of|from|for)$/.test(lower(tokens[i - 1]))) {
      const pl = entityAt(located, t.start, ["place"]);
      if (pl) place = pl.entity.name;
    }
  }
  return { organization, place };
}

/**
 * "FNV negotiator", "the WHO's regional director": the organization whose name opens `words` (a post's
 * words), and the index after its name and a possessive 's; null when no organization opens them.
 */
function bodyOpening(words: Token[], located: LocatedIndex): { name: string; end: number } | null {
  const opening = entityOpening(words, located, "organization");
  return opening && { name: opening.name, end: opening.end };
}

/**
 * "Independent Electoral and Boundaries Commission chairman Wafula Chebukati": the words before the post
 * stopped at the body's "and"; the body whose mention ends inside them, having begun before them, is
 * the post's (its name, and the index after it in `words`).
 */
function bodyReachingInto(words: Token[], located: LocatedIndex): { name: string; end: number } | null {
  const first = words[0];
  if (!first) return null;
  for (let j = 0; j < words.length - 1; j++) {
    const body = located
      .endingAt((words[j] as Token).end)
      .find((l) => l.entity.type === "organization" && l.candidate.start < first.start);
    if (body) return { name: body.entity.name, end: j + 1 };
  }
  return null;
}

/**
 * The entity of `type` whose mention opens `words`: its name, the index after it (and after its
 * possessive, when one follows) and whether a possessive follows.
 */
function entityOpening(
  words: Token[],
  located: LocatedIndex,
  type: Entity["type"],
): { name: string; end: number; possessive: boolean } | null {
  const first = words[0];
  const opening = first ? entityAt(located, first.start, [type]) : undefined;
  if (!opening) return null;
  const end = words.findIndex((t) => t.end >= opening.candidate.end) + 1;
  if (end === 0) return null;
  const possessive = /^['’]s$/.test(words[end]?.text ?? "");
  return { name: opening.entity.name, end: possessive ? end + 1 : end, possessive };
}

/** A place named first in `words` with its possessive after it ("Egypt's"): its name and the index after the possessive. */
function placeOwning(words: Token[], located: LocatedIndex): { name: string; end: number } | null {
  const opening = entityOpening(words, located, "place");
  return opening?.possessive ? { name: opening.name, end: opening.end } : null;
}

const candidateStart = (l: Located) => l.candidate.start;

/** How far back, in characters, "its" before a post looks for the body it stands for. */
const ITS_REACH = 300;

/** Mr, Mrs, Ms, Miss, Mx and their French forms, with or without a dot. */
const COURTESY_TITLE = /^(?:mr|mrs|ms|miss|mx|mme|mlle|m|sir|dame)\.?$/i;

/** Index in the sentence's tokens of the first title word, which sits right before the name or close to it. */
function titleIndex(c: NameCandidate): number {
  const first = c.title[0] as Token;
  for (let i = c.index - 1; i >= 0; i--) if (c.sentenceTokens[i] === first) return i;
  return c.sentenceTokens.indexOf(first);
}

/** Words the body after a post may hold: its article, its name's words, a lowercase noun ("the ferry union"). */
const BODY_PHRASE_WORDS = 8;

/**
 * "The chairman of the ferry union, Lars Berg,", "the head of the business council CCE, Francisco
 * Cervantes,": a post of a body set off by commas before the name (`comma` is the comma's index). The
 * post opens the sentence or follows an article; the body's phrase holds no verb. The organization and
 * place are those named in the phrase.
 */
function postOfBodyBefore(
  tokens: Token[],
  comma: number,
  located: LocatedIndex,
  evidence: TextSpan,
): Role | null {
  let k = comma - 1;
  while (k > 0 && comma - k <= BODY_PHRASE_WORDS && !/^(?:of|for|at)$/.test(lower(tokens[k]))) {
    const t = tokens[k] as Token;
    if (!t.isWord || (startsLowercase(t.text) && !/^(?:the|a|an)$/.test(lower(t)) && !isModifierWord(t)))
      return null;
    k--;
  }
  if (k <= 0 || !/^(?:of|for|at)$/.test(lower(tokens[k]))) return null;
  const role = tokens[k - 1] as Token;
  // "The Archbishop of Canterbury, Justin Welby,": a title word may be capitalised.
  if (!isRoleWord(role) || lower(role).endsWith("s")) return null;
  if (!startsLowercase(role.text) && !PERSON_TITLES.has(lower(role))) return null;
  let first = k - 1;
  while (
    first > 0 &&
    k - first < 4 &&
    isModifierWord(tokens[first - 1] as Token) &&
    startsLowercase((tokens[first - 1] as Token).text)
  )
    first--;
  const opener = lower(tokens[first - 1]);
  if (first > 0 && !/^(?:the|a|an|its|their|his|her|,)$/.test(opener)) return null;
  let organization: string | null = null;
  let place: string | null = null;
  for (let i = k + 1; i < comma; i++) {
    const at = (tokens[i] as Token).start;
    organization ??= entityAt(located, at, ["organization"])?.entity.name ?? null;
    place ??= entityAt(located, at, ["place"])?.entity.name ?? null;
  }
  const { tokens: title, place: nationality } = titleAndNationality(tokens.slice(first, k));
  return { title: spanText(title, evidence), organization, place: place ?? nationality, evidence };
}

function rolesForMention(c: NameCandidate, located: LocatedIndex): Role[] {
  const tokens = c.sentenceTokens;
  const evidence: TextSpan = { text: c.sentence.text, start: c.sentence.start, end: c.sentence.end };
  const roles: Role[] = [];
  const nameEnd = c.index + c.tokens.length;
  const after = (() => {
    const next = lower(tokens[nameEnd]);
    if (!/^(?:from|of|at|with)$/.test(next)) return { organization: null, place: null };
    return affiliationAfter(tokens, nameEnd + 1, located, nameEnd + 12);
  })();
  const titleStart = c.title.length > 0 ? titleIndex(c) : c.index;
  // "Mrs Moore", "Sir Keir": a courtesy title or a knighthood is no post.
  if (c.title.length > 0 && !c.title.every((t) => COURTESY_TITLE.test(t.text))) {
    const { tokens: title, place } = titleAndNationality(c.title);
    // "Qatar's Prime Minister Sheikh Mohammed", "FNV negotiator": the place or body just before the title.
    const mark = tokens[titleStart - 1];
    const ownerEnd = /^['’]s$/.test(mark?.text ?? "")
      ? (mark as Token).start
      : (c.title[0] as Token).start - 1;
    const owner = located.endingAt(ownerEnd).find((l) => l.entity.type !== "person");
    const ownerOrg = owner?.entity.type === "organization" ? owner.entity.name : null;
    const ownerPlace = owner?.entity.type === "place" ? owner.entity.name : null;
    // "Mayor of London Sadiq Khan", "Governor of California Gavin Newsom": the place the post is of.
    const of = title.findIndex((t) => lower(t) === "of");
    const postPlace = of > 0 ? mapPacked(title.slice(of + 1), (t) => t.text).join(" ") : "";
    const within = postPlace && isGazetteerPlace(postPlace) ? postPlace : null;
    roles.push({
      title: spanText(title, c.sentence),
      organization: ownerOrg ?? after.organization,
      place: ownerPlace ?? after.place ?? place ?? within,
      evidence,
    });
  }
  let p = titleStart - 1;
  // "Germany's health minister, Karl Lauterbach, agreed": a post set off by commas before the name.
  // … or closing the sentence: "said Jersey's chief minister, Kristina Moore."
  // "Hartley's barrister, Jonathan Price KC, told …": letters after the name stay inside the apposition.
  const closingAt = POST_NOMINALS.has(lower(tokens[nameEnd]).replace(/\./g, "")) ? nameEnd + 1 : nameEnd;
  const closing = tokens[closingAt] === undefined || /^[,.;:!?]$/.test((tokens[closingAt] as Token).text);
  const setOff = c.title.length === 0 && lower(tokens[p]) === "," && closing;
  const postBefore = tokens[p - 1];
  // "one of the study authors, Owen Dempsey": a plural names a group the person belongs to, no post.
  const onePost = postBefore !== undefined && isRoleWord(postBefore) && !lower(postBefore).endsWith("s");
  if (setOff && !onePost) {
    const post = postOfBodyBefore(tokens, p, located, evidence);
    if (post) roles.push(post);
  }
  if (lower(tokens[p]) === "," && (c.title.length > 0 || (setOff && onePost))) p--;
  const pre: Token[] = [];
  while (
    p >= 0 &&
    pre.length < 5 &&
    isModifierWord(tokens[p] as Token) &&
    !located.insidePerson((tokens[p] as Token).start, (tokens[p] as Token).end)
  ) {
    pre.unshift(tokens[p] as Token);
    p--;
  }
  // "Sinner beats Alcaraz": a role word that a verb or another word parts from the name is no post of it.
  if (pre.length > 0 && isRoleWord(pre[pre.length - 1] as Token)) {
    // "FNV negotiator Niek Stam", "Wedbush analyst Dan Ives": a body named before the post is its organization.
    const body = bodyOpening(pre, located) ?? bodyReachingInto(pre, located);
    const held = body !== null && body.end < pre.length && pre.slice(body.end).some(isRoleWord);
    const { tokens: title, place } = titleAndNationality(held ? pre.slice(body.end) : pre);
    let possessorPlace: string | null = null;
    let possessorOrg: string | null = held ? body.name : null;
    if (lower(tokens[p]) === "'s" || lower(tokens[p]) === "’s") {
      const owner = located.endingAt((tokens[p] as Token).start)[0];
      if (owner?.entity.type === "place") possessorPlace = owner.entity.name;
      if (owner?.entity.type === "organization") possessorOrg = owner.entity.name;
    } else if (lower(tokens[p]) === "its" && possessorOrg === null) {
      // "Its chair, Marian Okoro": the body named last in this sentence or the one before.
      const its = tokens[p] as Token;
      possessorOrg = located.organizationBefore(its.start, its.start - ITS_REACH)?.name ?? null;
    }
    roles.push({
      title: spanText(title, c.sentence),
      organization: possessorOrg ?? (c.title.length === 0 ? after.organization : null),
      place: possessorPlace ?? (c.title.length === 0 ? after.place : null) ?? place,
      evidence,
    });
  }
  if (lower(tokens[nameEnd]) === ",") {
    let q = nameEnd + 1;
    if (/^(?:a|an|the)$/.test(lower(tokens[q]))) q++;
    const phrase: Token[] = [];
    while (q < tokens.length && !/^[,.;:!?()"“”]$/.test((tokens[q] as Token).text) && phrase.length < 16)
      phrase.push(tokens[q++] as Token);
    // "candidate Xóchitl Gálvez, the INE's president, Guadalupe Taddei, said": a body's or place's post,
    // ending in its role word, set off between two names is the second one's (not "Prince Andrew, the
    // younger brother of heir to the throne, Charles, has …").
    const nextName = tokens[q]?.text === "," ? tokens[q + 1] : undefined;
    const lastWord = phrase[phrase.length - 1];
    const beforeAnother =
      nextName !== undefined &&
      entityAt(located, nextName.start, ["person"]) !== undefined &&
      phrase.slice(0, 4).some((t) => /^['’]s$/.test(t.text)) &&
      lastWord !== undefined &&
      isRoleWord(lastWord);
    // "the WHO's technical lead for arboviruses": "lead" is a post only in such an apposition.
    const roleAt = phrase
      .slice(0, 4)
      .findIndex((t) => startsLowercase(t.text) && (isRoleWord(t) || t.text === "lead"));
    // "his wife, Miriam, two daughters and five grandchildren": a count of relatives lists more people, no post.
    const counted = roleAt > 0 && isCount(phrase[0] as Token) && lower(phrase[roleAt]).endsWith("s");
    // "Defence Secretary Grant Shapps, Commons leader Penny Mordaunt and …": a post right before another
    // person's name is that person's title, the next item of a list.
    const afterRole = roleAt >= 0 ? phrase[roleAt + 1] : undefined;
    const titlesAnother =
      afterRole !== undefined && entityAt(located, afterRole.start, ["person"]) !== undefined;
    if (
      roleAt >= 0 &&
      !beforeAnother &&
      !counted &&
      !titlesAnother &&
      !phrase.slice(0, roleAt).some(
        (t) =>
          startsLowercase(t.text) &&
          lexicon().nonNouns.has(lower(t)) &&
          // "NASA's associate administrator": a title's modifier may be a verb's form too.
          !TITLE_MODIFIERS.has(lower(t)) &&
          !/^(?:of|a|an|the)$/.test(lower(t)),
      )
    ) {
      // "the WHO regional director": a body named before the post is its organization.
      const opening = bodyOpening(phrase, located);
      const body = opening !== null && opening.end <= roleAt ? opening : null;
      // "Abdel Fattah el-Sisi, Egypt's president,": a place's possessive before the post is where it is held.
      const owned = body === null ? placeOwning(phrase, located) : null;
      const from = body?.end ?? (owned !== null && owned.end <= roleAt ? owned.end : 0);
      let cut = phrase.length;
      const orgAt = phrase.findIndex(
        (t, i) =>
          i > 0 &&
          /^(?:of|at|from|with|for)$/.test(lower(t)) &&
          phrase.slice(i + 1, i + 4).some((u) => entityAt(located, u.start, ["organization"])),
      );
      const prepAt = phrase.findIndex(
        // "the Swedish architect whose designs transformed …": a relative clause ends the post too.
        (t, i) =>
          i > 0 && (/^(?:at|from|with|in|for|since)$/.test(lower(t)) || RELATIVE_WORDS.test(lower(t))),
      );
      if (orgAt > 0) cut = orgAt;
      else if (prepAt > 0) cut = prepAt;
      const { tokens: title, place } = titleAndNationality(phrase.slice(from, cut));
      const aff = affiliationAfter(phrase, cut, located, phrase.length);
      if (title.length > 0)
        roles.push({
          title: spanText(title, c.sentence),
          organization: aff.organization ?? body?.name ?? null,
          place: aff.place ?? (from > 0 ? owned?.name : null) ?? place,
          evidence,
        });
    }
  }
  return roles;
}

/** A count of people: "two", "12", "several", "dozens". */
const isCount = (t: Token) =>
  isCountWord(lower(t)) || vagueQuantityOf(lower(t)) !== undefined || /^(?:several|many)$/.test(lower(t));

function relationsFrom(located: LocatedIndex, entities: Entity[]): Relation[] {
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const add = (type: Relation["type"], from: string, to: string, evidence: TextSpan) => {
    const k = `${type}:${from}:${to}`;
    if (from === to || seen.has(k)) return;
    seen.add(k);
    relations.push({ type, from, to, evidence });
  };
  const named = new Map<string, Entity>();
  for (const e of entities) {
    const k = `${e.type}:${e.name}`;
    if (!named.has(k)) named.set(k, e);
  }
  const byName = (name: string | null, type: Entity["type"]) =>
    name === null ? undefined : named.get(`${type}:${name}`);
  for (const e of entities) {
    for (const role of e.roles) {
      const org = byName(role.organization, "organization");
      if (org) add("affiliated_with", e.id, org.id, role.evidence);
    }
  }
  for (const { entity, candidate: c } of located.all) {
    const tokens = c.sentenceTokens;
    const evidence: TextSpan = { text: c.sentence.text, start: c.sentence.start, end: c.sentence.end };
    let i = c.index + c.tokens.length;
    if (entity.type === "organization") {
      if (tokens[i]?.text === "(" && tokens[i + 2]?.text === ")") i += 3;
      if (lower(tokens[i]) === "in") {
        const place = entityAt(located, tokens[i + 1]?.start ?? -1, ["place"]);
        if (place) add("located_in", entity.id, place.entity.id, evidence);
      }
    }
    if (entity.type === "person" && lower(tokens[i]) === "," && lower(tokens[i + 1]) === "who") {
      for (let j = i + 2; j < Math.min(tokens.length, i + 10); j++) {
        if (!isWordToken(tokens[j]) && tokens[j]?.text !== "'s") break;
        if (/^(?:at|for|with)$/.test(lower(tokens[j]))) {
          const org = entityAt(located, tokens[j + 1]?.start ?? -1, ["organization"]);
          if (org) add("affiliated_with", entity.id, org.entity.id, evidence);
        }
      }
    }
  }
  return relations;
}

/** Fills each person's roles (title, organization, place, evidence sentence) and returns affiliations and locations. */
export function rolesAndRelations(linked: LinkedEntity[], entities: Entity[]): Relation[] {
  const located = new LocatedIndex(
    linked.flatMap((l, i) =>
      mapPacked(
        l.candidates.filter((c) => !c.nested),
        (candidate) => ({ entity: entities[i] as Entity, candidate }),
      ),
    ),
  );
  // "Chinese President Xi Jinping" beside "China": a post's country goes by the article's name for it;
  // of several ("U.S.", "US"), the one named most.
  const byCode = new Map<string, Entity>();
  for (const e of entities) {
    const code = e.type === "place" ? e.kb?.iso3166 : null;
    const known = code ? byCode.get(code) : undefined;
    if (code && (!known || known.mentions.length < e.mentions.length)) byCode.set(code, e);
  }
  const placeName = (place: string | null) => {
    const code = place === null ? null : findCountryCode(place);
    return (code && byCode.get(code)?.name) ?? place;
  };
  linked.forEach((l, i) => {
    const entity = entities[i] as Entity;
    if (entity.type !== "person") return;
    const byTitle = new Map<string, number>();
    for (const c of l.candidates) {
      if (c.nested) continue;
      for (const found of rolesForMention(c, located)) {
        const role = found.place === null ? found : { ...found, place: placeName(found.place) };
        const k = role.title.toLowerCase();
        const at = byTitle.get(k);
        if (at === undefined) {
          byTitle.set(k, entity.roles.length);
          entity.roles.push(role);
        } else if (addsTo(entity.roles[at] as Role, role)) entity.roles[at] = role;
      }
    }
  });
  return relationsFrom(located, entities);
}
