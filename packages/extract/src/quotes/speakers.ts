import type { Entity } from "@newsgraph/schema";
import nlp from "compromise";
import { lexicon } from "../kb/lexicon.ts";
import { GROUP_ROLE, isNationalityNoun } from "../kb/listed.ts";
import { findCountryCode } from "../kb/places.ts";
import { noteCap } from "../notes.ts";
import { mapPacked } from "../text/arrays.ts";
import { memoString } from "../text/memo.ts";
import { lastStartingBefore, overlapIndex } from "../text/span-index.ts";
import { DOCUMENT_NOUNS } from "./frames.ts";
import {
  BODY_NOUNS,
  firstNameGender,
  honorificGender,
  ORGANISATION_HEADS,
  PERSON_ROLE_NOUNS,
} from "./lexicon.ts";
import {
  capitalisedRuns,
  editDistance,
  initials,
  type NameInPhrase,
  nameFromRun,
  surname,
  type Token,
  tokenize,
} from "./names.ts";

export type Gender = "male" | "female" | null;

/** A speaker resolved to the article's entities, or to the fullest form of the name the article writes. */
export interface ResolvedSpeaker {
  name: string;
  entityId: string | null;
  kind: "person" | "organization" | "unknown";
  gender: Gender;
}

/** A named person or organisation outside quotation marks, in document order: an antecedent for "he", "it". */
export interface Reference {
  start: number;
  end: number;
  speaker: ResolvedSpeaker;
  /** A group of people by nationality, faith or party ("Kenyans"): never what "he" or "she" points to. */
  group: boolean;
}

interface ArticleName {
  name: string;
  kind: NameInPhrase["kind"];
  gender: Gender;
  words: number;
  surname: string;
  lower: string;
}

const ACRONYM_DEFINITION =
  /(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|for|and|the|de|on|\p{Lu}[\p{L}.&'’-]*))+)\s+\((\p{Lu}[\p{Lu}\p{N}&.-]+)\)/gu;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Misspelt-surname matching compares a name with every name sharing its first letter; past this many
 * (a list of thousands of names, not an article) it is skipped and the name stays as written.
 */
export const MAX_FUZZY_NAMES = 500;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A stretch of the text names are read from, with its tokens when they are at hand (offsets into that text). */
export interface Region {
  start: number;
  end: number;
  tokens?: Token[];
}

/** The name (or null) of each capitalised run in `slice`, which starts at `start` in `text`. */
function namesIn(slice: string, start: number, text: string, tokens?: Token[]): (NameInPhrase | null)[] {
  return mapPacked(capitalisedRuns(tokens ?? tokenize(slice, start)), (run) => nameFromRun(run, text, 0));
}

const firstWord: (name: string) => string = memoString((name) => (name.split(/\s+/)[0] ?? "").toLowerCase());

/** How many pieces `name` splits into at white space. */
const wordCountOf: (name: string) => number = memoString((name) => name.split(/\s+/).length);

const genderOfName: (name: string) => Gender = memoString(computeGenderOfName);

function computeGenderOfName(name: string): Gender {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  const g = firstNameGender(words[0] ?? "");
  return g === "male" || g === "female" ? g : null;
}

const spanStart = (s: { start: number }) => s.start;

/**
 * Resolves speaker names against the article: first its entities (overlapping mention, alias,
 * surname, acronym), then the fullest form of the name written anywhere in the article.
 */
export class SpeakerIndex {
  private readonly names: ArticleName[] = [];
  private readonly acronyms = new Map<string, string>();
  private readonly genders = new Map<string, Gender>();
  private readonly resolved = new Map<string, ResolvedSpeaker>();
  /** Lookups built once, so resolving a name does not scan every entity or name in the article. */
  private readonly speakers: Entity[];
  private readonly mentionSpans: { start: number; end: number; order: number }[] = [];
  private longestMention = 0;
  private readonly byAliasName = new Map<string, Entity>();
  /** Names and aliases of the places no mention of which acts as a government, lowercase. */
  private readonly quietPlaces = new Set<string>();
  private readonly personsBySurname = new Map<string, Entity[]>();
  private readonly personsByFirst = new Map<string, Entity[]>();
  private readonly personsByLetter = new Map<string, Entity[]>();
  private readonly orgByInitials = new Map<string, Entity>();
  private readonly namesBySurname = new Map<string, ArticleName[]>();
  private readonly namesByFirst = new Map<string, ArticleName[]>();
  private readonly namesByLetter = new Map<string, ArticleName[]>();
  /** Per region read in the constructor: its text and the name of each capitalised run (null: none). */
  private readonly regionNames = new Map<string, { slice: string; names: (NameInPhrase | null)[] }>();

  constructor(
    private readonly text: string,
    private readonly entities: Entity[],
    regions: Region[],
  ) {
    const seen = new Map<string, ArticleName>();
    for (const region of regions) {
      const slice = text.slice(region.start, region.end);
      const names = namesIn(slice, region.start, text, region.tokens);
      this.regionNames.set(`${region.start}:${region.end}`, { slice, names });
      for (const found of names) {
        if (!found) continue;
        const key = found.name.toLowerCase();
        const known = seen.get(key);
        if (found.gender) this.genders.set(surname(found.name), found.gender);
        if (known) {
          if (known.kind === "unknown") known.kind = found.kind;
          known.gender ??= found.gender;
          continue;
        }
        const entry = {
          name: found.name,
          kind: found.kind,
          gender: found.gender ?? genderOfName(found.name),
          words: wordCountOf(found.name),
          surname: surname(found.name),
          lower: key,
        };
        seen.set(key, entry);
        this.names.push(entry);
        push(this.namesBySurname, entry.surname, entry);
        push(this.namesByFirst, firstWord(entry.lower), entry);
        push(this.namesByLetter, entry.surname.slice(0, 1), entry);
      }
      if (!slice.includes("(")) continue;
      for (const m of slice.matchAll(ACRONYM_DEFINITION)) {
        const long = (m[1] ?? "").replace(/^(?:The|the)\s+/, "");
        const short = m[2] ?? "";
        if (initials(long).includes(short.replace(/[.&-]/g, "")) || short.length >= 2)
          this.acronyms.set(short, long);
      }
    }
    // A country acting as its government speaks too ("China said"), and so does a place named by a
    // body's head ("the US Embassy said", "the Natural History Museum said").
    const speaks = (e: Entity) =>
      e.type === "person" || e.type === "organization" || e.mentions.some((m) => m.actsAs) || isBodyPlace(e);
    this.speakers = entities.filter(speaks);
    for (const e of entities)
      if (e.type === "place" && !speaks(e))
        for (const n of [e.name, ...e.aliases]) this.quietPlaces.add(n.toLowerCase());
    this.speakers.forEach((e, order) => {
      for (const m of e.mentions) {
        this.mentionSpans.push({ start: m.start, end: m.end, order });
        this.longestMention = Math.max(this.longestMention, m.end - m.start);
      }
      for (const n of [e.name, ...e.aliases]) {
        const k = n.toLowerCase();
        if (!this.byAliasName.has(k)) this.byAliasName.set(k, e);
      }
      if (e.type === "person") {
        push(this.personsBySurname, surname(e.name), e);
        if (e.name.includes(" ")) {
          push(this.personsByFirst, firstWord(e.name), e);
          push(this.personsByLetter, surname(e.name).slice(0, 1), e);
        }
      } else {
        const i = initials(e.name);
        if (!this.orgByInitials.has(i)) this.orgByInitials.set(i, e);
      }
    });
    this.mentionSpans.sort((a, b) => a.start - b.start);
  }

  /** The first speaker entity (in entity order) with a mention overlapping `span`. */
  private byMention(span: { start: number; end: number }): Entity | undefined {
    const spans = this.mentionSpans;
    const last = lastStartingBefore(spans, spanStart, span.end);
    // A person named in the span wins over an organization named there too ("Robin Biesbroek of the
    // CDF"), then the entity introduced first.
    // … unless the span is exactly a mention's: "the Jane Goodall Institute said" names the institute,
    // not the person its name holds.
    let best = Number.POSITIVE_INFINITY;
    let bestPerson = Number.POSITIVE_INFINITY;
    let exact = Number.POSITIVE_INFINITY;
    for (let i = last; i >= 0; i--) {
      const m = spans[i] as { start: number; end: number; order: number };
      if (m.start < span.start - this.longestMention) break;
      if (!overlaps(m, span)) continue;
      if (m.order < best) best = m.order;
      if (m.order < bestPerson && this.speakers[m.order]?.type === "person") bestPerson = m.order;
      if (m.start === span.start && m.end === span.end && m.order < exact) exact = m.order;
    }
    if (Number.isFinite(exact)) return this.speakers[exact];
    if (Number.isFinite(bestPerson)) return this.speakers[bestPerson];
    return Number.isFinite(best) ? this.speakers[best] : undefined;
  }

  private entityFor(name: NameInPhrase | { name: string; start: number; end: number }): Entity | null {
    const byMention = this.byMention(name);
    if (byMention)
      return byMention.type === "person" && !byMention.name.includes(" ")
        ? this.fuller(byMention)
        : byMention;
    const lowerName = name.name.toLowerCase();
    const byAlias = this.byAliasName.get(lowerName);
    if (byAlias) return byAlias;
    const last = surname(name.name);
    const bySurname = this.personsBySurname.get(last) ?? [];
    if (bySurname.length === 1) return bySurname[0] as Entity;
    if (!name.name.includes(" ")) {
      const byFirst = this.personsByFirst.get(lowerName) ?? [];
      if (byFirst.length === 1) return byFirst[0] as Entity;
      const byAcronym = this.orgByInitials.get(name.name);
      if (byAcronym) return byAcronym;
    }
    return null;
  }

  /** A one-word person entity that is a misspelt or short form of another person entity's surname. */
  private fuller(entity: Entity): Entity {
    const last = surname(entity.name);
    const exact = (this.personsBySurname.get(last) ?? []).filter((e) => isOtherFullName(e, entity));
    if (exact.length === 1) return exact[0] as Entity;
    if (exact.length > 1 || last.length < 4) return entity;
    const sameLetter = this.personsByLetter.get(last.slice(0, 1)) ?? [];
    if (sameLetter.length > MAX_FUZZY_NAMES) {
      noteCap("cap_max_fuzzy_names");
      return entity;
    }
    const fuzzy = sameLetter.filter((e) => isOtherFullName(e, entity) && closeSurname(surname(e.name), last));
    return fuzzy.length === 1 ? (fuzzy[0] as Entity) : entity;
  }

  private fullestName(name: string, kind: NameInPhrase["kind"]): ArticleName | null {
    const lowerName = name.toLowerCase();
    const expanded = this.acronyms.get(name);
    if (expanded) {
      return {
        name: expanded,
        kind: "organization",
        gender: null,
        words: 2,
        surname: surname(expanded),
        lower: expanded.toLowerCase(),
      };
    }
    const wordCount = wordCountOf(name);
    const last = surname(name);
    const sameSurname = this.namesBySurname.get(last) ?? [];
    const bySurname = sameSurname.filter((n) => isLongerName(n, wordCount) && n.lower.endsWith(lowerName));
    if (bySurname.length > 0 && kind !== "organization")
      return bySurname.sort((a, b) => b.words - a.words)[0] ?? null;
    if (!name.includes(" ") && kind !== "organization") {
      const byFirst = (this.namesByFirst.get(lowerName) ?? []).filter(
        (n) => isLongerName(n, wordCount) && n.lower.startsWith(`${lowerName} `) && n.words <= 3,
      );
      if (byFirst.length === 1) return byFirst[0] ?? null;
      const exact = sameSurname.some((n) => n.name !== name);
      const sameLetter = this.namesByLetter.get(last.slice(0, 1)) ?? [];
      if (!exact && last.length >= 4 && sameLetter.length <= MAX_FUZZY_NAMES) {
        const fuzzy = sameLetter.filter((n) => isLongerName(n, wordCount) && closeSurname(n.surname, last));
        if (fuzzy.length === 1) return fuzzy[0] ?? null;
      } else if (!exact && last.length >= 4) noteCap("cap_max_fuzzy_names");
    }
    return null;
  }

  /** Whether a name is one of the article's places that never acts ("NAIROBI" in a dateline). */
  isQuietPlace(name: string): boolean {
    return this.quietPlaces.has(name.toLowerCase());
  }

  resolve(
    name:
      | NameInPhrase
      | { name: string; start: number; end: number; kind?: NameInPhrase["kind"]; gender?: Gender },
  ): ResolvedSpeaker {
    const key = `${name.start}:${name.end}:${name.name}:${"kind" in name ? name.kind : ""}:${"gender" in name ? name.gender : ""}`;
    const cached = this.resolved.get(key);
    if (cached) return cached;
    const speaker = this.resolveUncached(name);
    this.resolved.set(key, speaker);
    return speaker;
  }

  private resolveUncached(
    name:
      | NameInPhrase
      | { name: string; start: number; end: number; kind?: NameInPhrase["kind"]; gender?: Gender },
  ): ResolvedSpeaker {
    const entity = this.entityFor(name);
    if (entity) {
      return {
        name: entity.name,
        entityId: entity.id,
        kind: entity.type === "person" ? "person" : "organization",
        gender: this.genderOf(entity.name, "gender" in name ? (name.gender ?? null) : null),
      };
    }
    const kind = "kind" in name && name.kind ? name.kind : "unknown";
    const fullest = this.fullestName(name.name, kind);
    const resolvedName = (fullest?.name ?? name.name).replace(/\s+/g, " ");
    const resolvedKind = kind !== "unknown" ? kind : (fullest?.kind ?? "unknown");
    return {
      name: resolvedName,
      entityId: null,
      kind: resolvedKind,
      gender: this.genderOf(resolvedName, ("gender" in name ? name.gender : null) ?? fullest?.gender ?? null),
    };
  }

  private genderOf(name: string, known: Gender): Gender {
    return known ?? genderOfName(name) ?? this.genders.get(surname(name)) ?? null;
  }

  /** Named people and organisations in `regions`, resolved, for pronoun antecedents. */
  references(regions: Region[], speakerSurnames: Set<string>, text: string): Reference[] {
    const refs: Reference[] = [];
    const sortedRegions = [...regions].sort((a, b) => a.start - b.start);
    const inRegion = (m: { start: number; end: number }) => {
      let low = 0;
      let high = sortedRegions.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const r = sortedRegions[mid] as { start: number; end: number };
        if (r.start <= m.start) {
          if (m.end <= r.end) return true;
          low = mid + 1;
        } else high = mid - 1;
      }
      // Regions may nest or overlap: fall back to the ones starting before the mention.
      for (let i = Math.min(low, sortedRegions.length) - 1; i >= 0 && i >= low - 4; i--) {
        const r = sortedRegions[i] as { start: number; end: number };
        if (r.start <= m.start && m.end <= r.end) return true;
      }
      return false;
    };
    for (const entity of this.entities) {
      const speaks = entity.type === "person" || entity.type === "organization";
      const group = entity.roles.some((r) => r.title === GROUP_ROLE);
      for (const m of entity.mentions) {
        if (!(speaks || m.actsAs) || !inRegion(m)) continue;
        if (text.slice(m.start, m.end) !== m.text) continue;
        refs.push({
          start: m.start,
          end: m.end,
          group,
          speaker: this.resolve({ name: m.text, start: m.start, end: m.end }),
        });
      }
    }
    const overlapsEntityRef = overlapIndex(refs);
    // "officials in Shenzhen": a name a place's or thing's mention holds is no person.
    const overlapsQuietMention = overlapIndex(
      this.entities.flatMap((e) =>
        e.type === "person" || e.type === "organization" ? [] : e.mentions.filter((m) => !m.actsAs),
      ),
    );
    for (const region of regions) {
      // A block with nothing masked reads the same as in the constructor: reuse its names.
      const slice = text.slice(region.start, region.end);
      const known = this.regionNames.get(`${region.start}:${region.end}`);
      const names =
        known && known.slice === slice ? known.names : namesIn(slice, region.start, text, region.tokens);
      let previous: { start: number; end: number } | null = null;
      for (const found of names) {
        if (!found || overlapsEntityRef(found.start, found.end) || (previous && overlaps(previous, found)))
          continue;
        const speaker = this.resolve(found);
        const isPerson = speaker.kind === "person" || speakerSurnames.has(surname(speaker.name));
        if (isPerson && speaker.entityId === null && overlapsQuietMention(found.start, found.end)) continue;
        if (!isPerson && speaker.kind !== "organization") continue;
        if (!isPerson && speaker.entityId === null && found.kind !== "organization") continue;
        refs.push({
          start: found.start,
          end: found.end,
          group: false,
          speaker: isPerson ? { ...speaker, kind: "person" } : speaker,
        });
        previous = found;
      }
    }
    return refs.sort((a, b) => a.start - b.start);
  }
}

/** A place whose name ends in a body's head word: "US Embassy", "Natural History Museum". */
function isBodyPlace(e: Entity): boolean {
  return (
    e.type === "place" && ORGANISATION_HEADS.has(e.name.slice(e.name.lastIndexOf(" ") + 1).toLowerCase())
  );
}

/** A name of more than `wordCount` words that is not an organisation's. */
function isLongerName(n: ArticleName, wordCount: number): boolean {
  return n.words > wordCount && n.kind !== "organization";
}

/** An entity other than `entity` whose name has more than one word. */
function isOtherFullName(e: Entity, entity: Entity): boolean {
  return e !== entity && e.name.includes(" ");
}

function closeSurname(a: string, b: string): boolean {
  if (a[0] !== b[0] || a === b) return false;
  const limit = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  // The distance is at least the difference in length.
  if (Math.abs(a.length - b.length) > limit) return false;
  return editDistance(a, b) <= limit;
}

/** "the expert", "the spokesman": a definite description that can point back to a named person. */
export function isPersonDescription(description: string): boolean {
  const words = description.toLowerCase().split(/\s+/);
  // "the 43-year-old", "the 43-year-old mother of three": a person described by age.
  if (words[0] === "the" && AGE.test(words[1] ?? "") && words.length <= 6) return true;
  if (words[0] !== "the" || words.length > 4) return false;
  const last = words[words.length - 1] ?? "";
  return PERSON_ROLE_NOUNS.has(last) || (words.length === 2 && isNationalityNoun(last));
}

const AGE = /^\d{1,3}-year-old$/;
const POSSESSOR_WORD = /^\p{Lu}.*['’]s$/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * "China's ambassador to Britain (accused …)", "the company's chief executive": the role after "the" or a
 * possessor that opens a phrase, with the capitalised "to/of/in/for" phrase after it, which the article
 * may also write right before the person's name; null when the phrase opens with no such role.
 */
export function roleDescription(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  const first = words[0]?.toLowerCase() ?? "";
  if (!(first === "the" || POSSESSOR_WORD.test(words[0] ?? ""))) return null;
  const role = words.findIndex((w, i) => i > 0 && i < 4 && PERSON_ROLE_NOUNS.has(w.toLowerCase()));
  if (role < 0) return null;
  let end = role + 1;
  if (/^(?:to|of|in|for)$/.test(words[end] ?? "")) {
    let k = end + 1;
    while (k < words.length && UPPER_START.test(words[k] ?? "")) k++;
    if (k > end + 1) end = k;
  }
  return words.slice(0, end).join(" ");
}

/** How a description speaks for an organisation: a document it issued, the body itself, or its members. */
export interface BodyDescription {
  kind: "document" | "body" | "members";
  /** The words from after "the" to the noun, lowercase: ["production", "company"]. */
  words: string[];
  /** "French Foreign Ministry" for "the French foreign ministry": a government body named by its nationality. */
  name: string | null;
}

const GOVERNMENT_BODIES = new Set(["ministry", "department", "office", "embassy", "agency", "government"]);
const titleCase = (w: string) => (w[0] ?? "").toUpperCase() + w.slice(1);

/**
 * "the statement", "the production company", "the doctors" (a plural role noun), "the French foreign
 * ministry": a definite description of an organisation or what it issued, its noun within three words.
 */
export function bodyDescription(phrase: string): BodyDescription | null {
  const words = phrase.split(/\s+/);
  if ((words[0] ?? "").toLowerCase() !== "the") return null;
  for (let i = 1; i < Math.min(words.length, 4); i++) {
    const word = (words[i] ?? "").toLowerCase();
    const kind = DOCUMENT_NOUNS.has(word)
      ? "document"
      : BODY_NOUNS.has(word)
        ? "body"
        : word.endsWith("s") && PERSON_ROLE_NOUNS.has(word.slice(0, -1))
          ? "members"
          : null;
    if (!kind) continue;
    const modifiers = words.slice(1, i);
    const nationality = lexicon().demonyms.has((modifiers[0] ?? "").toLowerCase());
    const name =
      kind === "body" && nationality && GOVERNMENT_BODIES.has(word)
        ? mapPacked([...modifiers, word], titleCase).join(" ")
        : null;
    return { kind, words: [...mapPacked(modifiers, (w) => w.toLowerCase()), word], name };
  }
  return null;
}

/** "Russia's foreign ministry", "Britain's Foreign Office": a country's possessive, then a state body. */
const STATE_BODY = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)['’]s\s+((?:[\p{L}-]+\s+){0,2}([\p{L}]+))$/u;

/**
 * "Russia's foreign ministry" as "Russian Foreign Ministry", "Britain's foreign office" as "British
 * Foreign Office": a state body after a country's possessive, named as "the French foreign ministry"
 * is; null when the phrase is no such body or the country's adjective is unknown.
 */
export function stateBodyName(phrase: string): string | null {
  const m = STATE_BODY.exec(phrase);
  // As "the French foreign ministry" is named and "the Iranian government" is not: a body noun that is
  // also a state's.
  const noun = (m?.[3] ?? "").toLowerCase();
  if (!m || !GOVERNMENT_BODIES.has(noun) || !BODY_NOUNS.has(noun)) return null;
  const adjective = countryAdjective(m[1] as string);
  if (!adjective) return null;
  return [adjective, ...mapPacked((m[2] as string).split(/\s+/), titleCase)].join(" ");
}

/**
 * The adjective of a country as written ("Russia" -> "Russian", "Japan" -> "Japanese", "Britain" ->
 * "British"): a regular form the lexicon and compromise both know as the country's demonym, else the
 * irregular demonym of the country closest to its name; null for no country.
 */
const countryAdjective = memoString((country: string): string | null => {
  const code = findCountryCode(country);
  if (!code) return null;
  const { demonyms } = lexicon();
  const n = country.toLowerCase();
  const stem = n.replace(/[aey]$/, "");
  for (const form of [
    `${n}n`,
    `${n}an`,
    `${n}ian`,
    `${n}ese`,
    `${n}i`,
    `${stem}an`,
    `${stem}ian`,
    `${stem}ese`,
    stem,
  ])
    if (demonyms.get(form) === code && nlp(form).has("#Demonym")) return titleCase(form);
  // "Britain" -> "British" rather than "English": of the irregular forms, the one sharing most letters
  // with the country's name at its start.
  let best: string | null = null;
  let bestShared = -1;
  for (const [form, c] of demonyms) {
    if (c !== code || !/(?:ish|ch)$/.test(form)) continue;
    let shared = 0;
    while (shared < form.length && form[shared] === n[shared]) shared++;
    if (shared > bestShared) {
      best = form;
      bestShared = shared;
    }
  }
  return best && titleCase(best);
});

export function pronounGender(word: string): Gender | "neuter" | "plural" {
  const w = word.toLowerCase();
  if (w === "he") return "male";
  if (w === "she") return "female";
  if (w === "it") return "neuter";
  return "plural";
}

export { honorificGender };
