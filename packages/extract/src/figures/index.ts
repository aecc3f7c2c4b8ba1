import type { Article, Figure } from "@newsgraph/schema";

export function extractFigures(_article: Article): Figure[] {
  return [];
}
