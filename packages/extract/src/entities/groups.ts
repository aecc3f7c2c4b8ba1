import type { Article, Entity } from "@newsgraph/schema";
import type { Block } from "../blocks.ts";
import { lexicon, PARTY_MEMBER_NOUNS } from "../kb/index.ts";
import { GROUP_ROLE } from "../kb/listed.ts";
import { mapPacked } from "../text/arrays.ts";
import { startsUppercase } from "../text/chars.ts";
import type { Sentence } from "../text/index.ts";
import { overlapIndex } from "../text/span-index.ts";
import { RoleEntities } from "./built.ts";
import { normaliseName } from "./link.ts";

/** A capitalised plural word ("Afghans", "Muslims"; "New Zealanders" is read word by word) or an invariant people's name. */
/** Peoples whose name is the same in the plural ("the Rohingya", "Druze"). */
const INVARIANT_PEOPLES = ["Rohingya", "Maasai", "Druze", "Inuit"];
const INVARIANT = new Set(mapPacked(INVARIANT_PEOPLES, (w) => w.toLowerCase()));
// The (?=…) ahead of the lookbehind: most positions fail on one character test before the lookbehind runs (same matches, about half the scan time).
const CAPITALISED_PLURAL = new RegExp(
  `(?=\\p{Lu})(?<![\\p{L}\\p{N}'’-])(?:\\p{Lu}\\p{Ll}+s|${INVARIANT_PEOPLES.join("|")})(?![\\p{L}\\p{N}-])`,
  "gu",
);
const WORD_BEFORE = /([\p{L}\p{N}.'’-]+)[ \t]*$/u;
const WORD_AFTER = /^[ \t]*([\p{L}\p{N}]+)/u;
/** Capitalised words that may stand before a group at a sentence or heading start ("Many Texans"). */
const AFTER_SENTENCE_END = /[.!?:;"“”]\s+$/u;
const OPENERS =
  /^(?:the|many|some|all|most|few|both|several|other|these|those|fellow|ordinary|two|three|four|five|ten|hundreds|thousands|millions|more|no|and|but|as|for|of|by|to|in|with|among|against|while|when|since)$/i;

/** Religions' and peoples' members the nationality lexicon lacks (singular, lowercase). */
const FAITHS_AND_PEOPLES = new Set([
  "jew",
  "arab",
  "kurd",
  "sikh",
  "hindu",
  "buddhist",
  "sunni",
  "shiite",
  "protestant",
  "mormon",
  "evangelical",
  "palestinian",
  "israeli",
  "berber",
  "pashtun",
  "uyghur",
  "uighur",
  "tamil",
  "turk",
  "tatar",
  "mongol",
  "slav",
  "celt",
  "viking",
  "saxon",
  "cossack",
  "bedouin",
  "zulu",
  "maori",
  "hutu",
  "tutsi",
]);

/** "Afghans", "Jews": a plural noun for a nationality's, a people's or a faith's members. */
export function isGroupWord(word: string): boolean {
  if (INVARIANT.has(word.toLowerCase())) return true;
  if (!CAPITALISED_WORD_END_S.test(word)) return false;
  const singular = word.toLowerCase().slice(0, -1);
  // "Democrats", "Republicans": a party named by its members is the party (an organization).
  if (PARTY_MEMBER_NOUNS.has(singular)) return false;
  return lexicon().demonyms.has(singular) || FAITHS_AND_PEOPLES.has(singular);
}
const CAPITALISED_WORD_END_S = /^\p{Lu}\p{Ll}+s$/u;

export { GROUP_ROLE };

/**
 * People named by nationality or religion in the plural ("Afghans", "Muslims", "many Texans"; a
 * party's members, "Republicans", name the party): a proper noun for a group of people, so a person mention, as news
 * annotation (GUM's named mentions) counts it. Only where the word stands as a noun: not before
 * another capitalised word ("Afghan Girls", "Americans United") and not after one inside a name
 * ("Young Republicans"), and not inside a name already found.
 */
export function groupEntities(
  blocks: readonly Block[],
  sentences: readonly Sentence[][],
  taken: readonly { start: number; end: number }[],
  article: Article,
): Omit<Entity, "id">[] {
  const groups = new RoleEntities("person");
  const isTaken = overlapIndex(taken);
  blocks.forEach((block, b) => {
    for (const m of block.text.matchAll(CAPITALISED_PLURAL)) {
      const word = m[0];
      const lower = word.toLowerCase();
      if (!isGroupWord(word)) continue;
      const at = m.index ?? 0;
      const start = block.start + at;
      const end = start + word.length;
      if (isTaken(start, end)) continue;
      const after = WORD_AFTER.exec(block.text.slice(at + word.length, at + word.length + 40))?.[1];
      if (after && startsUppercase(after)) continue;
      const head = block.text.slice(Math.max(0, at - 40), at);
      const before = WORD_BEFORE.exec(head)?.[1];
      if (before && startsUppercase(before) && !OPENERS.test(before) && !AFTER_SENTENCE_END.test(head))
        continue;
      const key = normaliseName(word) || lower;
      groups.add(key, word, GROUP_ROLE, { text: word, start, end }, sentences[b] ?? []);
    }
  });
  return groups.entities(article);
}
