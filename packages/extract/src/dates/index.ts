import type { Article, DateMention } from "@newsgraph/schema";
import { articleBlocks } from "../blocks.ts";
import { findDates } from "./find-dates.ts";

export { findDates, referenceDate } from "./find-dates.ts";

/**
 * Dates in the article's own text, normalised against `publishedAt`; offsets into `article.text`.
 * English only: an article detected as another language has none.
 */
export function extractDates(article: Article): DateMention[] {
  if (article.language && !article.language.toLowerCase().startsWith("en")) return [];
  return articleBlocks(article).flatMap((block) =>
    findDates(block.text, article.publishedAt).map((d) => ({
      ...d,
      start: d.start + block.start,
      end: d.end + block.start,
    })),
  );
}
