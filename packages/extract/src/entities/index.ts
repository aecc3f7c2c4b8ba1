import type { Article, Entity, Mention, Relation, Role } from "@newsgraph/schema";
import { articleBlocks, type Block, blockSentences } from "../blocks.ts";
import {
  type City,
  countryOfLocator,
  findCity,
  isListedWord,
  placeKnowledgeBase,
  placeSpelling,
  titleCasePlace,
  townKnowledgeBase,
  townNearAnchors,
} from "../kb/index.ts";
import { mapPacked, pushAll } from "../text/arrays.ts";
import { startsUppercase } from "../text/chars.ts";
import { type Sentence, splitSentences } from "../text/index.ts";
import { overlapIndex } from "../text/span-index.ts";
import {
  isOrdinaryPhrase,
  keepOwnS,
  type NameCandidate,
  nameCandidates,
  unglueSentenceStarts,
} from "./candidates.ts";
import { isNamedAsFirm } from "./classify.ts";
import { contributorEntities } from "./contributors.ts";
import {
  type EventMention,
  eventOrOtherName,
  findEvents,
  isAwardMention,
  kindByName,
  namesEventBeforeNoun,
  stormName,
} from "./events.ts";
import { groupEntities, isGroupWord } from "./groups.ts";
import { isMakersProduct, type LinkedEntity, linkCandidates, normaliseName } from "./link.ts";
import { addNestedMentions } from "./nested.ts";
import { rescueNameParts, rescueShoutedNames } from "./rescue.ts";
import { rolesAndRelations } from "./roles.ts";
import { salience } from "./salience.ts";
import { officeEntities } from "./titles.ts";

export { normaliseName } from "./link.ts";

const displayName = (c: NameCandidate) => c.text.replace(/\s+/g, " ");

/** Longer names win; between two of one length, a name written in ordinary case beats one in capitals ("Mexico" over a dateline's "MEXICO"). */
const candidateSize = (c: NameCandidate) =>
  c.tokens.length * 1000 + c.text.length + (isShouted(c.text) ? 0 : 0.5);

/** Written in capitals: no lowercase letter, at least two capitals ("MEXICO CITY", "NATO"). */
function isShouted(text: string): boolean {
  return text === text.toUpperCase() && TWO_CAPITALS.test(text);
}
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
/** Two words or more of three capitals or more: "NEW YORK", not "DR CONGO". */
const SHOUTED_WORDS = /^\p{Lu}{3,}(?: \p{Lu}{3,})+$/u;

function canonicalName(e: LinkedEntity): string {
  const name = displayName(e.candidates.reduce((a, b) => (candidateSize(b) > candidateSize(a) ? b : a)));
  // "MEXICO CITY —" in a dateline, never written otherwise: the gazetteer's spelling, "Mexico City".
  if (e.type !== "place" || !isShouted(name)) return name;
  // "NEW YORK" as well (filed as "New York City"): words of three letters or more, not initials ("DR CONGO").
  return placeSpelling(name) ?? (SHOUTED_WORDS.test(name) ? titleCasePlace(name) : name);
}

function aliasesOf(e: LinkedEntity, name: string): string[] {
  const seen = new Set([name]);
  const aliases: string[] = [];
  for (const c of e.candidates) {
    const alias = displayName(c);
    if (seen.has(alias)) continue;
    seen.add(alias);
    aliases.push(alias);
  }
  return aliases;
}

/** Every named person, organization and place in the article, one entity per referent, plus affiliations. */
export function extractEntities(
  article: Article,
  blocks: Block[] = articleBlocks(article),
  sentences: Sentence[][] = blockSentences(blocks),
): { entities: Entity[]; relations: Relation[] } {
  const candidates: NameCandidate[] = [];
  const read = (block: Block, blockSentences: Sentence[], leftover: boolean) => {
    const titleCase = block.kind === "title" || block.kind === "heading";
    for (const sentence of blockSentences) {
      const found = nameCandidates(
        { sentence, blockKind: block.kind },
        titleCase && isMostlyCapitalised(sentence.text),
      );
      pushAll(candidates, leftover ? found.filter((c) => !isOrdinaryPhrase(c)) : found);
    }
  };
  for (let i = 0; i < blocks.length; i++) read(blocks[i] as Block, sentences[i] ?? [], false);
  // Lines the parser left out of every block (credits, captions, bylines) are read for names too.
  for (const line of leftoverLines(article, blocks))
    read(line, splitSentences(line.text, line.start), line.kind === "caption");
  const seen = new Set<string>();
  const unique = candidates.filter((c) => {
    const k = `${c.start}:${c.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const ready = keepOwnS(unglueSentenceStarts(unique, normaliseName), normaliseName);
  const events = blocks.flatMap((b) => findEvents(b.text, b.start));
  const eventsAt = eventLookup(events);
  const inEvent = (c: NameCandidate) =>
    eventsAt(c.start).some((ev) => c.start >= ev.start && c.end <= ev.end && c.end > ev.headStart);
  // A storm named once in full ("Cyclone Phailin") is the event wherever its name stands alone ("Phailin's winds").
  const storms = new Map<string, string>();
  for (const ev of events) {
    const name = stormName(ev);
    if (name) storms.set(name, ev.key);
  }
  const stormKey = (c: NameCandidate) =>
    storms.size > 0 && c.tokens.length === 1 ? storms.get(c.text.toLowerCase()) : undefined;
  const names: NameCandidate[] = [];
  for (const c of ready) {
    // "Disney+", "Microsoft xCloud": the company's name in its product's names nothing by itself.
    if (inEvent(c) || (c.tokens.length === 1 && isMakersProduct(c, article.text))) continue;
    const key = stormKey(c);
    if (key) events.push({ text: c.text, start: c.start, end: c.end, key, headStart: c.start });
    else names.push(c);
  }
  if (storms.size > 0) events.sort((a, b) => a.start - b.start);
  // A plural group noun the name rules took for a name ("Jews" as an organization) is left to the group rule;
  // a word no list knows, named once in an image's alt text only, cut from a name spelt in full elsewhere
  // ("Thank you, Wagne" beside "Wagner"), is that name cut short.
  const cutInAlt = cutShortInAltText(blocks, names);
  const linked = addNestedMentions(linkCandidates(names, article.text)).filter(
    (e) =>
      !e.candidates.every((c) => c.tokens.length === 1 && isGroupWord(c.text)) &&
      !(e.candidates.length === 1 && cutInAlt(e.candidates[0] as NameCandidate)),
  );
  // The state or country a locator after a place's mention names ("Springfield, Illinois"), or null.
  const locators = mapPacked(linked, (e) => (e.type === "place" ? locatorCountry(e) : null));
  const named: Omit<Entity, "id">[] = mapPacked(linked, (e, i) => {
    const name = canonicalName(e);
    const byName =
      kindByName(name) ??
      (e.candidates.some(isAwardMention) && e.candidates.every((c) => c.tokens.length === 1)
        ? "other"
        : null);
    const byHead =
      (e.type === "organization" || e.type === "person" ? eventOrOtherName(name) : null) ??
      (e.type === "organization" && namesEventBeforeNoun(e.candidates) ? "event" : null) ??
      (e.type !== "place" && e.candidates.every((c) => isMakersProduct(c, article.text)) ? "other" : null);
    return {
      // "Epic Games, the maker of Fortnite,", "carmaker Volvo Cars": a name whose last word makes it an
      // event's or a product's is the company's when a firm's noun describes it or it speaks.
      type: byName ?? (byHead && e.candidates.some(isNamedAsFirm) ? "organization" : byHead) ?? e.type,
      name,
      key: normaliseName(name) || name.toLowerCase(),
      aliases: aliasesOf(e, name),
      mentions: mapPacked(e.candidates, (c) => {
        // Every mention has one shape, with `actsAs` added after when it applies (a spread of `{}` or
        // `{ actsAs }` gave the mentions of one array two shapes).
        const mention: Mention = { text: c.text, start: c.start, end: c.end, entityId: "" };
        if (e.governing?.has(c)) mention.actsAs = "organization";
        return mention;
      }),
      salience: salience(e.candidates, article),
      roles: [] as Role[],
      kb: e.type === "place" ? placeKnowledgeBase(name, locators[i] ?? null) : null,
    };
  });
  settleTownsNearOtherPlaces(named, linked, locators);
  const found = [...linked.flatMap((e) => e.candidates), ...events];
  const rescued = rescueNameParts(linked, named, blocks, found);
  const shouted = rescueShoutedNames(named, article.text, [...found, ...rescued]);
  const taken = [...found, ...rescued, ...shouted];
  const groups = groupEntities(blocks, sentences, taken, article);
  const offices = officeEntities(
    blocks,
    sentences,
    [...taken, ...groups.flatMap((g) => g.mentions)],
    article,
    linked.filter((e) => e.type === "person").flatMap((e) => e.candidates),
  );
  const all = [...named, ...eventEntities(events, article), ...groups, ...offices];
  const order = mapPacked(all, (e, i) => ({ i, start: e.mentions[0]?.start ?? 0 })).sort(
    (a, b) => a.start - b.start || a.i - b.i,
  );
  const entities: Entity[] = new Array(all.length);
  order.forEach(({ i }, rank) => {
    // Every entity and mention object above is fresh and unshared: number them in place (id lands last, as a spread put it).
    const e = all[i] as Entity;
    const id = `e${rank + 1}`;
    e.id = id;
    for (const m of e.mentions) m.entityId = id;
    entities[i] = e;
  });
  const relations = rolesAndRelations(linked, entities.slice(0, named.length));
  entities.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const withContributors = contributorEntities(article, entities);
  return { entities: withContributors, relations };
}

/**
 * "The storm moved from Montgomery to Birmingham": Birmingham, Alabama, not the larger Birmingham in
 * England; "lines between Perth and Inverness": Perth in Scotland, not the far larger Perth in
 * Australia. A town whose name several towns bear, with no locator and no national capital's name,
 * moves to the one that lies near a place named in the same sentence (where that place's own entry lies)
 * when the largest of the name lies near none of them.
 */
function settleTownsNearOtherPlaces(
  named: Omit<Entity, "id">[],
  linked: readonly LinkedEntity[],
  locators: readonly (string | null)[],
): void {
  type Placed = {
    e: Omit<Entity, "id">;
    at: [number, number];
    sentences: Set<number>;
    fixed: boolean;
  };
  const placed: Placed[] = [];
  named.forEach((e, i) => {
    if (e.type !== "place" || e.kb?.geonamesId == null) return;
    const located = (locators[i] ?? null) !== null;
    placed.push({
      e,
      at: [e.kb.longitude as number, e.kb.latitude as number],
      sentences: new Set(mapPacked((linked[i] as LinkedEntity).candidates, (c) => c.sentence.start)),
      // A locator's town or a national capital never moves; a town sure by its size alone ("Perth")
      // moves when another place of its sentence lies near a namesake ("between Perth and Inverness").
      fixed: located || findCity(e.name)?.featureCode === "PPLC",
    });
  });
  if (placed.length < 2 || placed.every((p) => p.fixed)) return;
  // Only places named in the same sentence count: a page's list of other stories names other towns.
  const bySentence = new Map<number, Placed[]>();
  for (const p of placed)
    for (const start of p.sentences) {
      const list = bySentence.get(start);
      if (list) list.push(p);
      else bySentence.set(start, [p]);
    }
  // Another unsure town counts where its largest namesake lies ("Portland" and "Vancouver": Portland,
  // Oregon puts Vancouver in Washington); its smaller namesakes do not, or two common names would
  // pull each other to wherever two of their namesakes happen to lie close.
  const moves: [Placed, City][] = [];
  for (const p of placed) {
    if (p.fixed) continue;
    const near = new Set<Placed>();
    for (const start of p.sentences) for (const o of bySentence.get(start) ?? []) if (o !== p) near.add(o);
    const town =
      near.size > 0
        ? townNearAnchors(
            p.e.name,
            mapPacked([...near], (o) => o.at),
          )
        : null;
    if (town) moves.push([p, town]);
  }
  for (const [p, town] of moves) p.e.kb = townKnowledgeBase(town);
}

/**
 * The country that a mention's locator puts the place in: "SAN JOSE, Calif. —", "Newcastle, England",
 * "Springfield, Illinois" (one or two words after its comma); null when no mention has one.
 */
function locatorCountry(e: LinkedEntity): string | null {
  for (const c of e.candidates) {
    const at = c.index + c.tokens.length;
    if (c.sentenceTokens[at]?.text !== ",") continue;
    const one = c.sentenceTokens[at + 1];
    if (!one || !startsUppercase(one.text)) continue;
    const two = c.sentenceTokens[at + 2];
    const dot = two?.text === "." && two.start === one.end ? "." : "";
    const country =
      (two && startsUppercase(two.text) ? countryOfLocator(`${one.text} ${two.text}`) : null) ??
      countryOfLocator(one.text + dot);
    if (country) return country;
  }
  return null;
}

/**
 * A one-word name inside an image's alt text that no word list, gazetteer or company list knows and
 * that another name in the article spells longer by a letter or two: alt text is typed in haste and cut
 * short more than any other text on a page.
 */
function cutShortInAltText(blocks: Block[], names: NameCandidate[]): (c: NameCandidate) => boolean {
  const alts = blocks.filter((b) => b.kind === "alt");
  if (alts.length === 0) return () => false;
  const inAlt = overlapIndex(alts);
  let cutForms: Set<string> | null = null;
  return (c) => {
    if (c.tokens.length !== 1 || !inAlt(c.start, c.end) || isListedWord(c.text)) return false;
    if (cutForms === null) {
      cutForms = new Set();
      for (const n of names)
        for (const t of n.tokens)
          for (let cut = 1; cut <= 2 && t.text.length - cut >= 2; cut++) cutForms.add(t.text.slice(0, -cut));
    }
    return cutForms.has(c.text);
  };
}

/** Share-bar and navigation labels: a leftover line made only of these is no text. */
const LETTER_RUNS = /[\p{L}-]+/gu;
const SHARE_LABELS =
  /^(?:share|tweet|email|e-mail|print|comment|comments|facebook|twitter|linkedin|reddit|pinterest|whatsapp|messenger|flipboard|copy|link|save)$/i;

/**
 * The lines between the first and the last block that neither a block nor a field the parser read
 * (credits, contributors, corrections) holds, such as a photo credit it did not recognise ("Natalie
 * Naccache | Bloomberg | Getty Images") or a caption it set aside, as caption blocks: the names in
 * them are the article's too. Share bars are left out.
 */
function leftoverLines(article: Article, blocks: Block[]): Block[] {
  const leftovers: Block[] = [];
  const last = blocks[blocks.length - 1];
  if (!last) return leftovers;
  const read = [
    ...blocks,
    ...article.images.flatMap((image) => [image.credit, image.alt]),
    ...article.contributors,
    ...article.corrections,
  ]
    .filter((s) => s !== null && s.start < last.end)
    .sort((a, b) => (a?.start ?? 0) - (b?.start ?? 0)) as { start: number; end: number }[];
  let at = blocks[0]?.start ?? 0;
  const addLines = (from: number, to: number) => {
    const gap = article.text.slice(from, to);
    for (const m of gap.matchAll(/[^\n]+/g)) {
      const text = m[0].trim();
      const words = text.match(LETTER_RUNS) ?? [];
      if (!words.some((w) => w.length >= 2) || words.every((w) => SHARE_LABELS.test(w))) continue;
      const start = from + m.index + m[0].indexOf(text);
      leftovers.push({ kind: "caption", text, start, end: start + text.length });
    }
  };
  for (const b of read) {
    if (b.start > at) addLines(at, b.start);
    at = Math.max(at, b.end);
  }
  return leftovers;
}

/** One event entity per event key, named by its first mention. */
function eventEntities(events: EventMention[], article: Article): Omit<Entity, "id">[] {
  const byKey = new Map<string, EventMention[]>();
  for (const ev of events) {
    const list = byKey.get(ev.key);
    if (list) list.push(ev);
    else byKey.set(ev.key, [ev]);
  }
  return mapPacked([...byKey.values()], (mentions) => {
    const first = mentions[0] as EventMention;
    const name = first.text.replace(/\s+/g, " ");
    return {
      type: "event" as const,
      name,
      key: normaliseName(name),
      aliases: [...new Set(mapPacked(mentions, (m) => m.text.replace(/\s+/g, " ")))].filter(
        (a) => a !== name,
      ),
      mentions: mapPacked(mentions, (m) => ({ text: m.text, start: m.start, end: m.end, entityId: "" })),
      salience: salience(mentions, article),
      roles: [] as Role[],
      kb: null,
    };
  });
}

const LONG_WORDS = /\p{L}{4,}/gu;

function isMostlyCapitalised(text: string): boolean {
  const words = text.match(LONG_WORDS) ?? [];
  if (words.length < 2) return false;
  return words.filter((w) => startsUppercase(w)).length / words.length > 0.6;
}

/**
 * Events that may contain a span starting at `offset`: those starting at or before it, newest first,
 * as far back as the longest event reaches (so the lookup stays linear in the article).
 */
function eventLookup(events: EventMention[]): (offset: number) => EventMention[] {
  const sorted = [...events].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((n, ev) => Math.max(n, ev.end - ev.start), 0);
  return (offset) => {
    let low = 0;
    let high = sorted.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] as EventMention).start <= offset) {
        last = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const out: EventMention[] = [];
    for (let i = last; i >= 0 && (sorted[i] as EventMention).start >= offset - longest; i--)
      out.push(sorted[i] as EventMention);
    return out;
  };
}
