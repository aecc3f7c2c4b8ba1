import type { Article, DateMention } from "@newsgraph/schema";

export function extractDates(_article: Article): DateMention[] {
  return [];
}
