import type { Article, Entity, EntityType, TextSpan } from "@newsgraph/schema";
import type { Sentence } from "../text/index.ts";
import { salience } from "./salience.ts";

/** A fresh entity with no mentions, roles or knowledge-base entry yet; the caller gives it an id if it needs one. */
export function blankEntity(type: EntityType, name: string, key: string): Omit<Entity, "id"> {
  return {
    type,
    name: name.replace(/\s+/g, " "),
    key,
    aliases: [],
    mentions: [],
    salience: 0,
    roles: [],
    kb: null,
  };
}

/**
 * Entities one pattern finds in the text (groups of people, offices): one per key, each with a single role
 * whose evidence is the sentence of its first mention, and salience from all its mentions.
 */
export class RoleEntities {
  private readonly byKey = new Map<string, Omit<Entity, "id">>();

  constructor(private readonly type: EntityType) {}

  add(key: string, name: string, roleTitle: string, mention: TextSpan, sentences: readonly Sentence[]): void {
    let entity = this.byKey.get(key);
    if (!entity) {
      const sentence = sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
      entity = blankEntity(this.type, name, key);
      entity.roles.push({
        title: roleTitle,
        organization: null,
        place: null,
        evidence: sentence ? { text: sentence.text, start: sentence.start, end: sentence.end } : mention,
      });
      this.byKey.set(key, entity);
    }
    entity.mentions.push({ text: mention.text, start: mention.start, end: mention.end, entityId: "" });
  }

  entities(article: Article): Omit<Entity, "id">[] {
    const all = [...this.byKey.values()];
    for (const e of all) e.salience = salience(e.mentions, article);
    return all;
  }
}
