import type { Article, Entity, Quote } from "@newsgraph/schema";

export function extractQuotes(_article: Article, _entities: Entity[]): Quote[] {
  return [];
}
