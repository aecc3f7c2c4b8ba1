import type { Article, Entity, Relation } from "@newsgraph/schema";

export function extractEntities(_article: Article): { entities: Entity[]; relations: Relation[] } {
  return { entities: [], relations: [] };
}
