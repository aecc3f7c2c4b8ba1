import type { Article, Entity, Relation, Role } from "@newsgraph/schema";
import { articleBlocks } from "../blocks.ts";
import { placeKnowledgeBase } from "../kb/index.ts";
import { splitSentences } from "../text/index.ts";
import { type NameCandidate, nameCandidates } from "./candidates.ts";
import { contributorEntities } from "./contributors.ts";
import { type LinkedEntity, linkCandidates, normaliseName } from "./link.ts";
import { addNestedMentions } from "./nested.ts";
import { rolesAndRelations } from "./roles.ts";
import { salience } from "./salience.ts";

export { normaliseName } from "./link.ts";

const displayName = (c: NameCandidate) => c.text.replace(/\s+/g, " ");

function canonicalName(e: LinkedEntity): string {
  const size = (c: NameCandidate) => c.tokens.length * 1000 + c.text.length;
  return displayName(e.candidates.reduce((a, b) => (size(b) > size(a) ? b : a)));
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
export function extractEntities(article: Article): { entities: Entity[]; relations: Relation[] } {
  const blocks = articleBlocks(article);
  const candidates: NameCandidate[] = [];
  for (const block of blocks) {
    const titleCase = block.kind === "title" || block.kind === "heading";
    for (const sentence of splitSentences(block.text, block.start)) {
      candidates.push(
        ...nameCandidates(
          { sentence, blockKind: block.kind },
          titleCase && isMostlyCapitalised(sentence.text),
        ),
      );
    }
  }
  const seen = new Set<string>();
  const unique = candidates.filter((c) => {
    const k = `${c.start}:${c.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const linked = addNestedMentions(linkCandidates(unique));
  const entities: Entity[] = linked.map((e, i) => {
    const id = `e${i + 1}`;
    const name = canonicalName(e);
    return {
      id,
      type: e.type,
      name,
      key: normaliseName(name) || name.toLowerCase(),
      aliases: aliasesOf(e, name),
      mentions: e.candidates.map((c) => ({ text: c.text, start: c.start, end: c.end, entityId: id })),
      salience: salience(e, article),
      roles: [] as Role[],
      kb: e.type === "place" ? placeKnowledgeBase(name) : null,
    };
  });
  const relations = rolesAndRelations(linked, entities);
  const withContributors = contributorEntities(article, entities);
  return { entities: withContributors, relations };
}

function isMostlyCapitalised(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}
